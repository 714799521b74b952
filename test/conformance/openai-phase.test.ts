// Message phases against the gpt-5.3-codex capture (openai-captures/openai-phase.1.*, see its README): asked in
// its instructions for commentary before tool calls, with web_search offered, the mock answers a commentary
// message, a web search (the five events the capturer cut out at output_index 1) and a final_answer message,
// in the captured event order, with the captured item and part keys. The capturer sorted the keys of events
// and trimmed events and envelopes: there key sets are compared (every captured key must be in the mock's);
// items keep the wire's order (`phase` between `content` and `role`, in the stream and the JSON body alike).
import t from 'tap';
import { OPENAI, post, testApp, weatherTool } from '../helpers/app.js';
import { eventsOf, parseSse } from '../helpers/sse.js';
import type { Wire } from '../helpers/wire.js';
import { OPENAI_CAPTURES, typeOrder } from './captured.js';

type Json = Wire;
const capturedEvents = OPENAI_CAPTURES.events('openai-phase.1.chunks.txt');
const capturedBody = OPENAI_CAPTURES.body('openai-phase.1.json');

/** The request of the capture (vercel/ai's phase example), with a prompt of the kind its answers show. */
const INSTRUCTIONS = 'Before making any tool calls, send a short commentary message explaining what you are about to do.';
const request = (extra: Json = {}) => ({
  model: 'gpt-5.3-codex', instructions: INSTRUCTIONS, input: 'What are the latest AI news today?', tools: [{ type: 'web_search' }], ...extra,
});

const messages = (output: Json[]) => output.filter((item) => item.type === 'message');
/** Event types with runs of one delta type collapsed; citations left out (the captured answer has none). */
const order = (events: Json[]) => typeOrder(events.filter((event) => event.type !== 'response.output_text.annotation.added'));

t.test('the stream: commentary, a web search where the capture has its gap, then the answer', async (t) => {
  const mine = eventsOf(parseSse((await post(testApp(), { url: OPENAI, body: request({ stream: true }) })).raw)) as Json[];
  const searchIndex = mine.find((event) => event.type === 'response.output_item.added' && event.item.type === 'web_search_call')?.output_index;
  t.equal(searchIndex, 1, 'the web search is item 1');
  const search = mine.filter((event) => event.output_index === 1);
  const before = capturedEvents.findLast((event) => event.output_index === 0)!;
  const after = capturedEvents.find((event) => event.output_index === 2)!;
  t.equal(search.length, after.sequence_number - before.sequence_number - 1, 'as many events as the capture left out at output_index 1');
  t.same(order(mine.filter((event) => event.output_index !== 1)), order(capturedEvents), 'the event order around it (runs of deltas collapsed)');
  for (const type of new Set(capturedEvents.map((event) => String(event.type)))) {
    const theirs = capturedEvents.find((event) => event.type === type)!;
    const ours = mine.find((event) => event.type === type)!;
    t.same(Object.keys(theirs).filter((key) => !(key in ours)), [], `${type}: every captured key is there`);
  }
  const itemEvents = (events: Json[]) => events.filter((event) => event.item?.type === 'message');
  t.same(itemEvents(mine).map((event) => Object.keys(event.item)), itemEvents(capturedEvents).map((event) => Object.keys(event.item)), 'message item keys in added and done, in order');
  t.same(itemEvents(mine).map((event) => event.item.phase), itemEvents(capturedEvents).map((event) => event.item.phase), 'commentary, then final_answer');
  const parts = (events: Json[]) => events.filter((event) => event.part).map((event) => Object.keys(event.part));
  t.same(parts(mine), parts(capturedEvents), 'content part keys');
  const final = (events: Json[]) => messages(events.at(-1)!.response.output as Json[]);
  t.same(final(mine).map((item) => [item.phase, ...Object.keys(item)]), final(capturedEvents).map((item) => [item.phase, ...Object.keys(item)]), 'the messages of response.completed, keys in order');
});

t.test('the JSON body: the same two messages, keys and phases', async (t) => {
  const { body } = await post(testApp(), { url: OPENAI, body: request() });
  const shape = (output: Json[]) => messages(output).map((item) => ({ phase: item.phase, keys: Object.keys(item), part: Object.keys(item.content[0]) }));
  t.same(shape(body.output as Json[]), shape(capturedBody.output as Json[]));
  t.same((body.output as Json[]).map((item) => item.type), ['message', 'web_search_call', 'message'], 'the search between them');
  const [commentary] = body.output as Json[];
  t.match(commentary!.content[0].text, /^I'll search the web for "latest AI news today"/, 'the commentary says what comes');
  t.same(commentary!.content[0].annotations, [], 'citations only in the answer');
});

t.test('commentary only when asked, only on models with phases, and before function calls too', async (t) => {
  const app = testApp();
  const types = async (body: Json) => ((await post(app, { url: OPENAI, body })).body.output as Json[]).map((item) => item.phase ?? item.type);
  t.same(await types(request({ instructions: null })), ['web_search_call', 'final_answer'], 'not asked: search and answer');
  t.same(await types(request({ model: 'gpt-5.2' })), ['web_search_call', 'message'], 'gpt-5.2: no phases, no commentary');
  t.same(await types(request({ instructions: null, input: [{ role: 'developer', content: INSTRUCTIONS }, { role: 'user', content: 'What are the latest AI news today?' }] })), ['commentary', 'web_search_call', 'final_answer'], 'asked by a developer message');
  const call = await post(app, { url: OPENAI, body: { model: 'gpt-5.4', instructions: INSTRUCTIONS, input: 'What is the weather in Paris?', tools: [weatherTool] } });
  const output = call.body.output as Json[];
  t.same(output.map((item) => item.phase ?? item.type), ['commentary', 'function_call']);
  t.equal(output[0]!.content[0].text, "I'll call get_weather now.");
  const answered = await post(app, { url: OPENAI, body: { ...request(), input: [{ role: 'user', content: 'Weather?' }, ...output, { type: 'function_call_output', call_id: output[1]!.call_id, output: 'sunny' }], tools: [weatherTool] } });
  t.same((answered.body.output as Json[]).map((item) => item.phase ?? item.type), ['final_answer'], 'answering a tool output: no commentary');
});
