// The read-on of a background run whose client left its create: the rest of the service's answer is read, unsent,
// so that it can be recorded. It is registered with the app's streams (a shutdown stops it), and stopped early,
// with the reason kept for the log, once its answer can no longer be recorded. Stopping it stops the upstream
// request; the run is left to the service.
import type { StreamHandle, StreamRegistry } from '../streaming/delivery/registry.js';

export class ReadOn {
  readonly #handle: StreamHandle;
  readonly #stop: AbortController;
  #reason: string | undefined;

  constructor(args: { streams: StreamRegistry; stop: AbortController }) {
    this.#stop = args.stop;
    this.#handle = args.streams.register();
    this.#handle.signal.addEventListener('abort', () => args.stop.abort(), { once: true });
  }

  /** Why it was stopped before the answer ended; undefined when it was not, or when the server stopped it. */
  get reason(): string | undefined {
    return this.#reason;
  }

  /** Stops reading (and the upstream request), for this reason. */
  end(reason: string): void {
    if (this.#stop.signal.aborted) return;
    this.#reason = reason;
    this.#stop.abort();
  }

  /** The read-on is over (idempotent). */
  release(): void {
    this.#handle.release();
  }
}
