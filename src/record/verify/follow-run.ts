// verify-recordings and background runs: a recorded `background: true` exchange holds the run as it ended (the
// recording proxy follows it there), while the service answers a create again as queued. The run is read again
// at the service, waiting longer each time, until it has finished: that is what the recording is compared with.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Clock } from '../../deps.js';
import { isRecord } from '../../domain/is-record.js';
import { Capture, type CapturedResponse } from '../capture.js';
import { sendUpstream } from '../upstream.js';

const UNFINISHED = new Set(['queued', 'in_progress']);
/** The first wait, doubled after each read up to the longest; the run is given up on after the last. */
const FIRST_WAIT_MS = 100;
const LONGEST_WAIT_MS = 5_000;
const GIVEN_MS = 15 * 60_000;

export interface FollowArgs {
  base: string;
  headers: Record<string, string>;
  /** The create's answer. */
  created: CapturedResponse;
  clock: Clock;
  /** Characters of one answer read at most. */
  limit: number;
}

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

/** The run's answer once it has finished (or the last read, if it has not in time or a read fails). */
export async function followRun(args: FollowArgs & { id: string }): Promise<CapturedResponse> {
  let last = args.created;
  const until = args.clock.nowMillis() + GIVEN_MS;
  for (let wait = FIRST_WAIT_MS; args.clock.nowMillis() < until; wait = Math.min(wait * 2, LONGEST_WAIT_MS)) {
    await sleep(wait);
    const response = await sendUpstream({ base: args.base, path: `/responses/${encodeURIComponent(args.id)}`, query: '', headers: args.headers, body: '', method: 'GET', keepAlive: false });
    const capture = new Capture({ status: response.statusCode ?? 0, headers: response.headers, clock: args.clock, timing: false, limit: args.limit, startedAt: args.clock.nowMillis() });
    for await (const chunk of response) capture.bytes(chunk as Buffer);
    const result = capture.finish({ complete: response.complete });
    if (!result.ok || result.response.status !== 200 || !result.response.body) return last;
    last = result.response;
    if (!UNFINISHED.has(String(last.body!.status))) return last;
  }
  return last;
}
