// OpenAI's "Unknown parameter" 400: the fields the Responses API takes at the top level, on each input item
// type and on each content part. Anything else is `Unknown parameter: 'input[2].parsed_arguments'.` (code
// unknown_parameter, param the field's path). The tables follow the official spec's request schemas, plus what
// the live service echoes; items and parts of a type not listed here are not judged. Also the values `include`
// and the string settings take (`Invalid value: 'reasoning.encrypted'. Supported values are: …`, param
// `include[0]`), and a replayed web search call's action.
import type { MockError } from '../../types.js';
import { invalidValue } from '../json-schema/schema-check.js';
import { OPTION_FIELDS } from '../request-options.js';

const fields = (...names: string[]): ReadonlySet<string> => new Set(names);

/**
 * The spec's CreateResponse properties; `access_programs`, `background_options` and `image` (openai-node 7.59);
 * `presence_penalty` and `frequency_penalty`, which live responses echo; the Codex CLI's `client_metadata`, which
 * the live service takes; and `response_format`, refused with its own message (text-format.ts).
 */
const TOP_LEVEL = fields(
  'access_programs', 'background', 'background_options', 'context_management', 'conversation', 'image', 'include',
  'input', 'instructions', 'max_output_tokens', 'max_tool_calls', 'metadata', 'model', 'moderation',
  'parallel_tool_calls', 'previous_response_id', 'prompt', 'prompt_cache_key', 'prompt_cache_options',
  'prompt_cache_retention', 'reasoning', 'safety_identifier', 'service_tier', 'store', 'stream', 'stream_options',
  'temperature', 'text', 'tool_choice', 'tools', 'top_logprobs', 'top_p', 'truncation', 'user', 'presence_penalty',
  'frequency_penalty', 'client_metadata', 'response_format',
);

/** Each item type's fields: the union of the spec's input schemas for it (a message has three). */
const ITEM_FIELDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['message', fields('id', 'type', 'role', 'content', 'phase', 'status')],
  ['function_call', fields('id', 'type', 'call_id', 'caller', 'namespace', 'name', 'arguments', 'status')],
  ['function_call_output', fields('id', 'type', 'call_id', 'output', 'name', 'namespace', 'caller', 'status')],
  // With the `status` its output item carries (the spec's input schema leaves it out).
  ['custom_tool_call', fields('id', 'type', 'call_id', 'caller', 'namespace', 'name', 'input', 'status')],
  ['custom_tool_call_output', fields('id', 'type', 'call_id', 'caller', 'output')],
  // Without the spec's `status`: the live service refuses it on a replayed reasoning item (`Unknown parameter:
  // 'input[1].status'.`, BerriAI/litellm#13420, 1jehuang/jcode#1028); its reasoning outputs carry none.
  ['reasoning', fields('id', 'type', 'encrypted_content', 'summary', 'content')],
  ['item_reference', fields('id', 'type')],
  ['compaction', fields('id', 'type', 'encrypted_content')],
  ['compaction_trigger', fields('type')],
  ['web_search_call', fields('id', 'type', 'status', 'action')],
  ['file_search_call', fields('id', 'type', 'status', 'queries', 'results')],
  ['computer_call', fields('id', 'type', 'call_id', 'action', 'actions', 'pending_safety_checks', 'status')],
  ['computer_call_output', fields('id', 'type', 'call_id', 'output', 'acknowledged_safety_checks', 'status')],
  ['code_interpreter_call', fields('id', 'type', 'status', 'container_id', 'code', 'outputs')],
  ['image_generation_call', fields('id', 'type', 'status', 'result')],
  ['local_shell_call', fields('id', 'type', 'call_id', 'action', 'status')],
  ['local_shell_call_output', fields('id', 'type', 'call_id', 'output', 'status')],
  ['shell_call', fields('id', 'type', 'call_id', 'caller', 'action', 'status', 'environment')],
  ['shell_call_output', fields('id', 'type', 'call_id', 'caller', 'output', 'status', 'max_output_length')],
  ['apply_patch_call', fields('id', 'type', 'call_id', 'caller', 'status', 'operation')],
  ['apply_patch_call_output', fields('id', 'type', 'call_id', 'caller', 'status', 'output')],
  ['mcp_list_tools', fields('id', 'type', 'server_label', 'tools', 'error')],
  ['mcp_approval_request', fields('id', 'type', 'server_label', 'name', 'arguments')],
  ['mcp_approval_response', fields('id', 'type', 'approval_request_id', 'request_id', 'approve', 'reason')],
  ['mcp_call', fields('id', 'type', 'server_label', 'name', 'arguments', 'output', 'error', 'status', 'approval_request_id')],
  ['tool_search_call', fields('id', 'type', 'call_id', 'execution', 'arguments', 'status')],
  ['tool_search_output', fields('id', 'type', 'call_id', 'execution', 'tools', 'status')],
  ['additional_tools', fields('id', 'type', 'role', 'tools')],
  ['configuration_update', fields('id', 'type', 'reasoning', 'text')],
  ['program', fields('id', 'type', 'call_id', 'code', 'fingerprint')],
  ['program_output', fields('id', 'type', 'call_id', 'result', 'status')],
]);

/** Each content part type's fields (message content, and a tool output's parts). */
const PART_FIELDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['input_text', fields('type', 'text', 'prompt_cache_breakpoint')],
  ['input_image', fields('type', 'image_url', 'file_id', 'detail', 'prompt_cache_breakpoint')],
  ['input_file', fields('type', 'file_id', 'filename', 'file_data', 'file_url', 'detail', 'prompt_cache_breakpoint')],
  ['output_text', fields('type', 'text', 'annotations', 'logprobs')],
  ['refusal', fields('type', 'refusal')],
]);

/** A web search call's action, by its type (the spec's three). */
const WEB_SEARCH_ACTIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['search', fields('type', 'query', 'queries', 'sources')],
  ['open_page', fields('type', 'url')],
  ['find_in_page', fields('type', 'url', 'pattern')],
]);

/** The spec's IncludeEnum, in its order (also what the `include` query parameter of the GET routes takes). */
export const INCLUDABLE: readonly string[] = [
  'file_search_call.results', 'web_search_call.results', 'web_search_call.action.sources', 'message.input_image.image_url',
  'computer_call_output.output.image_url', 'code_interpreter_call.outputs', 'reasoning.encrypted_content',
  'message.output_text.logprobs',
];

/**
 * The string values of top-level settings, by path, as the spec lists them. `prompt_cache_retention` is
 * `in_memory`: the SDKs' types said `in-memory` for months, which the API refuses.
 */
const SETTINGS: ReadonlyArray<[string, string | undefined, string[]]> = [
  ['truncation', undefined, ['auto', 'disabled']],
  ['service_tier', undefined, ['auto', 'default', 'flex', 'scale', 'priority', 'fast', 'ultrafast']],
  ['prompt_cache_retention', undefined, ['in_memory', '24h']],
  ['text', 'verbosity', ['low', 'medium', 'high']],
];

/**
 * A top-level field the Responses API does not take, an `include` value or a setting's value it does not know
 * (`Invalid value: 'in-memory'. Supported values are: 'in_memory' and '24h'.`), as its 400.
 */
export function unknownParameter(body: Record<string, unknown>): MockError | null {
  const unknown = firstUnknown(body, { known: TOP_LEVEL, path: '' });
  if (unknown) return unknown;
  for (const [field, known] of OPTION_FIELDS) {
    const options = body[field];
    const inner = typeof options === 'object' && options !== null && !Array.isArray(options) ? firstUnknown(options as Record<string, unknown>, { known, path: field }) : null;
    if (inner) return inner;
  }
  for (const [field, inner, allowed] of SETTINGS) {
    const outer = body[field];
    const value = inner === undefined ? outer : typeof outer === 'object' && outer !== null ? (outer as Record<string, unknown>)[inner] : undefined;
    if (typeof value === 'string' && !allowed.includes(value)) return invalidValue(inner === undefined ? field : `${field}.${inner}`, value, allowed);
  }
  if (!Array.isArray(body.include)) return null;
  const index = body.include.findIndex((value) => typeof value === 'string' && !INCLUDABLE.includes(value));
  return index < 0 ? null : invalidValue(`include[${index}]`, body.include[index], [...INCLUDABLE]);
}

/** A field an input item (or one of its content parts) may not hold, as its 400. */
export function unknownItemField(raw: Record<string, unknown>, path: string): MockError | null {
  const type = raw.type ?? (raw.role !== undefined ? 'message' : 'item_reference');
  const known = ITEM_FIELDS.get(type as string);
  if (known === undefined) return null;
  const own = firstUnknown(raw, { known, path });
  if (own) return own;
  const field = type === 'message' ? 'content' : type === 'function_call_output' || type === 'custom_tool_call_output' ? 'output' : undefined;
  const parts = field === undefined ? undefined : raw[field];
  if (!Array.isArray(parts)) return null;
  for (let index = 0; index < parts.length; index += 1) {
    const part = parts[index] as Record<string, unknown>;
    const partFields = PART_FIELDS.get(part.type as string);
    const problem = partFields ? firstUnknown(part, { known: partFields, path: `${path}.${field}[${index}]` }) : null;
    if (problem) return problem;
  }
  return null;
}

/**
 * A replayed web_search_call whose action the API does not take: a type other than the three, `Invalid value:
 * 'other'. Supported values are: 'search', 'open_page', and 'find_in_page'.` (param `input[44].action.type`,
 * what the live service answered Codex, openai/codex#7085); with `fields`, a field its type does not have
 * (`Unknown parameter: 'input[4].action.query'.` for a find_in_page, pydantic/pydantic-ai#3653).
 */
export function webSearchActionProblem(raw: Record<string, unknown>, at: { path: string; fields: boolean }): MockError | null {
  const action = raw.action;
  if (raw.type !== 'web_search_call' || typeof action !== 'object' || action === null || Array.isArray(action)) return null;
  const type = (action as Record<string, unknown>).type;
  if (typeof type !== 'string') return null;
  const known = WEB_SEARCH_ACTIONS.get(type);
  if (known === undefined) return invalidValue(`${at.path}.action.type`, type, [...WEB_SEARCH_ACTIONS.keys()]);
  return at.fields ? firstUnknown(action as Record<string, unknown>, { known, path: `${at.path}.action` }) : null;
}

/** A field an input_text, input_image or input_file part may not hold, wherever the part is (`prompt.variables.x`). */
export function unknownPartField(part: Record<string, unknown>, path: string): MockError | null {
  const known = PART_FIELDS.get(part.type as string);
  return known ? firstUnknown(part, { known, path }) : null;
}

export function firstUnknown(object: Record<string, unknown>, at: { known: ReadonlySet<string>; path: string }): MockError | null {
  for (const key in object) {
    if (at.known.has(key)) continue;
    // A key is client text of any length: the message and param quote at most 100 characters of it; an empty
    // key, which a dotted path cannot show, is named in brackets.
    const name = key === '' ? '[""]' : key.slice(0, 100);
    const param = at.path === '' ? name : key === '' ? `${at.path}${name}` : `${at.path}.${name}`;
    return { code: 'unknown_parameter', message: `Unknown parameter: '${param}'.`, param };
  }
  return null;
}
