// What the inspector's copy buttons produce from a journal entry (pure, no DOM): a curl command that sends the
// same request again, and a scenario that answers such a request the way the mock just did, ready for
// PUT /__mock/scenarios/:name or a fixture file.

/** Headers curl sets itself, or that would mislead a replay. */
const SKIPPED = new Set(['host', 'content-length', 'connection', 'accept-encoding', 'transfer-encoding', 'cookie', 'x-mock-admin-token']);
/** A value the journal masked (`Bearer ***cdef`). */
const MASKED = /\*\*\*/;

/** One shell word, single-quoted (a quote inside becomes '\''). */
export function shellQuote(text) {
  return `'${String(text).replace(/'/g, `'\\''`)}'`;
}

/** The marker the journal puts at the end of a text it cut. */
const CUT_MARKER = /…\[responses-mock: \d+ of \d+ bytes cut; raise --journal-body-limit to keep more\]$/;

/** A body the journal cut cannot be sent again. */
export function wasCut(text) {
  return CUT_MARKER.test(text);
}

/**
 * `{ ok: true, command }`, or `{ ok: false, reason }` when the body was cut. Masked credentials become an
 * environment variable with a placeholder default (`${OPENAI_API_KEY:-sk-placeholder}`), so the command runs
 * as is and can be given a real key.
 */
export function curlCommand(entry, origin) {
  if (wasCut(entry.body)) return { ok: false, reason: `The journal kept only part of this body (${entry.bodyBytes} bytes received): raise --journal-body-limit to copy it.` };
  const sent = entry.transport === 'websocket' ? overHttp(entry) : { ok: true, method: entry.method, body: entry.body };
  if (!sent.ok) return sent;
  const keyVariable = entry.provider === 'openrouter' ? 'OPENROUTER_API_KEY' : 'OPENAI_API_KEY';
  const lines = [`curl -sS -X ${sent.method} ${urlWord(origin + entry.path, keyVariable)}`];
  if (streamed(sent.body)) lines[0] += ' -N';
  for (const name of Object.keys(entry.headers).sort()) {
    const value = entry.headers[name];
    if (SKIPPED.has(name)) continue;
    if (MASKED.test(value)) {
      const scheme = /^(bearer|basic|token)\s+/i.exec(value)?.[0] ?? '';
      // Double quotes so that the variable expands; a header name never holds a quote or a dollar sign.
      lines.push(`-H "${name}: ${scheme}\${${keyVariable}:-sk-placeholder}"`);
    } else lines.push(`-H ${shellQuote(`${name}: ${value}`)}`);
  }
  if (sent.body !== '') lines.push(`--data-raw ${shellQuote(sent.body)}`);
  return { ok: true, command: lines.join(' \\\n  ') };
}

/**
 * The address as one shell word: single-quoted, or, when the journal masked a query parameter (`?api_key=***cdef`),
 * double-quoted with that value as the key variable, as for a masked header.
 */
function urlWord(url, keyVariable) {
  const [path, query] = splitOnce(url, '?');
  if (query === undefined || !MASKED.test(query)) return shellQuote(url);
  const literal = (text) => text.replace(/[\\"$`]/g, (character) => `\\${character}`);
  const parameters = query.split('&').map((parameter) => {
    const [name, value] = splitOnce(parameter, '=');
    return value !== undefined && MASKED.test(value) ? `${literal(name)}=\${${keyVariable}:-sk-placeholder}` : literal(parameter);
  });
  return `"${literal(path)}?${parameters.join('&')}"`;
}

function splitOnce(text, separator) {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

/**
 * A socket's `response.create` as the HTTP request that asks the same: its fields but `type` (and the
 * socket-only `generate`), streamed as the socket was. A handshake or another event has no HTTP equivalent.
 */
function overHttp(entry) {
  const event = parseJson(entry.body);
  if (!isObject(event) || event.type !== 'response.create') {
    return { ok: false, reason: entry.method === 'GET' || entry.body === '' ? 'This is the socket\'s handshake: open one of its messages to copy it.' : 'Only a response.create message has an HTTP equivalent.' };
  }
  const { type: _type, generate: _generate, ...body } = event;
  return { ok: true, method: 'POST', body: JSON.stringify({ ...body, stream: true }) };
}

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
  if (message) match.message = message.slice(0, 200);
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

function streamed(text) {
  const body = parseJson(text);
  return isObject(body) && body.stream === true;
}

export function parseJson(text) {
  if (typeof text !== 'string' || text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
