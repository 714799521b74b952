// Record once, replay offline, through the official openai SDK: a conversation with text, parallel calls, a
// streamed answer to tool outputs, a rate-limit error, an empty assistant turn and the turn after it is
// recorded against local upstreams; with the upstreams stopped, the replay gives the client the same items,
// ids and text, asked for as recorded or the other way round, and a drifted request gets the diagnostic.
import { request } from 'node:http';
import OpenAI from 'openai';
import type { Response, ResponseInputItem } from 'openai/resources/responses/responses';
import t from 'tap';
import { recordingDir, startApp, startRecorder, startTiny, startUpstream } from '../../helpers/recording.js';

const weather = { type: 'function' as const, name: 'get_weather', description: 'Weather for a city.', strict: false, parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false } };
const blank = (text: string | null) => ({
  id: `resp_${text === null ? 'nothing' : 'blank'}`, object: 'response', created_at: 1790000000, status: 'completed', completed_at: 1790000001, model: 'gpt-4o-2024-08-06',
  output: text === null ? [] : [{ id: 'msg_blank', type: 'message', status: 'completed', content: [{ type: 'output_text', annotations: [], logprobs: [], text }], role: 'assistant' }],
  usage: { input_tokens: 5, input_tokens_details: { cached_tokens: 0 }, output_tokens: 0, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: 5 },
});

/** What the client saw of each step. */
interface Seen {
  text: Response;
  parallel: Response;
  streamed: Response;
  limited: { status: number | undefined; retryAfter: string | null | undefined; message: string };
  blank: Response;
  nothing: Response;
  after: Response;
  openrouter: Response;
}

async function converse(base: string): Promise<Seen> {
  const client = new OpenAI({ apiKey: 'sk-test-Abcdefghijklmnopqrstuvwxyz012345', baseURL: `${base}/v1`, maxRetries: 0, defaultHeaders: { 'x-mock-session': 'convo' } });
  const text = await client.responses.create({ model: 'gpt-4o', input: 'Reply exactly: Hello from the recording.' });
  const ask: ResponseInputItem[] = [{ role: 'user', content: 'Weather in Paris and London?' }];
  const parallel = await client.responses.create({ model: 'gpt-4o', input: ask, tools: [weather], store: false });
  const calls = parallel.output.flatMap((item) => (item.type === 'function_call' ? [item] : []));
  const outputs: ResponseInputItem[] = calls.flatMap((call) => [
    { type: 'function_call', id: call.id, call_id: call.call_id, name: call.name, arguments: call.arguments },
    { type: 'function_call_output', call_id: call.call_id, output: '{"temp":18}' },
  ]);
  const streamed = await client.responses.stream({ model: 'gpt-4o', input: [...ask, ...outputs], tools: [weather], store: false }).finalResponse();
  const limited = await client.responses.create({ model: 'gpt-4o', input: 'LIMIT me' }).then(
    () => ({ status: 200, retryAfter: undefined, message: '' }),
    (error: InstanceType<typeof OpenAI.APIError>) => ({ status: error.status, retryAfter: error.headers?.get('retry-after'), message: error.message }),
  );
  const blankTurn = await client.responses.create({ model: 'gpt-4o', input: 'BLANK please', store: false });
  const nothing = await client.responses.create({ model: 'gpt-4o', input: 'NOTHING please', store: false });
  const after = await client.responses.create({
    model: 'gpt-4o',
    store: false,
    input: [{ role: 'user', content: 'BLANK please' }, { type: 'message', role: 'assistant', content: [{ type: 'output_text', text: '', annotations: [] }] } as unknown as ResponseInputItem, { role: 'user', content: 'Reply exactly: still here.' }],
  });
  const openrouter = await new OpenAI({ apiKey: 'sk-or-v1-0123456789abcdef0123456789abcdef', baseURL: `${base}/api/v1`, maxRetries: 0, defaultHeaders: { 'x-mock-session': 'convo' } })
    .responses.stream({ model: 'openai/gpt-4o-mini', input: 'Weather in Rome?', tools: [weather], store: false }).finalResponse();
  return { text, parallel, streamed, limited, blank: blankTurn, nothing, after, openrouter };
}

/** Items as the client holds them, without what the SDK's stream helper adds itself (`parsed…`). */
const items = (response: Response): unknown => JSON.parse(JSON.stringify(response.output, (key, value: unknown) => (key === 'parsed' || key === 'parsed_arguments' ? undefined : value)));

t.test('a recorded conversation replays offline with the same items, ids and text', async (t) => {
  const dir = recordingDir();
  const mock = await startUpstream(t);
  // The "real" service: the seeded mock, except for answers the mock never gives.
  const tiny = await startTiny(t, (req, res) => {
    if (req.body.includes('LIMIT me')) {
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '2', 'x-request-id': 'req_limit' });
      return void res.end(JSON.stringify({ error: { message: 'Rate limit reached for requests', type: 'requests', param: null, code: 'rate_limit_exceeded' } }));
    }
    if (req.body.includes('"BLANK please"') && !req.body.includes('still here')) return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(blank('')));
    if (req.body.includes('NOTHING please')) return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(blank(null)));
    const forwarded = request(`${mock.url}${req.url}`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (answer) => {
      res.writeHead(answer.statusCode ?? 500, answer.headers);
      answer.pipe(res);
    });
    forwarded.end(req.body);
  });
  const recorder = await startRecorder(t, { upstream: tiny.url, dir });
  const recorded = await converse(recorder.url);
  t.equal(recorded.parallel.output.filter((item) => item.type === 'function_call').length, 2, 'parallel calls were recorded');
  t.equal(recorded.text.output_text, 'Hello from the recording.');
  t.equal(recorded.limited.status, 429);
  t.same(recorded.nothing.output, []);
  await recorder.close();
  const asked = tiny.received.length;
  await tiny.close();
  await mock.close();

  const replay = await startApp(t, { fixtures: dir, strictScenarios: true });
  const replayed = await converse(replay.url);
  t.equal(tiny.received.length, asked, 'no upstream was asked during the replay');
  for (const step of ['text', 'parallel', 'streamed', 'blank', 'nothing', 'after', 'openrouter'] as const) {
    t.same(items(replayed[step]), items(recorded[step]), `${step}: the same items and ids`);
    t.equal(replayed[step].id, recorded[step].id, `${step}: the same response id`);
    t.equal(replayed[step].output_text, recorded[step].output_text, `${step}: the same text`);
    t.same(replayed[step].usage, recorded[step].usage, `${step}: the same usage`);
  }
  t.same(replayed.limited, recorded.limited, 'the 429 with its retry-after and message');
  t.equal(replayed.blank.output_text, '', 'the empty assistant turn replays');

  // The other way round: a JSON recording streamed, a recorded stream as JSON.
  const client = new OpenAI({ apiKey: 'x', baseURL: `${replay.url}/v1`, maxRetries: 0, defaultHeaders: { 'x-mock-session': 'flipped' } });
  await replay.app.inject({ method: 'PUT', url: '/__mock/sessions/flipped/scenario', payload: { scenario: 'convo' } });
  const text = await client.responses.stream({ model: 'gpt-4o', input: 'Reply exactly: Hello from the recording.' }).finalResponse();
  t.same(items(text), items(recorded.text), 'a JSON recording, streamed: the same items');

  const drifted = await new OpenAI({ apiKey: 'x', baseURL: `${replay.url}/v1`, maxRetries: 0, defaultHeaders: { 'x-mock-session': 'convo' } })
    .responses.create({ model: 'gpt-4o', input: 'Something the recording never saw' }).catch((error: Error) => error);
  t.match(drifted, { status: 400, code: 'scenario_no_match' });
  t.match((drifted as Error).message, /No rule of scenario 'convo' matches turn 9 of session 'convo'\. The closest is rule \d+ \('turn \d+: [^']+'\): /);
});
