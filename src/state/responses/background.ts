// Background responses (`background: true` on a stored path): answered at once as `queued`; each GET moves the
// run on (first `in_progress`, then the finished response), so polling clients see the real progression
// deterministically, without timers; cancel stops a run that has not finished; a streamed GET watches it.
import type { StoredResponse } from './stored-response.js';

export type BackgroundPhase = 'queued' | 'in_progress' | 'done' | 'cancelled';

/** The response as it looks before it finished, or once cancelled: no output, no usage, no completion time. */
export function unfinishedView(final: Record<string, unknown>, status: 'queued' | 'in_progress' | 'cancelled'): Record<string, unknown> {
  const view: Record<string, unknown> = { ...final, status, output: [], usage: null, completed_at: null, error: null, incomplete_details: null };
  // A queued run has no service tier yet: OpenAI answers "auto" until it is processed (wire).
  if (status === 'queued' && 'service_tier' in final) view.service_tier = 'auto';
  return view;
}

/** What a GET shows of a stored response now, moving a background run one step on. */
export function pollStored(stored: StoredResponse): string | Buffer {
  const run = stored.background;
  if (!run) return stored.text;
  if (run.phase === 'queued') {
    run.phase = 'in_progress';
    return JSON.stringify(unfinishedView(stored.response, 'in_progress'));
  }
  if (run.phase === 'in_progress') run.phase = 'done';
  return run.phase === 'cancelled' ? JSON.stringify(unfinishedView(stored.response, 'cancelled')) : stored.text;
}

/**
 * Cancels a background run: one still queued or in progress ends `cancelled`; a finished one is returned as it
 * is (cancel is idempotent). Undefined for a response that was not created in the background.
 */
export function cancelStored(stored: StoredResponse): string | Buffer | undefined {
  const run = stored.background;
  if (!run) return undefined;
  if (run.phase === 'queued' || run.phase === 'in_progress') {
    run.cancelledFrom = run.phase;
    run.phase = 'cancelled';
  }
  return run.phase === 'cancelled' ? JSON.stringify(unfinishedView(stored.response, 'cancelled')) : stored.text;
}

/**
 * What a streamed GET plays of a stored response: everything, for an ordinary response or a finished run; a run
 * still queued or in progress is watched to its end (its remaining events follow, and it is done); a cancelled
 * run's events stop where it was stopped (`stopAt`: the first sequence number not played, after
 * `response.created` and `response.queued`, and `response.in_progress` if it had started), with no terminal event.
 */
export function watchStored(stored: StoredResponse): { stopAt?: number } {
  const run = stored.background;
  if (!run) return {};
  if (run.phase === 'cancelled') return { stopAt: run.cancelledFrom === 'in_progress' ? 3 : 2 };
  run.phase = 'done';
  return {};
}
