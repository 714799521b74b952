// What the inspector's "Copy as scenario rule" produces from a journal entry (pure, no DOM): a scenario that
// answers such a request the way the mock just did, ready for PUT /__mock/scenarios/:name or a fixture file.
import { isObject, parseJson } from './copy.js';

/**
 * A scenario with one rule matching this request (its last user message, the tools offered, the provider, the
 * stream switch) and answering as the mock did. `{ ok: true, name, scenario, text }` or `{ ok: false, reason }`.
 */
export function scenarioRule(entry) {
  const request = parseJson(entry.body);
  if (!isObject(request)) return { ok: false, reason: 'The request body is not a JSON object the journal kept whole.' };
  const respond = respondOf(entry);
  if (!respond.ok) return respond;
  const match = {};
  const message = lastUserText(request.input);
  if (message) match.message = messageMatch(message);
  const tools = toolNames(request.tools);
  if (tools.length > 0) match.tools = tools;
  if (entry.provider === 'openai' || entry.provider === 'openrouter') match.provider = entry.provider;
  if (request.stream === true) match.stream = true;
  const name = `from-request-${entry.id}`;
  const scenario = {
    description: `Answers like request ${entry.id} (${entry.method} ${entry.path.split('?')[0]}) was answered.`,
    rules: [{ name: `as request ${entry.id}`, match, respond: respond.value, times: 'always' }],
  };
  return { ok: true, name, scenario, text: JSON.stringify(scenario, null, 2) };
}

/** The `respond` that reproduces the answer: an error, or the response's output (text and calls). */
function respondOf(entry) {
  if (entry.status !== null && entry.status >= 400) {
    const envelope = parseJson(entry.answer);
    const error = isObject(envelope) && isObject(envelope.error) ? envelope.error : {};
    const scripted = { status: entry.status, message: typeof error.message === 'string' ? error.message : entry.error?.message ?? 'Error.' };
    if (typeof error.type === 'string') scripted.type = error.type;
    if (typeof error.code === 'string' || typeof error.code === 'number') scripted.code = error.code;
    if (typeof error.param === 'string') scripted.param = error.param;
    return { ok: true, value: { error: scripted } };
  }
  const response = entry.stream ? streamedResponse(entry.stream) : parseJson(entry.answer);
  if (!isObject(response) || !Array.isArray(response.output)) {
    return { ok: false, reason: entry.stream ? "The stream's last event was not kept (raise --journal-body-limit)." : 'The answer is not a response the journal kept whole.' };
  }
  const respond = {};
  const texts = [];
  const calls = [];
  const hosted = [];
  const cited = [];
  for (const item of response.output) {
    if (!isObject(item)) continue;
    const entry = hostedEntry(item);
    if (entry) {
      hosted.push(entry);
    } else if (item.type === 'message' && Array.isArray(item.content)) {
      for (const part of item.content) if (isObject(part) && typeof part.text === 'string') texts.push(part.text);
      for (const part of item.content) if (isObject(part) && Array.isArray(part.annotations)) cited.push(...part.annotations.filter((note) => isObject(note) && note.type === 'file_citation'));
    } else if (item.type === 'function_call') {
      const call = { name: item.name };
      if (typeof item.namespace === 'string') call.namespace = item.namespace;
      const args = parseJson(item.arguments);
      call.arguments = isObject(args) ? args : String(item.arguments ?? '');
      calls.push(call);
    } else if (item.type === 'custom_tool_call') {
      const call = { name: item.name, input: String(item.input ?? '') };
      if (typeof item.namespace === 'string') call.namespace = item.namespace;
      calls.push(call);
    }
  }
  if (texts.length > 0) respond.text = texts.join('\n');
  if (calls.length > 0) respond.calls = calls;
  if (hosted.length > 0) respond.hosted = hosted.map((entry) => withCitedFiles(entry, cited));
  if (response.status === 'failed' && isObject(response.error)) respond.fail = { code: String(response.error.code), message: String(response.error.message) };
  if (response.status === 'incomplete' && isObject(response.incomplete_details)) respond.incomplete = response.incomplete_details.reason;
  if (respond.text === undefined && respond.calls === undefined && respond.hosted === undefined) respond.text = '';
  return { ok: true, value: respond };
}

/** A file search without its results (not included) names the files the answer cited. */
function withCitedFiles(entry, cited) {
  if (!entry.file_search || entry.file_search.files || cited.length === 0) return entry;
  const files = new Map(cited.map((note) => [String(note.file_id), { filename: String(note.filename), file_id: String(note.file_id) }]));
  return { file_search: { ...entry.file_search, files: [...files.values()] } };
}

/**
 * A hosted tool's item as a `respond.hosted` entry with the values it had. The answer's text is copied as sent,
 * its links included, so the entries do not cite it again (`cite: false`): its citation annotations are not
 * reproduced.
 */
function hostedEntry(item) {
  const strings = (list) => (Array.isArray(list) ? list.filter((value) => typeof value === 'string') : undefined);
  if (item.type === 'web_search_call' || item.type === 'openrouter:web_search') {
    const action = isObject(item.action) ? item.action : {};
    const sources = Array.isArray(action.sources) ? action.sources.filter((source) => isObject(source) && typeof source.url === 'string').map((source) => ({ url: source.url })) : [];
    return { web_search: { ...(typeof action.query === 'string' && action.query !== '' ? { query: action.query } : {}), ...(sources.length > 0 ? { sources } : {}), cite: false } };
  }
  if (item.type === 'code_interpreter_call') {
    const logs = Array.isArray(item.outputs) ? item.outputs.filter((output) => isObject(output) && output.type === 'logs').map((output) => String(output.logs)).join('') : '';
    return { code_interpreter: { code: String(item.code ?? ''), ...(logs ? { logs } : {}), ...(typeof item.container_id === 'string' ? { container: item.container_id } : {}), cite: false } };
  }
  if (item.type === 'file_search_call') {
    const queries = strings(item.queries) ?? [];
    const files = Array.isArray(item.results) ? item.results.filter((result) => isObject(result) && typeof result.filename === 'string').map((result) => ({ filename: result.filename, ...(typeof result.file_id === 'string' ? { file_id: result.file_id } : {}), ...(typeof result.text === 'string' ? { text: result.text } : {}) })) : undefined;
    return { file_search: { ...(queries.length > 0 ? { queries } : {}), ...(files ? { files } : {}), cite: false } };
  }
  if (item.type === 'apply_patch_call' && isObject(item.operation)) {
    const { type, path, diff } = item.operation;
    return { apply_patch: { ...(typeof item.call_id === 'string' ? { call_id: item.call_id } : {}), operation: type, path, ...(typeof diff === 'string' && type !== 'delete_file' ? { diff } : {}) } };
  }
  if (item.type === 'shell_call' && isObject(item.action)) {
    const commands = strings(item.action.commands) ?? [];
    return { shell: { ...(typeof item.call_id === 'string' ? { call_id: item.call_id } : {}), ...(commands.length > 0 ? { commands } : {}) } };
  }
  if (item.type === 'openrouter:datetime') return { datetime: { ...(typeof item.timezone === 'string' ? { timezone: item.timezone } : {}), ...(typeof item.datetime === 'string' ? { datetime: item.datetime } : {}) } };
  return undefined;
}

/** The response carried by a stream's terminal event. */
function streamedResponse(stream) {
  for (let index = stream.steps.length - 1; index >= 0; index -= 1) {
    const step = stream.steps[index];
    if (step.type === 'response.completed' || step.type === 'response.incomplete' || step.type === 'response.failed') {
      const data = parseJson(step.data);
      return isObject(data) ? data.response : undefined;
    }
  }
  return undefined;
}

/** What the journal writes where it cut a credential out of a text. */
const REDACTED = '[redacted]';
/** Characters of the message a rule matches on. */
const MATCHED = 200;

/**
 * The start of the message (its first 200 characters), which a rule's plain `message` finds anywhere in the
 * request's, ignoring case; where the journal cut a
 * credential out of it, a pattern taking any text in each place cut, so that the same request with its key
 * matches (a marker cut short at the end is left out).
 */
function messageMatch(message) {
  let text = message.slice(0, MATCHED);
  // Half a character (a surrogate pair cut at the limit) matches nothing in RE2: it is left out.
  const last = text.charCodeAt(text.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) text = text.slice(0, -1);
  for (let length = REDACTED.length - 1; length > 0; length -= 1) {
    if (message.startsWith(REDACTED, MATCHED - length) && text.endsWith(REDACTED.slice(0, length))) {
      text = text.slice(0, -length);
      break;
    }
  }
  if (!text.includes(REDACTED)) return text;
  // Case-insensitive, as a plain `message` is.
  return { regex: text.split(REDACTED).map((part) => part.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')).join('[\\s\\S]+'), flags: 'i' };
}

function lastUserText(input) {
  if (typeof input === 'string') return input;
  if (!Array.isArray(input)) return '';
  for (let index = input.length - 1; index >= 0; index -= 1) {
    const item = input[index];
    if (!isObject(item) || item.role !== 'user') continue;
    if (typeof item.content === 'string') return item.content;
    if (Array.isArray(item.content)) return item.content.filter((part) => isObject(part) && typeof part.text === 'string').map((part) => part.text).join('\n');
  }
  return '';
}

function toolNames(tools) {
  if (!Array.isArray(tools)) return [];
  const names = [];
  for (const tool of tools) {
    if (!isObject(tool) || typeof tool.name !== 'string') continue;
    if (tool.type === 'function' || tool.type === 'custom') names.push(tool.name);
    else if (tool.type === 'namespace' && Array.isArray(tool.tools)) {
      for (const inner of tool.tools) if (isObject(inner) && typeof inner.name === 'string') names.push(`${tool.name}.${inner.name}`);
    }
  }
  return names;
}
