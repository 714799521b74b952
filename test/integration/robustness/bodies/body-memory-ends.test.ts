// The ends of a held request body that Node leaves quiet, and the order of its checks: a request pipelined behind
// another whose client leaves before either is answered gives its bytes back; the listener that watches its
// connection for that is taken off once each answer is done, so a keep-alive connection gathers none; and a
// request the admin API refuses for its Host is refused so, before its body is charged; a stalled upload ends.
import { connect, type Socket } from 'node:net';
import { Agent, type IncomingMessage } from 'node:http';
import t from 'tap';
import { WAITING, create, post, read as readAnswer, started, until } from '../../../helpers/bodies.js';

const raw = (body: Buffer, headers: Record<string, string> = {}): string =>
  `POST /v1/responses HTTP/1.1\r\nHost: localhost\r\ncontent-type: application/json\r\n${Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('')}content-length: ${body.length}\r\n\r\n${body.toString('latin1')}`;

t.test('a request pipelined behind one still waiting gives its bytes back when its client leaves', async (t) => {
  const { app, port, held } = await started(t);
  // Each request's IncomingMessage closes once its body is read whole.
  let read = 0;
  app.server.on('request', (request: IncomingMessage) => request.once('close', () => (read += Number(request.complete))));
  const first = create(1000, { stream: true });
  const second = create(600 * 1024);
  const socket = connect(port, '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  socket.on('data', () => {});
  socket.write(raw(first, WAITING));
  socket.write(raw(second));
  await until(t, 'both bodies are read', () => read === 2);
  t.equal(held(), first.length + second.length, 'and held');
  socket.destroy();
  await until(t, 'both given back once the client is gone', () => held() === 0);
  const alone = await readAnswer(await post(port, { body: create(500 * 1024) }).response);
  t.equal(alone.status, 200, 'a later body is taken');
});

t.test('a keep-alive connection serving 1,000 requests gathers no listeners', async (t) => {
  const { app, port, held } = await started(t);
  const sockets: Socket[] = [];
  app.server.on('connection', (socket: Socket) => sockets.push(socket));
  const warnings: string[] = [];
  const warned = (warning: Error) => warnings.push(warning.name);
  process.on('warning', warned);
  t.teardown(() => process.off('warning', warned));
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  t.teardown(() => agent.destroy());
  const body = create(100);
  for (let count = 0; count < 1000; count += 1) {
    const answer = await readAnswer(await post(port, { body, agent }).response);
    if (answer.status !== 200) t.fail(`request ${count} answered ${answer.status}`);
  }
  t.equal(sockets.length, 1, 'all on one connection');
  t.ok(sockets[0]!.listenerCount('close') < 10, `its close listeners stay few (${sockets[0]!.listenerCount('close')})`);
  await new Promise((resolve) => setImmediate(resolve));
  t.same(warnings, [], 'no MaxListenersExceededWarning');
  t.equal(held(), 0);
});

t.test('an admin request for a foreign Host is refused by the Host check, whatever other bodies hold', async (t) => {
  const { port, held } = await started(t);
  const first = create(600 * 1024, { stream: true });
  const waiting = post(port, { body: first, headers: WAITING });
  await waiting.response;
  const body = Buffer.from(JSON.stringify({ rules: [{ respond: { text: 'y'.repeat(600 * 1024) } }] }));
  const foreign = await readAnswer(await post(port, { method: 'PUT', path: '/__mock/scenarios/big', body, headers: { host: 'evil.example', 'x-mock-admin': '1' } }).response);
  t.match([foreign.status, foreign.body], [403, { error: { code: 'admin_host_not_allowed' } }], 'a 403, saying nothing of what the server holds');
  t.equal(held(), first.length, 'and it held nothing');
  const local = await readAnswer(await post(port, { method: 'PUT', path: '/__mock/scenarios/big', body, headers: { 'x-mock-admin': '1' } }).response);
  t.match([local.status, local.body], [503, { error: { code: 'server_overloaded' } }], 'the same upload for a local Host gets the 503');
  waiting.destroy();
  await until(t, 'every byte given back', () => held() === 0);
});

t.test('a stalled upload is ended by the request timeout, five minutes as in Node', async (t) => {
  const { app } = await started(t);
  t.equal(app.server.requestTimeout, 300_000, 'headers and body must arrive within 5 minutes');
  t.equal(app.server.headersTimeout, 60_000, 'its headers within a minute');
});
