// Per-test isolation: each `x-mock-session` id gets its own state; requests without the header share the
// default session. Sessions are created on first use and bounded in number (least recently used evicted).
import { ResponseStore } from './response-store.js';

export const DEFAULT_SESSION = 'default';

export interface Session {
  id: string;
  store: ResponseStore;
}

export interface SessionOptions {
  /** Stored responses kept per session. */
  storeLimit: number;
  /** Sessions kept at once. */
  sessionLimit: number;
}

export class SessionRegistry {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly options: SessionOptions) {}

  get(id: string = DEFAULT_SESSION): Session {
    let session = this.sessions.get(id);
    if (session) {
      // Refresh recency: Map iteration order is insertion order.
      this.sessions.delete(id);
      this.sessions.set(id, session);
      return session;
    }
    session = { id, store: new ResponseStore(this.options.storeLimit) };
    this.sessions.set(id, session);
    while (this.sessions.size > this.options.sessionLimit) {
      const oldest = this.sessions.keys().next().value as string;
      this.sessions.delete(oldest);
    }
    return session;
  }

  /** Forgets a session's state (or every session's). */
  reset(id?: string): void {
    if (id === undefined) this.sessions.clear();
    else this.sessions.delete(id);
  }
}
