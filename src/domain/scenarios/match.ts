// Whether a rule's `match` holds for a request: every condition is checked and each failure explained,
// so an unmatched request can say which rule came closest and why it did not match.
import type { Match, StringMatch } from '../../schemas/fixtures.js';
import { fixturePattern } from './regex.js';
import { lastUserText } from '../engine/content/text.js';
import type { ProviderId } from '../types.js';
import type { PreparedRequest } from '../validation/prepare.js';

export interface MatchContext {
  provider: ProviderId;
  request: PreparedRequest;
  headers: Record<string, string | string[] | undefined>;
  /** The request's number within its session for this scenario (1 = first). */
  turn: number;
}

const LISTED_NAMES = 20;

/** Reasons the match fails; an empty list means it holds. */
export function mismatches(match: Match | undefined, context: MatchContext): string[] {
  if (!match) return [];
  const { request } = context;
  const reasons: string[] = [];
  if (match.message !== undefined) {
    const text = lastUserText(request.conversation);
    if (!matchesString(match.message, text)) reasons.push(`message ${describeMatch(match.message!)}, but the last user message is ${quote(text)}`);
  }
  if (match.tools) {
    const tools = [...request.functions, ...request.customTools];
    const offered = tools.map((tool) => (tool.namespace ? `${tool.namespace}.${tool.name}` : tool.name));
    // Sets, and one listing: a rule naming thousands of tools against a request offering thousands was
    // quadratic, and each missing tool's reason held every offered name.
    const names = new Set([...offered, ...tools.map((tool) => tool.name)]);
    let listing: string | undefined;
    const listed = (): string => (listing ??= listNames(offered));
    for (const name of match.tools) if (!names.has(name)) reasons.push(`tool '${name}' is not offered (offered: ${listed()})`);
  }
  if (match.toolChoice !== undefined) {
    const actual = toolChoiceName(request.body.tool_choice);
    if (actual !== match.toolChoice) reasons.push(`toolChoice should be '${match.toolChoice}', but is '${actual}'`);
  }
  if (match.model !== undefined) {
    if (!matchesString(match.model, request.body.model)) reasons.push(`model ${describeMatch(match.model!)}, but is '${request.body.model}'`);
  }
  if (match.afterToolOutput !== undefined) reasons.push(...afterOutputMismatch(match.afterToolOutput, request));
  if (match.turn !== undefined) {
    const { min, max } = typeof match.turn === 'number' ? { min: match.turn, max: match.turn } : match.turn;
    if ((min !== undefined && context.turn < min) || (max !== undefined && context.turn > max)) reasons.push(`turn should be ${describeRange(min, max)}, but this is turn ${context.turn}`);
  }
  for (const [name, expected] of Object.entries(match.headers ?? {})) {
    // Only the request's own headers: Node's header object inherits `constructor` (and YAML keeps `__proto__` as a name).
    const raw = Object.hasOwn(context.headers, name) ? context.headers[name] : undefined;
    const value = Array.isArray(raw) ? raw.join(', ') : raw;
    if (value === undefined || !matchesString(expected, value)) reasons.push(`header '${name}' ${describeMatch(expected)}, but is ${value === undefined ? 'absent' : quote(value)}`);
  }
  if (match.stream !== undefined) {
    const stream = request.body.stream === true;
    if (stream !== match.stream) reasons.push(`stream should be ${String(match.stream)}`);
  }
  if (match.provider !== undefined) {
    if (context.provider !== match.provider) reasons.push(`provider should be '${match.provider}', but the ${context.provider} path was called`);
  }
  return reasons;
}

function afterOutputMismatch(expected: NonNullable<Match['afterToolOutput']>, request: PreparedRequest): string[] {
  const outputs = endingOutputs(request);
  if (expected === true) return outputs.length > 0 ? [] : ['the input should end with a tool output'];
  if (expected === false) return outputs.length === 0 ? [] : ['the input should not end with a tool output'];
  const want = typeof expected === 'string' ? { tool: expected } : expected;
  if (want.tool !== undefined && !outputs.some((output) => output.name === want.tool)) {
    const named = outputs.map((output) => `'${output.name ?? 'an unknown call'}'`).join(', ');
    return [`the input should end with a tool output for '${want.tool}'${outputs.length ? ` (it ends with outputs for ${named})` : ''}`];
  }
  if (want.callId !== undefined && !outputs.some((output) => output.callId === want.callId)) {
    return [`the input should end with a tool output for call_id '${want.callId}'`];
  }
  return [];
}

/** The client's outputs of each tool kind, and the calls they answer (apply_patch and shell answer as their tool). */
const OUTPUTS = new Set(['function_call_output', 'custom_tool_call_output', 'apply_patch_call_output', 'shell_call_output']);
const CALLS: ReadonlyMap<string, (item: Record<string, unknown>) => unknown> = new Map([
  ['function_call', (item) => item.name], ['custom_tool_call', (item) => item.name],
  ['apply_patch_call', () => 'apply_patch'], ['shell_call', () => 'shell'],
]);

/**
 * The tool outputs that end the input (past calls and reasoning among them), in order, each with its call_id and
 * the name of the tool whose call it answers (none when no call in the history has its call_id).
 */
export function endingOutputs(request: Pick<PreparedRequest, 'historyItems'>): Array<{ callId: string; name?: string }> {
  const history = request.historyItems;
  let start = history.length;
  while (start > 0) {
    const type = history[start - 1]!.type as string;
    if (!OUTPUTS.has(type) && !CALLS.has(type) && type !== 'reasoning') break;
    start -= 1;
  }
  const ending = history.slice(start).filter((item) => OUTPUTS.has(item.type as string));
  if (ending.length === 0) return [];
  const names = new Map<unknown, unknown>();
  for (const item of history) {
    const name = CALLS.get(item.type as string)?.(item);
    if (name !== undefined) names.set(item.call_id, name);
  }
  return ending.map((item) => {
    const name = names.get(item.call_id);
    return { callId: String(item.call_id), ...(typeof name === 'string' ? { name } : {}) };
  });
}

export function toolChoiceName(choice: unknown): string {
  if (choice === undefined || choice === null) return 'auto';
  if (typeof choice === 'string') return choice;
  const object = choice as { type?: unknown; name?: unknown; mode?: unknown };
  if (object.type === 'function' && typeof object.name === 'string') return object.name;
  if (object.type === 'allowed_tools') return String(object.mode ?? 'auto');
  return String(object.type);
}

export function matchesString(expected: StringMatch, actual: string): boolean {
  if (typeof expected === 'string') return actual.toLowerCase().includes(expected.toLowerCase());
  if (expected.equals !== undefined && actual !== expected.equals) return false;
  if (expected.contains !== undefined && !actual.toLowerCase().includes(expected.contains.toLowerCase())) return false;
  // RE2: linear in the text. A pattern RE2 cannot run never loads, so null does not happen here.
  if (expected.regex !== undefined && !(fixturePattern(expected.regex, expected.flags)?.test(actual) ?? false)) return false;
  return true;
}

function describeMatch(expected: StringMatch): string {
  if (typeof expected === 'string') return `should contain ${quote(expected)}`;
  const parts: string[] = [];
  if (expected.equals !== undefined) parts.push(`equal ${quote(expected.equals)}`);
  if (expected.contains !== undefined) parts.push(`contain ${quote(expected.contains)}`);
  if (expected.regex !== undefined) parts.push(`match /${expected.regex}/${expected.flags ?? ''}`);
  return `should ${parts.join(' and ')}`;
}

function describeRange(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && min === max) return String(min);
  if (min !== undefined && max !== undefined) return `${min} to ${max}`;
  return min !== undefined ? `at least ${min}` : `at most ${String(max)}`;
}

const quote = (text: string): string => JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);

/** Offered tool names for a reason: all of them up to 20, else the first 20 and how many there are. */
function listNames(names: string[]): string {
  if (names.length === 0) return 'none';
  return names.length <= LISTED_NAMES ? names.join(', ') : `${names.slice(0, LISTED_NAMES).join(', ')}, … (${names.length} in all)`;
}
