// The request bodies WebSocket clients leave with the server, against --body-memory (here 1 MiB), on real
// sockets: steering input queued for a response in flight counts with creates and HTTP bodies (refused past the
// budget in response.steer.failed, with the create's error), every way a socket ends gives back all it held,
// and a message past --body-limit is refused by ws before it is buffered, with a 1009 close.
import type { Socket } from 'node:net';
import t from 'tap';
import { WAITING, create, post, read, started, until } from '../../../helpers/bodies.js';
import { openSocket, socketURL, type ServerEvent, type TestSocket } from '../../../helpers/socket.js';
import { buildApp } from '../../../../src/app.js';

/** A response that streams slowly: open to steering for minutes. */
const SLOW = { 'x-mock-stream': 'chunk=1; delay=5000' };
const steer = (id: string, size: number) => ({ type: 'response.steer', previous_response_id: id, input: 'x'.repeat(size) });

/** A socket with a slow response in flight; its id. */
async function streaming(url: string): Promise<{ socket: TestSocket; id: string }> {
  const socket = await openSocket(socketURL(url), SLOW);
  socket.send({ type: 'response.create', model: 'gpt-4o-mini', input: 'Reply exactly with: a long enough answer to steer.' });
  const events = await socket.until('response.created');
  return { socket, id: (events.at(-1)!.response as { id: string }).id };
}

/** The answer to a steer, past the stream's own events. */
async function steered(socket: TestSocket): Promise<ServerEvent> {
  return (await socket.until('response.steer.accepted', 'response.steer.failed')).at(-1)!;
}

t.test('steering input counts in the budget: refused past it like a create, given back when its socket closes', async (t) => {
  const { app, port, url, held } = await started(t);
  const one = await streaming(url);
  const before = held();
  one.socket.send(steer(one.id, 600 * 1024));
  t.match(await steered(one.socket), { type: 'response.steer.accepted' });
  t.ok(held() >= before + 600 * 1024, `the accepted steer is held (${held() - before} bytes more)`);

  const two = await streaming(url);
  two.socket.send(steer(two.id, 600 * 1024));
  const refused = await steered(two.socket);
  t.match(refused, {
    type: 'response.steer.failed',
    error: { type: 'server_error', code: 'server_overloaded', message: /^The server is holding 0\.6 MiB of request bodies, and this one's 0\.6 MiB would pass its limit of 1\.0 MiB \(--body-memory\)/ },
    steer: { previous_response_id: two.id },
  }, "another socket's steer past the budget fails with the create's error, its input returned");
  t.equal((refused.steer as { input: string }).input.length, 600 * 1024);
  const http = await read(await post(port, { body: create(600 * 1024) }).response);
  t.equal(http.status, 503, 'and an HTTP body past it is refused while the steer is held');

  one.socket.ws.close();
  await until(t, 'a socket closed mid-response gives back its steering input', () => held() < 10 * 1024);
  two.socket.ws.close();
  await until(t, 'nothing is held', () => held() === 0);
  t.equal(app.mock.bodies.stats().held, 0, 'no hold is left open');
  const after = await read(await post(port, { body: create(600 * 1024) }).response);
  t.equal(after.status, 200, 'a body of the same size is taken now');
});

t.test('sockets that fill the budget with creates and steers give it all back, however they end', async (t) => {
  const { app, port, url, held } = await started(t);
  // A steer, a create waiting a minute, and creates queued behind it on its lane, on each of three sockets.
  const sockets: TestSocket[] = [];
  for (let index = 0; index < 3; index += 1) {
    const { socket, id } = await streaming(url);
    socket.send(steer(id, 150 * 1024));
    t.match(await steered(socket), { type: 'response.steer.accepted' });
    const waiting = await openSocket(socketURL(url), WAITING);
    waiting.send(JSON.stringify({ type: 'response.create', model: 'gpt-4o-mini', input: 'x'.repeat(100 * 1024) }));
    waiting.send(JSON.stringify({ type: 'response.create', model: 'gpt-4o-mini', input: 'x'.repeat(50 * 1024) }));
    sockets.push(socket, waiting);
  }
  await until(t, 'the budget is nearly full', () => held() > 900 * 1024);
  const extra = await streaming(url);
  extra.socket.send(steer(extra.id, 200 * 1024));
  t.match(await steered(extra.socket), { type: 'response.steer.failed', error: { code: 'server_overloaded' } }, 'a steer that does not fit is refused');
  // Ends: a clean close, a cut connection, an invalid message (an error event) then a close.
  sockets[0]!.ws.close();
  sockets[1]!.ws.terminate();
  sockets[2]!.send('{not json');
  t.match((await sockets[2]!.until('error')).at(-1), { type: 'error', status: 400, error: { message: /not valid JSON/ } }, 'an invalid message is refused, the socket going on');
  for (const socket of sockets.slice(2)) socket.ws.close();
  extra.socket.ws.close();
  await until(t, 'every byte is given back', () => held() === 0);
  t.equal(app.mock.bodies.stats().held, 0, 'no hold is left open');
  const http = await read(await post(port, { body: create(900 * 1024) }).response);
  t.equal(http.status, 200, 'a body the size of the budget is taken after');
});

t.test('server shutdown gives back what open sockets held', async (t) => {
  const { app, url, held } = await started(t);
  const { socket, id } = await streaming(url);
  socket.send(steer(id, 300 * 1024));
  t.match(await steered(socket), { type: 'response.steer.accepted' });
  const waiting = await openSocket(socketURL(url), WAITING);
  waiting.send(JSON.stringify({ type: 'response.create', model: 'gpt-4o-mini', input: 'x'.repeat(300 * 1024) }));
  waiting.send(JSON.stringify({ type: 'response.create', model: 'gpt-4o-mini', input: 'x'.repeat(100 * 1024) }));
  await until(t, 'both are held', () => held() > 700 * 1024);
  await app.close();
  t.equal((await waiting.closed).code, 1001, 'the sockets close with 1001');
  await socket.closed;
  t.same(app.mock.bodies.stats(), { held: 0, heldBytes: 0, limit: 1024 * 1024, refused: 0 }, 'nothing is held after');
});

t.test('a message past --body-limit is refused before it is buffered: a 1009 close, and the server goes on', async (t) => {
  const app = buildApp({ logLevel: 'silent', bodyLimit: 64 * 1024 });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  t.teardown(() => app.close());
  const socket = await openSocket(socketURL(url));
  // Only the frame header and a first piece are sent: ws refuses the message from its announced length.
  const frame = Buffer.alloc(10);
  frame[0] = 0x81; // FIN, text
  frame[1] = 0x80 | 127; // masked, 64-bit length
  frame.writeUInt32BE(0, 2);
  frame.writeUInt32BE(1024 * 1024 * 1024, 6);
  const raw = (socket.ws as unknown as { _socket: Socket })._socket;
  raw.write(Buffer.concat([frame, Buffer.alloc(4), Buffer.alloc(1024)]));
  const closed = await Promise.race([socket.closed, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 5000))]);
  t.equal(closed?.code, 1009, 'a 1 GiB message announced to a 64 KiB limit is closed with 1009 (message too big)');
  const within = await openSocket(socketURL(url));
  within.send({ type: 'response.create', model: 'gpt-4o-mini', input: 'x'.repeat(60 * 1024) });
  t.equal((await within.until('response.completed', 'error')).at(-1)!.type, 'response.completed', 'a message within the limit is answered after');
  within.send({ type: 'response.create', model: 'gpt-4o-mini', input: 'x'.repeat(70 * 1024) });
  t.equal((await within.closed).code, 1009, 'one just past it, sent whole, closes its socket with 1009');
  t.equal(app.mock.bodies.stats().heldBytes, 0, 'and holds nothing');
});
