// The request bodies the server holds at once, over every connection and both transports: an HTTP body from its
// first byte until its answer is finished (or the client is gone), a WebSocket create while it is queued or runs,
// and a socket's steering input from when it is accepted until it is committed, fails or the socket closes.
// A body that would take the bytes held past the budget is refused (503 server_overloaded); one alone is always
// taken, whatever its size (the body limit bounds it), so an idle server takes any body it accepts at all.
import type { MockError } from '../domain/types.js';

/** The bytes one body holds against the budget. */
export interface BodyHold {
  readonly bytes: number;
  /** Holds `bytes` more (a body that arrives in chunks); false, adding nothing, when they do not fit beside the others. */
  grow(bytes: number): boolean;
  /** Gives back everything it holds; idempotent. */
  release(): void;
}

export interface BodyBudgetStats {
  /** Bodies held now, and their bytes. */
  held: number;
  heldBytes: number;
  /** The budget (--body-memory). */
  limit: number;
  /** Bodies refused since the app was built. */
  refused: number;
}

/** What a client is told when its body does not fit: retry after a moment, as SDKs do a 503 on their own. */
export const RETRY_AFTER_SECONDS = 1;

export class BodyBudget {
  #bytes = 0;
  #held = 0;
  #refused = 0;

  constructor(readonly limit: number) {}

  get heldBytes(): number {
    return this.#bytes;
  }

  stats(): BodyBudgetStats {
    return { held: this.#held, heldBytes: this.#bytes, limit: this.limit, refused: this.#refused };
  }

  /**
   * A new hold of `bytes`, or undefined (counted as refused) when they do not fit beside what others hold;
   * `always` takes them regardless (a steered response's successor, which nobody can be told to send again; a
   * chunked body's start, which holds nothing yet); `own`: bytes the taker holds already under other holds (a
   * socket's steering input beside its creates), which it fits beside as a body alone does.
   */
  take(bytes: number, options: { always?: boolean; own?: number } = {}): BodyHold | undefined {
    if (options.always !== true && !this.#fits(bytes, options.own ?? 0)) return void (this.#refused += 1);
    let own = bytes;
    let released = false;
    this.#bytes += bytes;
    this.#held += 1;
    return {
      get bytes() {
        return own;
      },
      grow: (more) => {
        if (released) return true;
        if (!this.#fits(more, own)) {
          this.#refused += 1;
          return false;
        }
        own += more;
        this.#bytes += more;
        return true;
      },
      release: () => {
        if (released) return;
        released = true;
        this.#bytes -= own;
        this.#held -= 1;
      },
    };
  }

  /** Whether `more` bytes fit, for a holder that holds `own` already: within the budget, or alone. */
  #fits(more: number, own: number): boolean {
    return this.#bytes + more <= this.limit || this.#bytes === own;
  }
}

const mib = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;

/**
 * The refusal of a body that does not fit: 503, with a retry-after. `bytes` is the whole body as far as it is known;
 * `own` what it holds already (a chunked body refused midway), which is not counted among what the others hold.
 */
export function overloaded(budget: BodyBudget, bytes: number, options: { own?: number } = {}): MockError {
  return {
    code: 'server_overloaded',
    message: `The server is holding ${mib(budget.heldBytes - (options.own ?? 0))} of request bodies, and this one's ${mib(bytes)} would pass its limit of ${mib(budget.limit)} (--body-memory): retry in a moment.`,
    param: null,
    headers: { 'retry-after': String(RETRY_AFTER_SECONDS) },
  };
}
