// A prompt of several requests ("Text Maria that I'm late and transfer $20 to Bob") answered request by request:
// each picks its own tools and gives them its own words to fill their arguments from, and the calls come in the
// order asked, as a model calls tools in parallel for each thing asked. A prompt with fewer than two requests that
// each ask for a tool is read whole (choose.ts).
import type { CallableTool, ToolPolicy } from '../types.js';
import { label, SHOWN, type EngineWhy } from './choose.js';
import { matchTools } from './matching/match-tools.js';
import { splitRequests } from './matching/requests-split.js';

export interface AskedRequest {
  /** The request's own words. */
  text: string;
  /** What its tools' arguments are read from: its own words, or with the requests before when it refers back. */
  read: string;
  tools: CallableTool[];
}

/** The requests of the prompt with the tools each asks for, or undefined when it is read whole. */
export function chooseByRequest(policy: ToolPolicy, args: { prompt: string; outputs: number }): { requests: AskedRequest[]; why: EngineWhy } | undefined {
  if (policy.mode === 'none' || policy.forced || policy.allowed.length === 0 || (policy.mode === 'auto' && args.outputs > 0)) return undefined;
  const texts = splitRequests(args.prompt);
  if (texts.length < 2) return undefined;
  const ranked: EngineWhy['ranked'] = [];
  const requests: AskedRequest[] = [];
  for (const { text, read } of texts) {
    const found = matchTools(text, policy.allowed);
    if (found.length === 0) continue;
    requests.push({ text, read, tools: found.map((match) => match.tool) });
    for (const match of found.slice(0, SHOWN)) ranked.push({ tool: label(match.tool), score: match.score, why: [`request: ${text}`, ...match.why] });
  }
  if (requests.length < 2) return undefined;
  const said = requests.map((request) => `"${request.text}" matches ${request.tools.slice(0, SHOWN).map(label).join(', ')}`).join('; ');
  const reason = `The last user message asks for ${requests.length} things in turn: ${said}.${policy.parallel ? '' : ' parallel_tool_calls is false: the first only.'}`;
  return { requests, why: { reason, ranked: ranked.slice(0, 2 * SHOWN) } };
}
