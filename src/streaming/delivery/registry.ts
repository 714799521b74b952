// The open streams of one app: counts and the bytes they hold (GET /__mock/stats, tests, benchmarks), and
// abort-all for shutdown, so that `app.close()` ends streams that are still pacing instead of waiting for them.

/** Why the server (not the client) stopped a stream: its writer ends it with the events of a failed response. */
export class ServerStopping extends Error {}

export function stoppedByServer(signal: AbortSignal): boolean {
  return signal.reason instanceof ServerStopping;
}

export interface StreamHandle {
  /** Aborted when the client goes away or the server shuts down. */
  signal: AbortSignal;
  /** The client disconnected: stop at once. */
  abort(): void;
  /** The response is over (finished or torn down); idempotent. */
  release(): void;
}

export interface StreamStats {
  /** Streams in flight now. */
  open: number;
  /** Streams started since the app was built. */
  started: number;
  /** Streams that sent their last frame. */
  completed: number;
  /** Streams ended early: client gone, or shutdown. */
  aborted: number;
  /** Bytes the open streams hold in the server's memory now: generated, written and not yet taken by the peer. */
  bufferedBytes: number;
}

/** How many bytes one stream holds in the server's memory now (0 when it cannot tell). */
export type BufferedBytes = () => number;

export class StreamRegistry {
  readonly #open = new Map<AbortController, BufferedBytes>();
  #started = 0;
  #completed = 0;
  #aborted = 0;
  readonly #drained: Array<() => void> = [];
  #stopping = false;

  get open(): number {
    return this.#open.size;
  }

  /** True once abortAll was called: the server is stopping, and transports start no new stream. */
  get stopping(): boolean {
    return this.#stopping;
  }

  stats(): StreamStats {
    let bufferedBytes = 0;
    for (const buffered of this.#open.values()) bufferedBytes += buffered();
    return { open: this.#open.size, started: this.#started, completed: this.#completed, aborted: this.#aborted, bufferedBytes };
  }

  /** A stream written in one go (nothing paced, nothing cut): counted, with nothing to abort. */
  countWritten(): void {
    this.#started += 1;
    this.#completed += 1;
  }

  /** A stream that has to wait; `buffered` tells what it holds (for the counters). */
  register(buffered: BufferedBytes = () => 0): StreamHandle {
    const controller = new AbortController();
    this.#open.set(controller, buffered);
    this.#started += 1;
    return {
      signal: controller.signal,
      abort: () => controller.abort(new Error('client disconnected')),
      release: () => {
        if (!this.#open.delete(controller)) return;
        if (controller.signal.aborted) this.#aborted += 1;
        else this.#completed += 1;
        this.#settle();
      },
    };
  }

  /**
   * Aborts every open stream and resolves once each writer has torn its response down (a socket close is a
   * tick away), or after `graceMs` at most. Resolves with how many streams were open.
   */
  async abortAll(options: { reason?: string; graceMs?: number } = {}): Promise<number> {
    this.#stopping = true;
    const count = this.#open.size;
    const reason = new ServerStopping(options.reason ?? 'server shutting down');
    for (const controller of [...this.#open.keys()]) controller.abort(reason);
    if (this.#open.size > 0) {
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        this.#drained.push(resolve);
        timer = setTimeout(resolve, options.graceMs ?? 1000);
      });
      clearTimeout(timer);
    }
    return count;
  }

  #settle(): void {
    if (this.#open.size > 0) return;
    for (const resolve of this.#drained.splice(0)) resolve();
  }
}
