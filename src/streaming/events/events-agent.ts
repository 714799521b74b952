// The events of output items beyond text and function calls: a reasoning item (summary parts, each with its
// text deltas), a custom tool call (input deltas, no content parts) and a refusal message. Pure generators
// over the numbering and rendering helpers of the response they belong to.
import type { PlannedItem } from '../../domain/types.js';
import type { ItemStage } from '../../providers/types.js';
import type { StreamEvent } from './stream-event.js';

type Fields = Record<string, unknown>;

/** What an item's events need from the response stream they are part of. */
export interface ItemEmitter {
  /** The event of this type with the parts' fields, in order. */
  event(type: string, ...parts: Fields[]): StreamEvent;
  delta(type: string, ...parts: Fields[]): StreamEvent;
  /** `output_index` and `item_id`, in the provider's order, then the fields of `extra`. */
  locator(itemId: string, outputIndex: number, extra?: Fields): Fields;
  /** OpenAI's obfuscation padding for a delta, or nothing. */
  padding(delta: string): Fields;
  render(item: PlannedItem, stage: ItemStage): Fields;
  itemDone(item: PlannedItem, at: { outputIndex: number; rendered: Fields }): StreamEvent;
  /** Text cut into deltas as the options say. */
  pieces(text: string): Iterable<string>;
  /** A reasoning summary cut into deltas: one for a model that sends it whole (grok), unless a chunk size is set. */
  summaryPieces(text: string): Iterable<string>;
}

export function* reasoningEvents(item: Extract<PlannedItem, { type: 'reasoning' }>, at: { outputIndex: number; emit: ItemEmitter }): Generator<StreamEvent> {
  const { outputIndex, emit } = at;
  yield emit.event('response.output_item.added', { output_index: outputIndex, item: emit.render(item, 'added') });
  for (const [summaryIndex, text] of item.summary.entries()) {
    const where = emit.locator(item.id, outputIndex, { summary_index: summaryIndex });
    yield emit.event('response.reasoning_summary_part.added', where, { part: { type: 'summary_text', text: '' } });
    for (const delta of emit.summaryPieces(text)) {
      yield emit.delta('response.reasoning_summary_text.delta', where, { delta }, emit.padding(delta));
    }
    yield emit.event('response.reasoning_summary_text.done', where, { text });
    yield emit.event('response.reasoning_summary_part.done', where, { part: { type: 'summary_text', text } });
  }
  yield emit.itemDone(item, { outputIndex, rendered: emit.render(item, 'done') });
}

export function* customCallEvents(item: Extract<PlannedItem, { type: 'custom_tool_call' }>, at: { outputIndex: number; emit: ItemEmitter }): Generator<StreamEvent> {
  const { outputIndex, emit } = at;
  const where = emit.locator(item.id, outputIndex);
  yield emit.event('response.output_item.added', { output_index: outputIndex, item: emit.render(item, 'added') });
  for (const delta of emit.pieces(item.input)) {
    yield emit.delta('response.custom_tool_call_input.delta', where, { delta }, emit.padding(delta));
  }
  yield emit.event('response.custom_tool_call_input.done', where, { input: item.input });
  yield emit.itemDone(item, { outputIndex, rendered: emit.render(item, 'done') });
}

export function* refusalEvents(item: Extract<PlannedItem, { type: 'message' }>, at: { outputIndex: number; emit: ItemEmitter }): Generator<StreamEvent> {
  const { outputIndex, emit } = at;
  const where = emit.locator(item.id, outputIndex, { content_index: 0 });
  const part = { type: 'refusal', refusal: item.text };
  yield emit.event('response.output_item.added', { output_index: outputIndex, item: emit.render(item, 'added') });
  yield emit.event('response.content_part.added', where, { part: { type: 'refusal', refusal: '' } });
  for (const delta of emit.pieces(item.text)) {
    yield emit.delta('response.refusal.delta', where, { delta }, emit.padding(delta));
  }
  yield emit.event('response.refusal.done', where, { refusal: item.text });
  yield emit.event('response.content_part.done', where, { part });
  yield emit.itemDone(item, { outputIndex, rendered: emit.render(item, 'done') });
}

/** An item of a replayed recording that the mock never makes itself: added, then done, nothing between. */
export function* recordedItemEvents(item: Extract<PlannedItem, { type: 'recorded' }>, at: { outputIndex: number; emit: ItemEmitter }): Generator<StreamEvent> {
  const { outputIndex, emit } = at;
  yield emit.event('response.output_item.added', { output_index: outputIndex, item: emit.render(item, 'added') });
  yield emit.itemDone(item, { outputIndex, rendered: emit.render(item, 'done') });
}
