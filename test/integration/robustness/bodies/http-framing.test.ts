// What Node's HTTP parser refuses, over raw sockets: the answer is a JSON body in the envelope of the failing
// request's path (OpenAI's when its request line cannot be read), the requests parsed before the bad bytes on
// the same connection still get their answers, and then the connection closes. Also compressed bodies (a 415
// before the body is read, never inflated) and a request without Host.
import { connect } from 'node:net';
import { gzipSync } from 'node:zlib';
import t, { type Test } from 'tap';
import type { FastifyInstance } from 'fastify';
import { testApp } from '../../../helpers/app.js';

async function listening(t: Test): Promise<{ app: FastifyInstance; port: number }> {
  const app = testApp({ fixtures: false });
  t.teardown(() => app.close());
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, port: (app.server.address() as { port: number }).port };
}

/** Everything the server sends on one connection until it closes it (or `ms` pass). */
function exchange(port: number, bytes: Buffer | string, ms = 5000): Promise<{ text: string; closed: boolean }> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ text: Buffer.concat(chunks).toString('latin1'), closed: false });
    }, ms);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ text: Buffer.concat(chunks).toString('latin1'), closed: true });
    });
    socket.write(bytes);
  });
}

/** The first response the server sends on a connection, as soon as it is whole (undefined if none in `ms`). */
function firstResponse(port: number, bytes: Buffer, ms: number): Promise<{ status: number; body: Record<string, unknown> } | undefined> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const finish = (answer: { status: number; body: Record<string, unknown> } | undefined) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(answer);
    };
    const timer = setTimeout(() => finish(undefined), ms);
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      const text = Buffer.concat(chunks).toString('latin1');
      const headEnd = text.indexOf('\r\n\r\n');
      const length = Number(/content-length: (\d+)/i.exec(text.slice(0, headEnd))?.[1]);
      if (headEnd >= 0 && text.length >= headEnd + 4 + length) finish(responses(text)[0]);
    });
    socket.on('error', () => undefined);
    socket.write(bytes);
  });
}

/** The responses in order: status and JSON body (bodies are content-length framed here). */
function responses(text: string): Array<{ status: number; body: Record<string, unknown> }> {
  const found: Array<{ status: number; body: Record<string, unknown> }> = [];
  let rest = text;
  while (rest.startsWith('HTTP/1.1 ')) {
    const headEnd = rest.indexOf('\r\n\r\n');
    const head = rest.slice(0, headEnd);
    const length = Number(/content-length: (\d+)/i.exec(head)?.[1]);
    const body = rest.slice(headEnd + 4, headEnd + 4 + length);
    found.push({ status: Number(head.slice(9, 12)), body: JSON.parse(body) as Record<string, unknown> });
    rest = rest.slice(headEnd + 4 + length);
  }
  return found;
}

const BODY = '{"model":"gpt-4o-mini","input":"hi"}';
const create = (path: string, body = BODY, length = Buffer.byteLength(body)) =>
  `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n${body}`;

t.test('garbage pipelined after a valid request: the request is answered, then a 400 in its envelope, then close', async (t) => {
  const { port } = await listening(t);
  const openai = await exchange(port, `${create('/v1/responses')}GARBAGE\r\n\r\n`);
  t.ok(openai.closed, 'the connection closes');
  const [answer, refusal, extra] = responses(openai.text);
  t.equal(answer?.status, 200, 'the valid request gets its answer first');
  t.equal(answer?.body.object, 'response');
  t.equal(refusal?.status, 400);
  t.same(refusal?.body, { error: { message: 'Malformed HTTP request (HPE_INVALID_METHOD: Invalid method encountered); the connection is closed.', type: 'invalid_request_error', param: null, code: null } });
  t.equal(extra, undefined);

  const openrouter = responses((await exchange(port, `${create('/api/v1/responses', BODY.replace('gpt-4o-mini', 'openai/gpt-4o-mini'))}GARBAGE\r\n\r\n`)).text);
  t.same(openrouter.map((response) => response.status), [200, 400]);
  t.match(openrouter[1]?.body, { error: { type: 'invalid_request_error', message: /^Malformed HTTP request/ } }, "OpenAI's envelope: the garbage has no request line of its own");
});

const STATS = 'GET /__mock/stats HTTP/1.1\r\nHost: localhost\r\n\r\n';
const BAD_LENGTH = (path: string) => `POST ${path} HTTP/1.1\r\nHost: localhost\r\nContent-Length: zz\r\n\r\n`;
const MALFORMED = /^Malformed HTTP request \(HPE_INVALID_CONTENT_LENGTH/;

t.test('a bad request pipelined after good ones is answered in the envelope of its own path', async (t) => {
  const { port } = await listening(t);
  const afterAdmin = responses((await exchange(port, STATS + BAD_LENGTH('/api/v1/responses'))).text);
  t.same(afterAdmin.map((response) => response.status), [200, 400]);
  t.match(afterAdmin[1]?.body, { error: { code: 400, message: MALFORMED } }, "OpenRouter's, after an admin request");
  t.notOk('type' in (afterAdmin[1]?.body.error as object), 'not the admin envelope');

  const big = `GET /__mock/stats HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`;
  const afterOpenAI = responses((await exchange(port, `GET /v1/models HTTP/1.1\r\nHost: x\r\n\r\n${big}`)).text);
  t.same(afterOpenAI.map((response) => response.status), [200, 431]);
  t.same(afterOpenAI[1]?.body, { error: { code: 'admin_bad_request', message: 'Request header fields too large: the request line and headers exceed 16384 bytes.' } }, "the admin envelope, after an OpenAI request");

  const afterBody = responses((await exchange(port, `${create('/v1/responses')}${BAD_LENGTH('/__mock/stats')}`)).text);
  t.same(afterBody.map((response) => response.status), [200, 400]);
  t.match(afterBody[1]?.body, { error: { code: 'admin_bad_request', message: MALFORMED } }, 'found past the body of the request before it');

  const chunked = `POST /v1/responses HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n${BODY.length.toString(16)}\r\n${BODY}\r\n0\r\n\r\n`;
  const afterChunked = responses((await exchange(port, `${chunked}${BAD_LENGTH('/__mock/stats')}`)).text);
  t.same(afterChunked.map((response) => response.status), [200, 400]);
  t.match(afterChunked[1]?.body, { error: { code: 'admin_bad_request', message: MALFORMED } }, 'found past a chunked body');
});

t.test("a bad chunk in a body is that request's answer, in its envelope, at once", async (t) => {
  const { port } = await listening(t);
  const head = 'POST /api/v1/responses HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n';
  for (const [name, bytes] of [['first chunk', `${STATS}${head}ZZ\r\n\r\n`], ['after a good chunk', `${STATS}${head}5\r\n{"mod\r\nZZ\r\n\r\n`]] as const) {
    const { text, closed } = await exchange(port, bytes, 3000);
    t.ok(closed, `${name}: the connection closes`);
    const answers = responses(text);
    t.same(answers.map((response) => response.status), [200, 400], name);
    t.match(answers[1]?.body, { error: { code: 400, message: /^Malformed HTTP request \(HPE_INVALID_CHUNK_SIZE/ } }, `${name}: OpenRouter's envelope`);
  }
  t.equal((await fetch(`http://127.0.0.1:${port}/health`)).status, 200, 'the server is fine afterwards');
});

t.test('a request refused mid-body is journaled with the 400 it got, not left pending', async (t) => {
  const { app, port } = await listening(t);
  const head = 'POST /v1/responses HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n';
  const { text } = await exchange(port, `${head}zz\r\n`, 3000);
  t.same(responses(text).map((response) => response.status), [400]);
  const journal = (await app.inject({ url: '/__mock/requests' })).json() as { requests: Array<Record<string, unknown>> };
  t.match(journal.requests, [{ method: 'POST', path: '/v1/responses', status: 400, error: { code: 'malformed_http', message: /^Malformed HTTP request \(HPE_INVALID_CHUNK_SIZE/ }, answer: /^\{"error":\{"message":"Malformed HTTP request \(HPE_INVALID_CHUNK_SIZE/ }]);
  t.type(journal.requests[0]?.durationMs, 'number', 'timed, as a finished request is');
});

t.test('several pipelined requests before the garbage are all answered, in order', async (t) => {
  const { port } = await listening(t);
  const bytes = 'GET /v1/models HTTP/1.1\r\nHost: x\r\n\r\nGET /v1/models/gpt-4o HTTP/1.1\r\nHost: x\r\n\r\nBAD\u0000\r\n\r\n';
  const answers = responses((await exchange(port, bytes)).text);
  t.same(answers.map((response) => response.status), [200, 200, 400]);
  t.equal(answers[1]?.body.id, 'gpt-4o');
});

t.test('a content-length shorter than the body: the cut body gets its JSON error, the rest a 400', async (t) => {
  const { port } = await listening(t);
  const answers = responses((await exchange(port, create('/v1/responses', BODY, 5))).text);
  t.same(answers.map((response) => response.status), [400, 400]);
  t.match(answers[0]?.body, { error: { message: /^We could not parse the JSON body of your request/, type: 'invalid_request_error' } });
  t.match(answers[1]?.body, { error: { message: /^Malformed HTTP request/, param: null } });
});

t.test('bytes that are not HTTP at all get the OpenAI envelope', async (t) => {
  const { port } = await listening(t);
  const { text, closed } = await exchange(port, 'GARBAGE\r\n\r\n');
  t.ok(closed);
  t.match(text, /^HTTP\/1\.1 400 Bad Request\r\n/);
  t.match(responses(text)[0]?.body, { error: { type: 'invalid_request_error', message: /^Malformed HTTP request/ } });
});

t.test('headers over the limit: a 431 in the envelope of the path on the request line', async (t) => {
  const { port } = await listening(t);
  const big = 'h'.repeat(60_000);
  for (const [path, envelope] of [
    ['/api/v1/responses', { error: { code: 431, message: 'Request header fields too large: the request line and headers exceed 16384 bytes.' } }],
    ['/v1/responses', { error: { message: 'Request header fields too large: the request line and headers exceed 16384 bytes.', type: 'invalid_request_error', param: null, code: null } }],
  ] as const) {
    const { text, closed } = await exchange(port, `GET ${path} HTTP/1.1\r\nHost: x\r\nX-Big: ${big}\r\n\r\n`);
    t.ok(closed, `${path}: closed`);
    const [answer] = responses(text);
    t.equal(answer?.status, 431, path);
    t.same(answer?.body, envelope, path);
  }
});

t.test('an HTTP/1.1 request without Host is a 400 in the envelope, not an empty body', async (t) => {
  const { port } = await listening(t);
  const [answer] = responses((await exchange(port, 'GET /v1/models HTTP/1.1\r\nHost:\r\nConnection: close\r\n\r\n')).text);
  t.equal(answer?.status, 400);
  t.same(answer?.body, { error: { message: 'Malformed HTTP request: an HTTP/1.1 request needs a Host header.', type: 'invalid_request_error', param: 'host', code: null } });
  const [old] = responses((await exchange(port, 'GET /v1/models HTTP/1.0\r\n\r\n')).text);
  t.equal(old?.status, 200, 'HTTP/1.0 needs none');
});

t.test('a compressed body is a 415 in the envelope, and a bodiless request may name any encoding', async (t) => {
  const { port } = await listening(t);
  for (const [path, coding, envelope] of [
    ['/v1/responses', 'gzip', { error: { message: "Unsupported content-encoding 'gzip': send the request body uncompressed (no content-encoding, or identity).", type: 'invalid_request_error', param: null, code: null } }],
    ['/api/v1/responses', 'br', { error: { code: 415, message: "Unsupported content-encoding 'br': send the request body uncompressed (no content-encoding, or identity)." } }],
  ] as const) {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': coding }, body: BODY });
    t.equal(response.status, 415, `${path} ${coding}`);
    t.same(await response.json(), envelope, `${path} ${coding}`);
  }
  const chunked = responses((await exchange(port, `POST /v1/responses HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n${BODY.length.toString(16)}\r\n${BODY}\r\n0\r\n\r\n`)).text);
  t.equal(chunked[0]?.status, 415, 'a chunked body too');
  const identity = await fetch(`http://127.0.0.1:${port}/v1/responses`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'identity' }, body: BODY });
  t.equal(identity.status, 200, 'identity is no encoding');
  const models = await fetch(`http://127.0.0.1:${port}/v1/models`, { headers: { 'content-encoding': 'gzip' } });
  t.equal(models.status, 200, 'a GET without a body is answered whatever its content-encoding');
  const empty = await fetch(`http://127.0.0.1:${port}/v1/responses/resp_nope`, { method: 'DELETE', headers: { 'content-encoding': 'gzip', 'content-length': '0' } });
  t.equal(empty.status, 404, 'so is a content-length of 0');
});

t.test('a gzip bomb is refused before its body is read: the 415 comes while most of it is still unsent', async (t) => {
  const { port } = await listening(t);
  const bomb = gzipSync(Buffer.alloc(20_000_000));
  // The declared length is far more than what is sent: an answer that waited for the body would never come.
  const head = `POST /v1/responses HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: ${bomb.length * 100}\r\n\r\n`;
  const answer = await firstResponse(port, Buffer.concat([Buffer.from(head), bomb]), 3000);
  t.equal(answer?.status, 415, 'answered with only a hundredth of the body sent');
  t.match(answer?.body, { error: { message: /^Unsupported content-encoding 'gzip': / } });
  const health = await fetch(`http://127.0.0.1:${port}/health`);
  t.equal(health.status, 200, 'the server is fine afterwards');
});
