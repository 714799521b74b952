// A rendered text with sentinels → static parts (pre-encoded as bytes) and the draw each gap takes; filling
// copies parts and values into one buffer, which is sent as-is (no rope to flatten, nothing to encode).
// A text whose sentinels are ambiguous (a stray marker) does not compile.
import { CLOSE, OPEN, SENTINEL_PATTERN } from './recorder.js';

export interface Compiled {
  /** One more part than slots: parts[0] slot[0] parts[1] … */
  parts: Buffer[];
  slots: number[];
  /** Bytes of all parts together. */
  staticLength: number;
}

export function compile(text: string, drawCount: number): Compiled | undefined {
  const pieces: string[] = [];
  const slots: number[] = [];
  let from = 0;
  for (const match of text.matchAll(SENTINEL_PATTERN)) {
    const index = Number(match[1] ?? match[2]);
    if (!(index < drawCount)) return undefined;
    pieces.push(text.slice(from, match.index));
    slots.push(index);
    from = match.index + match[0].length;
  }
  pieces.push(text.slice(from));
  // Anything left that looks like a marker came from elsewhere: the template would be ambiguous.
  for (const piece of pieces) if (piece.includes(OPEN) || piece.includes(CLOSE) || piece.includes('-9000000000')) return undefined;
  const parts = pieces.map((piece) => Buffer.from(piece, 'utf8'));
  return { parts, slots, staticLength: parts.reduce((sum, part) => sum + part.length, 0) };
}

/** Values are ASCII (ids, digits, padding), so a character is a byte. */
export function fill(compiled: Compiled, values: readonly string[]): Buffer {
  const { parts, slots } = compiled;
  let length = compiled.staticLength;
  for (const slot of slots) length += values[slot]!.length;
  const out = Buffer.allocUnsafe(length);
  let at = parts[0]!.copy(out, 0);
  for (let index = 0; index < slots.length; index += 1) {
    at += out.write(values[slots[index]!]!, at, 'latin1');
    at += parts[index + 1]!.copy(out, at);
  }
  return out;
}
