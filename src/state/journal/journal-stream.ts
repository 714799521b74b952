// The timeline of a streamed answer as the journal keeps it: each step (event, keep-alive comment, `[DONE]`)
// with the milliseconds since the request arrived and its data, masked. Bounded in bytes: past the limit,
// steps are counted, not kept.
import type { Redactor } from '../../http/traffic/redact.js';
import type { StreamObserver } from '../../streaming/delivery/play.js';
import type { Step } from '../../streaming/schedule.js';
import { eventJson } from '../../streaming/events/stream-event.js';
import { cutPrefixAtEnd, type SpanFinder } from '../../http/traffic/split-credentials.js';
import type { StreamEvent } from '../../streaming/events/stream-event.js';
import { cutDeltaCutShort, cutSplitInJson, cutSplitInStream, holdsLogprobList } from './journal-split.js';
import { keepBody } from './keep-body.js';

export interface TimelineStep {
  /** Milliseconds since the request arrived, when the step was handed to the writer. */
  at: number;
  /** The event type, `:` for a keep-alive comment, `[DONE]` for the end marker. */
  type: string;
  /** The event's JSON as sent ('' for comments and the marker). */
  data: string;
}

export interface StreamTimelineView {
  steps: TimelineStep[];
  /** Steps written past the byte limit, not kept. */
  omitted: number;
  /** How it ended: complete, cut (`end`, `reset`), `destroyed` (the client left or stalled); null while open. */
  end: 'complete' | 'end' | 'reset' | 'destroyed' | null;
}

/** How an event's JSON names its delta (JSON.stringify writes no space). */
const DELTA_FIELD = '"delta":"';
/** What a kept step costs beyond its texts. */
const STEP_OVERHEAD = 48;
/**
 * Bytes kept before the journal is told again: a stream's steps come in bursts of a few hundred bytes, and the
 * journal's count of an open stream lags by less than this (its end is always told).
 */
const REPORT_EVERY = 4096;

/** A kept step: its data as UTF-8 bytes, off the JavaScript heap (the collector copies every heap string a journal keeps). */
interface KeptStep {
  at: number;
  type: string;
  data: Buffer | '';
}

/** A step not yet sealed: its data as sent (cut to the limit), not yet masked. */
interface OpenStep {
  at: number;
  type: string;
  data: string;
}

export class StreamTimeline implements StreamObserver {
  readonly #kept: KeptStep[] = [];
  /**
   * Steps since the last seal: sealed together (every few KB, at the end, when read), masked in one pass over
   * their joined texts and encoded as one buffer, instead of one scan and one buffer per step.
   */
  #open: OpenStep[] = [];
  omitted = 0;
  ended: StreamTimelineView['end'] = null;
  /** Bytes of the kept steps, as counted against the journal's limits. */
  bytes = 0;
  /** `bytes` when the journal was last told. */
  #reported = 0;
  /** The kept deltas' texts by run (only with own credentials to find): whether one holds a credential. */
  readonly #runs = new Map<string, string[]>();
  /** An event was cut at the limit: the runs may end inside a credential. */
  #cutShort = false;
  /** Runs (by their text) that a delta cut at the limit continued with a credential's start: where it starts. */
  readonly #runTails = new Map<string, number>();
  /** The run the last delta joined, by the fields that name it. */
  #lastRun: { type: string; item: unknown; output: unknown; content: unknown; summary: unknown; texts: string[] } | undefined;

  constructor(private readonly args: {
    /** Milliseconds since the request arrived. */
    elapsed: () => number;
    /** Bytes of steps kept (the journal's body limit). */
    limit: number;
    redactor: Redactor;
    /** What is cut from each step's data before masking (the request's own credentials), as it stands when sealed. */
    cut: () => ((text: string) => string) | null;
    /** Where the request's own credentials are in a text (null: it has none): cut from the deltas they span once the stream ends. */
    finder: SpanFinder | null;
    /** Told after every change (the journal re-counts the entry). */
    changed: () => void;
  }) {}

  step(step: Step): void {
    if (this.ended !== null) return;
    if (this.bytes >= this.args.limit) {
      this.omitted += 1;
      return;
    }
    const type = typeOf(step);
    const data = step.kind === 'event' ? this.#cut(step.event) : '';
    this.#open.push({ at: this.args.elapsed(), type, data });
    if (this.args.finder && step.kind === 'event') this.#noteDelta(step.event);
    this.bytes += STEP_OVERHEAD + type.length + data.length;
    if (this.bytes - this.#reported >= REPORT_EVERY) this.#report();
  }

  end(how: 'complete' | 'end' | 'reset' | 'destroyed'): void {
    if (this.ended !== null) return;
    this.ended = how;
    this.#seal();
    this.#cutSplit();
    this.#report();
  }

  #noteDelta(event: StreamEvent): void {
    const { payload } = event;
    if (typeof payload.delta !== 'string' || !event.type.endsWith('.delta')) return;
    const last = this.#lastRun;
    // A part's deltas come one after another: the next one of the same part joins its run without a lookup.
    if (last && last.type === event.type && last.item === payload.item_id && last.output === payload.output_index
      && last.content === payload.content_index && last.summary === payload.summary_index) {
      last.texts.push(payload.delta);
      return;
    }
    const key = runKey(event);
    let texts = this.#runs.get(key);
    if (texts) texts.push(payload.delta);
    else this.#runs.set(key, (texts = [payload.delta]));
    this.#lastRun = { type: event.type, item: payload.item_id, output: payload.output_index, content: payload.content_index, summary: payload.summary_index, texts };
  }

  /**
   * Once the stream has ended: a credential spelled over several deltas (or a delta's logprob tokens) is cut from
   * each, and the kept steps rewritten. Streams whose deltas hold none (nearly all) are not read again.
   */
  #cutSplit(): void {
    const { finder, redactor } = this.args;
    const runs = [...this.#runs.values()];
    this.#runs.clear();
    this.#lastRun = undefined;
    // Past the limit a run may end inside a credential, whose start is cut too.
    const cutShort = this.omitted > 0 || this.#cutShort;
    if (!finder) return;
    const tails = this.#runTails;
    const ending = { spans: finder.spans, prefixAtEnd: (text: string) => tails.get(text) ?? finder.prefixAtEnd?.(text) ?? -1 };
    if (!runs.some((run) => finder.spans(run.join('')).length > 0) && !(cutShort && (tails.size > 0 || runs.some((run) => ending.prefixAtEnd(run.join('')) >= 0)))) return;
    const texts = this.#kept.map((step) => ({ type: step.type, data: step.data === '' ? '' : step.data.toString('utf8') }));
    const cut = this.args.cut();
    for (const [index, text] of cutSplitInStream(texts, ending, { cutShort })) {
      const data = redactor.redactJsonText(cut ? cut(text) : text);
      this.bytes += data.length - texts[index]!.data.length;
      this.#kept[index] = { ...this.#kept[index]!, data: data === '' ? '' : Buffer.from(data, 'utf8') };
    }
  }

  /** An event's text as kept: cut to what is left of the limit (a long answer's response.completed). */
  #cut(event: StreamEvent): string {
    const json = eventJson(event);
    const left = this.args.limit - this.bytes;
    // A UTF-16 code unit is at most 3 UTF-8 bytes: a text this short fits without counting its bytes.
    if (json.length * 3 <= left) return json;
    const kept = keepBody(json, left);
    const { finder } = this.args;
    if (kept.cutAt === undefined || !finder) return kept.text;
    this.#cutShort = true;
    const before = kept.text.slice(0, kept.cutAt);
    const marker = kept.text.slice(kept.cutAt);
    // A delta cut short continues its run: a credential may start in the deltas before it.
    const field = typeof event.payload.delta === 'string' && event.type.endsWith('.delta') ? before.indexOf(DELTA_FIELD) : -1;
    if (field < 0) return `${cutPrefixAtEnd(before, finder)}${marker}`;
    const run = this.#runs.get(runKey(event))?.join('') ?? '';
    const from = field + DELTA_FIELD.length;
    const cut = cutDeltaCutShort({ run, delta: before.slice(from), finder });
    if (cut.runFrom !== undefined) this.#runTails.set(run, cut.runFrom);
    return `${before.slice(0, from)}${cut.delta}${marker}`;
  }

  /** Masks and encodes the open steps. JSON texts hold no line break, so none of them spans one. */
  #seal(): void {
    const open = this.#open;
    if (open.length === 0) return;
    this.#open = [];
    const { finder } = this.args;
    let joined = open.map((step) => step.data).join('\n');
    // An event's logprobs may spell a credential token by token, the event holding it whole: cut before it is.
    // Most streams have no logprobs: the joined texts are looked at once, not each step's.
    if (finder && holdsLogprobList(joined)) {
      for (const step of open) {
        const data = cutSplitInJson(step.data, finder);
        this.bytes += data.length - step.data.length;
        step.data = data;
      }
      joined = open.map((step) => step.data).join('\n');
    }
    const { redactor } = this.args;
    const cut = this.args.cut();
    const mask = (text: string): string => redactor.redactJsonText(cut ? cut(text) : text);
    if (mask(joined) !== joined) {
      for (const step of open) {
        const data = mask(step.data);
        this.bytes += data.length - step.data.length;
        this.#kept.push({ at: step.at, type: step.type, data: data === '' ? '' : Buffer.from(data, 'utf8') });
      }
      return;
    }
    const bytes = Buffer.from(joined, 'utf8');
    let from = 0;
    for (const step of open) {
      const to = from + Buffer.byteLength(step.data);
      this.#kept.push({ at: step.at, type: step.type, data: step.data === '' ? '' : bytes.subarray(from, to) });
      from = to + 1;
    }
  }

  #report(): void {
    this.#seal();
    this.#reported = this.bytes;
    this.args.changed();
  }

  /** The kept steps, their data as text again. */
  get steps(): TimelineStep[] {
    this.#seal();
    return this.#kept.map((step) => ({ at: step.at, type: step.type, data: step.data === '' ? '' : step.data.toString('utf8') }));
  }

  view(): StreamTimelineView {
    return { steps: this.steps, omitted: this.omitted, end: this.ended };
  }
}

/** The run a delta event belongs to: its type and the part it writes. */
function runKey(event: StreamEvent): string {
  const { payload } = event;
  return `${event.type}|${String(payload.item_id)}|${String(payload.output_index)}|${String(payload.content_index)}|${String(payload.summary_index)}`;
}

function typeOf(step: Step): string {
  if (step.kind === 'event') return step.event.type;
  return step.kind === 'comment' ? ':' : '[DONE]';
}
