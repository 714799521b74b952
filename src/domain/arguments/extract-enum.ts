// Enum values named in a prompt: case-insensitive, whole words, with `_`/`-` in a value matching a space
// ("high_priority" ← "high priority"). A one-letter value is too likely to be a stray word to count.
import { escapeRegExp } from './names.js';
import { WORD_CHAR, withLists, type Mention } from './mentions.js';

export interface EnumMention extends Mention {
  /** The enum value itself (the mention's `value` is its text form). */
  enumValue: unknown;
}

function spellingPattern(text: string): RegExp {
  const flexible = escapeRegExp(text).replace(/[ _-]/g, '[\\s_-]');
  return new RegExp(`(?<!${WORD_CHAR})${flexible}(?!${WORD_CHAR})`, 'giu');
}

/** Mentions of any of `values` in prompt order; adjacent mentions joined by and/or/commas form a list. */
export function findEnumMentions(prompt: string, values: readonly unknown[]): EnumMention[] {
  const found: EnumMention[] = [];
  const usable = values.filter((value) => (typeof value === 'string' || typeof value === 'number') && String(value).trim().length > 1);
  // Longer values first, so "new york" wins over "york" where both are allowed.
  usable.sort((a, b) => String(b).length - String(a).length);
  for (const enumValue of usable) {
    for (const match of prompt.matchAll(spellingPattern(String(enumValue)))) {
      const at = match.index ?? 0;
      const end = at + match[0].length;
      if (found.some((other) => at < other.end && end > other.at)) continue;
      found.push({ value: String(enumValue), at, end, enumValue });
    }
  }
  return withLists(prompt, found);
}
