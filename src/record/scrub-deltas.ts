// Keeps credentials out of a recorded stream's deltas: a key an upstream echoes is streamed in pieces (`sk`,
// `-`, `proj`, `-`, the rest), none of which looks like a key on its own. Each run of deltas of one part is read
// as the text it makes, and a credential that spans several deltas is cut from all of them.
import type { RecordedEvent } from '../schemas/replay.js';
import { cutLogprobs, cutText, isLogprob, type Scrubber } from './scrub.js';

interface Piece {
  event: number;
  start: number;
  text: string;
}

/** The events with every credential that spans deltas cut: `[redacted]` where it starts, nothing in the deltas after. */
export function scrubDeltas(events: RecordedEvent[], scrub: Scrubber): RecordedEvent[] {
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
    if (run.length < 2) continue;
    const spanning = scrub.spans(run.map((piece) => piece.text).join('')).filter(([start, end]) => pieceAt(run, start) !== pieceAt(run, end - 1));
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

function pieceAt(run: Piece[], offset: number): number {
  let found = 0;
  for (let index = 0; index < run.length && run[index]!.start <= offset; index += 1) found = index;
  return found;
}
