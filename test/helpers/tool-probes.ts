// The probes of tool choice: chat prompts that must call none of the tools offered, and requests that must reach
// their own tool; each returns what went wrong, one line per case, with the engine's reasons. Also the household
// tools every chat batch is offered besides its own sets.
import { matchTools } from '../../src/domain/engine/matching/match-tools.js';
import type { FunctionTool } from '../../src/domain/types.js';
import { homeAndMoneyTools } from '../unit/arguments/corpus/corpus-home-and-money.js';

const HOUSEHOLD = new Set(['set_brightness', 'set_thermostat', 'lock_door', 'transfer_funds', 'get_balance']);

/** Each prompt against each tool set: the calls made, as `prompt → tool (reasons)`. */
export function falseCalls(prompts: readonly string[], toolSets: ReadonlyArray<FunctionTool[]>): string[] {
  const calls: string[] = [];
  for (const prompt of prompts) {
    for (const tools of toolSets) {
      const [found] = matchTools(prompt, tools);
      if (found !== undefined) calls.push(`${prompt} → ${found.tool.name} (${found.why.join('; ')})`);
    }
  }
  return calls;
}

/** A request against its tools, whose first match must be `name`: the miss as a line, or undefined. */
export function missedRequest(request: { prompt: string; tools: FunctionTool[]; name: string }): string | undefined {
  const [found] = matchTools(request.prompt, request.tools);
  return found?.tool.name === request.name ? undefined : `${request.prompt} → ${found?.tool.name ?? 'none'}, not ${request.name} (${found?.why.join('; ') ?? ''})`;
}

/** A household's tools as the home-and-money table defines them: lights, thermostat, door lock, transfers, balance. */
export const HOUSEHOLD_TOOLS: FunctionTool[] = homeAndMoneyTools.filter((tool) => HOUSEHOLD.has(tool.name));
