// The stream of a run not finished, as far as its answer holds it (a recording of a run never seen to its end, held
// `queued` or `in_progress`, or a recorded `cancelled` run): the events of the response, stopped before the first
// one the answer does not hold. A queued run holds `response.created` and `response.queued`; a run that got
// further holds `response.in_progress` and its output as written: finished items whole, and an item not finished
// (status `in_progress` or `incomplete`) up to its last delta, before the events that say it is done. No terminal
// event: the answer holds none. Ending there is the mock's choice (the service keeps a resumed stream of a run still
// going on open, but there is nothing more to play), not the service's.
import { isRecord } from '../../domain/is-record.js';
import type { EventSource } from './event-source.js';
import type { StreamEvent } from './stream-event.js';

/** The events a response announces its status with, before its output. */
const OPENING = new Set(['response.created', 'response.queued', 'response.in_progress']);

export class HeldEvents implements EventSource {
  /** Output indexes of the items the answer shows not finished. */
  readonly #unfinished = new Set<number>();

  /** `status`: the answer's status; `output`: the answer's output (its items' statuses say how far each got). */
  constructor(private readonly args: { source: EventSource; status: 'queued' | 'in_progress' | 'cancelled'; output: unknown }) {
    if (!Array.isArray(args.output)) return;
    for (const [index, item] of (args.output as unknown[]).entries()) {
      if (isRecord(item) && typeof item.status === 'string' && item.status !== 'completed') this.#unfinished.add(index);
    }
  }

  get produced(): number {
    return this.args.source.produced;
  }

  *[Symbol.iterator](): Iterator<StreamEvent> {
    for (const event of this.args.source) {
      if (!this.#holds(event)) return;
      yield event;
    }
  }

  interrupt(args: { sent: number; error: { code: string; message: string } }): StreamEvent[] {
    return this.args.source.interrupt(args);
  }

  #holds(event: StreamEvent): boolean {
    const { type, payload } = event;
    if (type === 'response.in_progress') return this.args.status !== 'queued';
    if (OPENING.has(type)) return true;
    // The terminal event (completed, incomplete, failed…): the answer is not one.
    if ('response' in payload) return false;
    const index = payload.output_index;
    if (typeof index !== 'number' || !this.#unfinished.has(index)) return true;
    // An item not finished: its deltas are held, not what says it is done (`….done`, a tool call's `….completed`).
    return !type.endsWith('.done') && !type.endsWith('.completed');
  }
}
