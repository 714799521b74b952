// Faults and endings on a socket: a cut stream drops the connection (1006), a failed or incomplete response
// ends with its events and leaves the socket usable, an injected HTTP error arrives as an error event with its
// headers; the connection limit, the idle timeout, a client leaving mid-stream, and shutdown (in-flight
// responses ended as failed, then 1001).
import t from 'tap';
import { listen } from '../../helpers/server.js';
import { openSocket, socketURL, TERMINAL } from '../../helpers/socket.js';
import { buildApp } from '../../../src/app.js';

const text = { type: 'response.create', model: 'gpt-4o-mini', input: 'Tell me something about Paris in spring.' };

t.test('stream-cut: the events before the cut, then the connection drops (1006)', async (t) => {
  const server = await listen(t);
  const socket = await openSocket(socketURL(server.url), { 'x-mock-scenario': 'stream-cut' });
  socket.send(text);
  const received: string[] = [];
  await t.rejects(async () => {
    for (;;) received.push((await socket.next()).type);
  });
  t.equal(received.length, 6, 'six events, as the scenario says');
  t.notOk(received.some((type) => TERMINAL.includes(type)), 'no terminal event');
  t.equal((await socket.closed).code, 1006, 'an abnormal closure, as when the service drops the connection');
});

t.test('response-failed and response-incomplete end with their events; the socket goes on', async (t) => {
  const server = await listen(t);
  const failed = await openSocket(socketURL(server.url), { 'x-mock-scenario': 'response-failed' });
  failed.send(text);
  const events = await failed.until(...TERMINAL);
  t.same(events.slice(-2).map((event) => event.type), ['error', 'response.failed']);
  t.match(events.at(-2), { error: { code: 'server_error' } });
  failed.send(text);
  t.equal((await failed.until(...TERMINAL)).at(-1)!.type, 'response.failed', 'the next response runs on the same socket');

  const incomplete = await openSocket(socketURL(server.url), { 'x-mock-scenario': 'response-incomplete' });
  incomplete.send(text);
  t.match((await incomplete.until(...TERMINAL)).at(-1), { type: 'response.incomplete', response: { incomplete_details: { reason: 'max_output_tokens' } } });
});

t.test('an injected 429 arrives as an error event with its status and headers; then the next rule answers', async (t) => {
  const server = await listen(t);
  const socket = await openSocket(socketURL(server.url), { 'x-mock-scenario': 'rate-limited-then-ok', 'x-mock-session': 'ws-429' });
  socket.send({ ...text, stream_id: 'x' });
  t.match(await socket.next(), {
    type: 'error',
    status: 429,
    error: { code: 'rate_limit_exceeded', message: /Rate limit/ },
    headers: { 'retry-after': '1' },
    stream_id: 'x',
  });
  socket.send(text);
  t.equal((await socket.until(...TERMINAL)).at(-1)!.type, 'response.completed');
});

t.test('past the connection limit a create gets websocket_connection_limit_reached and the socket closes', async (t) => {
  const server = await listen(t, { wsConnectionLimitMs: 200 });
  const socket = await openSocket(socketURL(server.url));
  socket.send(text);
  await socket.until(...TERMINAL);
  await new Promise((resolve) => setTimeout(resolve, 300));
  socket.send(text);
  t.match(await socket.next(), {
    type: 'error',
    status: 400,
    error: { type: 'invalid_request_error', code: 'websocket_connection_limit_reached', message: /connection limit reached \(0.2 seconds\)/ },
  });
  t.match(await socket.closed, { code: 1000, reason: 'websocket connection limit reached' });
});

t.test('an idle socket is closed after the idle timeout; none by default', async (t) => {
  const server = await listen(t, { wsIdleMs: 100 });
  const socket = await openSocket(socketURL(server.url));
  t.match(await socket.closed, { code: 1000, reason: 'idle timeout' });
  const app = buildApp({ logLevel: 'silent' });
  t.equal(app.mock.config.wsIdleMs, 0, 'off unless configured');
  await app.close();
});

t.test('a client leaving mid-stream stops the response; nothing stays open', async (t) => {
  const app = buildApp({ logLevel: 'silent' });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  t.teardown(() => app.close());
  const socket = await openSocket(socketURL(url), { 'x-mock-stream': 'delay=20' });
  socket.send(text);
  await socket.next();
  await socket.next();
  socket.ws.terminate();
  await socket.closed;
  while (app.mock.sockets.stats().open > 0 || app.mock.streams.stats().open > 0) await new Promise((resolve) => setTimeout(resolve, 10));
  t.same(app.mock.sockets.stats(), { open: 0, opened: 1, closed: 1 });
  t.match(app.mock.streams.stats(), { open: 0, started: 1, aborted: 1 });
});

t.test('shutdown: an in-flight response ends as failed, then the socket closes with 1001', async (t) => {
  const app = buildApp({ logLevel: 'silent' });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const socket = await openSocket(socketURL(url), { 'x-mock-stream': 'delay=50' });
  const idle = await openSocket(socketURL(url));
  socket.send(text);
  socket.send(text);
  await socket.next();
  await socket.next();
  await app.close();
  const rest = await socket.until('response.failed');
  t.same(rest.slice(-2).map((event) => event.type), ['error', 'response.failed']);
  t.match(rest.at(-2), { error: { code: 'server_error', message: /shutting down/ } });
  t.match(await socket.closed, { code: 1001, reason: 'server shutting down' }, 'the queued second create is dropped');
  t.match(await idle.closed, { code: 1001 });
  t.same(app.mock.sockets.stats(), { open: 0, opened: 2, closed: 2 });
});

t.test('a bad x-mock-* header on the handshake: the socket opens, and each create gets an error event naming the header', async (t) => {
  const server = await listen(t);
  const socket = await openSocket(socketURL(server.url), { 'x-mock-seed': 'not-a-number', 'x-mock-session': 'ws-bad-seed' });
  for (let round = 0; round < 2; round += 1) {
    socket.send(text);
    const event = await socket.next();
    t.equal(event.type, 'error', `create ${round + 1}: an error event`);
    t.match(JSON.stringify(event), /x-mock-seed/, `create ${round + 1}: it names the header`);
  }
  // Journaled in the handshake's session, as an HTTP request with a bad x-mock-seed is.
  const journaled = async (session: string): Promise<Array<{ method: string; status: number }>> =>
    ((await (await fetch(`${server.url}/__mock/requests?session=${session}`)).json()) as { requests: Array<{ method: string; status: number }> }).requests;
  const own = await journaled('ws-bad-seed');
  t.same(own.filter((entry) => entry.method === 'WS').map((entry) => entry.status), [400, 400], 'both refused creates are in the handshake session');
  t.same((await journaled('default')).filter((entry) => entry.method === 'WS'), [], 'none in the default session');
});
