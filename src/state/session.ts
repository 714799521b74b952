// A session's state and what follows from it: scenario progress, whether its loss would change a later
// answer, and the note kept when it is dropped.
import type { RegisteredScenario } from '../scenarios/registry.js';
import type { ConversationStore } from './conversations.js';
import type { Journal } from './journal/journal.js';
import type { ResponseStore } from './responses/response-store.js';

/** How far a session has got in one scenario. */
export interface ScenarioProgress {
  /** The registry version the counters belong to: a replaced scenario starts over. */
  version: number;
  /** Requests this session sent while the scenario was selected. */
  turn: number;
  /** How often each rule has answered. */
  uses: number[];
}

/** What a dropped session held that later requests may depend on. */
export interface LostState {
  /** Unix milliseconds. */
  at: number;
  /** The setting whose limit was reached. */
  limit: 'session-limit' | 'state-memory';
  /** Scenarios the session had started (their rule counters are gone). */
  scenarios: string[];
  /** The session's default scenario (restored when the session comes back; its progress is not). */
  defaultScenario: string | undefined;
  /** Set when that default was a definition given for the session: it went with the session. */
  ownDefinition?: true;
  /** Stored responses that were dropped. */
  storedResponses: number;
  /** Conversations that were dropped. */
  conversations: number;
  /** Journal entries that were dropped. */
  journalEntries: number;
}

export interface Session {
  id: string;
  store: ResponseStore;
  /** OpenAI's conversations (the Conversations API, and `conversation` on create). */
  conversations: ConversationStore;
  journal: Journal;
  /** The scenario used when a request names none (set by the admin or programmatic API). */
  scenario: string | undefined;
  /**
   * The definition `useScenario` gave the session under that name: it answers the session's requests that use
   * the name even after another test registers a different scenario under it (tests run in parallel).
   */
  ownScenario: RegisteredScenario | undefined;
  progress: Map<string, ScenarioProgress>;
  /** Unix milliseconds of the last request or admin call that used it. */
  lastUsed: number;
  /** Set when an earlier session of this id was dropped holding state. */
  lost: LostState | undefined;
  /** Counts bytes the session gains (or gives back) against its registry's --state-memory. */
  charge: (delta: number) => void;
}

/** The bytes of all the session's scenario progress. */
export function progressHeld(session: Session): number {
  let bytes = 0;
  for (const [name, progress] of session.progress) bytes += progressBytes(name, progress);
  return bytes;
}

/**
 * What one scenario's progress costs on the heap, at most: its object and counter array (80 bytes, and 16 for the
 * array's store once it has a rule), its map entry (up to 56 bytes just after the map doubles), its name when only
 * the progress keeps it (16 bytes and a byte or two a character), and 8 bytes a rule. Measured on Node 20: 206
 * bytes for a 5-character name and 3 rules, 8,200 entries in one session; charged 226.
 */
export function progressBytes(name: string, progress: ScenarioProgress): number {
  return 192 + 2 * name.length + 8 * progress.uses.length;
}

/**
 * State whose loss would change a later answer: scenario progress, a default scenario, a definition given for
 * the session, stored responses and conversations (a default scenario brought back from a drop is already
 * remembered in the note; a definition given again under its name is not).
 */
export function holdsDependentState(session: Session): boolean {
  const ownDefault = session.scenario !== undefined && session.scenario !== session.lost?.defaultScenario;
  return ownDefault || session.ownScenario !== undefined || session.store.size > 0 || session.conversations.size > 0 || [...session.progress.values()].some((p) => p.turn > 0);
}

/**
 * The scenarios with progress a note keeps, newest last: a session id dropped again and again with new scenarios
 * each time would otherwise grow its note without bound (past this, the oldest are forgotten).
 */
const LOST_SCENARIOS = 256;

export function lostState(session: Session, at: { at: number; limit: LostState['limit'] }): LostState | undefined {
  const scenarios = [...session.progress].filter(([, progress]) => progress.turn > 0).map(([name]) => name);
  const earlier = session.lost;
  if (!holdsDependentState(session) && !earlier) return undefined;
  const ownDefinition = session.ownScenario !== undefined || (earlier?.ownDefinition && session.scenario === earlier.defaultScenario);
  return {
    ...at,
    scenarios: [...new Set([...(earlier?.scenarios ?? []), ...scenarios])].slice(-LOST_SCENARIOS),
    defaultScenario: session.scenario,
    ...(ownDefinition ? { ownDefinition: true as const } : {}),
    storedResponses: session.store.size + (earlier?.storedResponses ?? 0),
    conversations: session.conversations.size + (earlier?.conversations ?? 0),
    journalEntries: session.journal.size + (earlier?.journalEntries ?? 0),
  };
}

/** The scenario registered as `name`, or the session's own definition of that name. */
export function sessionScenario(session: Session, name: string, registered: (name: string) => RegisteredScenario | undefined): RegisteredScenario | undefined {
  return session.ownScenario?.name === name ? session.ownScenario : registered(name);
}

/**
 * The progress of a session in a scenario, restarted when the scenario's version changed; charged to the
 * session, so that one session cycling through many scenarios is bounded by --state-memory.
 */
export function progressOf(session: Session, scenario: { name: string; version: number; ruleCount: number }): ScenarioProgress {
  const earlier = session.progress.get(scenario.name);
  if (earlier && earlier.version === scenario.version) return earlier;
  const progress = { version: scenario.version, turn: 0, uses: new Array<number>(scenario.ruleCount).fill(0) };
  session.progress.set(scenario.name, progress);
  session.charge(progressBytes(scenario.name, progress) - (earlier ? progressBytes(scenario.name, earlier) : 0));
  return progress;
}

/** Progress entries a session holds before the stale ones are looked for (then each time the count doubles). */
const PRUNE_FROM = 64;

/**
 * Forgets progress in scenarios no longer loaded as they were when it began (deleted, replaced, or a session's
 * own definition released): it would start over anyway. Call it before adding progress: it looks when the count
 * is a power of two from 64, so that a session naming ever new scenarios holds about twice as many as are
 * loaded, for constant work per added scenario on average. Progress that is no registered scenario's (a
 * recording's turn count) is kept.
 */
export function pruneProgress(session: Session, versionOf: (name: string) => number | undefined): void {
  const size = session.progress.size;
  if (size < PRUNE_FROM || (size & (size - 1)) !== 0) return;
  for (const [name, progress] of session.progress) {
    if (progress.version < 1 || versionOf(name) === progress.version) continue;
    session.charge(-progressBytes(name, progress));
    session.progress.delete(name);
  }
}

/**
 * Makes `name` the session's default scenario from its first turn (a dropped earlier run of it is forgotten).
 * Its own definition, if any, is set by SessionRegistry.startScenario, which charges it to the session.
 */
export function startScenario(session: Session, name: string | undefined): void {
  session.scenario = name;
  if (name === undefined) return;
  const progress = session.progress.get(name);
  if (progress) session.charge(-progressBytes(name, progress));
  session.progress.delete(name);
  if (session.lost) {
    // A default given since is the one to use: the note no longer speaks of it.
    const { ownDefinition: _given, ...lost } = session.lost;
    session.lost = { ...lost, scenarios: lost.scenarios.filter((scenario) => scenario !== name) };
  }
}
