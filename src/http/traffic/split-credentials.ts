// Cutting a credential that is spread over several pieces of text: a stream's deltas (`sk`, `-`, `proj`, `-`,
// the rest, none of which looks like a key on its own) and the tokens of a `logprobs` list. Each run of deltas
// of one part is read as the text it makes, and a credential that spans several pieces is cut from all of them:
// `[redacted]` where it starts, nothing in the pieces after (a recording: src/record/scrub.ts, rule.ts).
import type { RecordedEvent } from '../../schemas/replay.js';
import { MIN_SECRET_LENGTH, REDACTED } from './own-credentials.js';

/** Where credentials are in a text: the start and end of each, overlapping ones merged, in order. */
export interface SpanFinder {
  spans(value: string): Array<[number, number]>;
  /**
   * Where a text cut short at a limit ends with a credential's start (8 characters of it, or half of a shorter
   * one): the offset that start is at; -1 when it ends with none.
   */
  prefixAtEnd?(value: string): number;
  /** What every span found begins with (when known): a text holding none of them holds no span. */
  heads?: readonly string[];
}

/** Where these credentials (those of 8 characters or more) are in a text; null when there is none to find. */
export function credentialFinder(secrets: readonly string[]): SpanFinder | null {
  const known = [...new Set(secrets.filter((secret) => secret.length >= MIN_SECRET_LENGTH))];
  if (known.length === 0) return null;
  return {
    heads: known,
    spans: (value) => {
      const found: Array<[number, number]> = [];
      for (const secret of known) {
        for (let at = value.indexOf(secret); at >= 0; at = value.indexOf(secret, at + secret.length)) found.push([at, at + secret.length]);
      }
      return mergedSpans(found);
    },
    prefixAtEnd: (value) => {
      let first = -1;
      for (const secret of known) {
        const shortest = Math.min(MIN_SECRET_LENGTH, Math.ceil(secret.length / 2));
        const head = secret.slice(0, shortest);
        // The first place it starts from is the longest start kept.
        for (let at = value.indexOf(head, Math.max(0, value.length - secret.length + 1)); at >= 0; at = value.indexOf(head, at + 1)) {
          if (secret.startsWith(value.slice(at))) {
            if (first < 0 || at < first) first = at;
            break;
          }
        }
      }
      return first;
    },
  };
}

/** A text cut short at a limit, without the start of a credential it ends with. */
export function cutPrefixAtEnd(text: string, finder: SpanFinder): string {
  const at = finder.prefixAtEnd?.(text) ?? -1;
  return at < 0 ? text : `${text.slice(0, at)}${REDACTED}`;
}

/** Spans in order of their start, overlapping ones merged. */
export function mergedSpans(spans: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [start, end] of spans.sort((a, b) => a[0] - b[0])) {
    const last = out.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/**
 * A logprobs list with what `finder` finds in the text its tokens make cut from each token it spans, and each
 * alternative that would make one with the chosen tokens around it (read `window` characters each side) cut.
 */
export function cutLogprobList(list: Logprob[], args: { finder: SpanFinder; window: number }): Logprob[] {
  const chosen = list.map((entry) => entry.token);
  const found = args.finder.spans(chosen.join(''));
  const cut = found.length > 0 ? cutLogprobs(list, { spans: found, start: 0 }) : list;
  return cutAlternatives(cut, { chosen, ...args });
}

/** One token's entry in a `logprobs` list (`{token, logprob, bytes?, top_logprobs?}`). */
export interface Logprob {
  token: string;
  logprob: number;
  [field: string]: unknown;
}

export function isLogprob(value: unknown): value is Logprob {
  return typeof value === 'object' && value !== null && typeof (value as Logprob).token === 'string' && typeof (value as Logprob).logprob === 'number';
}

export const utf8Bytes = (text: string): number[] => [...Buffer.from(text, 'utf8')];

/**
 * `text`, which starts at `start` in a longer text, without what `spans` (offsets in that longer text, in order,
 * not overlapping) cover: the part where a span starts says `[redacted]`, the parts after it are empty. Only the
 * spans that reach the text are read (found by halving): cutting every piece of a text reads each span about once.
 */
export function cutText(text: string, args: { start: number; spans: Array<[number, number]> }): string {
  const end = args.start + text.length;
  let out = '';
  let at = args.start;
  for (let index = firstEndingAfter(args.spans, args.start); index < args.spans.length; index += 1) {
    const [start, stop] = args.spans[index]!;
    if (start >= end) break;
    if (start > at) out += text.slice(at - args.start, start - args.start);
    if (start >= args.start) out += REDACTED;
    at = Math.min(stop, end);
  }
  return out + text.slice(at - args.start);
}

/** The first span that ends after `offset` (spans in order, not overlapping: their ends are in order too). */
function firstEndingAfter(spans: ReadonlyArray<[number, number]>, offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (spans[middle]![1] <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Logprobs whose tokens make a text from `start` on, cut by `spans`; a cut token's bytes follow it, its alternatives go. */
export function cutLogprobs(list: Logprob[], args: { start: number; spans: Array<[number, number]> }): Logprob[] {
  let offset = args.start;
  return list.map((entry) => {
    const token = cutText(entry.token, { start: offset, spans: args.spans });
    offset += entry.token.length;
    if (token === entry.token) return entry;
    return { ...entry, token, ...(Array.isArray(entry.bytes) ? { bytes: utf8Bytes(token) } : {}), ...(Array.isArray(entry.top_logprobs) ? { top_logprobs: [] } : {}) };
  });
}

/**
 * A list whose alternatives (`top_logprobs[].token`) would make a credential with the chosen tokens around them
 * (`chosen`: the tokens as the model wrote them, read `window` characters each side): each such alternative says
 * `[redacted]`, its bytes following. An alternative is text only where it stands: it is never read with another.
 */
export function cutAlternatives(list: Logprob[], args: { chosen: readonly string[]; finder: SpanFinder; window: number }): Logprob[] {
  const text = args.chosen.join('');
  const { heads } = args.finder;
  const reach = Math.max(0, ...(heads ?? []).map((head) => head.length - 1));
  let offset = 0;
  return list.map((entry, index) => {
    const at = offset;
    offset += args.chosen[index]?.length ?? 0;
    if (!Array.isArray(entry.top_logprobs) || entry.top_logprobs.length === 0) return entry;
    const before = text.slice(Math.max(0, at - args.window), at);
    const after = text.slice(offset, offset + args.window);
    // A span around an alternative begins before its end: with no head in the text before it, only one that
    // begins near it (read a head's length each side) can make one.
    const near = heads && !heads.some((head) => before.includes(head)) ? { before: before.slice(-reach), after: after.slice(0, reach) } : null;
    let changed = false;
    const top = entry.top_logprobs.map((alternative: unknown) => {
      if (!isLogprob(alternative) || alternative.token === '' || alternative.token === args.chosen[index]) return alternative;
      if (near && !heads!.some((head) => `${near.before}${(alternative as Logprob).token}${near.after}`.includes(head))) return alternative;
      const end = before.length + alternative.token.length;
      if (!args.finder.spans(before + alternative.token + after).some(([from, to]) => from < end && to > before.length)) return alternative;
      changed = true;
      return { ...alternative, token: REDACTED, ...(Array.isArray(alternative.bytes) ? { bytes: utf8Bytes(REDACTED) } : {}) };
    });
    return changed ? { ...entry, top_logprobs: top } : entry;
  });
}

interface Piece {
  event: number;
  start: number;
  text: string;
}

/** The events with every credential that spans deltas cut: `[redacted]` where it starts, nothing in the deltas after. */
export function scrubDeltas(events: RecordedEvent[], scrub: SpanFinder, options: { cutShort?: boolean } = {}): RecordedEvent[] {
  const runs = new Map<string, Piece[]>();
  const lengths = new Map<string, number>();
  events.forEach((event, index) => {
    if (typeof event.delta !== 'string' || !event.type.endsWith('.delta')) return;
    const key = JSON.stringify([event.type, event.item_id, event.output_index, event.content_index, event.summary_index]);
    const start = lengths.get(key) ?? 0;
    const run = runs.get(key) ?? [];
    run.push({ event: index, start, text: event.delta });
    runs.set(key, run);
    lengths.set(key, start + event.delta.length);
  });
  const rewritten = new Map<number, RecordedEvent>();
  for (const run of runs.values()) {
    const joined = run.map((piece) => piece.text).join('');
    // Cut short at a limit: a credential's start ending the run is cut, in one piece or several.
    const tail = options.cutShort ? (scrub.prefixAtEnd?.(joined) ?? -1) : -1;
    if (run.length < 2 && tail < 0) continue;
    const found = scrub.spans(joined).filter(([start, end]) => pieceAt(run, start) !== pieceAt(run, end - 1));
    const spanning = tail >= 0 ? mergedSpans([...found, [tail, joined.length]]) : found;
    if (spanning.length === 0) continue;
    for (const piece of run) {
      const delta = cutText(piece.text, { start: piece.start, spans: spanning });
      if (delta === piece.text) continue;
      // The delta's own logprobs spell it token by token: they are cut the same way.
      const logprobs = events[piece.event]!.logprobs;
      const tokens = Array.isArray(logprobs) && logprobs.every(isLogprob) ? { logprobs: cutLogprobs(logprobs, { start: piece.start, spans: spanning }) } : {};
      rewritten.set(piece.event, { ...events[piece.event]!, delta, ...tokens });
    }
  }
  if (rewritten.size === 0) return events;
  return events.map((event, index) => rewritten.get(index) ?? event);
}

/** The piece `offset` falls in (the last that starts at or before it), found by halving. */
function pieceAt(run: Piece[], offset: number): number {
  let low = 0;
  let high = run.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (run[middle]!.start <= offset) low = middle + 1;
    else high = middle;
  }
  return Math.max(0, low - 1);
}
