// A recorded stream played back as it came: every event's payload exactly as recorded (sequence numbers,
// chunking and obfuscation included), with its recorded wait if timing was kept; stopped early by the
// server, it ends with the events a live response would end with.
import { TERMINAL_EVENTS } from '../../domain/scenarios/replay-checks.js';
import type { RecordedStream } from '../../pipeline/replay.js';
import type { EventSource } from './event-source.js';
import type { StreamEvent } from './stream-event.js';

export class RecordedEvents implements EventSource {
  /** Index of the terminal event once it has been produced. */
  #terminalAt = -1;
  #produced = 0;

  /** `stopped` renders the events that end the response if the server stops it. */
  constructor(private readonly args: { recorded: RecordedStream; stopped: EventSource }) {}

  get produced(): number {
    return this.#produced;
  }

  *[Symbol.iterator](): Iterator<StreamEvent> {
    const { events, timing } = this.args.recorded;
    for (const [index, payload] of events.entries()) {
      if (TERMINAL_EVENTS.has(payload.type)) this.#terminalAt = index;
      const waitMs = timing?.[index];
      this.#produced = index + 1;
      yield { type: payload.type, payload, delta: payload.type.endsWith('.delta'), ...(waitMs !== undefined ? { waitMs } : {}) };
    }
  }

  /** Numbered on from the last recorded event sent. */
  interrupt(args: { sent: number; error: { code: string; message: string } }): StreamEvent[] {
    const { sent, error } = args;
    if (this.#terminalAt >= 0 && this.#terminalAt < sent) return [];
    const last = this.args.recorded.events[sent - 1]?.sequence_number;
    return this.args.stopped.interrupt({ sent: typeof last === 'number' ? last + 1 : sent, error });
  }
}
