// A stream resumed from a sequence number (`GET /responses/{id}?stream=true&starting_after=N`): the events of
// the whole response, numbered as they were, of which only those after N are played; optionally stopped early
// (a cancelled background run ends where it stopped, without a terminal event).
import type { EventSource } from './event-source.js';
import type { StreamEvent } from './stream-event.js';

export class ResumedEvents implements EventSource {
  /** `startingAfter`: -1 plays from the start; `stopAt`: the first sequence number not played. */
  constructor(private readonly args: { source: EventSource; startingAfter: number; stopAt?: number }) {}

  get produced(): number {
    return this.args.source.produced;
  }

  *[Symbol.iterator](): Iterator<StreamEvent> {
    const { source, startingAfter, stopAt } = this.args;
    for (const event of source) {
      const number = event.payload.sequence_number as number;
      if (stopAt !== undefined && number >= stopAt) return;
      if (number > startingAfter) yield event;
    }
  }

  /** Numbered on from the last event played: the skipped ones were sent before, on an earlier stream. */
  interrupt(args: { sent: number; error: { code: string; message: string } }): StreamEvent[] {
    return this.args.source.interrupt({ sent: this.args.startingAfter + 1 + args.sent, error: args.error });
  }
}
