// Programmatic tool calling (OpenAI's `programmatic_tool_calling` tool): when every call the model makes is to a
// function a program may call (`allowed_callers` holds `programmatic`), the model writes a program instead: a
// `program` item (its JavaScript, an opaque fingerprint) and the program's first call, `caller` naming it and
// still in progress (as captured). Each tool output the client sends back runs the program on to its next call;
// after the last one, a `program_output` item holds what the program returned, and the model answers.
import type { Random } from '../../deps.js';
import type { Decision, DecidedCall } from '../engine/plan.js';
import { trailingOutputs } from '../engine/content/text.js';
import type { PreparedRequest } from '../validation/prepare.js';
import { opaqueBlob } from './compaction.js';
import { NO_HOSTED_WORK, type HostedWork, type ServerItemSpec } from './types.js';

type Item = Record<string, unknown>;

/** A program's calls read back from its code: more are not followed (the code comes from the client). */
const MAX_PROGRAM_CALLS = 64;
const FINGERPRINT_LENGTH = 344;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

interface ProgramCall { variable: string; name: string; arguments: string }

/** The program's turn, or undefined when programmatic tool calling has no part in this response. */
export function programTurn(decision: Decision, context: { request: PreparedRequest; random: Random }): { decision: Decision; work: HostedWork } | undefined {
  const { request } = context;
  const tools = (request.body.tools ?? []) as Item[];
  if (!tools.some((tool) => tool.type === 'programmatic_tool_calling') || request.body.tool_choice === 'none') return undefined;
  return continued(decision, request) ?? started(decision, context);
}

/** The model's calls, all to functions a program may call, as a program and its first call. */
function started(decision: Decision, context: { request: PreparedRequest; random: Random }): { decision: Decision; work: HostedWork } | undefined {
  const calls = decision.calls;
  if (calls.length === 0 || trailingOutputs(context.request.conversation).length > 0) return undefined;
  if (!calls.every((call): call is Extract<DecidedCall, { arguments: string }> => 'arguments' in call && call.tool.programmatic === true)) return undefined;
  const code = programCode(calls.map((call) => ({ name: call.tool.name, arguments: call.arguments })));
  const fingerprint = opaqueBlob(context.random, FINGERPRINT_LENGTH);
  const program: ServerItemSpec = {
    idKind: 'program', itemType: 'program', progress: [], drawsCallId: true, callsThrough: true,
    added: { call_id: '', code: '', fingerprint }, done: { call_id: '', code, fingerprint },
  };
  const first = { ...calls[0]!, caller: '' };
  return { decision: { ...decision, text: undefined, calls: [first] }, work: { ...NO_HOSTED_WORK, preface: [program] } };
}

/** Tool output for a program's call: the program's next call, or (after its last) what it returned. */
function continued(decision: Decision, request: PreparedRequest): { decision: Decision; work: HostedWork } | undefined {
  const history = request.historyItems;
  const last = history.at(-1);
  if (last?.type !== 'function_call_output') return undefined;
  const call = history.find((item) => item.type === 'function_call' && item.call_id === last.call_id);
  const caller = call?.caller as Item | undefined;
  if (caller?.type !== 'program' || typeof caller.caller_id !== 'string') return undefined;
  const programId = caller.caller_id;
  const program = history.find((item) => item.type === 'program' && item.call_id === programId);
  const planned = typeof program?.code === 'string' ? programCalls(program.code) : [];
  if (planned.length === 0) return undefined;
  const made = history.filter((item) => item.type === 'function_call' && (item.caller as Item | undefined)?.caller_id === programId);
  const next = planned[made.length];
  if (next !== undefined) {
    const tool = request.functions.find((offered) => offered.name === next.name && offered.programmatic === true);
    if (!tool) return undefined;
    // The program runs on: no new reasoning, no text, its next call (as captured).
    return { decision: { calls: [{ tool, arguments: next.arguments, caller: programId }], reasoning: false }, work: NO_HOSTED_WORK };
  }
  const outputs = new Map(history.filter((item) => item.type === 'function_call_output').map((item) => [item.call_id, item.output]));
  const returned: Record<string, unknown> = {};
  planned.forEach((step, index) => { returned[step.variable] = parsedOutput(outputs.get(made[index]?.call_id)); });
  const result = JSON.stringify(returned);
  const output: ServerItemSpec = {
    idKind: 'program_output', itemType: 'program_output', progress: [],
    added: { call_id: programId, result, status: 'completed' }, done: { call_id: programId, result, status: 'completed' },
  };
  return { decision, work: { ...NO_HOSTED_WORK, preface: [output] } };
}

/** One awaited call per line, then the results returned as JSON text. */
function programCode(calls: Array<{ name: string; arguments: string }>): string {
  const used = new Map<string, number>();
  const lines = calls.map((call) => {
    const base = variableFor(call.name);
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    const variable = count === 1 ? base : `${base}${count}`;
    const callee = IDENTIFIER.test(call.name) ? `tools.${call.name}` : `tools[${JSON.stringify(call.name)}]`;
    return { variable, line: `const ${variable} = await ${callee}(${call.arguments});` };
  });
  const returned = lines.map((entry) => entry.variable).join(', ');
  return `${lines.map((entry) => entry.line).join('\n')}\ntext(JSON.stringify({ ${returned} }));\n`;
}

/** `getInventory` → inventory, `get_weather` → weather: what the call fetches. */
function variableFor(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(/[^A-Za-z0-9]+/).filter(Boolean).map((word) => word.toLowerCase());
  const kept = words.length > 1 && VERBS.has(words[0]!) ? words.slice(1) : words;
  const variable = kept.map((word, index) => (index === 0 ? word : word[0]!.toUpperCase() + word.slice(1))).join('');
  return IDENTIFIER.test(variable) && !RESERVED.has(variable) ? variable : 'result';
}

const VERBS = new Set(['get', 'fetch', 'lookup', 'look', 'read', 'list', 'search', 'find', 'load', 'query']);
const RESERVED = new Set(['await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'default', 'delete', 'do', 'else', 'export', 'for', 'function', 'if', 'import', 'in', 'let', 'new', 'return', 'switch', 'text', 'this', 'throw', 'tools', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield']);

/** The calls of a program written as programCode writes them (anything else reads as no calls). */
function programCalls(code: string): ProgramCall[] {
  const calls: ProgramCall[] = [];
  for (const line of code.split('\n')) {
    if (calls.length === MAX_PROGRAM_CALLS || !line.startsWith('const ') || !line.endsWith(');')) continue;
    const equals = line.indexOf(' = await tools');
    if (equals < 0) continue;
    const variable = line.slice('const '.length, equals);
    let at = equals + ' = await tools'.length;
    let name: string;
    if (line[at] === '.') {
      const open = line.indexOf('(', at);
      name = line.slice(at + 1, open);
      at = open;
    } else {
      const close = line.indexOf('](', at);
      name = parsedName(line.slice(at + 1, close));
      at = close + 1;
    }
    const args = parsedArguments(line.slice(at + 1, -2));
    if (name !== '' && args !== undefined) calls.push({ variable, name, arguments: args });
  }
  return calls;
}

function parsedName(text: string): string {
  try {
    const name: unknown = JSON.parse(text);
    return typeof name === 'string' ? name : '';
  } catch {
    return '';
  }
}

function parsedArguments(text: string): string | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? JSON.stringify(value) : undefined;
  } catch {
    return undefined;
  }
}

/** A tool output as the program sees it: parsed JSON, else the text. */
function parsedOutput(output: unknown): unknown {
  if (typeof output !== 'string') return output ?? null;
  try {
    return JSON.parse(output) as unknown;
  } catch {
    return output;
  }
}
