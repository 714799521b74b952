// A recording in progress: which scenario an exchange belongs to (--record-name, else its session), its turn
// in that scenario, and the rule it becomes, appended to the scenario's file. --record starts each scenario
// afresh the first time this run writes it; --record-missing only ever adds to what is there.
import type { Clock } from '../deps.js';
import { SCENARIO_NAME_PATTERN } from '../schemas/constants.js';
import type { Rule } from '../schemas/fixtures.js';
import type { Replay } from '../schemas/replay.js';
import { progressOf, type Session } from '../state/sessions.js';
import type { CapturedResponse } from './capture.js';
import { exchangeProblem, ruleProblem } from './recordable.js';
import { recordedRule, type RecordedRequest } from './rule.js';
import { requestScrubber, type Scrubber, type SecretNames } from './scrub.js';
import { RecordingWriter } from './writer.js';

export type RecordMode = 'all' | 'missing';

export interface RecorderOptions {
  dir: string;
  mode: RecordMode;
  /** One scenario for every session (--record-name). */
  name: string | undefined;
  /** Keep the wait before each event (--record-timing). */
  timing: boolean;
  names: SecretNames;
  clock: Clock;
  /** How long a background run's read-on waits for the service to send anything (read-on.ts). */
  readOnIdleMs: number;
  /** Where each provider's requests went, for the scenario's description. */
  upstreams: Record<RecordedRequest['provider'], string>;
  log: { warn(message: string): void };
}

/** Progress kept for a scenario that is being recorded but not loaded: no loaded scenario has this version. */
const RECORDING_VERSION = -1;
/** Scenarios this run has started; past this many, further ones are appended to rather than started afresh. */
const STARTED_LIMIT = 100_000;
const VALID_NAME = new RegExp(SCENARIO_NAME_PATTERN);

export class Recorder {
  readonly writer: RecordingWriter;
  readonly #started = new Set<string>();

  constructor(readonly options: RecorderOptions) {
    this.writer = new RecordingWriter(options.dir);
  }

  get timing(): boolean {
    return this.options.timing;
  }

  get clock(): Clock {
    return this.options.clock;
  }

  get readOnIdleMs(): number {
    return this.options.readOnIdleMs;
  }

  /** The scenario a session's exchanges are recorded into. */
  scenarioFor(session: string): string {
    return this.options.name ?? scenarioName(session);
  }

  /**
   * This request's turn in the scenario being recorded, counted as a replay will count it. `counted`: the
   * request already went through the loaded scenario of that name (record-missing). `valid`: the mock can
   * read the request; one it rejects never reaches a scenario on replay, so it takes no turn.
   */
  turn(session: Session, args: { scenario: string; counted: boolean; valid: boolean }): number {
    if (args.counted) return Math.max(1, session.progress.get(args.scenario)?.turn ?? 1);
    const progress = progressOf(session, { name: args.scenario, version: RECORDING_VERSION, ruleCount: 0 });
    if (args.valid) progress.turn += 1;
    return Math.max(1, progress.turn);
  }

  /**
   * Records the exchange: checked so that the recording loads again, scrubbed of credentials, and appended to
   * its scenario's file (a failed write is logged, never thrown at the transport). The answer as written is
   * returned (what the proxy may store); undefined when the exchange is passed through unrecorded.
   */
  record(args: { session: string; request: RecordedRequest; response: CapturedResponse }): Replay | undefined {
    return this.#write({ ...args, scrub: requestScrubber(args.request, this.options.names) });
  }

  /**
   * A background run, recorded when the service answered it as queued, has finished: its rule now answers with
   * the finished response (`response`), which a replay runs as a background response (queued, in progress,
   * then that). `scrub` cuts the credentials of the create and of the read that got the answer.
   */
  rewrite(args: { session: string; request: RecordedRequest; response: CapturedResponse; scrub: Scrubber; responseId: string }): Replay | undefined {
    return this.#write(args);
  }

  #write(args: { session: string; request: RecordedRequest; response: CapturedResponse; scrub: Scrubber; responseId?: string }): Replay | undefined {
    const { session, request, response, scrub } = args;
    const problem = exchangeProblem({ body: request.body, response });
    if (problem !== undefined) {
      this.#passed(session, scrub.text(problem));
      return undefined;
    }
    const rule = recordedRule({ request, response, names: this.options.names, scrub });
    const day = new Date(this.options.clock.nowMillis()).toISOString().slice(0, 10);
    // Every service the scenario's recorded rules came from (a rule written by hand names no provider).
    const description = (rules: Rule[]) => {
      const upstreams = new Set(rules.flatMap((each) => (each.match?.provider ? [this.options.upstreams[each.match.provider]] : [])));
      return `Recorded from ${[...upstreams].join(' and ')} on ${day}.`;
    };
    const invalid = ruleProblem({ rule, session, description: description([rule]) });
    if (invalid !== undefined) {
      this.#passed(session, scrub.text(invalid));
      return undefined;
    }
    const scenario = this.scenarioFor(session);
    const replaces = args.responseId;
    const fresh = replaces === undefined && this.options.mode === 'all' && !this.#started.has(scenario) && this.#started.size < STARTED_LIMIT;
    if (fresh) this.#started.add(scenario);
    this.writer.append({ scenario, session, rule, fresh, description, ...(replaces === undefined ? {} : { replaces }) }).catch((error: unknown) => {
      this.options.log.warn(`recording of session '${session}' not written: ${(error as Error).message}`);
    });
    return rule.respond.replay;
  }

  /**
   * An exchange that cannot be recorded (too large, unreadable): passed through, and said so. The reason may
   * quote the upstream's answer: the request's credentials are cut out of it first.
   */
  skip(args: { session: string; reason: string; request: RecordedRequest }): void {
    this.#passed(args.session, requestScrubber(args.request, this.options.names).text(args.reason));
  }

  #passed(session: string, reason: string): void {
    this.options.log.warn(`exchange of session '${session}' passed through but not recorded: ${reason}`);
  }
}

/** A session id as a scenario name: letters, digits and _ . : - only, at most 128 characters. */
export function scenarioName(session: string): string {
  if (VALID_NAME.test(session)) return session;
  const cleaned = session.replace(/[^A-Za-z0-9_.:-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 128);
  return cleaned || 'session';
}
