// The request bodies the server holds at once, over connections and transports, are bounded by --body-memory
// (here 1 MiB): a body announced past it is refused with a 503 before it is read, a chunked one as it arrives,
// a body alone is always taken, and every way a request ends (answered, aborted, refused, an error) gives its
// bytes back, over HTTP and over WebSocket; openai-node, refused, retries after the retry-after on its own.
import { request, type IncomingMessage } from 'node:http';
import OpenAI from 'openai';
import t from 'tap';
import { BUDGET, WAITING, create, post, read, started, until } from '../../../helpers/bodies.js';
import { openSocket, socketURL, TERMINAL } from '../../../helpers/socket.js';

t.test('HTTP: a body past the budget beside another is refused with a 503 before it is read; the bytes come back', async (t) => {
  const { app, port, held } = await started(t);
  const first = create(600 * 1024, { stream: true });
  const waiting = post(port, { body: first, headers: WAITING });
  t.equal((await waiting.response).statusCode, 200, 'the first streams (after a minute)');
  t.equal(held(), first.length, 'its body is held while its answer waits');

  const refused = await read(await post(port, { body: create(600 * 1024) }).response);
  t.equal(refused.status, 503);
  t.equal(refused.headers['retry-after'], '1', 'with a retry-after');
  t.same(refused.body, { error: {
    message: "The server is holding 0.6 MiB of request bodies, and this one's 0.6 MiB would pass its limit of 1.0 MiB (--body-memory): retry in a moment.",
    type: 'server_error',
    param: null,
    code: 'server_overloaded',
  } });
  const openrouter = await read(await post(port, { path: '/api/v1/responses', body: create(600 * 1024) }).response);
  t.same([openrouter.status, openrouter.body], [503, { error: { code: 503, message: (refused.body as { error: { message: string } }).error.message } }], "OpenRouter's envelope");

  // Headers alone, announcing a body never sent: answered at once, so nothing of it was waited for.
  const announced = request({ port, host: '127.0.0.1', method: 'POST', path: '/v1/responses', headers: { 'content-type': 'application/json', 'content-length': String(900 * 1024) } });
  announced.flushHeaders();
  const early = await new Promise<IncomingMessage>((resolve) => announced.once('response', resolve));
  t.equal(early.statusCode, 503, 'refused before its body was read');
  announced.destroy();

  const small = await read(await post(port, { body: create(1000) }).response);
  t.equal(small.status, 200, 'a body that fits is answered');
  t.equal(held(), first.length, 'and gives its bytes back');

  waiting.destroy();
  await until(t, 'a client gone mid-wait gives its bytes back', () => held() === 0);
  t.same(app.mock.bodies.stats(), { held: 0, heldBytes: 0, limit: BUDGET, refused: 3 });
  const stats = await app.inject({ method: 'GET', url: '/__mock/stats' });
  t.same(stats.json().bodies, { held: 0, heldBytes: 0, limit: BUDGET, refused: 3 }, 'GET /__mock/stats reports them');
});

t.test('HTTP: a body alone is taken whatever its size; errors and refusals give their bytes back', async (t) => {
  const { port, held } = await started(t);
  const alone = await read(await post(port, { body: create(2 * BUDGET) }).response);
  t.equal(alone.status, 200, 'a 2 MiB body on an idle server is answered');
  t.equal(held(), 0);
  const invalid = await read(await post(port, { body: Buffer.from(`{"model":"gpt-4o-mini","input":${'['.repeat(300)}`) }).response);
  t.equal(invalid.status, 400, 'an invalid body is refused');
  await until(t, 'and gives its bytes back', () => held() === 0);
  const upload = await read(await post(port, { method: 'PUT', path: '/__mock/scenarios/held', body: Buffer.from(JSON.stringify({ rules: [{ respond: { text: 'y'.repeat(1000) } }] })), headers: { 'x-mock-admin': '1' } }).response);
  t.equal(upload.status, 201, 'an admin upload is answered');
  t.equal(held(), 0, 'and gives its bytes back');
});

t.test('HTTP: a chunked body is charged as it arrives, and refused once past the budget', async (t) => {
  const { port, held } = await started(t);
  const first = create(600 * 1024, { stream: true });
  const waiting = post(port, { body: first, headers: WAITING });
  await waiting.response;
  const chunked = await read(await post(port, { body: create(600 * 1024), chunked: true }).response);
  t.equal(chunked.status, 503, 'refused midway');
  t.match(chunked.body, { error: { code: 'server_overloaded', message: /^The server is holding 0\.6 MiB of request bodies, and this one's 0\.\d MiB would pass its limit of 1\.0 MiB/ } }, 'what the others hold, and what this one would');
  t.equal(chunked.headers.connection, 'close', 'the connection, its body unread, closes');
  t.equal(held(), first.length, 'what it held so far is given back');
  const cut = request({ port, host: '127.0.0.1', method: 'POST', path: '/v1/responses', headers: { 'content-type': 'application/json' } });
  cut.on('error', () => {});
  cut.write(create(100 * 1024));
  await until(t, 'a chunked body is held as it arrives', () => held() > first.length);
  cut.destroy();
  await until(t, 'and given back when its client goes midway', () => held() === first.length);
  const fits = await read(await post(port, { body: create(1000), chunked: true }).response);
  t.equal(fits.status, 200, 'a chunked body that fits is answered');
  const admin = await read(await post(port, { method: 'PUT', path: '/__mock/scenarios/big', body: Buffer.from(JSON.stringify({ rules: [{ respond: { text: 'y'.repeat(600 * 1024) } }] })), headers: { 'x-mock-admin': '1' } }).response);
  t.match([admin.status, admin.body], [503, { error: { code: 'server_overloaded', message: /would pass its limit/ } }], "an admin upload is refused in the admin API's shape");
  waiting.destroy();
  await until(t, 'every byte given back', () => held() === 0);
});

t.test('WebSocket: creates of every socket count with HTTP bodies; refused with an error event, given back when done or closed', async (t) => {
  const { port, url, held } = await started(t);
  const one = await openSocket(socketURL(url), WAITING);
  const two = await openSocket(socketURL(url), WAITING);
  const message = (size: number) => JSON.stringify({ type: 'response.create', model: 'gpt-4o-mini', input: 'x'.repeat(size) });
  one.send(message(600 * 1024));
  await until(t, "the first socket's create is held", () => held() > 600 * 1024);
  two.send(message(600 * 1024));
  t.match(await two.next(), {
    type: 'error',
    status: 503,
    error: { type: 'server_error', code: 'server_overloaded', message: /would pass its limit of 1\.0 MiB \(--body-memory\)/ },
  }, "another socket's create past the budget gets an error event");
  const http = await read(await post(port, { body: create(600 * 1024) }).response);
  t.equal(http.status, 503, 'so does an HTTP body');
  const fast = await openSocket(socketURL(url));
  fast.send(message(1000));
  t.equal((await fast.until(...TERMINAL)).at(-1)!.type, 'response.completed', 'a create that fits is answered');
  t.ok(held() > 600 * 1024 && held() < 700 * 1024, 'and gives its bytes back once done');
  one.ws.close();
  await one.closed;
  await until(t, 'a socket closed mid-wait gives back what its creates held', () => held() === 0);
  two.ws.close();
  fast.ws.close();
});

t.test('openai-node retries a refused create after the retry-after, and it is answered once the other body is gone', async (t) => {
  const { port, url, held } = await started(t);
  const waiting = post(port, { body: create(600 * 1024, { stream: true }), headers: WAITING });
  await waiting.response;
  const refusals: number[] = [];
  const client = new OpenAI({
    apiKey: 'test-key',
    baseURL: `${url}/v1`,
    maxRetries: 2,
    fetch: async (...args: Parameters<typeof fetch>) => {
      const response = await fetch(...args);
      if (response.status === 503) refusals.push(Date.now());
      return response;
    },
  });
  const began = Date.now();
  const answer = client.responses.create({ model: 'gpt-4o-mini', input: 'x'.repeat(600 * 1024) });
  await until(t, 'the first try is refused', () => refusals.length === 1);
  waiting.destroy();
  t.equal((await answer).status, 'completed', 'the retry is answered');
  t.ok(Date.now() - began >= 900, 'after the second the retry-after asks for');
  t.equal(held(), 0);
});

t.test('inject: requests answered without a socket give their bytes back too', async (t) => {
  const { app, held } = await started(t);
  const json = await app.inject({ method: 'POST', url: '/v1/responses', headers: { 'content-type': 'application/json' }, payload: create(1000) });
  t.equal(json.statusCode, 200);
  const stream = await app.inject({ method: 'POST', url: '/v1/responses', headers: { 'content-type': 'application/json' }, payload: create(1000, { stream: true }) });
  t.equal(stream.statusCode, 200);
  t.equal(held(), 0);
});
