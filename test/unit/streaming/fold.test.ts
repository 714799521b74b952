// outputThrough: the output a client holds after a given event, for a GET of a response still streaming (text
// logprobs included).
import t from 'tap';
import { openAIProfile } from '../../../src/providers/index.js';
import { buildStreamEvents } from '../../../src/streaming/events/events.js';
import { outputThrough } from '../../../src/streaming/events/fold.js';
import type { StreamEvent } from '../../../src/streaming/events/stream-event.js';
import { created } from './fixtures.js';

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

t.test('a text cut mid-stream holds the logprobs of its deltas so far, with their bytes, as the final part has them', async (t) => {
  const response = created(openAIProfile, { model: 'gpt-4.1-mini', input: 'Reply exactly with: Très beau, 22°C 😀.', include: ['message.output_text.logprobs'], top_logprobs: 2, stream: true });
  const built = buildStreamEvents({ created: response, profile: openAIProfile, options: { chunkSize: 0, argumentChunking: 'pieces', padding: () => '' } });
  const deltas = built.filter((event) => event.type === 'response.output_text.delta');
  const final = ((response.body.output as Array<Record<string, unknown>>)[0]!.content as Array<{ logprobs: unknown[] }>)[0]!.logprobs;
  const through = deltas[2]!.payload.sequence_number as number;
  const part = (outputThrough(built, through)[0]!.content as Array<{ text: string; logprobs: Array<{ token: string }> }>)[0]!;
  t.equal(part.text, deltas.slice(0, 3).map((event) => event.payload.delta).join(''));
  t.same(part.logprobs, final.slice(0, part.logprobs.length), 'the start of the final part\'s, bytes included');
  t.equal(part.logprobs.map((entry) => entry.token).join(''), part.text);
});
