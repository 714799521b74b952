// One journal entry: what a transport hands over (plain facts), what the entry keeps of them (the path and
// selected headers masked, the body and the answer cut to the body limit and masked, a stream's timeline),
// and how long the answer took.
import type { IncomingHttpHeaders } from 'node:http';
import { stopwatch } from '../../deps.js';
import { cutKeyShaped } from '../../http/traffic/key-shaped.js';
import type { Redactor } from '../../http/traffic/redact.js';
import { shownPath } from '../../http/traffic/shown-url.js';
import { requestCredentials } from '../../http/traffic/request-credentials.js';
import type { SpanFinder } from '../../http/traffic/split-credentials.js';
import { StreamTimeline } from './journal-stream.js';
import type { EngineFacts, ErrorFacts, JournalFacts, JournalOutcome, RuleRef, Transport } from './journal-facts.js';
import { HeldText, keepBody } from './keep-body.js';
import { RecentMemo } from '../../domain/recent-memo.js';

export { keepBody } from './keep-body.js';
export type { EngineFacts, ErrorFacts, JournalFacts, JournalOutcome, RuleRef, Transport } from './journal-facts.js';

/** The headers worth asserting on: content negotiation, identity, credentials (masked) and every x-*. */
const KEPT_HEADERS = new Set(['content-type', 'accept', 'user-agent', 'authorization', 'proxy-authorization', 'cookie', 'http-referer', 'openai-organization', 'openai-project', 'openai-beta']);

/** What an entry costs beyond its texts: the object, its fields, the scenario and rule. */
const ENTRY_OVERHEAD = 320;
/** Characters of a model name kept. */
const MODEL_CHARS = 200;

export class JournalEntry {
  #settle: (entry: JournalEntry, outcome: JournalOutcome) => void;
  #bytes = 0;
  readonly #elapsed = stopwatch();
  readonly #headerBytes: number;
  readonly #redactor: Redactor;
  readonly #streamLimit: number;
  /** What is cut from the body, the answer, a stream's data and an error's message before masking; null: nothing. */
  #cut: ((text: string) => string) | null;
  #scrub: ((text: string) => string) | undefined;
  /** @internal The cut of the request's own credentials alone (null: it has none), for its log line. */
  readonly ownCut: ((text: string) => string) | null;
  /** @internal Where the request's own credentials are in a text (null: it has none), to cut them where split. */
  readonly splitFinder: SpanFinder | null;
  /** Increases by one per entry of the session. */
  readonly seq: number;
  /** Increases with every entry of every session of the registry (the order requests arrived in). */
  readonly id: number;
  readonly time: number;
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly transport: Transport;
  readonly provider: string | null;
  /** @internal The request body: cut, masked, as bytes ('' until read). */
  readonly heldBody = new HeldText();
  /** @internal The answer's JSON text: cut, masked, as bytes ('' for streams and until answered). */
  readonly heldAnswer = new HeldText();
  scenario: string | null = null;
  rule: RuleRef | null = null;
  status: number | null = null;
  model: string | null = null;
  engine: { tools: string[]; explanation: string | null } | null = null;
  upstream: string | null = null;
  error: ErrorFacts | null = null;
  stream: StreamTimeline | null = null;
  /** Milliseconds from arrival to the answer written (a stream: to its end); null until then. */
  durationMs: number | null = null;

  constructor(init: {
    seq: number;
    id: number;
    facts: JournalFacts;
    redactor: Redactor;
    /** Bytes of a stream's timeline kept. */
    streamLimit: number;
    settle: (entry: JournalEntry, outcome: JournalOutcome) => void;
  }) {
    const { seq, facts, redactor } = init;
    this.#settle = init.settle;
    this.#redactor = redactor;
    this.#streamLimit = init.streamLimit;
    // The request's own credentials, wherever its body or its answer repeats them.
    const { cut: own, finder } = requestCredentials({ headers: facts.headers, path: facts.path }, redactor);
    this.ownCut = own;
    // While recording, anything shaped like a key too, as from the path: an error message may quote the path.
    this.#cut = facts.keyShaped === true ? (own ? (text) => cutKeyShaped(own(text)) : cutKeyShaped) : own;
    this.splitFinder = finder;
    this.seq = seq;
    this.id = init.id;
    this.time = facts.time;
    this.method = facts.method;
    this.path = shownPath(facts.path, { redactor, own, keyShaped: facts.keyShaped === true });
    this.headers = redactor.redactHeaders(selectHeaders(facts.headers));
    this.transport = facts.transport ?? 'http';
    this.provider = facts.provider ?? null;
    this.#headerBytes = headerLength(this.headers);
  }

  /** The request body as kept: cut and masked ('' until read). */
  get body(): string {
    return this.heldBody.text;
  }

  /** Bytes of the body as received. */
  get bodyBytes(): number {
    return this.heldBody.received;
  }

  /** The answer's JSON text, cut and masked ('' for streams and until answered). */
  get answer(): string {
    return this.heldAnswer.text;
  }

  /** Bytes of the answer as written. */
  get answerBytes(): number {
    return this.heldAnswer.received;
  }

  /** Records the answer (and the body, once read); the journal re-counts its bytes. */
  complete(outcome: JournalOutcome): void {
    this.#settle(this, outcome);
  }

  /** Starts the timeline of a streamed answer: steps are recorded as they are written, within the body limit. */
  recordStream(): StreamTimeline {
    const timeline = new StreamTimeline({
      limit: this.#streamLimit,
      redactor: this.#redactor,
      cut: () => this.#cut,
      finder: this.splitFinder,
      elapsed: this.#elapsed,
      changed: () => {
        if (timeline.ended !== null) this.durationMs = this.#elapsed();
        this.#settle(this, {});
      },
    });
    this.stream = timeline;
    return timeline;
  }

  /** @internal What is cut from the texts kept (null: nothing); an outcome's `scrub` is added to it, once. */
  cutFor(outcome: JournalOutcome): ((text: string) => string) | null {
    const { scrub } = outcome;
    if (scrub && scrub !== this.#scrub) {
      const own = this.#cut;
      this.#scrub = scrub;
      this.#cut = own ? (text) => scrub(own(text)) : scrub;
    }
    return this.#cut;
  }

  /** @internal Applies an outcome's facts other than the texts, which the journal cuts and masks. */
  note(outcome: JournalOutcome): void {
    const cut = this.#cut;
    if (outcome.scenario !== undefined) this.scenario = outcome.scenario;
    if (outcome.rule !== undefined) this.rule = outcome.rule;
    if (outcome.model !== undefined) this.model = outcome.model === null ? null : (cut ? cut(outcome.model) : outcome.model).slice(0, MODEL_CHARS);
    // A refused request's message and param may name what it sent (`Unknown parameter: '…'`): its credentials are cut.
    if (outcome.error !== undefined) this.error = outcome.error && cut ? cutError(outcome.error, cut) : outcome.error;
    if (outcome.upstream !== undefined) this.upstream = outcome.upstream;
    if (outcome.unanswered) this.durationMs = this.#elapsed();
    if (outcome.status !== undefined) {
      this.status = outcome.status;
      // A stream's duration runs to its end.
      if (this.stream === null || this.stream.ended !== null) this.durationMs = this.#elapsed();
    }
  }

  /** @internal What the entry holds, in bytes (texts by length). */
  size(): number {
    const engine = this.engine ? 64 + this.engine.tools.reduce((sum, name) => sum + name.length + 16, 0) + (this.engine.explanation?.length ?? 0) : 0;
    const error = this.error ? 64 + this.error.message.length + (this.error.param?.length ?? 0) : 0;
    return ENTRY_OVERHEAD + this.path.length + this.heldBody.length + this.heldAnswer.length + this.#headerBytes
      + (this.model?.length ?? 0) + (this.upstream?.length ?? 0) + engine + error + (this.stream?.bytes ?? 0);
  }

  /** @internal The bytes this entry was last counted at. */
  recount(bytes: number): number {
    const delta = bytes - this.#bytes;
    this.#bytes = bytes;
    return delta;
  }

  get bytes(): number {
    return this.#bytes;
  }
}

/** The engine's facts as kept: the explanation as JSON text, cut to `limit` bytes. */
// An answer filled from the memo hands over the same facts again: the last ones kept are remembered (a
// repeated workload cycles through a few dozen answers; the facts are small, their explanation cut).
const keptEngines = new RecentMemo<EngineFacts, { limit: number; kept: NonNullable<JournalEntry['engine']> }>(64);

export function keepEngine(engine: EngineFacts, limit: number): JournalEntry['engine'] {
  const known = keptEngines.get(engine);
  if (known?.limit === limit) return known.kept;
  const explanation = engine.explanation === undefined ? null : keepBody(JSON.stringify(engine.explanation) ?? 'null', limit).text;
  const kept = { tools: engine.tools, explanation };
  keptEngines.set(engine, { limit, kept });
  return kept;
}

/** The engine's facts as kept, with what `cut` takes out (a tool the client named by its key) cut from its tools and explanation. */
export function cutEngine(kept: JournalEntry['engine'], cut: ((text: string) => string) | null): JournalEntry['engine'] {
  return cut && kept ? { tools: kept.tools.map(cut), explanation: kept.explanation === null ? null : cut(kept.explanation) } : kept;
}

function cutError(error: ErrorFacts, cut: (text: string) => string): ErrorFacts {
  return { ...error, message: cut(error.message), param: error.param === null ? null : cut(error.param) };
}

function headerLength(headers: Record<string, string>): number {
  let length = 0;
  for (const name of Object.keys(headers)) length += name.length + headers[name]!.length + 16;
  return length;
}

function selectHeaders(headers: IncomingHttpHeaders): Record<string, string | string[] | undefined> {
  const out: Record<string, string | string[] | undefined> = {};
  for (const name of Object.keys(headers)) {
    // Neither a kept name nor an x-* name can be __proto__: a plain assignment is safe.
    if (KEPT_HEADERS.has(name) || name.startsWith('x-')) out[name] = headers[name];
  }
  return out;
}
