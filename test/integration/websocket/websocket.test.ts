// The Responses WebSocket on a real port, read with a raw `ws` client: the same events as SSE for the same
// request and seed, the stream_id echo, warm-ups, lanes, precise errors for bad messages on a socket that
// stays usable, the 426 refusal on the OpenRouter path, and the journal.
import t from 'tap';
import WebSocket from 'ws';
import { OPENAI, post, testApp, weatherTool } from '../../helpers/app.js';
import { listen } from '../../helpers/server.js';
import { eventsOf, parseSse } from '../../helpers/sse.js';
import { openSocket, socketURL, TERMINAL } from '../../helpers/socket.js';

const toolBody = { model: 'gpt-4o-mini', input: 'What is the weather in Paris?', tools: [weatherTool], tool_choice: 'required' };
const textBody = { model: 'gpt-4o-mini', input: 'Reply exactly with: Paris is sunny.' };

t.test('the same events, fields and sequence numbers as SSE for the same request and seed', async (t) => {
  const server = await listen(t, { seed: 7 });
  const socket = await openSocket(socketURL(server.url), { 'x-mock-seed': '4242' });
  for (const body of [toolBody, textBody]) {
    const sse = await post(testApp(), { url: OPENAI, body: { ...body, stream: true }, headers: { 'x-mock-seed': '4242' } });
    socket.send({ type: 'response.create', ...body });
    const events = await socket.until(...TERMINAL);
    t.strictSame(events, eventsOf(parseSse(sse.raw)), `${body.input}: identical events`);
    t.same(events.map((event) => event.sequence_number), events.map((_, index) => index));
  }
});

t.test('stream_id is echoed on every event; stream and background are ignored', async (t) => {
  const server = await listen(t);
  const socket = await openSocket(socketURL(server.url));
  socket.send({ type: 'response.create', stream_id: 'lane-1', stream: false, background: false, ...textBody });
  const events = await socket.until(...TERMINAL);
  t.ok(events.length > 4);
  for (const event of events) t.equal(event.stream_id, 'lane-1', event.type);
  t.equal(events.at(-1)!.type, 'response.completed');
});

t.test('bad messages get a precise error event and the socket stays usable', async (t) => {
  const server = await listen(t);
  const socket = await openSocket(socketURL(server.url));
  const cases: Array<[unknown, { code: string | null; param: string | null; message: RegExp }]> = [
    ['{not json', { code: null, param: null, message: /not valid JSON/ }],
    ['[1,2]', { code: null, param: null, message: /JSON object with a string 'type'/ }],
    [{ model: 'gpt-4o-mini' }, { code: 'missing_required_parameter', param: 'type', message: /Missing required parameter: 'type'/ }],
    [{ type: 7 }, { code: 'invalid_type', param: 'type', message: /expected a string, but got a number/ }],
    [{ type: 'response.cancel' }, { code: 'invalid_value', param: 'type', message: /Invalid value: 'response.cancel'.*'response.create'/ }],
    [{ type: 'response.append', input: 'x' }, { code: 'invalid_value', param: 'type', message: /'response.append' is not supported/ }],
    [{ type: 'response.create', stream_id: 'a b', ...textBody }, { code: 'invalid_value', param: 'stream_id', message: /stream_id/ }],
    [{ type: 'response.create', generate: 'no', ...textBody }, { code: 'invalid_type', param: 'generate', message: /expected a boolean, but got a string/ }],
    [{ type: 'response.create', input: 'no model' }, { code: 'missing_required_parameter', param: 'model', message: /model/ }],
  ];
  for (const [message, expected] of cases) {
    socket.send(message);
    const event = await socket.next();
    t.equal(event.type, 'error', JSON.stringify(message));
    t.equal(event.status, 400);
    t.match(event.error, { type: 'invalid_request_error', ...expected });
    t.same(Object.keys(event.error as object), ['type', 'code', 'message', 'param'], 'the error fields in the documented order');
  }
  socket.ws.send(Buffer.from([1, 2, 3]), { binary: true });
  t.match(await socket.next(), { type: 'error', error: { message: /Binary messages/ } });
  socket.send({ type: 'response.create', stream_id: 'ok', generate: 'no', ...textBody });
  t.match(await socket.next(), { type: 'error', stream_id: 'ok' }, 'the lane of a refused create is echoed');
  socket.send({ type: 'response.processed', response_id: 'resp_123' });
  socket.send({ type: 'response.create', ...textBody });
  const events = await socket.until(...TERMINAL);
  t.equal(events[0]!.type, 'response.created', 'response.processed is accepted silently; the socket still answers');
  t.equal(events.at(-1)!.type, 'response.completed');
});

t.test('generate:false warms up: an id and no output, chainable, no scenario step', async (t) => {
  const server = await listen(t, { scenarios: { one: { rules: [{ respond: { text: 'Scripted once.' } }] } } });
  const socket = await openSocket(socketURL(server.url), { 'x-mock-scenario': 'one' });
  socket.send({ type: 'response.create', generate: false, store: false, ...textBody, tools: [weatherTool] });
  const warm = await socket.until(...TERMINAL);
  t.same(warm.map((event) => event.type), ['response.created', 'response.in_progress', 'response.completed']);
  const response = warm.at(-1)!.response as { id: string; output: unknown[]; usage: { output_tokens: number } };
  t.same(response.output, []);
  t.equal(response.usage.output_tokens, 0);
  socket.send({ type: 'response.create', model: 'gpt-4o-mini', store: false, previous_response_id: response.id, input: 'Go on.' });
  const events = await socket.until(...TERMINAL);
  t.match(events.at(-1), { type: 'response.completed', response: { previous_response_id: response.id, output: [{ content: [{ text: 'Scripted once.' }] }] } },
    'the warm-up used no rule: the first generated turn gets it');
  socket.send({ type: 'response.create', generate: false, store: false, ...textBody, input: 'Search the web for news.', tools: [{ type: 'web_search' }], context_management: [{ type: 'compaction', compact_threshold: 1 }] });
  const hosted = await socket.until(...TERMINAL);
  t.same((hosted.at(-1)!.response as { output: unknown[] }).output, [], 'a warm-up plans no hosted work either (no web_search_call, no compaction)');
});

t.test('a second create waits for the first (FIFO per lane); lanes run side by side', async (t) => {
  const server = await listen(t);
  const socket = await openSocket(socketURL(server.url), { 'x-mock-stream': 'delay=5' });
  socket.send({ type: 'response.create', ...textBody, input: 'First question here.' });
  socket.send({ type: 'response.create', ...textBody, input: 'Second question here.' });
  const first = await socket.until(...TERMINAL);
  const second = await socket.until(...TERMINAL);
  t.equal(first[0]!.sequence_number, 0);
  t.equal(second[0]!.type, 'response.created', 'the second starts after the first ended');
  t.not((first[0]!.response as { id: string }).id, (second[0]!.response as { id: string }).id);
  socket.send({ type: 'response.create', stream_id: 'a', ...textBody });
  socket.send({ type: 'response.create', stream_id: 'b', ...textBody });
  const seen: string[] = [];
  for (let ended = 0; ended < 2;) {
    const event = await socket.next();
    seen.push(event.stream_id as string);
    if (TERMINAL.includes(event.type)) ended += 1;
  }
  const firstB = seen.indexOf('b');
  t.ok(firstB > 0 && seen.lastIndexOf('a') > firstB, 'the two lanes interleave');
});

t.test('OpenRouter refuses the upgrade with 426 and a JSON body; a GET without an upgrade is unknown', async (t) => {
  const server = await listen(t);
  const refused = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const ws = new WebSocket(socketURL(server.url, '/api/v1/responses'));
    ws.on('unexpected-response', (_request, response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    ws.on('open', () => reject(new Error('upgrade accepted')));
    ws.on('error', () => {});
  });
  t.equal(refused.status, 426);
  t.match(JSON.parse(refused.body), { error: { code: 426, message: /no WebSocket mode/ } });
  for (const path of ['/api/v1/responses', '/v1/responses']) {
    const plain = await fetch(`${server.url}${path}`);
    t.equal(plain.status, 404, path);
    t.match(await plain.json(), { error: { message: `Invalid URL (GET ${path})` } });
  }
});

t.test('the journal records the handshake and every client event, in the handshake session', async (t) => {
  const server = await listen(t);
  const socket = await openSocket(socketURL(server.url), { 'x-mock-session': 'ws-journal', authorization: 'Bearer sk-secret-abcdefgh' });
  socket.send({ type: 'response.create', ...textBody });
  await socket.until(...TERMINAL);
  socket.send('oops');
  await socket.next();
  socket.send({ type: 'response.processed', response_id: 'x' });
  const { requests: entries } = await (await fetch(`${server.url}/__mock/requests?session=ws-journal`)).json() as { requests: unknown[] };
  t.match(entries, [
    { method: 'GET', transport: 'websocket', path: '/v1/responses', status: 101, headers: { authorization: /^Bearer \*+/ } },
    { method: 'WS', transport: 'websocket', path: '/v1/responses', status: 200, body: JSON.stringify({ type: 'response.create', ...textBody }) },
    { method: 'WS', transport: 'websocket', status: 400, body: 'oops' },
  ]);
  t.equal(entries.length, 3, 'response.processed is not journaled');
  t.notMatch(JSON.stringify(entries), /sk-secret/, 'the key is masked');
  const app = testApp();
  await post(app, { url: OPENAI, body: textBody, headers: { 'x-mock-session': 'h' } });
  t.equal(app.mock.sessions.peek('h')?.journal.list()[0]?.transport, 'http', 'an HTTP request says so');
});
