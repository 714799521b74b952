// What once took the whole server down from one socket: a message nested thousands deep (a create or a steer), a
// bug met while answering a create (now a server error event, the socket going on), a peer that sends
// without reading what comes back (dropped once it leaves 4 MiB unread, not buffered for without end), and
// creates of tens of megabytes queued while one waits (held to 64 MiB, not to 80 creates' worth).
import t, { type Test } from 'tap';
import WebSocket from 'ws';
import { buildApp } from '../../../src/app.js';
import { openSocket, socketURL, TERMINAL } from '../../helpers/socket.js';

const text = { type: 'response.create', model: 'gpt-4o-mini', input: 'Tell me something about Paris in spring.' };
const nested = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;

async function started(t: Test) {
  const app = buildApp({ logLevel: 'silent' });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  t.teardown(() => app.close());
  return { app, url };
}

t.test('a create or a steer nested 20,000 deep: an error event naming the field, and the socket goes on', async (t) => {
  const { url } = await started(t);
  const socket = await openSocket(socketURL(url));
  socket.send(`{"type":"response.create","model":"gpt-4o-mini","stream_id":"deep","input":${nested(20_000)}}`);
  t.match(await socket.next(), { type: 'error', status: 400, stream_id: 'deep', error: { type: 'invalid_request_error', param: 'input', message: /nested more than 128 levels deep/ } });
  socket.send(`{"type":"response.steer","previous_response_id":"resp_x","input":${nested(20_000)}}`);
  t.match(await socket.next(), { type: 'error', error: { param: 'input' } });
  socket.send(text);
  t.equal((await socket.until(...TERMINAL)).at(-1)!.type, 'response.completed', 'the next create is answered');
});

t.test('a bug met while answering a create: a server error event, logged; the socket and the server go on', async (t) => {
  const { app, url } = await started(t);
  const socket = await openSocket(socketURL(url));
  const { sessions } = app.mock;
  const get = sessions.get.bind(sessions);
  let faults = 1;
  // A fault where the create pipeline first reaches the session state: the next call of it throws once.
  sessions.get = (...args: Parameters<typeof get>) => {
    if (faults-- > 0) throw new Error('a fault injected by the test');
    return get(...args);
  };
  t.teardown(() => { sessions.get = get; });
  socket.send({ ...text, stream_id: 'a' });
  t.match(await socket.next(), { type: 'error', status: 500, stream_id: 'a', error: { type: 'server_error', code: 'server_error', message: /unexpected error; it has been logged/ } });
  socket.send(text);
  t.equal((await socket.until(...TERMINAL)).at(-1)!.type, 'response.completed', 'the socket answers the next create');
  t.equal((await app.inject({ method: 'GET', url: '/health' })).statusCode, 200);
});

t.test('a peer that sends without reading is dropped once it leaves 4 MiB unread', async (t) => {
  const { app, url } = await started(t);
  const ws = new WebSocket(socketURL(url));
  ws.on('error', () => {});
  await new Promise((resolve) => ws.once('open', resolve));
  let received = 0;
  ws.on('message', () => { received += 1; });
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  // The peer stops reading; each frame it sends is refused with an error event of a few hundred bytes.
  (ws as unknown as { _socket: { pause(): void; resume(): void } })._socket.pause();
  const SENT = 60_000;
  for (let index = 0; index < SENT; index += 1) ws.send('x');
  await new Promise((resolve) => setTimeout(resolve, 500));
  (ws as unknown as { _socket: { resume(): void } })._socket.resume();
  t.equal(await closed, 1006, 'the server dropped the connection');
  t.ok(received < SENT, `not every refusal was kept for it (${received} of ${SENT} arrived)`);
  t.equal(app.mock.sockets.stats().open, 0, 'no socket left open');
  t.equal((await app.inject({ method: 'GET', url: '/health' })).statusCode, 200);
});

t.test('creates held on one socket are bounded in bytes: past 64 MiB a create is refused, not queued', async (t) => {
  const { app, url } = await started(t);
  // Each response waits a minute before its first event: whatever is sent meanwhile is held.
  const socket = await openSocket(socketURL(url), { 'x-mock-stream': 'ttft=60000' });
  // 24 MiB each, in messages within the bound on one input string.
  const eight = 'x'.repeat(8 * 1024 * 1024);
  const create = (index: number) => JSON.stringify({ ...text, input: [1, 2, 3].map((part) => ({ role: 'user', content: `${index}.${part} ${eight}` })) });
  socket.send(create(1));
  socket.send(create(2));
  socket.send(create(3));
  t.match(await socket.next(), {
    type: 'error',
    status: 400,
    error: { code: 'response_already_in_flight', message: 'The responses in flight or queued on this WebSocket would hold more than 64 MiB of messages with this one: wait for one to finish.' },
  }, 'the third, past 64 MiB with the two held, is refused at once');
  t.equal(app.mock.sockets.stats().open, 1, 'the socket stays open');
});
