// Clear errors for requests whose state was dropped to keep within the limits: scenario progress of a dropped
// session, a stored response gone from its session's store, or a conversation of a dropped session. Each names the session and the setting to raise.
import type { MockError } from '../domain/types.js';
import type { LostState, Session } from './session.js';

const FLAGS: Record<LostState['limit'] | 'responses' | 'bytes', string> = {
  'session-limit': '--session-limit',
  'state-memory': '--state-memory',
  responses: '--store-limit',
  bytes: '--state-memory',
};

function droppedAt(session: Session, lost: LostState): string {
  return `Session '${session.id}' was dropped at ${new Date(lost.at).toISOString()} to stay within ${FLAGS[lost.limit]}`;
}

const ADVICE = 'Raise that setting, or reset sessions when tests finish (POST /__mock/reset?session=<id>).';

/**
 * The error for a request that continues a scenario whose progress was dropped with its session; undefined
 * when nothing was lost (or the scenario has started over in this session since).
 */
export function lostScenarioError(session: Session, scenario: string): MockError | undefined {
  const lost = session.lost;
  if (!lost || !lost.scenarios.includes(scenario) || session.progress.has(scenario)) return undefined;
  return {
    code: 'state_evicted',
    message: `${droppedAt(session, lost)}, and with it its progress in scenario '${scenario}': this request would otherwise be answered as the scenario's first turn. ${ADVICE}`,
    param: 'x-mock-session',
  };
}

/**
 * The error for a request of a session that came back after a drop, whose default scenario is gone: a
 * definition given for the session (useScenario, PUT /__mock/sessions/:id/scenario) goes with it, even when
 * another scenario is loaded under its name (that one was never this session's). `loaded`: whether one is.
 */
export function lostDefinitionError(session: Session, scenario: string, args: { loaded: boolean }): MockError | undefined {
  const lost = session.lost;
  if (!lost || lost.defaultScenario !== scenario || session.scenario !== scenario) return undefined;
  if (args.loaded && !(lost.ownDefinition && session.ownScenario === undefined)) return undefined;
  const what = args.loaded ? 'was the definition given for it, not the one now loaded under that name' : 'is no longer loaded';
  return {
    code: 'state_evicted',
    message: `${droppedAt(session, lost)}; its default scenario '${scenario}' ${what} (a definition given for a session goes with it): give it again (useScenario, PUT /__mock/sessions/:id/scenario). ${ADVICE}`,
    param: 'x-mock-session',
  };
}

/** The `previous_response_id` of a request body, whatever the body is (`null` included). */
export function previousResponseIdOf(body: unknown): unknown {
  return typeof body === 'object' && body !== null ? (body as { previous_response_id?: unknown }).previous_response_id : undefined;
}

/**
 * A "not found" for a stored response or item, explained when the limits are why it is missing; other
 * errors pass through unchanged.
 */
export function explainMissingState(session: Session, error: MockError, reference: { responseId?: unknown }): MockError {
  if (error.code === 'conversation_not_found') {
    const lost = session.lost;
    return lost && lost.conversations > 0 ? { ...error, message: `${error.message} ${droppedAt(session, lost)}, with its ${lost.conversations} conversation(s). ${ADVICE}` } : error;
  }
  if (error.code !== 'previous_response_not_found' && error.code !== 'item_reference_not_found' && error.code !== 'response_not_found') return error;
  const id = typeof reference.responseId === 'string' ? reference.responseId : undefined;
  const dropped = id === undefined ? undefined : session.store.whyMissing(id);
  if (dropped) {
    const what = dropped.id === id ? `Response '${id}'` : `Response '${id}' continues '${dropped.id}', which`;
    const limit = dropped.limit === 'responses' ? `${FLAGS.responses} (responses kept per session)` : `${FLAGS.bytes} (a session's stored responses may use an eighth of it)`;
    return { ...error, message: `${what} was dropped from session '${session.id}' to stay within ${limit}. ${ADVICE}` };
  }
  const lost = session.lost;
  if (lost && lost.storedResponses > 0) {
    return { ...error, message: `${error.message} ${droppedAt(session, lost)}, with its ${lost.storedResponses} stored response(s). ${ADVICE}` };
  }
  return error;
}
