// outputThrough: the output a client holds after a given event, for a GET of a response still streaming.
import t from 'tap';
import { outputThrough } from '../../../src/streaming/events/fold.js';
import type { StreamEvent } from '../../../src/streaming/events/stream-event.js';

const payloads: Array<Record<string, unknown>> = [
  { type: 'response.created', response: {} },
  { type: 'response.output_item.added', output_index: 0, item: { id: 'rs_1', type: 'reasoning', summary: [] } },
  { type: 'response.reasoning_summary_part.added', output_index: 0, summary_index: 0, part: { type: 'summary_text', text: '' } },
  { type: 'response.reasoning_summary_text.delta', output_index: 0, summary_index: 0, delta: 'Think' },
  { type: 'response.output_item.done', output_index: 0, item: { id: 'rs_1', type: 'reasoning', summary: [{ type: 'summary_text', text: 'Thinking.' }] } },
  { type: 'response.output_item.added', output_index: 1, item: { id: 'fc_1', type: 'function_call', arguments: '', status: 'in_progress' } },
  { type: 'response.function_call_arguments.delta', output_index: 1, delta: '{"city":' },
  { type: 'response.function_call_arguments.delta', output_index: 1, delta: '"Paris"}' },
  { type: 'response.output_item.added', output_index: 2, item: { id: 'msg_1', type: 'message', status: 'in_progress', content: [] } },
  { type: 'response.content_part.added', output_index: 2, content_index: 0, part: { type: 'output_text', text: '', annotations: [] } },
  { type: 'response.output_text.delta', output_index: 2, content_index: 0, delta: 'Sunny' },
];
const events: StreamEvent[] = payloads.map((payload, index) => ({ type: payload.type as string, payload: { ...payload, sequence_number: index }, delta: false }));

t.test('finished items whole, the current one as far as it got', async (t) => {
  t.same(outputThrough(events, 0), []);
  t.same(outputThrough(events, 3), [{ id: 'rs_1', type: 'reasoning', summary: [{ type: 'summary_text', text: 'Think' }] }]);
  t.same(outputThrough(events, 6)[1], { id: 'fc_1', type: 'function_call', arguments: '{"city":', status: 'in_progress' });
  const all = outputThrough(events, 99);
  t.same(all.map((item) => item.id), ['rs_1', 'fc_1', 'msg_1']);
  t.same(all[0]!.summary, [{ type: 'summary_text', text: 'Thinking.' }], 'a finished item as its done event has it');
  t.equal(all[1]!.arguments, '{"city":"Paris"}');
  t.same(all[2]!.content, [{ type: 'output_text', text: 'Sunny', annotations: [] }]);
  t.same(payloads[1]!.item, { id: 'rs_1', type: 'reasoning', summary: [] }, 'the events themselves are left as they were');
});
