// A prompt of several requests ("Text Maria that I'm late and transfer $20 to Bob") answered request by request:
// each calls the tool it asks for most, with arguments from its own words, and the calls come in the order asked,
// as a model calls tools in parallel for each thing asked. A request whose best tool switches the other way ("Turn
// off the lights" for turn_on_lights), or that only keeps a thing as it is ("Leave the TV on"), counts as one but
// calls nothing. A prompt with fewer than two requests, or with none calling a tool, is read whole (choose.ts).
import type { Random } from '../../../deps.js';
import { generateArgumentSets, PromptFacts } from '../../arguments/index.js';
import { fail, isCustomTool, ok, type CallableTool, type CustomTool, type FunctionTool, type Result, type ToolPolicy } from '../../types.js';
import type { PreparedRequest } from '../../validation/prepare.js';
import { customToolInput } from '../content/custom.js';
import { toolPath, unsupportedSchema } from '../tool-path.js';
import { label, SHOWN, type EngineWhy } from '../choose.js';
import { readMatches, type ToolMatch } from '../matching/match-tools.js';
import { splitRequests } from '../matching/requests/requests-split.js';
import { onlyKeeps } from '../matching/signs/switch-clauses.js';
import { readKeys, withLent, type MadeCall } from './lent-values.js';

export interface AskedRequest {
  /** The request's own words: what its tool's arguments are read from. */
  text: string;
  tool: CallableTool;
}

/** The requests of the prompt with the tool each asks for, or undefined when it is read whole. */
export function chooseByRequest(policy: ToolPolicy, args: { prompt: string; outputs: number }): { requests: AskedRequest[]; why: EngineWhy } | undefined {
  if (policy.mode === 'none' || policy.forced || policy.allowed.length === 0 || (policy.mode === 'auto' && args.outputs > 0)) return undefined;
  // Only the best match of each: a short request's weaker matches are other senses of its words ("the play"). A
  // request whose best switches the other way asks for what no tool offered does: no call, but a request of its own.
  const found = splitRequests<Picked>(args.prompt, (text, at) => {
    // "Leave the TV on and turn off the lights": keeping a thing as it is asks for no tool, a request of its own.
    if (onlyKeeps(text)) return { match: undefined, otherWay: undefined };
    const { kept, otherWay } = readMatches(text, policy.allowed, at);
    return kept[0] !== undefined ? { match: kept[0] } : otherWay !== undefined ? { match: undefined, otherWay } : undefined;
  });
  // The others are read as each would be alone.
  const matched = found.flatMap(({ text, picked }) => (picked.match === undefined ? [] : [{ text, match: picked.match }]));
  if (found.length < 2 || matched.length === 0) return undefined;
  const requests = matched.map(({ text, match }) => ({ text, tool: match.tool }));
  const ranked = matched.slice(0, 2 * SHOWN).map(({ text, match }) => ({ tool: label(match.tool), score: match.score, why: [`request: ${text}`, ...match.why] }));
  const said = found.map(({ text, picked }) => `"${text}" ${saidOf(picked)}`).join('; ');
  const reason = `The last user message asks for ${found.length} things in turn: ${said}.${policy.parallel || requests.length < 2 ? '' : ' parallel_tool_calls is false: the first call only.'}`;
  return { requests, why: { reason, ranked } };
}

/** A request's best match, or none: its best switches the other way (`otherWay`), or it keeps a thing as it is. */
type Picked = { match: ToolMatch; otherWay?: undefined } | { match: undefined; otherWay: ToolMatch | undefined };

/** What the explanation says of one request: the tool it calls, or why it calls none. */
function saidOf(picked: Picked): string {
  if (picked.match !== undefined) return `matches ${label(picked.match.tool)}`;
  const { otherWay } = picked;
  return otherWay === undefined ? 'keeps a thing as it is' : `asks for what no offered tool does (${label(otherWay.tool)} switches the other way)`;
}

type Call = { tool: FunctionTool; arguments: string } | { tool: CustomTool; input: string };

/**
 * A request pointing at someone named before: "email him the slides", "text them the same", "send her the file";
 * "transfer her $40"; not "her manager", whose "her" owns someone else.
 */
const POINTS_AT_SOMEONE = /\b(?:him|them)\b|\bher(?=[\s,.!?]*$|\s+[$€£\d"'“]|[\s,.!?]+(?:the|a|an|this|that|these|those|it|about|with|to|at|on|too|again|back|and|now|today|tomorrow|know)\b)/iu;
/** Mixed into a request's seed for the second reading that tells read values from made-up ones. */
const OTHER_SEED = 0x9e3779b9;

/**
 * The calls for the requests, in order: each tool's arguments read from its request's own words, and what those
 * leave out lent by the calls before it (lent-values.ts).
 */
export function callsByRequest(request: PreparedRequest, args: { requests: AskedRequest[]; random: Random; now: (() => number) | undefined }): Result<Call[]> {
  const { random, now } = args;
  const calls: Call[] = [];
  const made: MadeCall[] = [];
  for (const { text, tool } of args.requests) {
    if (isCustomTool(tool)) {
      const input = customToolInput(tool, { prompt: text, random, path: toolPath(request.body.tools, tool, 'custom') });
      if (!input.ok) return input;
      calls.push({ tool, input: input.value });
      continue;
    }
    const seed = random.uint32();
    const facts = new PromptFacts(text, undefined, { now });
    const own = generateArgumentSets({ schema: tool.parameters, prompt: facts, seed });
    if (!own.ok) return fail(unsupportedSchema(request, { tool, problem: own.problem }));
    const other = generateArgumentSets({ schema: tool.parameters, prompt: facts, seed: (seed ^ OTHER_SEED) >>> 0 });
    const first = own.value[0];
    if (own.value.length !== 1 || first === undefined || !other.ok || !isObjectText(first)) {
      calls.push(...own.value.map((set) => ({ tool, arguments: set })));
      continue;
    }
    const mine = JSON.parse(first) as Record<string, unknown>;
    const read = readKeys(mine, JSON.parse(other.value[0] ?? '{}') as Record<string, unknown>);
    const lent = withLent({ args: mine, read }, made, { person: POINTS_AT_SOMEONE.test(text), lendable: lendableIn(tool.parameters) });
    made.push(lent);
    calls.push({ tool, arguments: lent.args === mine ? first : JSON.stringify(lent.args) });
  }
  return ok(calls);
}

/** Whether a property of the schema may take a lent value: a free string or a number, not a flag or an enum's choice. */
function lendableIn(schema: unknown): (key: string) => boolean {
  const properties = (typeof schema === 'object' && schema !== null ? (schema as { properties?: unknown }).properties : undefined) ?? {};
  return (key) => {
    const property = Object.hasOwn(properties, key) ? (properties as Record<string, unknown>)[key] : undefined;
    if (typeof property !== 'object' || property === null) return false;
    const { type, enum: choices, const: fixed } = property as { type?: unknown; enum?: unknown; const?: unknown };
    const types = Array.isArray(type) ? type : [type];
    return choices === undefined && fixed === undefined && types.some((one) => one === 'string' || one === 'number' || one === 'integer');
  };
}

function isObjectText(text: string): boolean {
  return text.startsWith('{');
}
