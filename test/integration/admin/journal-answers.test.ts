// What the journal keeps about each answer: transport, provider, model, status and duration; what answered
// (a scenario rule and its turn, or the rule-based engine, the tools it called and why); the JSON answer or a
// stream's timeline (every event with its time, bounded by the body limit with a marker); a refusal's code and
// JSON path.
import t from 'tap';
import { OPENAI, OPENROUTER, post, testApp, weatherTool } from '../../helpers/app.js';
import { listen } from '../../helpers/server.js';
import { openSocket, socketURL, TERMINAL } from '../../helpers/socket.js';

interface Entry {
  id: number;
  transport: string;
  provider: string;
  model: string | null;
  status: number;
  scenario: string | null;
  rule: { index: number; name: string | null; turn?: number } | null;
  engine: { tools: string[]; explanation: { reason: string; ranked: unknown[]; scenario?: string } | null } | null;
  error: { code: string; message: string; param: string | null } | null;
  answer: string;
  answerBytes: number;
  stream: { steps: Array<{ at: number; type: string; data: string }>; omitted: number; end: string | null } | null;
  durationMs: number;
}

async function journal(app: ReturnType<typeof testApp>, session = 'default'): Promise<Entry[]> {
  return (await app.inject({ method: 'GET', url: `/__mock/requests?session=${session}` })).json().requests;
}

t.test('a JSON answer: provider, model, the engine and its tools, the answer as sent, the duration', async (t) => {
  const app = testApp();
  const body = { model: 'openai/gpt-4o', input: 'What is the weather in Paris?', tools: [weatherTool], tool_choice: 'required' };
  const first = await post(app, { url: OPENROUTER, body });
  // The second identical request is answered from the memo: the same facts.
  await post(app, { url: OPENROUTER, body });
  await post(app, { url: OPENROUTER, body });
  const entries = await journal(app);
  t.equal(entries.length, 3);
  for (const entry of entries) {
    t.match(entry, { transport: 'http', provider: 'openrouter', model: 'openai/gpt-4o', status: 200, scenario: null, rule: null, engine: { tools: ['get_weather'] }, error: null, stream: null });
    t.ok(entry.durationMs >= 0, 'a duration');
  }
  for (const entry of entries) {
    t.match(entry.engine!.explanation, { reason: 'The last user message matches get_weather.', ranked: [{ tool: 'get_weather', score: Number, why: [/^name: weather/] }] }, 'why, memoised or not');
  }
  t.equal(entries[0]!.answer, first.raw, 'the answer exactly as sent');
  t.equal(entries[0]!.answerBytes, Buffer.byteLength(first.raw));
  t.ok(entries[0]!.id < entries[1]!.id && entries[1]!.id < entries[2]!.id, 'ids in arrival order');
});

t.test('a scenario rule answered: scenario and rule, no engine', async (t) => {
  const app = testApp();
  await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: 'weather?', tools: [weatherTool] }, headers: { 'x-mock-scenario': 'basic-tool-call', 'x-mock-session': 's' } });
  const [entry] = await journal(app, 's');
  t.match(entry, { provider: 'openai', scenario: 'basic-tool-call', rule: { index: 0, name: 'call get_weather', turn: 1 }, engine: null, status: 200 });
  // Past its rules, the scenario leaves the turn to the engine, and the journal says why.
  await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: 'hello there', tools: [weatherTool] }, headers: { 'x-mock-scenario': 'basic-tool-call', 'x-mock-session': 's' } });
  const [, missed] = await journal(app, 's');
  t.match(missed, { scenario: 'basic-tool-call', rule: null, engine: { tools: [], explanation: { scenario: /^No rule of scenario 'basic-tool-call' matches turn 2\./, reason: /tool_choice is "auto": a text answer/ } } });
});

t.test('a refusal: the error code and the JSON path at fault, and the envelope as sent', async (t) => {
  const app = testApp();
  const bad = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: [{ role: 'user', content: [{ type: 'input_txt', text: 'hi' }] }] } });
  t.equal(bad.status, 400);
  const [entry] = await journal(app);
  t.equal(entry!.status, 400);
  t.equal(entry!.model, 'gpt-4o', 'the model, read before validation failed');
  t.equal(entry!.error!.param, (bad.body.error as { param: string }).param, 'the same path the client was told');
  t.match(entry!.error!.param, /^input\[0\]\.content\[0\]/);
  t.equal(entry!.answer, bad.raw);
  const broken = await post(app, { url: OPENAI, body: '{"model": ' });
  t.equal(broken.status, 400);
  const [, second] = await journal(app);
  t.match(second, { model: null, error: { code: 'invalid_json', param: null } });
});

t.test('a stream: each event with its time since arrival, the end, and no answer text', async (t) => {
  const app = testApp();
  const streamed = await post(app, {
    url: OPENAI,
    body: { model: 'gpt-4o', input: 'Say hello', stream: true },
    headers: { 'x-mock-stream': 'delay=2' },
  });
  t.equal(streamed.status, 200);
  const [entry] = await journal(app);
  const { stream } = entry!;
  t.ok(stream, 'a timeline');
  t.equal(stream!.end, 'complete');
  t.equal(stream!.omitted, 0);
  const types = stream!.steps.map((step) => step.type);
  t.equal(types[0], 'response.created');
  t.equal(types.at(-1), 'response.completed');
  t.same(stream!.steps.map((step) => JSON.parse(step.data).sequence_number), types.map((_, index) => index), 'every event, in order');
  const frames = streamed.raw.split('\n\n').filter((frame) => frame.startsWith('event:'));
  t.same(stream!.steps.map((step) => step.data), frames.map((frame) => frame.split('\ndata: ')[1]), 'the data as written');
  const times = stream!.steps.map((step) => step.at);
  t.ok(times.every((at, index) => index === 0 || at >= times[index - 1]!), 'times never go back');
  const deltas = stream!.steps.filter((step) => step.type === 'response.output_text.delta');
  t.ok(deltas.length >= 2, 'several deltas');
  t.ok(entry!.durationMs >= times.at(-1)!, 'the duration runs to the end of the stream');
  t.equal(entry!.answer, '', 'a stream keeps its timeline, not a text');
});

t.test('a long stream is kept within the body limit, the rest counted, with a marker on a cut event', async (t) => {
  const app = testApp({ journalBodyLimit: 1024 });
  const long = 'word '.repeat(3000);
  const streamed = await post(app, { url: OPENROUTER, body: { model: 'openai/gpt-4o', input: long, stream: true } });
  t.equal(streamed.status, 200);
  const [entry] = await journal(app);
  const { stream } = entry!;
  const kept = stream!.steps.reduce((sum, step) => sum + step.data.length, 0);
  t.ok(kept <= 1024 + 100, `the kept data stays near the limit (${kept} characters)`);
  t.match(stream!.steps.at(-1)!.data, /…\[responses-mock: \d+ of \d+ bytes cut; raise --journal-body-limit to keep more\]$/, 'the event that crossed the limit is cut, with a marker');
  t.ok(stream!.omitted > 10, `later steps counted, not kept (${stream!.omitted})`);
  t.equal(stream!.end, 'complete');
  const sessions = (await app.inject({ method: 'GET', url: '/__mock/sessions/default' })).json();
  t.ok(sessions.journalBytes < 1024 * 4, `the entry counts what it keeps (${sessions.journalBytes} bytes)`);
});

t.test('over a WebSocket: the same facts, the error of a refused event, and the timeline of a stream', async (t) => {
  const server = await listen(t);
  const socket = await openSocket(socketURL(server.url), { 'x-mock-session': 'ws' });
  t.teardown(() => socket.ws.close());
  socket.send({ type: 'response.create', model: 'gpt-4o', input: 'Weather in Paris?', tools: [weatherTool], tool_choice: 'required' });
  const events = await socket.until(...TERMINAL);
  socket.send({ type: 'response.create', model: 'gpt-4o', input: [{ role: 'user', content: [{ type: 'input_txt', text: 'x' }] }] });
  await socket.until('error');
  const { requests } = await (await fetch(`${server.url}/__mock/requests?session=ws`)).json() as { requests: Entry[] };
  const [handshake, created, refused] = requests;
  t.match(handshake, { transport: 'websocket', status: 101 });
  t.match(created, { transport: 'websocket', model: 'gpt-4o', engine: { tools: ['get_weather'] }, status: 200, stream: { end: 'complete' } });
  t.same(created!.stream!.steps.map((step) => step.type), events.map((event) => event.type), 'every event sent, in order');
  t.match(refused, { transport: 'websocket', status: 400, error: { code: 'invalid_value', param: 'input[0].content[0]' } });
});
