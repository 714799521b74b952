// OpenAI's hosted apply_patch tool against the capture (captures/, see its README): the apply_patch_call's
// events (added with an empty diff, the diff deltas and done with `item_id` before `output_index`, then done) and
// its keys, the operation's included, in order; and the output item of the JSON body.
import t from 'tap';
import { eventsOf, parseSse } from '../../helpers/sse.js';
import type { Wire } from '../../helpers/wire.js';
import { OPENAI, post, testApp } from '../../helpers/app.js';
import { asBlocks as blocks, HOSTED_CAPTURES } from '../captured.js';
import { diffStreams } from '../shape-diff.js';

/** Item events only: what lies between response.in_progress and the terminal event. */
const itemsOnly = (events: Wire[]) => events.filter((event) => !['response.created', 'response.in_progress', 'response.completed'].includes(event.type));
const DIFF = 'response.apply_patch_call_operation_diff';
// The capture's request, as far as its echo tells (gpt-5.1 at effort none: no reasoning item).
const request = { model: 'gpt-5.1', input: 'Create a shopping checklist markdown file.', tools: [{ type: 'apply_patch' }] };

t.test('the stream of an apply_patch_call is the captured one, event for event and key for key', async (t) => {
  const captured = HOSTED_CAPTURES.events('openai-apply-patch-tool.1.chunks.txt');
  const app = testApp();
  t.teardown(() => app.close());
  const mine = eventsOf(parseSse((await post(app, { url: OPENAI, body: { ...request, stream: true } })).raw)) as Wire[];
  t.same(diffStreams({ mock: blocks(itemsOnly(mine)), recorded: blocks(itemsOnly(captured)) }), [], 'event order and keys');
  const keys = (events: Wire[], type: string) => Object.keys(events.find((event) => event.type === type)!);
  for (const type of [`${DIFF}.delta`, `${DIFF}.done`, 'response.output_item.added', 'response.output_item.done']) {
    t.same(keys(mine, type), keys(captured, type), `${type}: keys in order`);
  }
  const operation = (events: Wire[], type: string) => events.find((event) => event.type === type)!.item.operation as Wire;
  for (const type of ['response.output_item.added', 'response.output_item.done']) {
    t.same(Object.keys(operation(mine, type)), Object.keys(operation(captured, type)), `${type}: operation keys in order`);
  }
  t.same(operation(mine, 'response.output_item.added'), { type: 'create_file', diff: '', path: 'shopping-checklist.md' }, 'added: empty diff, the path the capture names too');
  const deltas = mine.filter((event) => event.type === `${DIFF}.delta`);
  t.ok(deltas.length > 1, 'the diff comes in pieces');
  t.ok(deltas.every((event) => typeof event.obfuscation === 'string' && event.obfuscation.length > 0), 'each delta padded, as captured');
  const diff = deltas.map((event) => event.delta as string).join('');
  t.equal(mine.find((event) => event.type === `${DIFF}.done`)!.diff, diff, 'done repeats the deltas');
  t.equal(operation(mine, 'response.output_item.done').diff, diff, 'and so does the done item');
  t.ok(diff.endsWith('\n') && diff.split('\n').slice(0, -1).every((line) => line.startsWith('+')), 'a created file: + lines, as captured');
  const last = mine.at(-1)!.response as Wire;
  t.same(last.tools, captured.at(-1)!.response.tools, 'the echoed tool');
  t.same(Object.keys(last.output[0]), Object.keys(captured.at(-1)!.response.output[0]), 'the item in response.completed');
  t.ok(last.usage.output_tokens > 0, 'the diff is output');
});

t.test('the JSON body holds the same item as the captured body', async (t) => {
  const body = JSON.parse(HOSTED_CAPTURES.read('openai-apply-patch-tool.1.json')) as Wire;
  const app = testApp();
  t.teardown(() => app.close());
  const mine = (await post(app, { url: OPENAI, body: request })).body as Wire;
  t.equal(mine.output.length, body.output.length, 'one item: the call ends the response');
  const [item] = mine.output as Wire[];
  const [captured] = body.output as Wire[];
  t.same(Object.keys(item!), Object.keys(captured!), 'item keys in order');
  t.same(Object.keys(item!.operation), Object.keys(captured!.operation), 'operation keys in order');
  t.match(item, { id: /^apc_[0-9a-f]{50}$/, type: 'apply_patch_call', status: 'completed', call_id: /^call_[A-Za-z0-9]{24}$/ });
  t.match(captured, { id: /^apc_[0-9a-f]{50}$/, call_id: /^call_[A-Za-z0-9]{24}$/ }, 'the id formats are the captured ones');
  t.same(mine.tools, body.tools, 'the echoed tool');
  t.same(mine.tool_choice, body.tool_choice);
});
