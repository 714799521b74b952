// A stored response while its stream is being written, on any transport: how far the stream has got (a GET shows
// the response as it stands; a replay by id follows the stream instead of running ahead of it), and the switch
// that cancels a background run mid-stream. Constant in size: a position, not a copy of the events. Once the
// terminal event is handed to the transport the response is finished, even while a slow client still reads it.
import { TERMINAL_EVENTS } from '../../domain/scenarios/replay-checks.js';

export type LiveStatus = 'queued' | 'in_progress';

export class LiveRun {
  /** The sequence number of the last event written; -1 before the first. */
  #sent = -1;
  #status: LiveStatus;
  /** The stream is over (played out, or stopped: client gone, failure, shutdown). */
  #over = false;
  /** Its terminal event has been handed to the transport: what the client gets ends there, whatever cancel says. */
  #finished = false;
  /** Once cancelled: the first sequence number not played. */
  #stopAt: number | undefined;
  /** Made when first asked for (a stream that waits, or a test): most streams play out without one. */
  #halt: AbortController | undefined;
  /** Replays waiting for the stream to get further (each is woken to look again). */
  readonly #waiting = new Set<() => void>();

  constructor(args: { queued: boolean }) {
    this.#status = args.queued ? 'queued' : 'in_progress';
  }

  /** Aborted when the run is cancelled: its stream ends after the events already sent. */
  get halt(): AbortSignal {
    if (this.#halt === undefined) {
      this.#halt = new AbortController();
      if (this.#stopAt !== undefined) this.#halt.abort();
    }
    return this.#halt.signal;
  }

  /** Cancelled: what `halt` says, without making a signal. */
  get halted(): boolean {
    return this.#stopAt !== undefined;
  }

  /** Still being written: not over, its terminal event not sent, not cancelled. */
  get streaming(): boolean {
    return !this.#over && !this.#finished && this.#stopAt === undefined;
  }

  /** Its terminal event has been sent (the transport may still be writing it to a client that reads slowly). */
  get finished(): boolean {
    return this.#finished;
  }

  /** The sequence number of the last event written (-1: none yet). */
  get sentThrough(): number {
    return this.#sent;
  }

  /** `queued` until a background run's stream has sent `response.in_progress`. */
  get status(): LiveStatus {
    return this.#status;
  }

  sent(event: { type: string; payload: Record<string, unknown> }): void {
    this.#sent = event.payload.sequence_number as number;
    if (event.type === 'response.in_progress') this.#status = 'in_progress';
    else if (TERMINAL_EVENTS.has(event.type)) this.#finished = true;
    this.#wake();
  }

  ended(): void {
    this.#over = true;
    this.#wake();
  }

  /** Stops the stream after the events written (idempotent); the first sequence number not played. */
  cancel(): number {
    if (this.#stopAt === undefined) {
      this.#stopAt = this.#sent + 1;
      this.#halt?.abort();
      this.#wake();
    }
    return this.#stopAt;
  }

  /** For a replay that follows the stream: may the event numbered `sequenceNumber` be played yet? */
  reached(sequenceNumber: number, signal: AbortSignal): 'go' | 'stop' | Promise<'go' | 'stop' | 'gone'> {
    const now = this.#answer(sequenceNumber);
    if (now !== undefined) return now;
    return new Promise((resolve) => {
      const settle = (answer: 'go' | 'stop' | 'gone'): void => {
        this.#waiting.delete(look);
        signal.removeEventListener('abort', gone);
        resolve(answer);
      };
      const look = (): void => {
        const answer = this.#answer(sequenceNumber);
        if (answer !== undefined) settle(answer);
      };
      const gone = (): void => settle('gone');
      if (signal.aborted) return gone();
      this.#waiting.add(look);
      signal.addEventListener('abort', gone, { once: true });
    });
  }

  #answer(sequenceNumber: number): 'go' | 'stop' | undefined {
    if (this.#stopAt !== undefined && sequenceNumber >= this.#stopAt) return 'stop';
    return sequenceNumber <= this.#sent || this.#over ? 'go' : undefined;
  }

  #wake(): void {
    if (this.#waiting.size === 0) return;
    for (const look of [...this.#waiting]) look();
  }
}
