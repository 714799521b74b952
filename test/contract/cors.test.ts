// Browser apps (`dangerouslyAllowBrowser`) against the emulated APIs, through a fetch that applies the CORS
// checks a browser makes: a preflight for every non-simple request, its answer checked against the method and
// headers asked for, and Access-Control-Allow-Origin checked on the answer. /__mock grants none of it.
import t from 'tap';
import OpenAI from 'openai';
import { listen } from '../helpers/server.js';

const ORIGIN = 'http://localhost:5173';
/** Request headers a page may send without asking (the CORS-safelisted ones, content-type aside). */
const SAFELISTED = new Set(['accept', 'accept-language', 'content-language']);

class CorsError extends Error {}

/** fetch as a page on ORIGIN would get it (requests with a body or custom headers are never simple here). */
function browserFetch(log: string[]): typeof fetch {
  return async (input, init = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = new Headers(init.headers);
    const asked = [...headers.keys()].filter((name) => !SAFELISTED.has(name)).sort();
    const preflight = await fetch(url, {
      method: 'OPTIONS',
      headers: { origin: ORIGIN, 'access-control-request-method': method, 'access-control-request-headers': asked.join(',') },
    });
    log.push(`OPTIONS ${url.pathname} ${preflight.status}`);
    const allowedOrigin = preflight.headers.get('access-control-allow-origin');
    const allowedHeaders = (preflight.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(/\s*,\s*/);
    const allowedMethods = (preflight.headers.get('access-control-allow-methods') ?? '').toUpperCase().split(/\s*,\s*/);
    if (!preflight.ok) throw new CorsError(`preflight ${preflight.status}`);
    if (allowedOrigin !== '*' && allowedOrigin !== ORIGIN) throw new CorsError('preflight: origin not allowed');
    // '*' does not cover authorization: it must be named.
    const missing = asked.filter((name) => !allowedHeaders.includes(name) && !(allowedHeaders.includes('*') && name !== 'authorization'));
    if (missing.length > 0) throw new CorsError(`preflight: headers not allowed: ${missing.join(', ')}`);
    if (!allowedMethods.includes(method) && !['GET', 'POST', 'HEAD'].includes(method)) throw new CorsError(`preflight: ${method} not allowed`);
    headers.set('origin', ORIGIN);
    const response = await fetch(url, { ...init, headers });
    const origin = response.headers.get('access-control-allow-origin');
    if (origin !== '*' && origin !== ORIGIN) throw new CorsError(`response: origin not allowed (${response.status})`);
    log.push(`${method} ${url.pathname} ${response.status}`);
    return response;
  };
}

t.test('the openai SDK in a page works against both paths, streams and errors included', async (t) => {
  const server = await listen(t);
  for (const baseURL of [server.openaiBaseURL, server.openrouterBaseURL]) {
    const log: string[] = [];
    const client = new OpenAI({ apiKey: 'sk-browser', baseURL, dangerouslyAllowBrowser: true, fetch: browserFetch(log), maxRetries: 0, defaultHeaders: { 'x-title': 'My App', 'http-referer': ORIGIN } });
    const response = await client.responses.create({ model: 'gpt-4o', input: 'Reply exactly with: hi', store: false });
    t.equal(response.output_text, 'hi', `${baseURL}: JSON`);
    const stream = await client.responses.create({ model: 'gpt-4o', input: 'Reply exactly with: streamed', store: false, stream: true });
    let text = '';
    for await (const event of stream) if (event.type === 'response.output_text.delta') text += event.delta;
    t.equal(text, 'streamed', `${baseURL}: stream`);
    const error = await client.responses.create({ model: 'gpt-4o', input: [{ type: 'function_call_output', call_id: 'x', output: 'y' }] as never, store: false }).catch((caught: unknown) => caught);
    t.ok(error instanceof OpenAI.BadRequestError, `${baseURL}: a 400 reaches the page as an API error, not a CORS failure`);
    t.ok(log.filter((line) => line.startsWith('OPTIONS')).every((line) => line.endsWith(' 204')), 'every preflight granted');
  }
});

t.test('preflights name what they grant; /__mock grants nothing', async (t) => {
  const server = await listen(t);
  const preflight = (path: string, headers: string) => fetch(`${server.url}${path}`, {
    method: 'OPTIONS',
    headers: { origin: 'https://app.example', 'access-control-request-method': 'POST', 'access-control-request-headers': headers },
  });
  const api = await preflight('/api/v1/responses', 'authorization,content-type,x-title,http-referer,x-stainless-os');
  t.equal(api.status, 204);
  t.equal(api.headers.get('access-control-allow-origin'), '*');
  t.equal(api.headers.get('access-control-allow-headers'), 'authorization,content-type,x-title,http-referer,x-stainless-os', 'the headers asked for');
  t.match(api.headers.get('access-control-allow-methods'), /POST/);
  t.equal((await preflight('/v1/responses/resp_1', 'authorization')).status, 204, 'GET/DELETE of a stored response too');
  for (const path of ['/__mock/reset', '/__mock/requests', '/__mock/scenarios/x']) {
    const refused = await preflight(path, 'content-type,x-mock-admin');
    t.equal(refused.headers.get('access-control-allow-origin'), null, `${path}: no CORS`);
    t.equal(refused.headers.get('access-control-allow-headers'), null);
    t.notOk(refused.ok, `${path}: the preflight fails`);
  }
  const read = await fetch(`${server.url}/__mock/requests`, { headers: { origin: 'https://app.example' } });
  t.equal(read.headers.get('access-control-allow-origin'), null, 'a page cannot read the journal');
  const health = await fetch(`${server.url}/health`, { headers: { origin: 'https://app.example' } });
  t.equal(health.headers.get('access-control-allow-origin'), null, 'nor anything outside the emulated APIs');
});
