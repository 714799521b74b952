// Line numbers in a prompt: "line 42", "lines 10 to 40", "rows 5-9", for a property naming a position in a file
// (`line`, `start_line`, `row_index`), a range's end first for one that names the end (`end_line`).
import { COUNT_WORDS } from '../names.js';
import type { Mention } from '../mentions.js';

/** A line number, read as written: never a guess (a NumberMention of extract-numbers.ts). */
interface LineNumber extends Mention {
  weak: boolean;
}

/** "line 42", "lines 10 to 40", "rows 5-9": a line number, or a range's two ends, for `start_line` and `end_line`. */
const LINES = /(?<![\p{L}])(?:lines?|rows?)\s{1,4}(\d{1,9})(?!\d|[.,:]\d)(?:\s{0,4}(?:to|through|until|-|–)\s{0,4}(\d{1,9})(?!\d|[.,:]\d))?/giu;
/** Names of a position in a file (`line`, `start_line`, `row_index`), not of how many lines (`lines`, `line_count`). */
const LINE_WORDS = new Set(['line', 'row', 'lineno']);
const NOT_POSITION_WORDS = new Set([...COUNT_WORDS, 'total'].filter((word) => word !== 'num'));
export const namesLine = (words: readonly string[]): boolean => words.some((word) => LINE_WORDS.has(word)) && !words.some((word) => NOT_POSITION_WORDS.has(word));
const END_WORDS = new Set(['end', 'last', 'stop', 'until', 'to']);

/** The line numbers the prompt writes, a range's end first for a property that names the end. */
export function lineNumbers(prompt: string, words: readonly string[]): LineNumber[] {
  const found: LineNumber[] = [];
  const endFirst = words.some((word) => END_WORDS.has(word));
  for (const match of prompt.matchAll(LINES)) {
    const [whole, first = '', second] = match;
    const at = match.index ?? 0;
    const start = at + whole.indexOf(first);
    const ends: LineNumber[] = [{ value: first, at: start, end: start + first.length, weak: false }];
    if (second !== undefined) {
      const from = at + whole.lastIndexOf(second);
      ends.push({ value: second, at: from, end: from + second.length, weak: false });
    }
    found.push(...(endFirst ? ends.reverse() : ends));
  }
  return found;
}
