// Output text logprobs asked of a stored response by GET /v1/responses/{id} (include[]=message.output_text.logprobs,
// or include=…): a response created without them gains them, the same on every GET, JSON or replayed as a stream;
// one created with them keeps its own; a reasoning model's response has none to give.
import t, { type Test } from 'tap';
import type { FastifyInstance } from 'fastify';
import { OPENAI, post, testApp } from '../helpers/app.js';
import { eventsOf, parseSse } from '../helpers/sse.js';

type Json = Record<string, unknown>;
interface Entry { token: string; logprob: number; bytes?: number[]; top_logprobs: Array<{ token: string; logprob: number; bytes?: number[] }> }

const LOGPROBS = 'message.output_text.logprobs';
const sentence = 'Paris is sunny, 22°C — très beau 😀!';
const plain = { model: 'gpt-4.1-mini', input: `Reply exactly with: ${sentence}`, top_logprobs: 3 };
const encoder = new TextEncoder();

const messageParts = (body: Json) => (body.output as Json[]).filter((item) => item.type === 'message').flatMap((item) => item.content as Json[]);
const tokens = (entries: Entry[]) => entries.map((entry) => entry.token).join('');
const withoutBytes = (entries: Entry[]) => entries.map(({ token, logprob, top_logprobs }) => ({ token, logprob, top_logprobs: top_logprobs.map((top) => ({ token: top.token, logprob: top.logprob })) }));
const get = async (app: FastifyInstance, url: string) => (await app.inject({ method: 'GET', url })).json() as Json;
const replay = async (app: FastifyInstance, url: string) => eventsOf(parseSse((await app.inject({ method: 'GET', url })).body)) as Json[];

/** The replay's text events agree with each other and with the given JSON body; returns the deltas' texts. */
function checkReplay(t: Test, events: Json[], body: Json): string[] {
  const deltas = events.filter((event) => event.type === 'response.output_text.delta');
  const done = events.find((event) => event.type === 'response.output_text.done')!;
  for (const delta of deltas) t.equal(tokens(delta.logprobs as Entry[]), delta.delta, `${JSON.stringify(delta.delta)} carries exactly its own tokens`);
  t.same(deltas.flatMap((delta) => delta.logprobs as Entry[]), done.logprobs, 'the deltas\' logprobs are the done event\'s');
  t.same(done.logprobs, withoutBytes(messageParts(body)[0]!.logprobs as Entry[]), 'and the JSON GET\'s part\'s');
  const partDone = events.find((event) => event.type === 'response.content_part.done')!;
  t.same(partDone.part, messageParts(body)[0], 'content_part.done holds the part, bytes included');
  const { billing: _billing, ...streamed } = body;
  t.same(events.at(-1)!.response, streamed, 'response.completed is the JSON GET\'s body (without what only JSON carries)');
  return deltas.map((delta) => delta.delta as string);
}

t.test('created without them: GET with the include gives every output_text part its logprobs', async (t) => {
  const app = testApp();
  const created = await post(app, { url: OPENAI, body: plain });
  const id = created.body.id as string;
  t.same(messageParts(created.body)[0]!.logprobs, [], 'the create did not ask');
  t.same((await get(app, `${OPENAI}/${id}`)), created.body, 'nor does a GET without the include');
  const got = await get(app, `${OPENAI}/${id}?include[]=${LOGPROBS}`);
  const entries = messageParts(got)[0]!.logprobs as Entry[];
  t.equal(tokens(entries), sentence, 'the tokens spell the text');
  for (const entry of entries) {
    t.same(Object.keys(entry), ['token', 'logprob', 'bytes', 'top_logprobs']);
    t.same(entry.bytes, [...encoder.encode(entry.token)]);
    t.equal(entry.top_logprobs.length, 3, 'as many alternatives as the create\'s top_logprobs');
    t.same(entry.top_logprobs[0], { token: entry.token, logprob: entry.logprob, bytes: entry.bytes });
  }
  const { output: _output, ...rest } = got;
  const { output: _created, ...createdRest } = created.body;
  t.same(rest, createdRest, 'the rest of the body as stored');
  t.same(await get(app, `${OPENAI}/${id}?include=${LOGPROBS}`), got, 'include=… as include[]=…; the same values on every GET');
  t.same(await get(app, `${OPENAI}/${id}?include=reasoning.encrypted_content&include=${LOGPROBS}`), got, 'among other values');
  t.same(messageParts(await get(app, `${OPENAI}/${id}`))[0]!.logprobs, [], 'the stored response itself is unchanged');
});

t.test('?stream=true with the include: the replay\'s deltas carry them, in agreement with the JSON GET', async (t) => {
  const app = testApp();
  const created = await post(app, { url: OPENAI, body: plain, headers: { 'x-mock-stream': 'chunk=2' } });
  const id = created.body.id as string;
  const got = await get(app, `${OPENAI}/${id}?include[]=${LOGPROBS}`);
  const deltas = checkReplay(t, await replay(app, `${OPENAI}/${id}?stream=true&include[]=${LOGPROBS}`), got);
  t.equal(deltas.join(''), sentence);
  const without = await replay(app, `${OPENAI}/${id}?stream=true`);
  t.ok(without.filter((event) => String(event.type).startsWith('response.output_text.')).every((event) => (event.logprobs as unknown[]).length === 0), 'none without the include');
});

t.test('the JSON GET and the replay write the same bytes for the logprobs they add', async (t) => {
  const app = testApp();
  const created = await post(app, { url: OPENAI, body: plain, headers: { 'x-mock-stream': 'chunk=3' } });
  const id = created.body.id as string;
  const json = (await app.inject({ method: 'GET', url: `${OPENAI}/${id}?include[]=${LOGPROBS}` })).body;
  const blocks = parseSse((await app.inject({ method: 'GET', url: `${OPENAI}/${id}?stream=true&include[]=${LOGPROBS}` })).body);
  const raw = (type: string) => blocks.find((block) => block.kind === 'event' && block.data.type === type) as { raw: string; data: Json };
  const output = JSON.stringify((JSON.parse(json) as Json).output);
  t.ok(json.includes(`"output":${output}`), 'the JSON GET writes its output as JSON.stringify does');
  const completed = raw('response.completed');
  t.ok(completed.raw.includes(`"output":${output}`), 'response.completed writes the very same output bytes');
  const part = JSON.stringify(messageParts(JSON.parse(json) as Json)[0]);
  t.ok(raw('response.content_part.done').raw.includes(`"part":${part}`), 'content_part.done writes the JSON GET\'s part, bytes included');
  const done = raw('response.output_text.done');
  t.equal(JSON.stringify(done.data.logprobs), JSON.stringify(withoutBytes(JSON.parse(part).logprobs as Entry[])), 'output_text.done: the same tokens and numbers');
  t.ok(done.raw.includes(`"logprobs":${JSON.stringify(done.data.logprobs)}`));
});

t.test('created with them: every GET shows the create\'s own', async (t) => {
  const app = testApp();
  const created = await post(app, { url: OPENAI, body: { ...plain, include: [LOGPROBS] } });
  const id = created.body.id as string;
  t.equal(tokens(messageParts(created.body)[0]!.logprobs as Entry[]), sentence);
  t.same(await get(app, `${OPENAI}/${id}?include[]=${LOGPROBS}`), created.body);
  t.same(await get(app, `${OPENAI}/${id}`), created.body);
  checkReplay(t, await replay(app, `${OPENAI}/${id}?stream=true&include[]=${LOGPROBS}`), created.body);
});

t.test('a reasoning model\'s response has none to give (its create refuses them)', async (t) => {
  const app = testApp();
  const created = await post(app, { url: OPENAI, body: { ...plain, model: 'gpt-5-mini', top_logprobs: undefined } });
  t.equal(created.status, 200);
  const got = await get(app, `${OPENAI}/${created.body.id as string}?include[]=${LOGPROBS}`);
  t.same(messageParts(got).map((part) => part.logprobs), messageParts(created.body).map(() => []));
  const effortNone = await post(app, { url: OPENAI, body: { ...plain, model: 'gpt-5.1' } });
  const gotNone = await get(app, `${OPENAI}/${effortNone.body.id as string}?include[]=${LOGPROBS}`);
  t.equal(tokens(messageParts(gotNone).at(-1)!.logprobs as Entry[]), sentence, 'gpt-5.1 at its default effort (none) gives them');
});

t.test('a background run: added once it has finished, not while it is cancelled short', async (t) => {
  const app = testApp();
  const queued = await post(app, { url: OPENAI, body: { ...plain, background: true } });
  const id = queued.body.id as string;
  t.equal((await get(app, `${OPENAI}/${id}?include[]=${LOGPROBS}`)).status, 'in_progress');
  const finished = await get(app, `${OPENAI}/${id}?include[]=${LOGPROBS}`);
  t.equal(finished.status, 'completed');
  t.equal(tokens(messageParts(finished)[0]!.logprobs as Entry[]), sentence);
  const other = await post(app, { url: OPENAI, body: { ...plain, background: true } });
  await app.inject({ method: 'POST', url: `${OPENAI}/${other.body.id as string}/cancel` });
  const cancelled = await replay(app, `${OPENAI}/${other.body.id as string}?stream=true&include[]=${LOGPROBS}`);
  t.same(cancelled.map((event) => event.type), ['response.created', 'response.queued'], 'cancelled before it started: no output to give them to');
});
