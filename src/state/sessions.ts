// Per-test isolation: each `x-mock-session` id gets its own state (stored responses, scenario progress,
// journal, default scenario); requests without the header share the default session. Sessions are created
// on first use and bounded in number (least recently used dropped).
import { Journal } from './journal.js';
import { ResponseStore } from './response-store.js';

export const DEFAULT_SESSION = 'default';

/** How far a session has got in one scenario. */
export interface ScenarioProgress {
  /** The registry version the counters belong to: a replaced scenario starts over. */
  version: number;
  /** Requests this session sent while the scenario was selected. */
  turn: number;
  /** How often each rule has answered. */
  uses: number[];
}

export interface Session {
  id: string;
  store: ResponseStore;
  journal: Journal;
  /** The scenario used when a request names none (set by the admin or programmatic API). */
  scenario: string | undefined;
  progress: Map<string, ScenarioProgress>;
}

export interface SessionOptions {
  /** Stored responses kept per session. */
  storeLimit: number;
  /** Sessions kept at once. */
  sessionLimit: number;
  /** Journal entries kept per session (default 500). */
  journalLimit?: number;
}

export class SessionRegistry {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly options: SessionOptions) {}

  private newest: Session | undefined;

  get(id: string = DEFAULT_SESSION): Session {
    if (this.newest?.id === id) return this.newest;
    let session = this.sessions.get(id);
    if (session) {
      // Refresh recency: Map iteration order is insertion order.
      this.sessions.delete(id);
      this.sessions.set(id, session);
      this.newest = session;
      return session;
    }
    session = {
      id,
      store: new ResponseStore(this.options.storeLimit),
      journal: new Journal(this.options.journalLimit ?? 500),
      scenario: undefined,
      progress: new Map(),
    };
    this.sessions.set(id, session);
    this.newest = session;
    while (this.sessions.size > this.options.sessionLimit) {
      const oldest = this.sessions.keys().next().value as string;
      this.sessions.delete(oldest);
    }
    return session;
  }

  /** The session if it exists, without creating it. */
  peek(id: string): Session | undefined {
    return this.sessions.get(id);
  }

  ids(): string[] {
    return [...this.sessions.keys()];
  }

  /** Forgets a session's state entirely (or every session's). */
  reset(id?: string): void {
    if (id === undefined) this.sessions.clear();
    else this.sessions.delete(id);
    this.newest = undefined;
  }
}

/** The progress of a session in a scenario, restarted when the scenario's version changed. */
export function progressOf(session: Session, scenario: { name: string; version: number; ruleCount: number }): ScenarioProgress {
  let progress = session.progress.get(scenario.name);
  if (!progress || progress.version !== scenario.version) {
    progress = { version: scenario.version, turn: 0, uses: new Array<number>(scenario.ruleCount).fill(0) };
    session.progress.set(scenario.name, progress);
  }
  return progress;
}
