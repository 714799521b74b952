// Which session to drop when the sessions outgrow --session-limit or --state-memory: the one whose loss
// breaks least (an idle one, one that came back empty after a drop, one without state), else the oldest.
import { holdsDependentState, type Session } from './session.js';

/** How far past the oldest sessions to look for one whose loss breaks nothing. */
const CANDIDATE_WINDOW = 64;

export interface VictimChoice {
  /** Least recently used first. */
  sessions: ReadonlyMap<string, Session>;
  /** Sessions that came back after a drop. */
  revenants: ReadonlySet<Session>;
  /** The session being used, never dropped. */
  current: Session;
  /** Unix milliseconds: a session last used at or before this is idle. */
  idleBefore: number;
}

/**
 * The oldest session if idle; else one whose loss breaks nothing: a session that came back after a drop
 * and has no state of its own yet (its requests are refused anyway), or one of the oldest few without
 * state; else the oldest. So a suite that outgrows a limit loses a few sessions, not one after another.
 */
export function chooseVictim(choice: VictimChoice): Session | undefined {
  const { sessions, revenants, current } = choice;
  let oldest: Session | undefined;
  for (const session of sessions.values()) {
    if (session === current) continue;
    if (session.lastUsed <= choice.idleBefore) return session;
    oldest = session;
    break;
  }
  for (const session of revenants) if (session !== current && !holdsDependentState(session)) return session;
  let seen = 0;
  for (const session of sessions.values()) {
    if (session === current) continue;
    if (!holdsDependentState(session)) return session;
    if ((seen += 1) >= CANDIDATE_WINDOW) break;
  }
  return oldest;
}
