// Every answer under OpenAI's path carries `x-request-id` (req_ + 32 hex), whatever refused the request: a route,
// a check before the routes, the router, Node's HTTP parser, or the WebSocket handshake; and the API's CORS headers
// with it. OpenRouter's path gets none (its recordings show no request id header).
import { connect } from 'node:net';
import t, { type Test } from 'tap';
import type { FastifyInstance, InjectOptions } from 'fastify';
import WebSocket from 'ws';
import { testApp } from '../../helpers/app.js';

const REQUEST_ID = /^req_[0-9a-f]{32}$/;
const json = { 'content-type': 'application/json' };
const BODY = '{"model":"gpt-4o-mini","input":"hi"}';

async function listening(t: Test): Promise<{ app: FastifyInstance; port: number }> {
  const app = testApp({ fixtures: false, bodyLimit: 4096 });
  t.teardown(() => app.close());
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, port: (app.server.address() as { port: number }).port };
}

/** The head of the first response the server sends for these bytes: its status and headers (lower-cased names). */
function head(port: number, bytes: string): Promise<{ status: number; headers: Record<string, string>; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    const timer = setTimeout(() => done(), 5000);
    const done = (): void => {
      clearTimeout(timer);
      socket.destroy();
      const end = text.indexOf('\r\n\r\n');
      if (end < 0) return reject(new Error(`no response head: ${JSON.stringify(text.slice(0, 200))}`));
      const [line, ...fields] = text.slice(0, end).split('\r\n');
      const headers = Object.fromEntries(fields.map((field) => [field.slice(0, field.indexOf(':')).toLowerCase(), field.slice(field.indexOf(':') + 1).trim()]));
      resolve({ status: Number(line!.slice(9, 12)), headers, text });
    };
    socket.on('data', (chunk) => {
      text += chunk.toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      const length = Number(/content-length: (\d+)/i.exec(text.slice(0, end))?.[1] ?? 0);
      if (end >= 0 && text.length >= end + 4 + length) done();
    });
    socket.on('close', done);
    socket.on('error', () => undefined);
    socket.write(bytes);
  });
}

t.test('answers refused before or by the router, on /v1, carry an id and the CORS headers', async (t) => {
  const app = testApp({ fixtures: false, bodyLimit: 4096 });
  const cases: Array<{ name: string; status: number; request: InjectOptions }> = [
    { name: 'a created response', status: 200, request: { method: 'POST', url: '/v1/responses', headers: json, payload: BODY } },
    { name: 'an unknown route', status: 404, request: { method: 'GET', url: '/v1/nothing-here' } },
    { name: 'the path root', status: 404, request: { method: 'GET', url: '/v1' } },
    { name: 'the path root with a query', status: 404, request: { method: 'GET', url: '/v1?page=2' } },
    { name: 'a body too large', status: 413, request: { method: 'POST', url: '/v1/responses', headers: json, payload: `{"input":"${'x'.repeat(5000)}"}` } },
    { name: 'a content type not JSON', status: 415, request: { method: 'POST', url: '/v1/responses', headers: { 'content-type': 'text/plain' }, payload: 'hi' } },
    { name: 'malformed JSON', status: 400, request: { method: 'POST', url: '/v1/responses', headers: json, payload: '{' } },
    { name: 'a compressed body', status: 415, request: { method: 'POST', url: '/v1/responses', headers: { ...json, 'content-encoding': 'gzip' }, payload: BODY } },
    { name: 'a segment not valid percent-encoding', status: 400, request: { method: 'GET', url: '/v1/responses/%ff' } },
    { name: 'a segment past the router limit', status: 414, request: { method: 'GET', url: `/v1/responses/${'a'.repeat((1 << 20) + 1)}` } },
  ];
  const ids = new Set<string>();
  for (const { name, status, request } of cases) {
    const answer = await app.inject(request);
    t.equal(answer.statusCode, status, `${name}: ${status}`);
    t.match(answer.headers['x-request-id'], REQUEST_ID, `${name}: an id`);
    t.equal(answer.headers['access-control-allow-origin'], '*', `${name}: CORS`);
    ids.add(answer.headers['x-request-id'] as string);
  }
  t.equal(ids.size, cases.length, 'one id per answer');
  for (const url of ['/api/v1/nothing-here', '/api/v1/responses/%ff', '/v1x', '/health']) {
    t.equal((await app.inject({ method: 'GET', url })).headers['x-request-id'], undefined, `${url}: none`);
  }
});

t.test("what Node's parser refuses on /v1, and a request without Host, carry an id too", async (t) => {
  const { port } = await listening(t);
  const cases = [
    { name: 'headers too large', status: 431, bytes: `GET /v1/models HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n` },
    { name: 'a malformed header', status: 400, bytes: 'GET /v1/models HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n' },
    { name: 'a chunk size that is not hex', status: 400, bytes: 'POST /v1/responses HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n' },
    { name: 'no Host', status: 400, bytes: 'GET /v1/models HTTP/1.1\r\n\r\n' },
  ];
  for (const { name, status, bytes } of cases) {
    const answer = await head(port, bytes);
    t.equal(answer.status, status, `${name}: ${status}`);
    t.match(answer.headers['x-request-id'], REQUEST_ID, `${name}: an id`);
    t.equal(answer.headers['access-control-allow-origin'], '*', `${name}: CORS`);
  }
  const openrouter = await head(port, `GET /api/v1/models HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
  t.equal(openrouter.status, 431);
  t.equal(openrouter.headers['x-request-id'], undefined, 'OpenRouter: none');
  const unknown = await head(port, 'GARBAGE\r\n\r\n');
  t.equal(unknown.status, 400);
  t.equal(unknown.headers['x-request-id'], undefined, 'no path to tell: none');
});

const UPGRADE = 'Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n';
const KEY = 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n';

t.test('the WebSocket handshake on /v1: accepted (101) or refused, with an id', async (t) => {
  const { port } = await listening(t);
  const upgrade = new Promise<string | undefined>((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/v1/responses`);
    ws.once('upgrade', (response) => resolve(response.headers['x-request-id'] as string | undefined));
    ws.once('open', () => ws.close());
    ws.once('error', reject);
  });
  t.match(await upgrade, REQUEST_ID, '101: an id');
  const listed = await head(port, `GET /v1/responses HTTP/1.1\r\nHost: x\r\n${UPGRADE}${KEY}Sec-WebSocket-Protocol: chat ,\tv2.json\r\n\r\n`);
  t.equal(listed.status, 101, 'a list of subprotocols, blanks around the names: 101');
  const refusals = [
    { name: 'no Sec-WebSocket-Key', status: 400, param: 'sec-websocket-key', bytes: `GET /v1/responses HTTP/1.1\r\nHost: x\r\n${UPGRADE}\r\n` },
    { name: 'an unknown version', status: 400, param: 'sec-websocket-version', bytes: `GET /v1/responses HTTP/1.1\r\nHost: x\r\n${UPGRADE.replace('13', '99')}${KEY}\r\n` },
    { name: 'an upgrade that is not websocket', status: 400, param: 'upgrade', bytes: `GET /v1/responses HTTP/1.1\r\nHost: x\r\n${UPGRADE.replace('Upgrade: websocket', 'Upgrade: h2c')}${KEY}\r\n` },
    // ws answered these in text/html, without an id.
    ...['a b', 'chat, chat', ',', 'chat,', 'ch@t', ''].map((protocols) => ({
      name: `Sec-WebSocket-Protocol '${protocols}'`,
      status: 400,
      param: 'sec-websocket-protocol',
      bytes: `GET /v1/responses HTTP/1.1\r\nHost: x\r\n${UPGRADE}${KEY}Sec-WebSocket-Protocol: ${protocols}\r\n\r\n`,
    })),
  ];
  for (const { name, status, param, bytes } of refusals) {
    const answer = await head(port, bytes);
    t.equal(answer.status, status, `${name}: ${status}`);
    t.match(answer.headers['x-request-id'], REQUEST_ID, `${name}: an id`);
    t.match(answer.headers['content-type'], /^application\/json/, `${name}: JSON`);
    t.match(JSON.parse(answer.text.slice(answer.text.indexOf('\r\n\r\n') + 4)), { error: { type: 'invalid_request_error', param } }, `${name}: names ${param}`);
  }
});
