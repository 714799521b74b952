// The real CLI entry in a child process: SIGTERM/SIGINT close the server and exit 0 within 2 s, whether
// connections are idle (keep-alive), streaming, held by a scenario's latency, stalled by a client that reads
// nothing, stuck half-way through a request body, or WebSockets.
import { request, Agent } from 'node:http';
import { connect } from 'node:net';
import t, { type Test } from 'tap';
import { startServer, type ChildServer } from '../../helpers/child-server.js';
import { openSocket, socketURL } from '../../helpers/socket.js';

const STOP_LIMIT_MS = 2000;

type Server = ChildServer;

/** Sends `signal` and resolves with the exit code and how long the process took to exit. */
function stopWith(server: Server, signal: NodeJS.Signals): Promise<{ code: number | null; ms: number }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const timer = setTimeout(() => server.child.kill('SIGKILL'), 5000);
    server.child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, ms: performance.now() - started });
    });
    server.child.kill(signal);
  });
}

const toolRequest = ({ stream }: { stream: boolean }) =>
  JSON.stringify({
    model: 'openai/gpt-4o-mini',
    input: 'What is the weather in Paris?',
    stream,
    tools: [{ type: 'function', name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } }],
  });

function post(url: URL, args: { body: string; agent?: Agent }): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(new URL('/api/v1/responses', url), { method: 'POST', agent: args.agent, headers: { 'content-type': 'application/json' } });
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(args.body);
  });
}

function assertQuickCleanExit(t: Test, stopped: { code: number | null; ms: number }, server: Server): void {
  t.equal(stopped.code, 0, 'exit code 0', { output: server.output() });
  t.ok(stopped.ms < STOP_LIMIT_MS, `exited in ${Math.round(stopped.ms)} ms (< ${STOP_LIMIT_MS} ms)`);
  t.notMatch(server.output(), /still closing/, 'app.close() finished: no forced exit');
}

t.test('SIGTERM with an idle keep-alive connection open', async (t) => {
  const server = await startServer(t);
  const agent = new Agent({ keepAlive: true });
  t.teardown(() => agent.destroy());
  const answer = await post(server.url, { body: toolRequest({ stream: false }), agent });
  t.equal(answer.status, 200);
  t.match(JSON.parse(answer.body), { output: [{ type: 'function_call', name: 'get_weather' }] });
  const stopped = await stopWith(server, 'SIGTERM');
  assertQuickCleanExit(t, stopped, server);
  t.match(server.output(), /SIGTERM received, closing/);
});

t.test('SIGINT closes the same way', async (t) => {
  const server = await startServer(t);
  assertQuickCleanExit(t, await stopWith(server, 'SIGINT'), server);
});

t.test('SIGTERM during a slow streamed response: the stream ends and the process exits', async (t) => {
  // Paced deltas keep the stream open for seconds unless the close hooks end it.
  const server = await startServer(t, { RESPONSES_MOCK_STREAM_DELAY_MS: '400', RESPONSES_MOCK_STREAM_CHUNK_SIZE: '1' });
  const streamed = post(server.url, { body: toolRequest({ stream: true }) }).catch((error: Error) => ({ status: -1, body: error.message }));
  // Give the request time to reach the handler, so that close() finds it in flight.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const stopped = await stopWith(server, 'SIGTERM');
  assertQuickCleanExit(t, stopped, server);
  const answer = await streamed;
  t.not(answer.status, 0, `the client saw the stream end (status ${answer.status}; -1: torn down)`);
});

t.test('SIGTERM while a request body is still arriving: the connection is cut and the process exits', async (t) => {
  const server = await startServer(t);
  const socket = connect(Number(server.url.port), server.url.hostname);
  t.teardown(() => socket.destroy());
  socket.on('error', () => {});
  await new Promise<void>((resolve) => socket.once('connect', resolve));
  socket.write('POST /api/v1/responses HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"model":');
  await new Promise((resolve) => setTimeout(resolve, 50));
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  assertQuickCleanExit(t, await stopWith(server, 'SIGTERM'), server);
  await closed;
  t.pass('the half-sent request was closed');
});

t.test('SIGTERM with WebSockets open, one mid-response: it ends as failed, both close 1001, the process exits', async (t) => {
  const server = await startServer(t, { RESPONSES_MOCK_STREAM_DELAY_MS: '400', RESPONSES_MOCK_STREAM_CHUNK_SIZE: '1' });
  const url = socketURL(server.url.origin);
  const busy = await openSocket(url);
  const idle = await openSocket(url);
  t.teardown(() => { busy.ws.terminate(); idle.ws.terminate(); });
  busy.send({ type: 'response.create', model: 'gpt-4o-mini', input: 'Reply exactly with: one two three four five six' });
  t.equal((await busy.next()).type, 'response.created', 'the response is under way');
  const stopped = await stopWith(server, 'SIGTERM');
  assertQuickCleanExit(t, stopped, server);
  const rest = await busy.until('response.failed');
  t.same(rest.slice(-2).map((event) => event.type), ['error', 'response.failed']);
  t.match(await busy.closed, { code: 1001 });
  t.match(await idle.closed, { code: 1001 });
});

t.test("SIGTERM while a scenario's latency holds a JSON answer: the process exits", async (t) => {
  const server = await startServer(t);
  const scenario = { rules: [{ respond: { text: 'late', latencyMs: 60_000 }, times: 'always' }] };
  const put = await fetch(new URL('/__mock/scenarios/slow', server.url), { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(scenario) });
  t.equal(put.status, 201, 'the scenario loaded');
  const held = fetch(new URL('/v1/responses', server.url), { method: 'POST', headers: { 'content-type': 'application/json', 'x-mock-scenario': 'slow' }, body: JSON.stringify({ model: 'gpt-4o', input: 'hi' }) })
    .then((response) => response.status, () => -1);
  await until(async () => (await fetch(new URL('/__mock/requests?limit=1', server.url))).text().then((text) => text.includes('"x-mock-scenario"')));
  assertQuickCleanExit(t, await stopWith(server, 'SIGTERM'), server);
  t.not(await held, 200, 'the held answer was not sent after the stop began');
});

t.test('SIGTERM while a client reads nothing of a long stream: the process exits', async (t) => {
  const server = await startServer(t);
  const socket = connect(Number(server.url.port), server.url.hostname);
  t.teardown(() => socket.destroy());
  socket.on('error', () => {});
  socket.pause();
  const body = JSON.stringify({ model: 'gpt-4o', input: `Reply exactly with: ${'word '.repeat(40_000)}`, stream: true });
  socket.write(`POST /v1/responses HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nx-mock-stream: chunk=1\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  const stalled = async (): Promise<boolean> => ((await (await fetch(new URL('/__mock/stats', server.url))).json()) as { streams: { open: number } }).streams.open === 1;
  await until(stalled);
  assertQuickCleanExit(t, await stopWith(server, 'SIGTERM'), server);
});

/** Polls until the check holds. */
async function until(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 50));
}
