// Background responses (`background: true` on a stored path): answered at once as `queued`; each GET moves the
// run on (first `in_progress`, then the finished response), so polling clients see the real progression
// deterministically, without timers; cancel stops a run that has not finished; a streamed GET watches it.
// A streamed response (background or not) is shown as its stream stands while that stream is written.
import { isRecord } from '../../domain/is-record.js';
import { LiveRun, type LiveStatus } from './live-run.js';
import type { StoredResponse } from './stored-response.js';

export type BackgroundPhase = 'queued' | 'in_progress' | 'done' | 'cancelled';

/**
 * What a GET or a cancel shows of a stored response: its stored text; the response with no output yet (`empty`);
 * or the output its stream had written through the event numbered `through` (`partial`).
 */
export type StoredView =
  | { kind: 'stored' }
  | { kind: 'empty'; status: 'queued' | 'in_progress' | 'cancelled' }
  | { kind: 'partial'; status: 'queued' | 'in_progress' | 'cancelled'; through: number };

const STORED: StoredView = { kind: 'stored' };

/** The response as it looks before it finished, or once cancelled: no output, no usage, no completion time. */
export function unfinishedView(final: Record<string, unknown>, status: 'queued' | 'in_progress' | 'cancelled'): Record<string, unknown> {
  const view: Record<string, unknown> = { ...final, status, output: [], usage: null, completed_at: null, error: null, incomplete_details: null };
  // A queued run has no service tier yet: OpenAI answers "auto" until it is processed (wire).
  if (status === 'queued' && 'service_tier' in final) view.service_tier = 'auto';
  if ('tool_usage' in final) countSearches(view);
  return view;
}

/**
 * OpenAI's `tool_usage.web_search.num_requests` as the view's output stands (the web_search_call items shown),
 * not as the whole run made them: a run not started or cancelled early has made none.
 */
export function countSearches(view: Record<string, unknown>): void {
  const usage = view.tool_usage;
  if (!isRecord(usage) || !isRecord(usage.web_search) || !Array.isArray(view.output)) return;
  let searches = 0;
  for (const item of view.output as unknown[]) if (isRecord(item) && item.type === 'web_search_call') searches += 1;
  view.tool_usage = { ...usage, web_search: { ...usage.web_search, num_requests: searches } };
}

/** What a GET shows of a stored response now, moving a background run one step on. */
export function pollStored(stored: StoredResponse): StoredView {
  const live = stored.live;
  if (live?.streaming) return { kind: 'partial', status: live.status, through: live.sentThrough };
  const run = stored.background;
  if (!run) return STORED;
  if (run.phase === 'queued') {
    // A run that never got further than queued stays so; one that got in progress shows its answer from then on.
    if (run.until === 'queued') return STORED;
    run.phase = 'in_progress';
    return run.until === 'in_progress' ? STORED : { kind: 'empty', status: 'in_progress' };
  }
  if (run.phase === 'in_progress' && run.until === undefined) run.phase = 'done';
  return run.phase === 'cancelled' ? cancelledView(stored) : STORED;
}

/**
 * A background response that is itself a run not finished (`queued` or `in_progress`: a recording of a run never
 * seen to its end) gets no further than that status: its GETs go queued, in progress if it had got there, then
 * stay there, instead of falling back to the answer's own earlier status after in_progress. One that is a cancelled
 * run is marked so: its streamed GET ends as its streamed create does (watchStored).
 */
export function holdUnfinished(stored: StoredResponse, status: unknown): void {
  if (stored.background && (status === 'queued' || status === 'in_progress')) stored.background.until = status;
  if (stored.background && status === 'cancelled') stored.background.endsCancelled = true;
}

/**
 * Cancels a background run: one still queued or in progress (or still streaming) ends `cancelled`; a finished
 * one is returned as it is (cancel is idempotent). Undefined for a response that was not created in the background.
 */
export function cancelStored(stored: StoredResponse): StoredView | undefined {
  const run = stored.background;
  if (!run) return undefined;
  const live = stored.live;
  if (live?.streaming) {
    run.phase = 'cancelled';
    run.stopAt = live.cancel();
    run.partial = true;
  } else if (run.phase === 'in_progress' && run.until === 'in_progress') {
    // A run held in progress keeps the output its answer holds, and its stream plays it, as a recorded cancelled run's.
    run.phase = 'cancelled';
    run.endsCancelled = true;
    run.partial = true;
    run.stopAt = Number.MAX_SAFE_INTEGER;
  } else if (run.phase === 'queued' || run.phase === 'in_progress') {
    // Its events stop after `response.created` and `response.queued`, and `response.in_progress` if it had started;
    // a run whose stream stopped early (its client left) had got at least as far as that stream.
    run.stopAt = Math.max(run.phase === 'in_progress' ? 3 : 2, (run.reached ?? -1) + 1);
    if (run.reached !== undefined) run.partial = true;
    run.phase = 'cancelled';
  }
  return run.phase === 'cancelled' ? cancelledView(stored) : STORED;
}

function cancelledView(stored: StoredResponse): StoredView {
  const run = stored.background!;
  return run.partial ? { kind: 'partial', status: 'cancelled', through: (run.stopAt ?? 0) - 1 } : { kind: 'empty', status: 'cancelled' };
}

/**
 * The stream of a stored response is being written from now on: GET, cancel and replays follow it. What the
 * stream's player is to tell (a StreamWatch: each event sent, and how it ended) and the switch that halts it.
 * Once its terminal event is sent, a background run is done: its client is being handed the finished response,
 * so a cancel landing while a slow client still reads it returns it as it is.
 */
export function streamStarted(stored: StoredResponse, args: { queued: boolean }): {
  readonly halt: AbortSignal; readonly halted: boolean; sent: LiveRun['sent']; ended(how: 'finished' | 'halted' | 'broken'): void;
} {
  const live = new LiveRun(args);
  stored.live = live;
  const run = stored.background;
  const sent: LiveRun['sent'] = run
    ? (event) => {
      live.sent(event);
      if (live.finished && run.phase !== 'cancelled') run.phase = 'done';
    }
    : (event) => live.sent(event);
  return {
    // Getters: the signal is made only if the player waits (or a caller asks).
    get halt() {
      return live.halt;
    },
    get halted() {
      return live.halted;
    },
    sent,
    ended: (how) => streamEnded(stored, how),
  };
}

/**
 * Its stream is over. Played out: a background run is done. Stopped early (client gone, server stopping): a
 * background run goes on without its client, and the next GET finds it finished; an ordinary one stays as stored.
 * A run whose terminal event was sent stays done, whoever stopped the writing of it.
 */
function streamEnded(stored: StoredResponse, how: 'finished' | 'halted' | 'broken'): void {
  const live = stored.live;
  live?.ended();
  stored.live = undefined;
  const run = stored.background;
  if (!run || (run.phase !== 'queued' && run.phase !== 'in_progress')) return;
  // A held run's stream played as far as its answer holds: the run stays there (it can still be cancelled).
  run.phase = how === 'finished' ? run.until ?? 'done' : 'in_progress';
  if (live && how !== 'finished') run.reached = live.sentThrough;
}

/** Why a stored response cannot be continued yet: the status of a run not finished; undefined when it can. */
export function unfinishedStatus(stored: StoredResponse | undefined): LiveStatus | undefined {
  if (stored?.live?.streaming) return stored.live.status;
  const phase = stored?.background?.phase;
  return phase === 'queued' || phase === 'in_progress' ? phase : undefined;
}

/**
 * What a streamed GET plays of a stored response: everything, for an ordinary response or a finished run; a
 * stream still being written is followed (each event once that stream has sent it); a run still queued or in
 * progress is watched to its end (its remaining events follow, and it is done); a cancelled run's events stop
 * where it was stopped (`stopAt`: the first sequence number not played), with no terminal event. A run whose answer
 * is itself not finished (held at its recorded status, or a recorded cancelled run) plays as far as that answer
 * holds it (`held`: its status; streaming/events/held.ts), with no terminal event.
 */
export function watchStored(stored: StoredResponse): { stopAt?: number; follow?: LiveRun; held?: 'queued' | 'in_progress' | 'cancelled' } {
  const live = stored.live;
  if (live?.streaming) return { follow: live };
  const run = stored.background;
  if (!run) return {};
  if (run.phase === 'cancelled') return run.endsCancelled ? { held: 'cancelled' } : { stopAt: run.stopAt ?? 2 };
  // A run held at its recorded status is watched as far as it gets, and no further.
  if (run.until !== undefined) {
    run.phase = run.until;
    return { held: run.until };
  }
  run.phase = 'done';
  return run.endsCancelled ? { held: 'cancelled' } : {};
}
