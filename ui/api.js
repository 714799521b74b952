// The admin API as the page uses it: same origin, the session cookie sent by the browser, and on every
// state-changing request an x-mock-* header (the admin API refuses what a cross-site form could send).

const BASE = '/__mock';

export class ApiError extends Error {
  constructor(status, body) {
    super(body?.error?.message ?? `HTTP ${status}`);
    this.status = status;
    this.body = body;
  }
}

async function call(path, init = {}) {
  const response = await fetch(BASE + path, { credentials: 'same-origin', cache: 'no-store', ...init });
  const text = await response.text();
  let body;
  try {
    body = text === '' ? null : JSON.parse(text);
  } catch {
    body = { error: { message: text.slice(0, 500) } };
  }
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

const query = (params) => {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') search.set(name, String(value));
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
};

/** Journal summaries of every session: the newest (before an id), or those after an id (oldest first). */
export const feed = (params) => call(`/feed${query(params)}`);
/** One journal entry in full. */
export const entry = (id) => call(`/feed/${encodeURIComponent(id)}`);
export const scenarios = () => call('/scenarios');
export const sessions = () => call('/sessions?limit=200');

/** Loads or replaces a scenario from JSON or YAML text; the API's per-problem errors come back as ApiError. */
export function putScenario(name, text) {
  const json = /^\s*[{[]/.test(text);
  return call(`/scenarios/${encodeURIComponent(name)}`, {
    method: 'PUT',
    headers: { 'content-type': json ? 'application/json' : 'application/yaml', 'x-mock-admin': '1' },
    body: text,
  });
}

export const deleteScenario = (name) => call(`/scenarios/${encodeURIComponent(name)}`, { method: 'DELETE', headers: { 'x-mock-admin': '1' } });
export const resetSession = (id) => call(`/reset${query({ session: id })}`, { method: 'POST', headers: { 'x-mock-admin': '1' } });
