// Server-side compaction against the gpt-5.2 captures (captures/openai-compaction.1.*, see its README): with
// `context_management: [{type: "compaction", compact_threshold}]` and an input past the threshold, the answer is
// a message, then a compaction item with only output_item.added and .done, in the captured event order, with
// the captured keys (in order for items and parts; as sets for events, whose keys the capturer sorted). The
// envelope is openai-envelope.test.ts's; here, context_management adds nothing to it. The blob is bounded (the
// live one is not); as live, added carries a shorter one, and done and the final object each another.
import t from 'tap';
import { OPENAI, post, testApp } from '../../helpers/app.js';
import { eventsOf, parseSse } from '../../helpers/sse.js';
import type { Wire } from '../../helpers/wire.js';
import { HOSTED_CAPTURES, sortedKeys as sorted, typeOrder as order } from '../captured.js';

type Json = Wire;
const capturedEvents = HOSTED_CAPTURES.events('openai-compaction.1.chunks.txt');
const capturedBody = HOSTED_CAPTURES.body('openai-compaction.1.json');

/** A long conversation like the capture's (a reference guide, then questions about it); a low threshold stands in for its 50,000 tokens. */
const guide = 'Testing strategies: unit tests isolate functions, integration tests check services together, end-to-end tests drive a browser. '.repeat(40);
const input = [
  { role: 'user', content: `Here is the guide I study:\n${guide}\nHow do React and Vue manage state?` },
  { role: 'assistant', content: [{ type: 'output_text', text: 'React uses hooks and context; Vue uses refs and Pinia.' }] },
  { role: 'user', content: 'Now explain the testing strategies section.' },
];
const request = (extra: Json = {}) => ({ model: 'gpt-5.2', input, store: false, context_management: [{ type: 'compaction', compact_threshold: 1000 }], ...extra });

/** Usage keys, leaving out the cache writes the live envelope reports since after this capture (2026-02-17). */
const usageKeys = (usage: Json) => Object.entries(usage).map(([key, value]) => [key, ...(typeof value === 'object' && value !== null ? Object.keys(value).filter((inner) => inner !== 'cache_write_tokens') : [])]);

t.test('the JSON body: message, then compaction, keys in order', async (t) => {
  const app = testApp();
  const { body } = await post(app, { url: OPENAI, body: request() });
  const output = body.output as Json[];
  t.same(output.map((item) => Object.keys(item)), (capturedBody.output as Json[]).map((item) => Object.keys(item)), 'the items and their keys');
  t.same(Object.keys(output[0]!.content[0]), Object.keys(capturedBody.output[0].content[0]), 'the output_text part');
  t.match(output[1], { id: /^cmp_[0-9a-f]{50}$/, encrypted_content: /^gAAAAAB/ });
  t.same(usageKeys(body.usage as Json), usageKeys(capturedBody.usage as Json), 'usage keys');
  const plain = await post(app, { url: OPENAI, body: request({ context_management: undefined }) });
  t.same(Object.keys(body), Object.keys(plain.body), 'context_management adds no envelope field');
  t.same((plain.body.output as Json[]).map((item) => item.type), ['message'], 'without it: no compaction');
  const below = await post(app, { url: OPENAI, body: request({ context_management: [{ type: 'compaction', compact_threshold: 1_000_000 }] }) });
  t.same((below.body.output as Json[]).map((item) => item.type), ['message'], 'below the threshold: no compaction');
});

t.test('the stream: the captured order, the compaction item with added and done only', async (t) => {
  const mine = eventsOf(parseSse((await post(testApp(), { url: OPENAI, body: request({ stream: true }) })).raw)) as Json[];
  t.same(order(mine), order(capturedEvents), 'event order (runs of deltas collapsed)');
  const first = (events: Json[], type: string) => events.find((event) => event.type === type)!;
  for (const type of new Set(capturedEvents.map((event) => String(event.type)))) t.same(sorted(first(mine, type)), sorted(first(capturedEvents, type)), `${type}: the same keys`);
  const items = (events: Json[]) => events.filter((event) => event.item).map((event) => [event.type, event.item.type, ...Object.keys(event.item)]);
  t.same(items(mine), items(capturedEvents), 'items in added and done: keys in order');
  const compaction = (events: Json[]) => events.filter((event) => event.output_index === 1).map((event) => event.type);
  t.same(compaction(mine), ['response.output_item.added', 'response.output_item.done'], 'compaction: added and done only');
  t.same(compaction(mine), compaction(capturedEvents));
  const completed = (events: Json[]) => events.at(-1)!.response as Json;
  const blobs = (events: Json[]) => [...events.filter((event) => event.output_index === 1).map((event) => event.item.encrypted_content), completed(events).output[1].encrypted_content] as string[];
  for (const stages of [blobs(capturedEvents), blobs(mine)]) {
    t.equal(new Set(stages).size, 3, 'a new blob in added, done and the final object');
    t.ok(stages[0]!.length < stages[1]!.length, 'the one in added is shorter');
  }
  const parts = (events: Json[]) => events.filter((event) => event.part).map((event) => Object.keys(event.part));
  t.same(parts(mine), parts(capturedEvents), 'content part keys in order');
  t.same(completed(mine).output.map((item: Json) => Object.keys(item)), completed(capturedEvents).output.map((item: Json) => Object.keys(item)), 'response.completed output keys');
  t.same(usageKeys(completed(mine).usage as Json), usageKeys(completed(capturedEvents).usage as Json), 'usage keys');
});
