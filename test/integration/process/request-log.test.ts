// The log a person reads: one line per request with method, path, status, session, what answered and the
// duration, as JSON lines by default and readable through pino-pretty when asked; quieter levels log none; a
// recording run says so at start-up.
import { mkdtempSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { buildApp } from '../../../src/app.js';
import { startServer } from '../../helpers/child-server.js';
import { OPENAI, OPENROUTER, weatherTool } from '../../helpers/app.js';

function capture() {
  const lines: Array<Record<string, unknown>> = [];
  return { lines, stream: { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) } };
}

const json = (payload: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST' as const,
  headers: { 'content-type': 'application/json', ...headers },
  payload: JSON.stringify(payload),
});

t.test('one JSON line per request: method, path, status, session, what answered, duration', async (t) => {
  const { lines, stream } = capture();
  const app = buildApp({ seed: 1, logger: true, logLevel: 'info', logStream: stream });
  const weather = { model: 'gpt-4o-mini', input: 'What is the weather in Paris?', tools: [weatherTool] };
  await app.inject({ url: OPENAI, ...json(weather, { 'x-mock-session': 's1' }) });
  await app.inject({ url: OPENAI, ...json(weather, { 'x-mock-session': 's1' }) });
  await app.inject({ url: OPENROUTER, ...json({ model: 'openai/gpt-4o-mini', input: 'Hello there', stream: true }) });
  await app.inject({ url: OPENAI, ...json({ model: 'gpt-4o-mini', input: 'hi' }, { 'x-mock-scenario': 'server-error' }) });
  await app.inject({ url: OPENAI, ...json({ model: 'gpt-4o-mini', input: 'hi', tools: [weatherTool] }, { 'x-mock-scenario': 'basic-tool-call' }) });
  await app.inject({ url: OPENAI, ...json({ model: 'gpt-4o-mini', input: [{ type: 'function_call_output', call_id: 'c', output: '1' }] }) });
  await app.inject({ url: '/v1/models?api_key=sk-abcdefghijklmnop1234' });
  await app.inject({ url: '/health' });
  const requests = lines.filter((line) => 'status' in line);
  t.match(requests, [
    { level: 30, method: 'POST', path: OPENAI, status: 200, session: 's1', answered: 'engine: called get_weather', ms: Number, msg: /^POST \/v1\/responses 200 [\d.]+ ms$/ },
    { status: 200, session: 's1', answered: 'engine: called get_weather' },
    { method: 'POST', path: OPENROUTER, status: 200, session: 'default', answered: 'engine: text' },
    { status: 500, answered: /^scenario server-error, rule 1: error injected_fault$/ },
    { status: 200, answered: /^scenario basic-tool-call, rule 1( '[^']+')?$/ },
    { status: 400, answered: 'error orphan_function_call_output' },
    { method: 'GET', path: '/v1/models?api_key=***1234', status: 200 },
  ], 'the memoised second answer says the same');
  t.equal(requests.length, 7, '/health is logged at debug only');
  t.notOk(JSON.stringify(lines).includes('abcdefghijklmnop'), 'credentials in the URL are masked');
  t.notOk(lines.some((line) => line.msg === 'incoming request'), 'one line per request, not two');
  await app.close();
});

t.test('a client that leaves during a rule\'s latency gets one line, saying client_closed where the status goes', async (t) => {
  const { lines, stream } = capture();
  const slow = { rules: [{ name: 'late', respond: { text: 'late', latencyMs: 5_000 } }] };
  const app = buildApp({ logger: true, logLevel: 'info', logStream: stream, fixtures: false, scenarios: { slow } });
  t.teardown(() => app.close());
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const gaveUp = new AbortController();
  const sent = fetch(`${url}${OPENAI}?api_key=sk-abcdefghijklmnop1234`, { method: 'POST', signal: gaveUp.signal, headers: { 'content-type': 'application/json', 'x-mock-scenario': 'slow', 'x-mock-session': 'timeouts' }, body: JSON.stringify({ model: 'gpt-4o-mini', input: 'hi' }) });
  const waitFor = async (done: () => boolean) => {
    for (let tries = 0; tries < 300 && !done(); tries += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  };
  await waitFor(() => app.mock.sessions.peek('timeouts')?.journal.list()[0]?.rule != null);
  gaveUp.abort();
  await sent.catch(() => undefined);
  const closed = () => lines.filter((line) => line.path === `${OPENAI}?api_key=***1234`);
  await waitFor(() => closed().length > 0);
  t.match(closed(), [{ level: 30, method: 'POST', session: 'timeouts', answered: "scenario slow, rule 1 'late': error client_closed", ms: Number, msg: /^POST \/v1\/responses\?api_key=\*\*\*1234 client_closed [\d.]+ ms$/ }]);
  t.notOk('status' in closed()[0]!, 'no status: none was sent');
  await new Promise((resolve) => setTimeout(resolve, 100));
  t.equal(closed().length, 1, 'one line, not two');
});

t.test("a request Node's parser refuses is logged at info, as a refused request is, with the credentials in its query masked", async (t) => {
  const { lines, stream } = capture();
  const app = buildApp({ seed: 1, logger: true, logLevel: 'info', logStream: stream });
  t.teardown(() => app.close());
  await app.listen({ port: 0, host: '127.0.0.1' });
  const socket = connect((app.server.address() as { port: number }).port, '127.0.0.1');
  socket.on('data', () => undefined);
  socket.on('error', () => undefined);
  const closed = new Promise((resolve) => socket.on('close', resolve));
  socket.write('GET /v1/models?api_key=sk-proj-SECRETSECRET1234567890&limit=2 HTTP/1.1\r\nHost: localhost\r\nContent-Length: zz\r\n\r\n');
  await closed;
  t.match(lines.find((line) => typeof line.msg === 'string' && line.msg.startsWith('client error answered')), {
    level: 30,
    code: 'HPE_INVALID_CONTENT_LENGTH',
    path: '/v1/models?api_key=***7890&limit=2',
    status: 400,
    msg: 'client error answered: 400 malformed_http',
  });
  t.notOk(JSON.stringify(lines).includes('SECRETSECRET'), 'the key is in no line');
});

t.test("an open inspector's polls and files are logged at debug; opening it, and its failures, at info", async (t) => {
  const { lines, stream } = capture();
  const app = buildApp({ logger: true, logLevel: 'info', logStream: stream });
  t.teardown(() => app.close());
  await app.inject({ url: OPENAI, ...json({ model: 'gpt-4o-mini', input: 'hi' }) });
  for (const url of ['/__mock/ui', '/__mock/ui/app.js', '/__mock/ui/style.css', '/__mock/feed?limit=2000', '/__mock/feed?after=1&limit=2000', '/__mock/feed/1', '/__mock/feed?after=x']) {
    await app.inject({ url });
  }
  const paths = lines.filter((line) => 'status' in line).map((line) => `${String(line.path)} ${String(line.status)}`);
  t.same(paths, ['/v1/responses 200', '/__mock/ui 200', '/__mock/feed?after=x 400'], 'the request, the page opened and the refused poll');
});

t.test('a quieter level logs no request line', async (t) => {
  const { lines, stream } = capture();
  const app = buildApp({ logger: true, logLevel: 'warn', logStream: stream });
  await app.inject({ url: OPENAI, ...json({ model: 'gpt-4o-mini', input: 'hi' }) });
  t.same(lines, []);
  await app.close();
});

t.test('the CLI: readable lines with --log-format pretty', async (t) => {
  const server = await startServer(t, {}, ['--log-format', 'pretty']);
  await fetch(`${server.url.origin}${OPENAI}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-mock-session': 'cli' }, body: JSON.stringify({ model: 'gpt-4o-mini', input: 'What is the weather in Paris?', tools: [weatherTool] }) });
  // The line is written as the answer finishes, which the client may see first.
  for (let tries = 0; tries < 500 && !server.output().includes('session cli'); tries += 1) await new Promise((resolve) => setTimeout(resolve, 20));
  const output = server.output();
  t.match(output, /INFO: responses-mock \S+ listening on http:\/\/127\.0\.0\.1:\d+\n/);
  t.match(output, /INFO: OpenRouter base URL http:\S+\/api\/v1 · OpenAI base URL http:\S+\/v1\n/);
  t.match(output, /INFO: POST \/v1\/responses 200 [\d.]+ ms · session cli · engine: called get_weather\n/);
  t.notMatch(output, /"level"/, 'no JSON');
});

t.test('the CLI: JSON lines, each whole and with its request id, the last ones written at exit', async (t) => {
  const server = await startServer(t);
  const ask = (n: number) => fetch(`${server.url.origin}${OPENAI}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-mock-session': `json-${n}` }, body: JSON.stringify({ model: 'gpt-4o-mini', input: `Weather in Paris, please (${n})`, tools: [weatherTool] }) });
  await Promise.all([0, 1, 2, 3, 4, 5, 6, 7].map(ask));
  const requestLines = () => server.output().split('\n').filter((line) => line.includes('"status"'));
  for (let tries = 0; tries < 500 && requestLines().length < 8; tries += 1) await new Promise((resolve) => setTimeout(resolve, 20));
  const lines = requestLines().map((line) => JSON.parse(line) as Record<string, unknown>);
  t.equal(lines.length, 8, 'a line per request, each a whole JSON object');
  t.same(new Set(lines.map((line) => line.session)), new Set([0, 1, 2, 3, 4, 5, 6, 7].map((n) => `json-${n}`)));
  t.equal(new Set(lines.map((line) => line.reqId)).size, 8, 'each with its own request id');
  t.same(Object.keys(lines[0]!).slice(0, 6), ['level', 'time', 'pid', 'hostname', 'reqId', 'method'], 'the request id where a request logger puts it');
  server.child.kill('SIGTERM');
  await new Promise((resolve) => server.child.once('exit', resolve));
  t.match(server.output(), /"msg":"SIGTERM received, closing"}\n/, 'what is logged while stopping is written before exit');
});

t.test('the CLI goes on answering when the reader of its log goes away', async (t) => {
  const server = await startServer(t);
  server.child.stdout!.destroy();
  for (let n = 0; n < 20; n += 1) {
    const answer = await fetch(`${server.url.origin}${OPENAI}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model: 'gpt-4o-mini', input: `hello ${n}` }) });
    t.equal(answer.status, 200);
    await answer.text();
  }
  t.equal(server.child.exitCode, null, 'still running');
});

t.test('the CLI says when it records: where to, and which services requests go to', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'recording-'));
  const upstreams = ['--upstream-openai', 'http://127.0.0.1:9/v1', '--upstream-openrouter', 'http://127.0.0.1:9/api/v1'];
  const all = await startServer(t, {}, ['--log-format', 'pretty', '--record', dir, ...upstreams]);
  for (let tries = 0; tries < 500 && !all.output().includes('recording into'); tries += 1) await new Promise((resolve) => setTimeout(resolve, 20));
  t.match(all.output(), new RegExp(`INFO: recording into ${dir}: every create request goes to the real service \\(/v1 → http://127\\.0\\.0\\.1:9/v1, /api/v1 → http://127\\.0\\.0\\.1:9/api/v1\\) and its answer is written as a scenario rule\\n`));
  const missing = await startServer(t, {}, ['--log-format', 'pretty', '--record-missing', dir, ...upstreams]);
  for (let tries = 0; tries < 500 && !missing.output().includes('recording into'); tries += 1) await new Promise((resolve) => setTimeout(resolve, 20));
  t.match(missing.output(), /INFO: recording into \S+: a create request no loaded rule answers goes to the real service \(\/v1 → http:\/\/127\.0\.0\.1:9\/v1, \/api\/v1 → http:\/\/127\.0\.0\.1:9\/api\/v1\)/);
  const plain = await startServer(t, {}, ['--log-format', 'pretty']);
  t.notMatch(plain.output(), /recording/, 'nothing said when not recording');
});
