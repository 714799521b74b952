// Output text logprobs (include: message.output_text.logprobs) on the OpenAI path: the part's tokens spell its
// text, the stream's deltas carry exactly their own tokens and add up to the done event and the part, the same on
// replay, background runs, a WebSocket, scenario texts and structured output; nothing without the include,
// nothing on OpenRouter; reasoning models refuse it.
import t, { type Test } from 'tap';
import type { FastifyInstance } from 'fastify';
import { OPENAI, OPENROUTER, post, testApp } from '../helpers/app.js';
import { listen } from '../helpers/server.js';
import { eventsOf, parseSse } from '../helpers/sse.js';
import { openSocket, socketURL, TERMINAL } from '../helpers/socket.js';

type Json = Record<string, unknown>;
interface Entry { token: string; logprob: number; bytes?: number[]; top_logprobs: Array<{ token: string; logprob: number; bytes?: number[] }> }

const LOGPROBS = 'message.output_text.logprobs';
const sentence = 'Paris is sunny, 22°C — très beau 😀!';
const asked = { model: 'gpt-4.1-mini', input: `Reply exactly with: ${sentence}`, include: [LOGPROBS], top_logprobs: 3 };
const encoder = new TextEncoder();

const messageParts = (body: Json) => (body.output as Json[]).filter((item) => item.type === 'message').flatMap((item) => item.content as Json[]);
const tokens = (entries: Entry[]) => entries.map((entry) => entry.token).join('');
const withoutBytes = (entries: Entry[]) => entries.map(({ token, logprob, top_logprobs }) => ({ token, logprob, top_logprobs: top_logprobs.map((top) => ({ token: top.token, logprob: top.logprob })) }));

async function streamed(app: FastifyInstance, body: Json, headers: Record<string, string> = {}): Promise<Json[]> {
  return eventsOf(parseSse((await post(app, { url: OPENAI, body: { ...body, stream: true }, headers })).raw));
}

/** The stream's text events agree with each other and with the final part; returns the deltas. */
function checkStream(t: Test, events: Json[], label: string): string[] {
  const deltas = events.filter((event) => event.type === 'response.output_text.delta');
  const done = events.find((event) => event.type === 'response.output_text.done')!;
  const completed = events.at(-1)!.response as Json;
  const part = messageParts(completed).at(-1)!;
  for (const delta of deltas) {
    t.equal(tokens(delta.logprobs as Entry[]), delta.delta, `${label}: ${JSON.stringify(delta.delta)} carries exactly its own tokens`);
    t.ok(typeof delta.obfuscation === 'string', `${label}: padding kept`);
    for (const entry of delta.logprobs as Entry[]) t.same(Object.keys(entry), ['token', 'logprob', 'top_logprobs'], `${label}: a ResponseLogProb, no bytes`);
  }
  t.same(deltas.flatMap((delta) => delta.logprobs as Entry[]), done.logprobs, `${label}: the deltas' logprobs are the done event's`);
  t.same(done.logprobs, withoutBytes(part.logprobs as Entry[]), `${label}: the done event's are the final part's`);
  const added = events.find((event) => event.type === 'response.content_part.added')!;
  t.same((added.part as Json).logprobs, [], `${label}: the added part has none yet`);
  return deltas.map((delta) => delta.delta as string);
}

t.test('JSON: one entry per token, tokens spell the text, bytes are its UTF-8, top_logprobs as asked', async (t) => {
  const { status, body } = await post(testApp(), { url: OPENAI, body: asked });
  t.equal(status, 200);
  const [part] = messageParts(body);
  t.equal(part!.text, sentence);
  const entries = part!.logprobs as Entry[];
  t.equal(tokens(entries), sentence);
  t.ok(entries.length > 10, `${entries.length} tokens`);
  for (const entry of entries) {
    t.same(Object.keys(entry), ['token', 'logprob', 'bytes', 'top_logprobs']);
    t.same(entry.bytes, [...encoder.encode(entry.token)], `${JSON.stringify(entry.token)}: its bytes`);
    t.equal(entry.top_logprobs.length, 3);
    t.same(entry.top_logprobs[0], { token: entry.token, logprob: entry.logprob, bytes: entry.bytes }, 'the chosen token leads its alternatives');
    t.ok(entry.logprob <= 0 && entry.top_logprobs.every((top) => top.logprob <= entry.logprob), 'none likelier than the chosen token');
    t.equal(new Set(entry.top_logprobs.map((top) => top.token)).size, 3, 'distinct alternatives');
  }
  t.equal(body.top_logprobs, 3, 'top_logprobs echoed');
});

t.test('the same request and seed give the same bytes; another seed other values', async (t) => {
  const a = await post(testApp({ seed: 42 }), { url: OPENAI, body: asked });
  const b = await post(testApp({ seed: 42 }), { url: OPENAI, body: asked });
  const c = await post(testApp({ seed: 43 }), { url: OPENAI, body: asked });
  t.equal(a.raw, b.raw);
  t.not(JSON.stringify(messageParts(a.body)[0]!.logprobs), JSON.stringify(messageParts(c.body)[0]!.logprobs));
});

t.test('streams: deltas on token boundaries, at the natural size and at a fixed chunk size', async (t) => {
  const app = testApp();
  const json = await post(app, { url: OPENAI, body: asked });
  for (const headers of [{}, { 'x-mock-stream': 'chunk=3' }, { 'x-mock-stream': 'chunk=1' }] as Array<Record<string, string>>) {
    const events = await streamed(app, asked, headers);
    const deltas = checkStream(t, events, JSON.stringify(headers));
    t.equal(deltas.join(''), sentence);
    const { billing: _billing, ...body } = json.body;
    t.same(events.at(-1)!.response, body, 'response.completed is the JSON body');
  }
});

t.test('without the include: logprobs [] everywhere, top_logprobs still echoed', async (t) => {
  const app = testApp();
  const plain = { ...asked, include: ['reasoning.encrypted_content'], top_logprobs: 5, model: 'gpt-5.1' };
  const { body } = await post(app, { url: OPENAI, body: plain });
  t.same(messageParts(body).map((part) => part.logprobs), [[]]);
  t.equal(body.top_logprobs, 5);
  const events = await streamed(app, plain);
  const texts = events.filter((event) => String(event.type).startsWith('response.output_text.'));
  t.ok(texts.length > 2);
  t.ok(texts.every((event) => Array.isArray(event.logprobs) && event.logprobs.length === 0));
});

t.test('OpenRouter shows none (its include has no such value)', async (t) => {
  const { status, body } = await post(testApp(), { url: OPENROUTER, body: { ...asked, model: 'openai/gpt-4.1-mini' } });
  t.equal(status, 200);
  t.same(messageParts(body).map((part) => part.logprobs), [[]]);
});

t.test('reasoning models refuse it whenever they reason, as they refuse temperature', async (t) => {
  const app = testApp();
  for (const [model, reasoning, refused] of [['gpt-5-mini', undefined, true], ['o4-mini', undefined, true], ['gpt-5.1', { effort: 'low' }, true], ['gpt-5.1', undefined, false], ['gpt-5.4', { effort: 'none' }, false]] as const) {
    const { status, body } = await post(app, { url: OPENAI, body: { ...asked, model, ...(reasoning ? { reasoning } : {}) } });
    const label = `${model} ${JSON.stringify(reasoning ?? {})}`;
    if (!refused) {
      t.equal(status, 200, label);
      t.equal(tokens(messageParts(body).at(-1)!.logprobs as Entry[]), sentence, `${label}: effort none gives them`);
      continue;
    }
    t.equal(status, 400, label);
    t.same(body.error, { message: 'logprobs are not supported with reasoning models.', type: 'invalid_request_error', param: 'include', code: 'unsupported_parameter' }, label);
  }
});

t.test('stored: GET gives them, ?stream=true replays the same events', async (t) => {
  const app = testApp();
  const created = await post(app, { url: OPENAI, body: asked });
  const id = created.body.id as string;
  const got = await app.inject({ method: 'GET', url: `/v1/responses/${id}` });
  t.same(messageParts(got.json() as Json), messageParts(created.body));
  const replayed = eventsOf(parseSse((await app.inject({ method: 'GET', url: `/v1/responses/${id}?stream=true` })).body));
  checkStream(t, replayed, 'replay');
  const original = await streamed(app, asked);
  const texts = (events: Json[]) => events.filter((event) => event.type === 'response.output_text.delta').map((event) => [event.delta, event.logprobs]);
  t.same(texts(replayed), texts(original), 'the deltas a streamed create sends');
});

t.test('background: a run watched to its end streams them and holds them', async (t) => {
  const app = testApp();
  const queued = await post(app, { url: OPENAI, body: { ...asked, background: true } });
  t.equal(queued.body.status, 'queued');
  const id = queued.body.id as string;
  const events = eventsOf(parseSse((await app.inject({ method: 'GET', url: `/v1/responses/${id}?stream=true` })).body));
  checkStream(t, events, 'background');
  const finished = (await app.inject({ method: 'GET', url: `/v1/responses/${id}` })).json() as Json;
  t.equal(tokens(messageParts(finished)[0]!.logprobs as Entry[]), sentence);
});

t.test('scenario texts and structured output get them; a refusal has none', async (t) => {
  const app = testApp({ scenarios: {
    says: { rules: [{ respond: { text: 'Scripted: 3 apples, 12 pears.' }, times: 'always' }] },
    refuses: { rules: [{ respond: { refusal: 'I cannot help with that.' }, times: 'always' }] },
  } });
  const scripted = await post(app, { url: OPENAI, body: asked, headers: { 'x-mock-scenario': 'says' } });
  t.equal(tokens(messageParts(scripted.body)[0]!.logprobs as Entry[]), 'Scripted: 3 apples, 12 pears.');
  checkStream(t, await streamed(app, asked, { 'x-mock-scenario': 'says' }), 'scenario');
  const refused = await post(app, { url: OPENAI, body: asked, headers: { 'x-mock-scenario': 'refuses' } });
  t.same(messageParts(refused.body), [{ type: 'refusal', refusal: 'I cannot help with that.' }]);
  const format = { format: { type: 'json_schema', name: 'city', strict: true, schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false } } };
  const structured = { ...asked, input: 'Which city is the capital of France?', text: format };
  const json = await post(app, { url: OPENAI, body: structured });
  const [part] = messageParts(json.body);
  t.equal(tokens(part!.logprobs as Entry[]), part!.text, 'structured output');
  checkStream(t, await streamed(app, structured), 'structured');
});

t.test('a very long text: logprobs for its first 4,096 tokens, the stream in agreement', async (t) => {
  const long = 'word '.repeat(6000).trim();
  const app = testApp({ scenarios: { long: { rules: [{ respond: { text: long }, times: 'always' }] } } });
  const { body, raw } = await post(app, { url: OPENAI, body: { ...asked, top_logprobs: 0 }, headers: { 'x-mock-scenario': 'long' } });
  const entries = messageParts(body)[0]!.logprobs as Entry[];
  t.equal(entries.length, 4096);
  t.ok(long.startsWith(tokens(entries)));
  t.ok(raw.length < 600_000, `${raw.length} bytes`);
  const events = await streamed(app, { ...asked, top_logprobs: 0 }, { 'x-mock-scenario': 'long' });
  const deltas = events.filter((event) => event.type === 'response.output_text.delta');
  t.equal(deltas.map((delta) => delta.delta).join(''), long);
  t.same(deltas.flatMap((delta) => delta.logprobs as Entry[]), withoutBytes(entries));
});

t.test('WebSocket mode: response.create streams the same events as SSE', async (t) => {
  const server = await listen(t, { seed: 7 });
  const socket = await openSocket(socketURL(server.url), { 'x-mock-seed': '4242' });
  socket.send({ type: 'response.create', ...asked });
  const events = await socket.until(...TERMINAL) as Json[];
  checkStream(t, events, 'socket');
  const sse = await streamed(testApp(), asked, { 'x-mock-seed': '4242' });
  t.strictSame(events, sse, 'identical events, logprobs included');
  socket.ws.close();
});
