// OpenAI's errors against the captures (openai-captures/, see its README): a stream that fails with
// insufficient_quota before any output (a scenario's `fail` with nothing else scripted) has the captured events,
// keys in order, error objects and failed response; the quota 429 (a scenario's `error`) and the 400 for
// `temperature` on a reasoning model answer the captured bodies byte for byte (the captures are the same JSON,
// pretty-printed by the capturer). The failed response's envelope is openai-envelope.test.ts's.
import t from 'tap';
import { OPENAI, post, testApp } from '../helpers/app.js';
import { eventsOf, parseSse } from '../helpers/sse.js';
import type { Wire } from '../helpers/wire.js';
import { OPENAI_CAPTURES } from './captured.js';

type Json = Wire;
const read = OPENAI_CAPTURES.read;
const captured = OPENAI_CAPTURES.events('openai-error.1.chunks.txt');
const quota = captured.find((event) => event.type === 'error')!.error as Json;

const app = testApp({
  scenarios: {
    quota: { rules: [{ times: 'always', respond: { fail: { code: 'insufficient_quota', message: String(quota.message) } } }] },
    'quota-429': { rules: [{ times: 'always', respond: { error: { status: 429, code: 'insufficient_quota' } } }] },
  },
});
t.teardown(() => app.close());

/** A capture's body as it came over the wire: the capturer only indented it. */
function compact(file: string): string {
  const text = read(file);
  const parsed = JSON.parse(text) as Json;
  if (`${JSON.stringify(parsed, null, 2)}\n` !== text) throw new Error(`${file} is not plain indented JSON`);
  return JSON.stringify(parsed);
}

t.test('a stream that fails before any output: the captured events, keys in order', async (t) => {
  const answer = await post(app, { url: OPENAI, body: { model: 'gpt-5-nano', input: 'Hello', stream: true }, headers: { 'x-mock-scenario': 'quota' } });
  t.equal(answer.status, 200);
  const mine = eventsOf(parseSse(answer.raw)) as Json[];
  t.same(mine.map((event) => event.type), captured.map((event) => event.type), 'created, in_progress, error, failed');
  t.same(mine.map((event) => Object.keys(event)), captured.map((event) => Object.keys(event)), 'the keys of each event');
  const [, , error, failed] = mine;
  t.same(Object.keys(error!.error), Object.keys(quota), 'the nested error object: type, code, message, param');
  t.same(error!.error, quota, 'and its values');
  const theirs = captured.at(-1)!.response as Json;
  for (const key of ['status', 'error', 'output', 'usage', 'incomplete_details', 'service_tier']) t.same(failed!.response[key], theirs[key], `response.failed: ${key}`);
  t.same(Object.keys(failed!.response.error), Object.keys(theirs.error), 'response.error: code, message');
  const json = await post(app, { url: OPENAI, body: { model: 'gpt-5-nano', input: 'Hello' }, headers: { 'x-mock-scenario': 'quota' } });
  t.match(json, { status: 200, body: { status: 'failed', error: theirs.error, output: [], usage: null, service_tier: 'auto' } }, 'the same failure as JSON');
});

t.test('scripted text before a failure still comes first: a failure mid-answer', async (t) => {
  const mid = testApp({ scenarios: { mid: { rules: [{ respond: { text: 'Partial', fail: { code: 'server_error', message: 'Boom' } } }] } } });
  const events = eventsOf(parseSse((await post(mid, { url: OPENAI, body: { model: 'gpt-5-nano', input: 'Hello', stream: true }, headers: { 'x-mock-scenario': 'mid' } })).raw)) as Json[];
  t.same(events.slice(-3).map((event) => event.type), ['response.output_item.done', 'error', 'response.failed']);
  const { response } = events.at(-1)!;
  t.same(response.output.map((item: Json) => item.type), ['reasoning', 'message'], 'what was said is in the failed response');
  t.match(response, { status: 'failed', error: { code: 'server_error', message: 'Boom' }, service_tier: 'default' });
});

t.test('the quota 429: the captured body, byte for byte', async (t) => {
  const answer = await post(app, { url: OPENAI, body: { model: 'gpt-5-nano', input: 'Hello' }, headers: { 'x-mock-scenario': 'quota-429' } });
  t.equal(answer.status, 429);
  t.equal(answer.raw, compact('openai-error.1.json'));
});

t.test('temperature on a reasoning model: the captured 400, byte for byte', async (t) => {
  const expected = compact('reasoning-model-temperature-error.json');
  for (const model of ['gpt-5-nano', 'gpt-5-mini', 'gpt-5', 'o4-mini', 'gpt-5.6-sol']) {
    for (const stream of [false, true]) {
      const answer = await post(app, { url: OPENAI, body: { model, input: 'Hello', temperature: 0.2, stream } });
      t.equal(answer.status, 400, `${model}${stream ? ', streamed' : ''}: 400`);
      t.equal(answer.raw, expected, `${model}${stream ? ', streamed' : ''}: body`);
    }
  }
});
