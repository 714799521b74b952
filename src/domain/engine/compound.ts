// A prompt of several requests ("Text Maria that I'm late and transfer $20 to Bob") answered request by request:
// each calls the tool it asks for most, with arguments from its own words, and the calls come in the order asked,
// as a model calls tools in parallel for each thing asked. A prompt with fewer than two requests that each ask for
// a tool is read whole (choose.ts).
import type { Random } from '../../deps.js';
import { generateArgumentSets, PromptFacts } from '../arguments/index.js';
import { fail, isCustomTool, ok, type CallableTool, type CustomTool, type FunctionTool, type Result, type ToolPolicy } from '../types.js';
import type { PreparedRequest } from '../validation/prepare.js';
import { customToolInput } from './content/custom.js';
import { toolPath, unsupportedSchema } from './tool-path.js';
import { label, SHOWN, type EngineWhy } from './choose.js';
import { matchTools, type ToolMatch } from './matching/match-tools.js';
import { splitRequests } from './matching/requests-split.js';

export interface AskedRequest {
  /** The request's own words: what its tool's arguments are read from. */
  text: string;
  /** The prompt up to the request's end: where what its own words leave out is looked for ("… and cancel it"). */
  through: string;
  tool: CallableTool;
}

/** The requests of the prompt with the tool each asks for, or undefined when it is read whole. */
export function chooseByRequest(policy: ToolPolicy, args: { prompt: string; outputs: number }): { requests: AskedRequest[]; why: EngineWhy } | undefined {
  if (policy.mode === 'none' || policy.forced || policy.allowed.length === 0 || (policy.mode === 'auto' && args.outputs > 0)) return undefined;
  // Only the best match of each: a short request's weaker matches are other senses of its words ("the play").
  const found = splitRequests<ToolMatch>(args.prompt, (text) => matchTools(text, policy.allowed)[0]);
  if (found.length < 2) return undefined;
  const requests = found.map(({ text, through, picked }) => ({ text, through, tool: picked.tool }));
  const ranked = found.slice(0, 2 * SHOWN).map(({ text, picked }) => ({ tool: label(picked.tool), score: picked.score, why: [`request: ${text}`, ...picked.why] }));
  const said = requests.map((request) => `"${request.text}" matches ${label(request.tool)}`).join('; ');
  const reason = `The last user message asks for ${requests.length} things in turn: ${said}.${policy.parallel ? '' : ' parallel_tool_calls is false: the first only.'}`;
  return { requests, why: { reason, ranked } };
}

type Call = { tool: FunctionTool; arguments: string } | { tool: CustomTool; input: string };

/**
 * The calls for the requests, in order: each tool's arguments read from its request's own words, and what those
 * leave out (a made-up value, or only "it", "him", "the same") from the prompt up to its end ("Track order 12345
 * and cancel it": 12345; "… and book a hotel for 4 nights": the city named before).
 */
export function callsByRequest(request: PreparedRequest, args: { requests: AskedRequest[]; random: Random; now: (() => number) | undefined }): Result<Call[]> {
  const { random, now } = args;
  const calls: Call[] = [];
  for (const { text, through, tool } of args.requests) {
    if (isCustomTool(tool)) {
      const input = customToolInput(tool, { prompt: text, random, path: toolPath(request.body.tools, tool, 'custom') });
      if (!input.ok) return input;
      calls.push({ tool, input: input.value });
      continue;
    }
    const seed = random.uint32();
    const read = (prompt: string): string[] | undefined => {
      const sets = generateArgumentSets({ schema: tool.parameters, prompt: new PromptFacts(prompt, undefined, { now }), seed });
      return sets.ok ? sets.value : undefined;
    };
    const own = generateArgumentSets({ schema: tool.parameters, prompt: new PromptFacts(text, undefined, { now }), seed });
    if (!own.ok) return fail(unsupportedSchema(request, { tool, problem: own.problem }));
    const sets = own.value.length === 1 ? [withoutGaps(own.value[0]!, { blank: read('')?.[0], through: read(through)?.[0] })] : own.value;
    calls.push(...sets.map((set) => ({ tool, arguments: set })));
  }
  return ok(calls);
}

/** Words that only point back at what was said before: "it", "him the same", "them too". */
const POINTERS: ReadonlySet<string> = new Set(['it', 'them', 'him', 'her', 'this', 'that', 'these', 'those', 'the', 'same', 'too', 'also', 'one', 'cheapest', 'there']);

/** Whether a value was left to be made up (as with no prompt at all) or only points back ("The same"). */
function isGap(value: unknown, blank: unknown): boolean {
  if (JSON.stringify(value) === JSON.stringify(blank)) return true;
  if (typeof value !== 'string') return false;
  const words = value.toLowerCase().split(/[^a-z']+/u).filter((word) => word !== '');
  return words.length > 0 && words.every((word) => POINTERS.has(word));
}

/** The request's own arguments, each gap filled from the prompt up to its end when that reads a value there. */
function withoutGaps(own: string, sources: { blank: string | undefined; through: string | undefined }): string {
  if (sources.through === undefined) return own;
  const mine = JSON.parse(own) as Record<string, unknown>;
  const blank = sources.blank === undefined ? {} : (JSON.parse(sources.blank) as Record<string, unknown>);
  const through = JSON.parse(sources.through) as Record<string, unknown>;
  let changed = false;
  for (const key of Object.keys(mine)) {
    if (!(key in through) || !isGap(mine[key], blank[key]) || isGap(through[key], blank[key])) continue;
    mine[key] = through[key];
    changed = true;
  }
  return changed ? JSON.stringify(mine) : own;
}
