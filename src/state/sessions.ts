// Per-test isolation: each `x-mock-session` id gets its own state (stored responses, scenario progress,
// journal, default scenario); requests without the header share the default session. Sessions are bounded
// in number and, with their journals and stores, in bytes: idle sessions go first, and a dropped session
// that held state leaves a small note, so that a request that needed that state gets a clear error.
import { systemClock } from '../deps.js';
import type { Redactor } from '../http/traffic/redact.js';
import type { RegisteredScenario } from '../scenarios/registry.js';
import { LostNotes, type LostNoteLimits } from './lost-notes.js';
import { newSession } from './new-session.js';
import { chooseVictim } from './session-victim.js';
import { lostState, progressHeld, startScenario, type LostState, type Session } from './session.js';

export { progressOf, pruneProgress, sessionScenario, type LostState, type ScenarioProgress, type Session } from './session.js';

export const DEFAULT_SESSION = 'default';

export interface Eviction {
  session: string;
  limit: LostState['limit'];
  /** Milliseconds since the session was last used. */
  idleMs: number;
  /** Whether it had been idle for --session-idle-ms (else it was in use: a limit is too low). */
  idle: boolean;
  lost: LostState | undefined;
}

export interface SessionOptions {
  /** Stored responses kept per session. */
  storeLimit: number;
  /** Sessions kept at once. */
  sessionLimit: number;
  /** Journal entries kept per session (default 500). */
  journalLimit?: number;
  /** Bytes of each journaled body kept (default 1 MiB). */
  journalBodyLimit?: number;
  /** Bytes of state over all sessions (default 256 MiB); a session's journal and store get an eighth each. */
  stateMemory?: number;
  /** Sessions unused this long are dropped first (default 60 s). */
  idleMs?: number;
  redactor?: Redactor;
  /** Unix milliseconds (default: the system clock). */
  now?: () => number;
  /** Notes of dropped sessions kept (default: 10,000 and 16 MiB). */
  lostNoteLimits?: LostNoteLimits;
  /** Called with a session's own scenario definition when the session no longer needs it (ended, dropped, replaced). */
  releaseScenario?: (own: RegisteredScenario) => void;
}

/** What a session costs beyond its journal, stores and scenario progress: its objects and maps (3.9 KiB measured on Node 20). */
const SESSION_OVERHEAD = 4096;

export class SessionRegistry {
  /** Least recently used first. */
  private readonly sessions = new Map<string, Session>();
  private readonly lostNotes: LostNotes;
  /** Sessions that came back after a drop: until they gain state of their own, dropping them again loses nothing. */
  private readonly revenants = new Set<Session>();
  private readonly listeners: Array<(eviction: Eviction) => void> = [];
  private readonly stateMemory: number;
  private readonly now: () => number;
  private held = 0;
  private evictions = 0;
  private newest: Session | undefined;
  /** The id of the newest journal entry of any session: entries are numbered across sessions. */
  private lastEntryId = 0;
  private cleared = 0;
  private readonly nextEntryId = (): number => (this.lastEntryId += 1);

  constructor(private readonly options: SessionOptions) {
    this.stateMemory = options.stateMemory ?? 256 * 1024 * 1024;
    this.lostNotes = new LostNotes(options.lostNoteLimits);
    this.now = options.now ?? (() => systemClock.nowMillis());
  }

  /** Bytes held by all sessions, as counted against --state-memory. */
  get bytes(): number {
    return this.held;
  }

  get size(): number {
    return this.sessions.size;
  }

  /** The registry's own counters (GET /__mock/stats). */
  stats(): { sessions: number; sessionLimit: number; stateBytes: number; stateMemory: number; evictions: number; lostNotes: number; lostNoteBytes: number } {
    return {
      sessions: this.sessions.size,
      sessionLimit: this.options.sessionLimit,
      stateBytes: this.held,
      stateMemory: this.stateMemory,
      evictions: this.evictions,
      lostNotes: this.lostNotes.size,
      lostNoteBytes: this.lostNotes.bytes,
    };
  }

  /** Called for every dropped session (the app logs them). */
  onEvict(listener: (eviction: Eviction) => void): void {
    this.listeners.push(listener);
  }

  get(id: string = DEFAULT_SESSION): Session {
    const now = this.now();
    if (this.newest?.id === id) {
      this.newest.lastUsed = now;
      return this.newest;
    }
    let session = this.sessions.get(id);
    if (session) {
      // Refresh recency: Map iteration order is insertion order.
      this.sessions.delete(id);
      this.sessions.set(id, session);
      session.lastUsed = now;
      this.newest = session;
      return session;
    }
    session = this.create(id, now);
    this.sessions.set(id, session);
    this.newest = session;
    this.charge(session, SESSION_OVERHEAD);
    return session;
  }

  /** The session if it exists, without creating it or refreshing it. */
  peek(id: string): Session | undefined {
    return this.sessions.get(id);
  }

  /** What an earlier session of this id lost, if it was dropped holding state and has not come back. */
  lostNote(id: string): LostState | undefined {
    return this.lostNotes.get(id);
  }

  ids(): string[] {
    return [...this.sessions.keys()];
  }

  /** The sessions held, least recently used first. */
  all(): IterableIterator<Session> {
    return this.sessions.values();
  }

  /** The id of the newest journal entry of any session (entries are numbered across sessions): see journal-feed.ts. */
  get newestEntryId(): number {
    return this.lastEntryId;
  }

  /** How many journals holding entries were emptied at once (a reset, a dropped session): see journal-feed.ts. */
  get journalsCleared(): number {
    return this.cleared;
  }

  /** Forgets a session's state entirely (or every session's), and any note of an earlier drop. */
  reset(id?: string): void {
    const targets = id === undefined ? [...this.sessions.values()] : [this.sessions.get(id)].filter((s) => s !== undefined);
    for (const session of targets) this.forget(session);
    if (id === undefined) this.lostNotes.clear();
    else this.lostNotes.delete(id);
    this.newest = undefined;
  }

  /**
   * Makes `name` the session's default scenario from its first turn; with `own`, that definition (charged to the
   * session's state) rather than whatever is registered under the name when a request comes. The definition
   * it had before is released.
   */
  startScenario(id: string, name: string | undefined, options: { own?: RegisteredScenario } = {}): void {
    const session = this.get(id);
    const own = name !== undefined && options.own?.name === name ? options.own : undefined;
    if (session.ownScenario !== own) {
      this.releaseOwn(session);
      session.ownScenario = own;
      if (own) this.charge(session, own.bytes);
    }
    startScenario(session, name);
  }

  private releaseOwn(session: Session): void {
    const own = session.ownScenario;
    if (!own) return;
    session.ownScenario = undefined;
    this.charge(session, -own.bytes);
    this.options.releaseScenario?.(own);
  }

  private create(id: string, now: number): Session {
    const lost = this.lostNotes.get(id);
    this.lostNotes.delete(id);
    const { options } = this;
    const session = newSession({
      id,
      now,
      lost,
      limits: { store: options.storeLimit, journal: options.journalLimit ?? 500, journalBody: options.journalBodyLimit ?? 1024 * 1024, stateMemory: this.stateMemory },
      redactor: options.redactor,
      onBytes: (session, delta) => this.charge(session, delta),
      nextEntryId: this.nextEntryId,
    });
    if (lost) this.revenants.add(session);
    return session;
  }

  private charge(session: Session, delta: number): void {
    if (this.sessions.get(session.id) !== session) return;
    this.held += delta;
    if (delta > 0) this.enforce(session);
  }

  /** Drops sessions until both limits hold, never the one being used (its own journal and store are capped). */
  private enforce(current: Session): void {
    while (this.sessions.size > this.options.sessionLimit || this.held > this.stateMemory) {
      const idleBefore = this.now() - (this.options.idleMs ?? 60_000);
      const victim = chooseVictim({ sessions: this.sessions, revenants: this.revenants, current, idleBefore });
      if (!victim) return;
      this.evict(victim, this.sessions.size > this.options.sessionLimit ? 'session-limit' : 'state-memory');
    }
  }

  private evict(session: Session, limit: LostState['limit']): void {
    const now = this.now();
    const lost = lostState(session, { at: now, limit });
    if (lost) this.lostNotes.set(session.id, lost);
    const idleMs = now - session.lastUsed;
    this.evictions += 1;
    this.forget(session);
    for (const listener of this.listeners) listener({ session: session.id, limit, idleMs, idle: idleMs >= (this.options.idleMs ?? 60_000), lost });
  }

  private forget(session: Session): void {
    if (session.journal.size > 0) this.cleared += 1;
    session.journal.clear();
    session.store.clear();
    session.conversations.clear();
    this.charge(session, -progressHeld(session));
    this.releaseOwn(session);
    this.held -= SESSION_OVERHEAD;
    this.sessions.delete(session.id);
    this.revenants.delete(session);
    if (this.newest === session) this.newest = undefined;
  }
}
