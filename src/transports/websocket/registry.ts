// The open Responses sockets of one app: counted (for tests, benchmarks and leak checks), and shut down
// together when the app closes: in-flight responses end as the SSE transport ends them, then each socket
// closes with 1001 (going away); a peer that does not complete the close handshake in time is cut off.

import { HistoryBudget } from './history-budget.js';
import { ALL_HISTORY_BYTES } from './limits.js';

export interface SocketStats {
  /** Sockets open now. */
  open: number;
  /** Sockets accepted since the app was built. */
  opened: number;
  /** Sockets closed since, by either side. */
  closed: number;
}

/** What the registry needs of a connection. */
export interface ClosableConnection {
  /** Stops taking messages and closes the socket with 1001; resolves once it is closed (or cut off after `graceMs`). */
  shutdown(graceMs: number): Promise<void>;
}

export class SocketRegistry {
  readonly #open = new Set<ClosableConnection>();
  /** What the sockets' histories hold together. */
  readonly history = new HistoryBudget(ALL_HISTORY_BYTES);
  #opened = 0;
  #closed = 0;

  stats(): SocketStats {
    return { open: this.#open.size, opened: this.#opened, closed: this.#closed };
  }

  add(connection: ClosableConnection): void {
    this.#open.add(connection);
    this.#opened += 1;
  }

  /** The socket closed; idempotent. */
  remove(connection: ClosableConnection): void {
    if (this.#open.delete(connection)) this.#closed += 1;
  }

  async shutdownAll(options: { graceMs?: number } = {}): Promise<void> {
    await Promise.all([...this.#open].map((connection) => connection.shutdown(options.graceMs ?? 250)));
  }
}
