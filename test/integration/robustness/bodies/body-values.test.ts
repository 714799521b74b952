// A body of more than 200,000 JSON values is refused before it is parsed, on every route that takes JSON and over
// the WebSocket transport: a JSON 400 naming the field holding most of them, in each provider's envelope, while
// /health keeps answering; a body just under the limit gets its ordinary answer.
import t from 'tap';
import { OPENAI, OPENROUTER, post, testApp } from '../../../helpers/app.js';
import { listen } from '../../../helpers/server.js';
import { openSocket, socketURL } from '../../../helpers/socket.js';

const zeros = (count: number): string => `[${'0,'.repeat(count - 1)}0]`;
const MESSAGE = "Invalid 'metadata': the request body holds more than 200,000 JSON values (objects, arrays, keys, strings, numbers), most of them there.";

t.test('a create past the limit is a 400 naming the field, on both paths', async (t) => {
  const app = testApp();
  const raw = `{"model":"gpt-4o","input":"hi","metadata":${zeros(1_000_000)}}`;
  const openai = await app.inject({ method: 'POST', url: OPENAI, headers: { 'content-type': 'application/json' }, payload: raw });
  t.equal(openai.statusCode, 400);
  t.same(JSON.parse(openai.body), { error: { message: MESSAGE, type: 'invalid_request_error', param: 'metadata', code: 'invalid_value' } });
  const openrouter = await app.inject({ method: 'POST', url: OPENROUTER, headers: { 'content-type': 'application/json' }, payload: raw.replace('gpt-4o', 'openai/gpt-4o') });
  t.equal(openrouter.statusCode, 400);
  t.match(JSON.parse(openrouter.body), { error: { code: 'invalid_prompt', message: MESSAGE } });
  const journal = JSON.parse((await app.inject({ method: 'GET', url: '/__mock/requests?limit=2' })).body) as { requests: Array<{ status: number; error: { code: string; param: string } }> };
  t.match(journal.requests, [{ status: 400, error: { code: 'too_many_values', param: 'metadata' } }, { status: 400 }], 'the journal has both');
});

t.test('just under the limit, the ordinary answer', async (t) => {
  const app = testApp();
  const input = Array.from({ length: 39_000 }, (_, index) => ({ role: 'user', content: `m${index}` }));
  const response = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input } });
  t.equal(response.status, 200, '195,001 values');
});

t.test('the admin API refuses such a body too', async (t) => {
  const app = testApp();
  const raw = `{"rules":${zeros(300_000)}}`;
  const response = await app.inject({ method: 'PUT', url: '/__mock/scenarios/huge', headers: { 'content-type': 'application/json' }, payload: raw });
  t.equal(response.statusCode, 400);
  t.match(JSON.parse(response.body), { error: { code: 'admin_bad_request', message: "Invalid 'rules': the request body holds more than 200,000 JSON values (objects, arrays, keys, strings, numbers), most of them there." } });
});

t.test('over a WebSocket: an error event, the socket stays open, /health answers throughout', async (t) => {
  const server = await listen(t);
  const socket = await openSocket(socketURL(server.url));
  t.teardown(() => socket.ws.close());
  const started = performance.now();
  socket.send(JSON.parse(`{"type":"response.create","model":"gpt-4o","input":"hi","metadata":${zeros(3_000_000)}}`));
  const health = await fetch(`${server.url}/health`);
  t.equal(health.status, 200, '/health while the body is refused');
  const [error] = await socket.until('error');
  t.match(error, { type: 'error', error: { code: 'invalid_value', param: 'metadata', message: MESSAGE } });
  t.comment(`refused in ${Math.round(performance.now() - started)} ms`);
  socket.send({ type: 'response.create', model: 'gpt-4o', input: 'hi' });
  const events = await socket.until('response.completed');
  t.equal(events.at(-1)?.type, 'response.completed', 'the next create on the same socket is answered');
});
