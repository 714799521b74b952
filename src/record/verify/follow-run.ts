// verify-recordings and background runs: a recorded `background: true` exchange holds the run as it ended (the
// recording proxy follows it there), while the service answers a create again as queued. The run is read again
// at the service, waiting longer each time, until it has finished: that is what the recording is compared with.
// The wait has a deadline (--follow-ms), and each read one of its own (--timeout-ms), so a service that keeps a run
// queued, or never answers a read, stops no check.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Clock } from '../../deps.js';
import { isRecord } from '../../domain/is-record.js';
import { Capture, type CapturedResponse } from '../capture.js';
import { sendUpstream } from '../upstream.js';

const UNFINISHED = new Set(['queued', 'in_progress']);
/** The first wait, doubled after each read up to the longest. */
const FIRST_WAIT_MS = 100;
const LONGEST_WAIT_MS = 5_000;
/** How long a run is followed by default (--follow-ms): a short run ends in seconds, a long one is not waited for. */
export const DEFAULT_FOLLOW_MS = 180_000;

export interface FollowArgs {
  base: string;
  headers: Record<string, string>;
  /** The create's answer. */
  created: CapturedResponse;
  clock: Clock;
  /** Characters of one answer read at most. */
  limit: number;
  /** How long the run is followed at most: a read still pending then is aborted. */
  followMs: number;
  /** How long one read may take (--timeout-ms): a read that never answers is not waited for past it. */
  timeoutMs: number;
}

/** The run's answer once it has finished, or why it could not be compared. */
export type Followed = { ok: true; response: CapturedResponse } | { ok: false; reason: string };

/**
 * The id of the run to follow: the create asked for a background run, the recording holds it finished, and the
 * service answered one that has not finished (a run recorded while still queued is compared as it is).
 */
export function runToFollow(args: { requestBody: unknown; recorded: unknown; created: CapturedResponse }): string | undefined {
  const { requestBody, created } = args;
  const body = created.body;
  if (!isRecord(requestBody) || requestBody.background !== true || created.status !== 200 || !body) return undefined;
  if (!isRecord(args.recorded) || UNFINISHED.has(String(args.recorded.status))) return undefined;
  return typeof body.id === 'string' && typeof body.status === 'string' && UNFINISHED.has(body.status) ? body.id : undefined;
}

/**
 * The run's answer once it has finished (or the last read, if a read fails). The wait has one deadline, which
 * aborts a read whose headers or body never arrive as well as the sleep between reads.
 */
export async function followRun(args: FollowArgs & { id: string }): Promise<Followed> {
  let last = args.created;
  const deadline = AbortSignal.timeout(args.followMs);
  let read: AbortSignal | undefined;
  try {
    for (let wait = FIRST_WAIT_MS; ; wait = Math.min(wait * 2, LONGEST_WAIT_MS)) {
      await sleep(wait, undefined, { signal: deadline });
      read = AbortSignal.any([deadline, AbortSignal.timeout(args.timeoutMs)]);
      const response = await sendUpstream({ base: args.base, path: `/responses/${encodeURIComponent(args.id)}`, query: '', headers: args.headers, body: '', method: 'GET', keepAlive: false, signal: read });
      const capture = new Capture({ status: response.statusCode ?? 0, headers: response.headers, clock: args.clock, timing: false, limit: args.limit, startedAt: args.clock.nowMillis() });
      for await (const chunk of response) capture.bytes(chunk as Buffer);
      const result = capture.finish({ complete: response.complete });
      if (!result.ok || result.response.status !== 200 || !result.response.body) return { ok: true, response: last };
      last = result.response;
      if (!UNFINISHED.has(String(last.body!.status))) return { ok: true, response: last };
    }
  } catch (error) {
    if (!deadline.aborted) {
      const why = read?.aborted ? `no answer after ${args.timeoutMs} ms (--timeout-ms)` : (error as Error).message;
      return { ok: false, reason: `the background run ${args.id} could not be read: ${why}` };
    }
    return { ok: false, reason: `the background run ${args.id} had not finished after ${args.followMs} ms (--follow-ms)` };
  }
}
