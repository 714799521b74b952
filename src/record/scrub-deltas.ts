// Keeps credentials out of a recorded stream's deltas: a key an upstream echoes is streamed in pieces (`sk`,
// `-`, `proj`, `-`, the rest), none of which looks like a key on its own. Each run of deltas of one part is read
// as the text it makes, and a credential that spans several deltas is cut from all of them.
import type { RecordedEvent } from '../schemas/replay.js';
import { REDACTED, type Scrubber } from './scrub.js';

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
  const rewritten = new Map<number, string>();
  for (const run of runs.values()) {
    if (run.length < 2) continue;
    const spanning = scrub.spans(run.map((piece) => piece.text).join('')).filter(([start, end]) => pieceAt(run, start) !== pieceAt(run, end - 1));
    if (spanning.length === 0) continue;
    for (const piece of run) {
      const cut = cutPiece(piece, spanning);
      if (cut !== piece.text) rewritten.set(piece.event, cut);
    }
  }
  if (rewritten.size === 0) return events;
  return events.map((event, index) => {
    const delta = rewritten.get(index);
    return delta === undefined ? event : { ...event, delta };
  });
}

function pieceAt(run: Piece[], offset: number): number {
  let found = 0;
  for (let index = 0; index < run.length && run[index]!.start <= offset; index += 1) found = index;
  return found;
}

/** The piece without what the spans cover; the piece where a span starts says `[redacted]` in its place. */
function cutPiece(piece: Piece, spans: Array<[number, number]>): string {
  const end = piece.start + piece.text.length;
  let out = '';
  let at = piece.start;
  for (const [start, stop] of spans) {
    if (stop <= at || start >= end) continue;
    if (start > at) out += piece.text.slice(at - piece.start, start - piece.start);
    if (start >= piece.start) out += REDACTED;
    at = Math.min(stop, end);
  }
  return out + piece.text.slice(at - piece.start);
}
