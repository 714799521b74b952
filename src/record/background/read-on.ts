// The read-on of a background run whose client left its create: the rest of the service's answer is read, unsent,
// so that it can be recorded. It is registered with the app's streams (a shutdown stops it), bounded in time (the
// service silent for `idleMs`, before its headers or after: READ_ON_IDLE_MS by default), and stopped early, with
// the reason kept for the log, once its answer can no longer be recorded. Stopping it stops the upstream request;
// the run is left to the service.
import type { StreamHandle, StreamRegistry } from '../../streaming/delivery/registry.js';

/** How long a read-on waits for the service to send anything (headers or bytes): as long as the OpenAI SDKs wait. */
export const READ_ON_IDLE_MS = 600_000;

export class ReadOn {
  readonly #handle: StreamHandle;
  readonly #stop: AbortController;
  readonly #timer: NodeJS.Timeout;
  #reason: string | undefined;
  #released = false;

  constructor(args: { streams: StreamRegistry; stop: AbortController; idleMs: number }) {
    this.#stop = args.stop;
    this.#handle = args.streams.register();
    this.#handle.signal.addEventListener('abort', () => args.stop.abort(), { once: true });
    this.#timer = setTimeout(() => this.end(`the service sent nothing for ${args.idleMs} ms after the client left`), args.idleMs);
    this.#timer.unref();
  }

  /** Why it was stopped before the answer ended; undefined when it was not, or when the server stopped it. */
  get reason(): string | undefined {
    return this.#reason;
  }

  /** The service sent something: its silence is counted from now. */
  heard(): void {
    if (!this.#released) this.#timer.refresh();
  }

  /** Stops reading (and the upstream request), for this reason. */
  end(reason: string): void {
    if (this.#stop.signal.aborted) return;
    this.#reason = reason;
    this.#stop.abort();
  }

  /** The read-on is over (idempotent). */
  release(): void {
    this.#released = true;
    clearTimeout(this.#timer);
    this.#handle.release();
  }
}
