// stream: true through inject: framing per provider, the streamed response equal to the JSON body under a
// seed, the x-mock-stream header and server settings, keep-alive comments during a first-event wait.
import t from 'tap';
import { OPENAI, OPENROUTER, post, testApp, timeTool, weatherTool } from '../../helpers/app.js';
import { eventsOf, parseSse, type SseBlock } from '../../helpers/sse.js';

const toolBody = { model: 'openai/gpt-4o-mini', input: 'What is the weather in Paris?', tools: [weatherTool], tool_choice: 'required' };
const textBody = { model: 'openai/gpt-4o-mini', input: 'Reply exactly with: Paris is sunny.' };
const parallelBody = { model: 'openai/gpt-4o-mini', input: 'What is the weather and the time in Tokyo?', tools: [weatherTool, timeTool] };

const stream = async (args: { url: string; body: object; headers?: Record<string, string>; app?: ReturnType<typeof testApp> }) => {
  const answer = await post(args.app ?? testApp(), { url: args.url, body: { ...args.body, stream: true }, headers: args.headers });
  return { ...answer, blocks: answer.status === 200 ? parseSse(answer.raw) : [] };
};
const terminal = (blocks: SseBlock[]) => eventsOf(blocks).at(-1)!;

t.test('OpenRouter framing: data-only compact JSON frames, then data: [DONE]', async (t) => {
  const { status, headers, raw, blocks } = await stream({ url: OPENROUTER, body: toolBody });
  t.equal(status, 200);
  t.match(headers['content-type'], /^text\/event-stream/);
  t.notMatch(raw, /^(event|id|retry):/m, 'no event:, id: or retry: lines');
  t.ok(raw.endsWith('data: [DONE]\n\n'), 'ends with the marker');
  t.same(blocks.at(-1), { kind: 'done' });
  t.notOk(blocks.some((block) => block.kind === 'comment'), 'no keep-alive without a wait');
  for (const block of blocks) if (block.kind === 'event') t.equal(block.raw, JSON.stringify(block.data), 'compact JSON');
  const events = eventsOf(blocks);
  t.same(events.map((event) => event.sequence_number), events.map((_, i) => i));
  t.same(events.map((event) => Object.keys(event).at(-1)), events.map(() => 'sequence_number'), 'sequence_number last');
  t.equal(events.at(-1)!.type, 'response.completed');
});

t.test('OpenAI framing: event: + data: pairs, no [DONE]', async (t) => {
  const { status, headers, raw, blocks } = await stream({ url: OPENAI, body: toolBody });
  t.equal(status, 200);
  t.match(headers['content-type'], /^text\/event-stream/);
  t.notMatch(raw, /\[DONE\]/);
  for (const block of blocks) {
    t.equal(block.kind, 'event');
    if (block.kind === 'event') t.equal(block.event, block.data.type, 'event: repeats the type');
  }
  const events = eventsOf(blocks);
  t.same(events.map((event) => Object.keys(event).slice(0, 2)), events.map(() => ['type', 'sequence_number']));
  t.equal(events.at(-1)!.type, 'response.completed');
});

for (const [name, url] of [['OpenRouter', OPENROUTER], ['OpenAI', OPENAI]] as const) {
  t.test(`${name}: response.completed equals the non-stream body for the same request and seed`, async (t) => {
    for (const body of [toolBody, textBody, parallelBody]) {
      const headers = { 'x-mock-seed': '4242' };
      const app = testApp();
      const plain = await post(app, { url, body, headers });
      const streamed = await stream({ url, body, headers, app });
      t.equal(plain.status, 200);
      const completed = terminal(streamed.blocks);
      t.equal(completed.type, 'response.completed');
      // OpenAI's JSON answers say who pays; the response objects of its streams do not (captures).
      const { billing, ...plainResponse } = plain.body as Record<string, unknown>;
      t.same(billing, url === OPENAI ? { payer: 'developer' } : undefined, 'billing: OpenAI JSON only');
      t.strictSame(completed.response, plainResponse, `${body.input}: deep-equal`);
      const created = eventsOf(streamed.blocks)[0]!;
      t.equal((created.response as { id: string }).id, plain.body.id, 'the same id from the first event on');
      const again = await stream({ url, body, headers, app });
      t.equal(again.raw, streamed.raw, 'byte-identical under the seed (obfuscation included)');
    }
  });
}

t.test('deltas add up to the done text and arguments', async (t) => {
  for (const url of [OPENROUTER, OPENAI]) {
    for (const body of [textBody, parallelBody]) {
      const events = eventsOf((await stream({ url, body })).blocks);
      const texts = events.filter((event) => event.type === 'response.output_text.done');
      for (const done of texts) {
        const deltas = events.filter((event) => event.type === 'response.output_text.delta' && event.item_id === done.item_id);
        t.ok(deltas.length > 0);
        t.equal(deltas.map((event) => event.delta).join(''), done.text);
      }
      for (const done of events.filter((event) => event.type === 'response.function_call_arguments.done')) {
        const deltas = events.filter((event) => event.type === 'response.function_call_arguments.delta' && event.item_id === done.item_id);
        t.equal(deltas.map((event) => event.delta).join(''), done.arguments);
      }
    }
  }
});

t.test('stream_options.include_obfuscation: false removes the padding (OpenAI)', async (t) => {
  const isDelta = (event: Record<string, unknown>) => String(event.type).endsWith('.delta');
  const on = eventsOf((await stream({ url: OPENAI, body: textBody })).blocks).filter(isDelta);
  const off = eventsOf((await stream({ url: OPENAI, body: { ...textBody, stream_options: { include_obfuscation: false } } })).blocks)
    .filter(isDelta);
  t.ok(on.length > 0 && on.every((event) => typeof event.obfuscation === 'string'));
  t.ok(off.length > 0 && off.every((event) => !('obfuscation' in event)));
});

t.test('x-mock-stream: chunk size per request; server settings as defaults', async (t) => {
  const deltas = (blocks: SseBlock[]) => eventsOf(blocks).filter((event) => event.type === 'response.output_text.delta').map((event) => event.delta as string);
  const perRequest = deltas((await stream({ url: OPENROUTER, body: textBody, headers: { 'x-mock-stream': 'chunk=5' } })).blocks);
  t.same(perRequest, ['Paris', ' is s', 'unny.']);
  const app = testApp({ streamChunkSize: 2 });
  t.same(deltas((await stream({ url: OPENROUTER, body: textBody, app })).blocks).slice(0, 2), ['Pa', 'ri'], 'server setting');
  t.same(deltas((await stream({ url: OPENROUTER, body: textBody, app, headers: { 'x-mock-stream': 'chunk=0' } })).blocks)[0], 'Paris', 'the header wins');
});

t.test('invalid x-mock-stream values are a 400 in the provider envelope, streamed or not', async (t) => {
  const bad = { 'x-mock-stream': 'ttft=soon' };
  const openRouter = await post(testApp(), { url: OPENROUTER, body: { ...textBody, stream: true }, headers: bad });
  t.equal(openRouter.status, 400);
  t.match(openRouter.headers['content-type'], /^application\/json/);
  t.match(openRouter.body, { error: { code: 'invalid_prompt', message: /^Invalid 'x-mock-stream' header: 'ttft' must be an integer/ } });
  t.match(JSON.parse((openRouter.body.metadata as { raw: string }).raw), [{ path: ['x-mock-stream'] }]);
  const openAI = await post(testApp(), { url: OPENAI, body: textBody, headers: { 'x-mock-stream': 'warp=9' } });
  t.equal(openAI.status, 400);
  t.match(openAI.body, { error: { type: 'invalid_request_error', param: 'x-mock-stream', code: 'invalid_value', message: /unknown setting 'warp=9'/ } });
});

t.test('an invalid streamed request is answered with JSON, not a stream', async (t) => {
  const { status, headers, body } = await post(testApp(), { url: OPENAI, body: { model: 'gpt-4o-mini', stream: true } });
  t.equal(status, 400);
  t.match(headers['content-type'], /^application\/json/);
  t.match(body, { error: { param: 'input' } });
});

t.test('keep-alive comments while waiting for the first event (OpenRouter only)', async (t) => {
  const started = performance.now();
  const openRouter = await stream({ url: OPENROUTER, body: textBody, headers: { 'x-mock-stream': 'ttft=1100' } });
  t.ok(performance.now() - started >= 1000, 'the wait happened');
  const leading = openRouter.blocks.findIndex((block) => block.kind !== 'comment');
  t.equal(leading, 2, 'one comment at once, one after a second');
  t.same(openRouter.blocks.slice(0, 2), [{ kind: 'comment', text: ' ' }, { kind: 'comment', text: ' ' }]);
  t.ok(openRouter.raw.startsWith(': \n\n: \n\ndata: {"type":"response.created"'));
  t.notOk(openRouter.blocks.slice(leading).some((block) => block.kind === 'comment'), 'none after the first event');
  const openAI = await stream({ url: OPENAI, body: textBody, headers: { 'x-mock-stream': 'ttft=150' } });
  t.notOk(openAI.blocks.some((block) => block.kind === 'comment'), 'OpenAI sends none');
});

t.test('streams are counted and released', async (t) => {
  const app = testApp();
  await stream({ url: OPENROUTER, body: textBody, app });
  await stream({ url: OPENAI, body: toolBody, app });
  t.same(app.mock.streams.stats(), { open: 0, started: 2, completed: 2, aborted: 0, bufferedBytes: 0 });
});
