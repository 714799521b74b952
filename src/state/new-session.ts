// A new session and its stores (stored responses, conversations, journal), each bounded by its share of the
// state memory and reporting its bytes to the registry that holds the session.
import { defaultRedactor, type Redactor } from '../http/traffic/redact.js';
import { ConversationStore } from './conversations.js';
import { Journal } from './journal/journal.js';
import { ResponseStore } from './responses/response-store.js';
import type { LostState, Session } from './session.js';

export interface NewSession {
  id: string;
  /** Unix milliseconds. */
  now: number;
  /** What an earlier session of this id lost when it was dropped. */
  lost: LostState | undefined;
  limits: { store: number; journal: number; journalBody: number; stateMemory: number };
  redactor: Redactor | undefined;
  /** Bytes the session's stores gain (or give back, negative). */
  onBytes: (session: Session, delta: number) => void;
  /** The id of the next journal entry, numbered across sessions. */
  nextEntryId: () => number;
}

export function newSession(args: NewSession): Session {
  const { lost, limits } = args;
  const session: Session = {
    id: args.id,
    store: undefined as unknown as ResponseStore,
    conversations: undefined as unknown as ConversationStore,
    journal: undefined as unknown as Journal,
    // A dropped session's default scenario comes back, so that its requests reach the scenario and are
    // told that its progress was lost, instead of being answered by the rule-based engine.
    scenario: lost?.defaultScenario,
    ownScenario: undefined,
    progress: new Map(),
    lastUsed: args.now,
    lost,
    charge: (delta) => args.onBytes(session, delta),
  };
  const onBytes = session.charge;
  const share = Math.floor(limits.stateMemory / 8);
  session.store = new ResponseStore({ limits: { responses: limits.store, bytes: share }, onBytes });
  session.conversations = new ConversationStore({ limits: { conversations: limits.store, bytes: share }, onBytes });
  session.journal = new Journal({
    limits: { entries: limits.journal, bytes: share, bodyBytes: limits.journalBody },
    redactor: args.redactor ?? defaultRedactor,
    onBytes,
    nextId: args.nextEntryId,
  });
  return session;
}
