// verify-recordings: sends every recorded request again, to the real service (or reads its counterpart in a
// second recording folder), and compares the answers' shapes with the recording's: field sets, event order,
// status. Ids a later request carries from an earlier answer (previous_response_id, call ids) are swapped
// for the ones the service gave this time, so a conversation can be replayed turn by turn.
import type { Clock } from '../../deps.js';
import type { ProviderId } from '../../domain/types.js';
import type { Rule } from '../../schemas/fixtures.js';
import type { Replay } from '../../schemas/replay.js';
import { loadFixtures } from '../../scenarios/load.js';
import { Capture, type CapturedResponse } from '../capture.js';
import { REDACTED } from '../scrub.js';
import { DEFAULT_FOLLOW_MS, followRun, runToFollow } from './follow-run.js';
import { compareShapes, shapeOf } from './shape.js';
import { sendUpstream } from '../upstream.js';

export interface VerifyOptions {
  dir: string;
  /** Compare with this second recording folder instead of the real services. */
  against?: string;
  upstreams: Record<ProviderId, string>;
  /** Authorization header values per provider (the recording holds none). */
  credentials: Partial<Record<ProviderId, string>>;
  clock: Clock;
  /** Characters of one answer read at most. */
  limit: number;
  /** How long a background run is followed at most (default DEFAULT_FOLLOW_MS). */
  followMs?: number;
  /** How long one request may take, its whole answer read (default DEFAULT_TIMEOUT_MS). */
  timeoutMs?: number;
}

/** As long as the OpenAI SDKs wait for one request: a reasoning model's JSON answer can take minutes. */
export const DEFAULT_TIMEOUT_MS = 600_000;

export interface RuleReport {
  scenario: string;
  rule: string;
  problems: string[];
}

export type VerifyResult = { ok: true; reports: RuleReport[] } | { ok: false; problems: string[] };

export async function verifyRecordings(options: VerifyOptions): Promise<VerifyResult> {
  const recorded = loadFixtures(options.dir, { displayBase: options.dir });
  if (!recorded.ok) return { ok: false, problems: recorded.problems };
  const against = options.against !== undefined ? loadFixtures(options.against, { displayBase: options.against }) : undefined;
  if (against && !against.ok) return { ok: false, problems: against.problems };
  const reports: RuleReport[] = [];
  for (const [name, { scenario }] of recorded.scenarios) {
    const ids = new Map<string, string>();
    for (const [index, rule] of scenario.rules.entries()) {
      const replay = rule.respond.replay;
      if (!replay?.request) continue;
      const label = rule.name ?? `rule ${index + 1}`;
      const other = against?.ok ? against.scenarios.get(name)?.scenario.rules[index]?.respond.replay : undefined;
      if (against && !other) {
        reports.push({ scenario: name, rule: label, problems: [`no counterpart in ${options.against}`] });
        continue;
      }
      const live: Awaited<ReturnType<typeof ask>> = other ? { ok: true, response: answerOf(other) } : await ask({ options, rule, replay, ids });
      if (!live.ok) {
        reports.push({ scenario: name, rule: label, problems: [live.reason] });
        continue;
      }
      if (!other) learnIds({ recorded: answerOf(replay), live: live.response, ids });
      reports.push({ scenario: name, rule: label, problems: compareShapes(shapeOf(answerOf(replay)), shapeOf(live.response)) });
    }
  }
  return { ok: true, reports };
}

function answerOf(replay: Replay): Answer {
  return { status: replay.status ?? 200, ...(replay.body ? { body: replay.body } : {}), ...(replay.events ? { events: replay.events } : {}) };
}

type Answer = Pick<CapturedResponse, 'status' | 'body' | 'events'>;

async function ask(args: { options: VerifyOptions; rule: Rule; replay: Replay; ids: Map<string, string> }): Promise<{ ok: true; response: Answer } | { ok: false; reason: string }> {
  const { options, rule, replay, ids } = args;
  const provider = rule.match?.provider ?? 'openai';
  const headers = Object.create(null) as Record<string, string>;
  for (const [name, value] of Object.entries(replay.request?.headers ?? {})) if (value !== REDACTED) headers[name] = value;
  const credential = options.credentials[provider];
  if (credential) headers.authorization = credential;
  const query = new URLSearchParams(Object.entries(replay.request?.query ?? {}).filter(([, value]) => value !== REDACTED)).toString();
  const body = JSON.stringify(swapIds(replay.request?.body, ids));
  const startedAt = options.clock.nowMillis();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // Bounds the request and the reading of its answer: a service that never answers (or stops mid-answer) stops no check.
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await sendUpstream({ base: options.upstreams[provider], path: '/responses', query, headers, body, keepAlive: false, signal });
    const capture = new Capture({ status: response.statusCode ?? 0, headers: response.headers, clock: options.clock, timing: false, limit: options.limit, startedAt });
    for await (const chunk of response) capture.bytes(chunk as Buffer);
    const result = capture.finish({ complete: response.complete });
    if (!result.ok) return { ok: false, reason: `the answer could not be read: ${result.reason}` };
    // A background run is compared as it ends, as it was recorded.
    const run = runToFollow({ requestBody: replay.request?.body, recorded: replay.body, created: result.response });
    if (run === undefined) return result;
    return await followRun({ base: options.upstreams[provider], headers, created: result.response, clock: options.clock, limit: options.limit, followMs: options.followMs ?? DEFAULT_FOLLOW_MS, timeoutMs, id: run });
  } catch (error) {
    if (signal.aborted) return { ok: false, reason: `${options.upstreams[provider]} gave no complete answer within ${timeoutMs} ms (--timeout-ms)` };
    return { ok: false, reason: `${options.upstreams[provider]} could not be reached: ${(error as Error).message}` };
  }
}

/** Recorded ids → the ones the service just gave, for the response, its items and their call ids. */
function learnIds(args: { recorded: Answer; live: Answer; ids: Map<string, string> }): void {
  const before = finalOf(args.recorded);
  const after = finalOf(args.live);
  if (!before || !after) return;
  const pair = (a: unknown, b: unknown) => {
    if (typeof a === 'string' && typeof b === 'string' && a !== b) args.ids.set(a, b);
  };
  pair(before.id, after.id);
  const items = (value: Record<string, unknown>) => (Array.isArray(value.output) ? (value.output as Array<Record<string, unknown>>) : []);
  items(before).forEach((item, index) => {
    const other = items(after)[index];
    if (!other || other.type !== item.type) return;
    pair(item.id, other.id);
    pair(item.call_id, other.call_id);
  });
}

function finalOf(answer: Answer): Record<string, unknown> | undefined {
  if (answer.body) return answer.body;
  const last = answer.events?.findLast((event) => typeof event.response === 'object' && event.response !== null);
  return last?.response as Record<string, unknown> | undefined;
}

function swapIds(value: unknown, ids: Map<string, string>): unknown {
  if (typeof value === 'string') return ids.get(value) ?? value;
  if (Array.isArray(value)) return value.map((item) => swapIds(item, ids));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) Object.defineProperty(out, key, { value: swapIds(inner, ids), enumerable: true, writable: true, configurable: true });
  return out;
}
