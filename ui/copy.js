// What the inspector's "Copy as curl" produces from a journal entry (pure, no DOM): a curl command that sends the
// same request again (a socket's create as the same request over HTTP); and the JSON helpers the page's copies
// share (rule.js makes the scenario rule).

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
  const headers = entry.transport === 'websocket' && !hasHeader(entry.headers, 'content-type') ? { ...entry.headers, 'content-type': 'application/json' } : entry.headers;
  for (const name of Object.keys(headers).sort()) {
    const value = headers[name];
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

/** Whether the (lower-case) headers hold `name`. */
function hasHeader(headers, name) {
  return Object.keys(headers).some((key) => key.toLowerCase() === name);
}

/**
 * A socket's `response.create` as the HTTP request that asks the same: its fields but the socket's envelope
 * (`type`, the lane's `stream_id`, `generate`, and `background`, which a socket ignores), streamed as the socket
 * was, sent as JSON (a handshake has no content type). A handshake or another event has no HTTP equivalent.
 */
function overHttp(entry) {
  const event = parseJson(entry.body);
  if (!isObject(event) || event.type !== 'response.create') {
    return { ok: false, reason: entry.method === 'GET' || entry.body === '' ? 'This is the socket\'s handshake: open one of its messages to copy it.' : 'Only a response.create message has an HTTP equivalent.' };
  }
  const { type: _type, generate: _generate, stream_id: _lane, background: _background, ...body } = event;
  return { ok: true, method: 'POST', body: JSON.stringify({ ...body, stream: true }) };
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

export function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
