// The events of server items (hosted tool calls, tool search, compaction, OpenRouter server tools): added,
// the item's progress events (`response.web_search_call.searching`, code deltas…) with `output_index` first
// as both services send them (apply_patch's diff events name the item first, a shell call's command events only
// its index and the command's), then done. And where a
// message's citations are announced among its deltas.
import { citationEnd, type Citation, type ServerItem } from '../../domain/hosted/types.js';
import type { ItemEmitter } from './events-agent.js';
import type { StreamEvent } from './stream-event.js';

export function* serverItemEvents(item: ServerItem, at: { outputIndex: number; emit: ItemEmitter }): Generator<StreamEvent> {
  const { outputIndex, emit } = at;
  yield emit.event('response.output_item.added', { output_index: outputIndex, item: emit.render(item, 'added') });
  for (const step of item.progress) {
    const where = step.command !== undefined ? { output_index: outputIndex, command_index: step.command }
      : step.locator === 'item-id-first' ? { item_id: item.id, output_index: outputIndex } : { output_index: outputIndex, item_id: item.id };
    if (step.deltas === undefined) {
      yield emit.event(step.type, where, step.fields ?? {});
      continue;
    }
    for (const delta of emit.pieces(step.deltas)) yield emit.delta(step.type, where, { delta }, emit.padding(delta));
  }
  yield emit.itemDone(item, { outputIndex, rendered: emit.render(item, 'done') });
}

/**
 * Which citations are announced after a delta: OpenAI announces each right after the delta that completes the
 * cited text ('inline'), but a container file's link once the text is complete (as captured); OpenRouter
 * announces them all after the last delta ('after-text'). Positions count code points, as the indices do.
 */
export class CitationSchedule {
  #next = 0;
  #position = 0;

  constructor(private readonly citations: Citation[], private readonly timing: 'inline' | 'after-text') {}

  /** Indices of the citations due once `delta` has been sent. */
  afterDelta(delta: string): number[] {
    if (this.timing !== 'inline') return [];
    for (const _ of delta) this.#position += 1;
    const due: number[] = [];
    while (this.#next < this.citations.length && inlineCitation(this.citations[this.#next]!) && citationEnd(this.citations[this.#next]!) <= this.#position) due.push(this.#next++);
    return due;
  }

  /** The citations not announced yet, once the text is complete. */
  rest(): number[] {
    const due: number[] = [];
    while (this.#next < this.citations.length) due.push(this.#next++);
    return due;
  }
}

function inlineCitation(citation: Citation): boolean {
  return citation.type !== 'container_file_citation';
}
