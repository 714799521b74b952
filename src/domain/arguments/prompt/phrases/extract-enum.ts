// Enum values named in a prompt: case-insensitive, whole words, with `_`/`-` in a value matching a space
// ("high_priority" ← "high priority"). A one-letter value is too likely to be a stray word to count.
// The values are prepared once per schema; a prompt is then searched by word look-ups, not one pattern
// per value, so an enum of 10,000 values costs 10,000 Map look-ups.
import { WORD_CHAR, withLists, type Mention } from '../mentions.js';
import { flatten, occurrences, type PromptIndex } from '../prompt-index.js';

export interface EnumMention extends Mention {
  /** The enum value itself (the mention's `value` is its text form). */
  enumValue: unknown;
}

interface EnumEntry {
  enumValue: unknown;
  text: string;
  folded: string;
}

/** An enum prepared for searching: longest values first, so "new york" wins over "york". */
export type EnumIndex = readonly EnumEntry[];

const WORD = new RegExp(`^${WORD_CHAR}$`, 'u');
const isWordChar = (char: string | undefined): boolean => char !== undefined && char !== '' && WORD.test(char);

export function enumIndex(values: readonly unknown[]): EnumIndex {
  const entries: EnumEntry[] = [];
  for (const value of values) {
    if ((typeof value !== 'string' && typeof value !== 'number') || String(value).trim().length <= 1) continue;
    entries.push({ enumValue: value, text: String(value), folded: flatten(String(value)) });
  }
  // Array.prototype.sort is stable: equal lengths keep the enum's order.
  return entries.sort((a, b) => b.text.length - a.text.length);
}

/** Mentions of the enum's values in prompt order; adjacent mentions joined by and/or/commas form a list. */
export function findEnumMentions(prompt: string, args: { index: PromptIndex; values: EnumIndex }): EnumMention[] {
  const found: EnumMention[] = [];
  // Accepted mentions never overlap and are at least as long as any later one, so an overlap always
  // covers one of the later mention's ends: marking covered positions is enough.
  let covered: Uint8Array | undefined;
  for (const entry of args.values) {
    let lastEnd = 0;
    for (const at of occurrences(args.index, entry.folded)) {
      const end = at + entry.folded.length;
      if (at < lastEnd || isWordChar(prompt[at - 1]) || isWordChar(prompt[end])) continue;
      lastEnd = end;
      if (covered !== undefined && (covered[at] === 1 || covered[end - 1] === 1)) continue;
      covered ??= new Uint8Array(prompt.length);
      covered.fill(1, at, end);
      found.push({ value: entry.text, at, end, enumValue: entry.enumValue });
    }
  }
  return withLists(prompt, found);
}
