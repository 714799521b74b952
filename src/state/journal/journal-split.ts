// The request's own credentials where the journal would keep them in pieces: spelled over a stream's deltas
// (`own`, `-token-01`, the rest) or over the tokens of a `logprobs` list, none of which holds them whole. Cut
// from every piece they span, as a recording cuts them (src/http/traffic/split-credentials.ts).
import { cutLogprobList, cutText, isLogprob, mergedSpans, scrubDeltas, type SpanFinder } from '../../http/traffic/split-credentials.js';
import type { RecordedEvent } from '../../schemas/replay.js';

/** Characters of chosen text read each side of a top logprob alternative. */
const WINDOW = 256;
/** How deep an answer is walked for logprobs lists (they sit a few levels down: output → content → logprobs). */
const MAX_DEPTH = 32;

/** A `logprobs` list with an entry: most answers have none (`"logprobs":[]`), and are not parsed. */
const LOGPROBS_LIST = /"logprobs"\s*:\s*\[\s*\{/;

/**
 * A JSON text with every logprobs list in it cut; the text itself when it has none, or is not whole JSON, or when
 * no credential is in it whole: tokens that spell one make a text that holds it too (an output_text's `text`, a
 * delta), and the mock's own alternatives are words of its own, not the client's.
 */
export function cutSplitInJson(text: string, finder: SpanFinder): string {
  if (!holdsLogprobList(text) || finder.spans(text).length === 0) return text;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return text;
  }
  const cut = walk(parsed, { finder, depth: 0 });
  return cut === parsed ? text : JSON.stringify(cut);
}

/** Whether the text holds a `logprobs` list with an entry (texts joined together may be asked at once). */
export function holdsLogprobList(text: string): boolean {
  return LOGPROBS_LIST.test(text);
}

function walk(value: unknown, args: { finder: SpanFinder; depth: number }): unknown {
  if (typeof value !== 'object' || value === null || args.depth > MAX_DEPTH) return value;
  const inner = { finder: args.finder, depth: args.depth + 1 };
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every(isLogprob)) return cutLogprobList(value, { finder: args.finder, window: WINDOW });
    let changed = false;
    const out = value.map((item) => {
      const cut = walk(item, inner);
      if (cut !== item) changed = true;
      return cut;
    });
    return changed ? out : value;
  }
  let out: Record<string, unknown> | null = null;
  for (const [key, item] of Object.entries(value)) {
    const cut = walk(item, inner);
    // defineProperty: a member named __proto__ stays a plain member.
    if (cut !== item) Object.defineProperty((out ??= { ...value }), key, { value: cut, enumerable: true, writable: true, configurable: true });
  }
  return out ?? value;
}

/**
 * The events' texts (one JSON text each, as kept) with credentials spread over several deltas cut, each delta's
 * logprobs with it: the indices of the texts that changed, with their new text.
 */
export function cutSplitInStream(steps: ReadonlyArray<{ type: string; data: string }>, finder: SpanFinder, options: { cutShort?: boolean } = {}): Map<number, string> {
  const changed = new Map<number, string>();
  const events: RecordedEvent[] = steps.map((step) => {
    if (!step.type.endsWith('.delta')) return { type: step.type };
    try {
      return JSON.parse(step.data) as RecordedEvent;
    } catch {
      return { type: step.type };
    }
  });
  const cut = scrubDeltas(events, finder, options);
  cut.forEach((event, index) => {
    if (event !== events[index]) changed.set(index, JSON.stringify(event));
  });
  return changed;
}

/**
 * A delta event cut at the journal's limit, from its delta's text on (`delta`: as kept, maybe with the rest of
 * the JSON after it): a credential its run's deltas before it (`run`) and it spell together, or whose start it
 * ends with, is cut from it; `runFrom`: where that credential starts in the run, when it does.
 */
export function cutDeltaCutShort(args: { run: string; delta: string; finder: SpanFinder }): { delta: string; runFrom?: number } {
  const { run, delta, finder } = args;
  const close = closingQuote(delta);
  const own = close < 0 ? delta : delta.slice(0, close);
  const text = run + own;
  const found = finder.spans(text);
  // Nothing of the stream after it is kept: the run ends with it.
  const tail = finder.prefixAtEnd?.(text) ?? -1;
  const spans = mergedSpans(tail >= 0 ? [...found, [tail, text.length]] : found).filter(([, end]) => end > run.length);
  if (spans.length === 0) return { delta };
  const cut = `${cutText(own, { start: run.length, spans })}${delta.slice(own.length)}`;
  const first = spans[0]![0];
  return first < run.length ? { delta: cut, runFrom: first } : { delta: cut };
}

/** Where a JSON string's text ends (its unescaped closing quote); -1 when it was cut before. */
function closingQuote(text: string): number {
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '\\') index += 1;
    else if (text[index] === '"') return index;
  }
  return -1;
}
