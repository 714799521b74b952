// GET /v1/responses/{id}?stream=true: a stored response's events replayed as a streamed create sends them
// (numbers, ids, texts; the terminal event carries the stored JSON), starting_after, the 400s, the 404,
// background runs (watched to their end, or stopped where cancelled), and the OpenRouter path unchanged.
import t from 'tap';
import type { FastifyInstance } from 'fastify';
import { OPENAI, post, testApp, weatherTool } from '../../helpers/app.js';
import { eventsOf, parseSse } from '../../helpers/sse.js';

type Event = Record<string, unknown> & { type: string; sequence_number: number };

async function replay(app: FastifyInstance, id: string, request: { query?: string; headers?: Record<string, string> } = {}) {
  const answer = await app.inject({ method: 'GET', url: `/v1/responses/${id}?${request.query ?? 'stream=true'}`, headers: request.headers ?? {} });
  const blocks = answer.headers['content-type']?.toString().startsWith('text/event-stream') ? parseSse(answer.body) : [];
  return { answer, blocks, events: eventsOf(blocks) as Event[] };
}

/** Obfuscation is padding drawn per stream: everything else must agree. */
const withoutPadding = (events: Event[]) => events.map(({ obfuscation: _padding, ...rest }) => rest);

const weather = { model: 'gpt-4o', input: 'What is the weather in Paris?', tools: [weatherTool] };
const text = { model: 'gpt-4o', input: 'Tell me a short story about a lighthouse keeper.' };

t.test('the replay of a stored response is the stream a streamed create sends', async (t) => {
  for (const body of [weather, text]) {
    const app = testApp();
    const stored = await post(app, { url: OPENAI, body });
    const id = stored.body.id as string;
    const { answer, blocks, events } = await replay(app, id);
    t.equal(answer.statusCode, 200);
    t.match(answer.headers['content-type'], /^text\/event-stream/);
    // The same body streamed (same seed: same ids) is the reference.
    const streamed = eventsOf(parseSse((await post(app, { url: OPENAI, body: { ...body, stream: true } })).raw)) as Event[];
    t.equal(streamed.at(-1)?.type, 'response.completed');
    t.same(withoutPadding(events), withoutPadding(streamed), `${body.input}: the same events as a streamed create`);
    t.same(events.map((event) => event.sequence_number), events.map((_, index) => index), 'numbered from 0, one by one');
    // All but `billing`, which OpenAI's JSON answers carry and the response objects of its streams do not.
    const { billing, ...storedResponse } = stored.body as Record<string, unknown>;
    t.same(billing, { payer: 'developer' }, 'the stored JSON says who pays');
    t.same(events.at(-1)?.response, storedResponse, 'response.completed carries the stored JSON, without billing');
    t.same(blocks.map((block) => (block.kind === 'event' ? block.event : block.kind)), events.map((event) => event.type), 'event: lines, no [DONE]');
    t.ok(events.some((event) => typeof event.obfuscation === 'string'), 'deltas carry obfuscation by default');
  }
});

t.test('starting_after skips the events already received', async (t) => {
  const app = testApp();
  const id = (await post(app, { url: OPENAI, body: text })).body.id as string;
  const all = (await replay(app, id)).events;
  const after = (await replay(app, id, { query: 'stream=true&starting_after=3' })).events;
  t.same(withoutPadding(after), withoutPadding(all.slice(4)), 'the events numbered 4 and on');
  t.equal(after[0]?.sequence_number, 4);
  t.same((await replay(app, id, { query: 'starting_after=0&stream=true' })).events.map((event) => event.type), all.slice(1).map((event) => event.type));
  const last = all.at(-1)!.sequence_number;
  const none = await replay(app, id, { query: `stream=true&starting_after=${last}` });
  t.equal(none.answer.statusCode, 200);
  t.same(none.events, [], 'after the terminal event: an empty stream');
  const plain = await replay(app, id, { query: 'stream=true&include_obfuscation=false' });
  t.notOk(plain.events.some((event) => 'obfuscation' in event), 'include_obfuscation=false: no padding');
});

t.test('a seeded replay is the same bytes each time', async (t) => {
  const app = testApp();
  const id = (await post(app, { url: OPENAI, body: text })).body.id as string;
  const first = await replay(app, id, { headers: { 'x-mock-seed': '5' } });
  const second = await replay(app, id, { headers: { 'x-mock-seed': '5' } });
  t.equal(first.answer.body, second.answer.body);
});

t.test('a response answered from the memo (the same request again) replays the same way', async (t) => {
  const app = testApp();
  const responses = [];
  for (let turn = 0; turn < 3; turn += 1) responses.push((await post(app, { url: OPENAI, body: weather })).body);
  const id = responses[2]!.id as string;
  const { events } = await replay(app, id);
  const { billing: _billing, ...stored } = responses[2]! as Record<string, unknown>;
  t.same(events.at(-1)?.response, stored, 'response.completed is the stored JSON, without billing');
  const streamed = eventsOf(parseSse((await post(app, { url: OPENAI, body: { ...weather, stream: true } })).raw)) as Event[];
  t.same(withoutPadding(events), withoutPadding(streamed));
});

t.test('bad query values are 400s naming the parameter; unknown ids 404; stream=false is JSON', async (t) => {
  const app = testApp();
  const stored = await post(app, { url: OPENAI, body: text });
  const id = stored.body.id as string;
  for (const value of ['-1', 'abc', '1.5', '', '99999999999999999999']) {
    const { answer } = await replay(app, id, { query: `stream=true&starting_after=${encodeURIComponent(value)}` });
    t.equal(answer.statusCode, 400, `starting_after=${value}`);
    t.match(answer.json(), { error: { type: 'invalid_request_error', param: 'starting_after', message: /starting_after/ } });
  }
  const badStream = await replay(app, id, { query: 'stream=1' });
  t.equal(badStream.answer.statusCode, 400);
  t.match(badStream.answer.json(), { error: { param: 'stream' } });
  const unknown = await replay(app, 'resp_unknown');
  const unknownJson = await app.inject({ method: 'GET', url: '/v1/responses/resp_unknown' });
  t.equal(unknown.answer.statusCode, 404);
  t.same(unknown.answer.json(), unknownJson.json(), 'the same 404 as without stream');
  for (const query of ['stream=false', '', 'starting_after=2']) {
    const { answer } = await replay(app, id, { query });
    t.match(answer.headers['content-type'], /^application\/json/, `${query || 'no query'}: JSON`);
    t.same(answer.json(), stored.body);
  }
  const openrouter = await app.inject({ method: 'GET', url: `/api/v1/responses/${id}?stream=true` });
  t.equal(openrouter.statusCode, 404, 'OpenRouter keeps nothing to replay');
});

t.test('the replay is journaled like other requests', async (t) => {
  const app = testApp();
  const id = (await post(app, { url: OPENAI, body: text })).body.id as string;
  await replay(app, id, { query: 'stream=true&starting_after=1' });
  const journal = (await app.inject({ method: 'GET', url: '/__mock/requests' })).json() as { requests: Array<{ method: string; path: string; status: number }> };
  t.match(journal.requests.at(-1), { method: 'GET', path: `/v1/responses/${id}?stream=true&starting_after=1`, status: 200 });
});

t.test('background runs: queued first, watched to the end, or stopped where cancelled', async (t) => {
  const app = testApp();
  const queued = await post(app, { url: OPENAI, body: { ...weather, background: true } });
  t.equal(queued.body.status, 'queued');
  const id = queued.body.id as string;
  const { events } = await replay(app, id);
  t.same(events.slice(0, 3).map((event) => [event.type, (event.response as { status: string }).status]), [
    ['response.created', 'queued'], ['response.queued', 'queued'], ['response.in_progress', 'in_progress'],
  ], 'created (queued) → queued → in_progress');
  t.equal(events.at(-1)?.type, 'response.completed', 'then the rest, to the terminal event');
  const finished = (await app.inject({ method: 'GET', url: `/v1/responses/${id}` })).json() as Record<string, unknown>;
  t.equal(finished.status, 'completed', 'watching a run to its end finished it');
  const { billing: _billing, ...finishedResponse } = finished;
  t.same(events.at(-1)?.response, finishedResponse, 'the finished response, without the billing only JSON carries');
  const streamed = eventsOf(parseSse((await post(app, { url: OPENAI, body: { ...weather, background: true, stream: true } })).raw)) as Event[];
  t.same(withoutPadding(events), withoutPadding(streamed), 'what background + stream sends on create');
  const resumed = (await replay(app, id, { query: 'stream=true&starting_after=1' })).events;
  t.equal(resumed[0]?.type, 'response.in_progress', 'resumed after response.queued');

  const cancelledEarly = (await post(app, { url: OPENAI, body: { ...text, background: true } })).body.id as string;
  await app.inject({ method: 'POST', url: `/v1/responses/${cancelledEarly}/cancel` });
  t.same((await replay(app, cancelledEarly)).events.map((event) => event.type), ['response.created', 'response.queued'], 'cancelled while queued');
  const cancelledLate = (await post(app, { url: OPENAI, body: { ...weather, input: 'Weather in Rome?', background: true } })).body.id as string;
  t.equal(((await app.inject({ method: 'GET', url: `/v1/responses/${cancelledLate}` })).json() as { status: string }).status, 'in_progress');
  await app.inject({ method: 'POST', url: `/v1/responses/${cancelledLate}/cancel` });
  t.same((await replay(app, cancelledLate)).events.map((event) => event.type), ['response.created', 'response.queued', 'response.in_progress'], 'cancelled while in progress');
  t.equal(((await app.inject({ method: 'GET', url: `/v1/responses/${cancelledLate}` })).json() as { status: string }).status, 'cancelled', 'and stays cancelled');
});
