// A property's name as words (snake_case, camelCase and kebab-case split) and the spellings a prompt may
// use for it; the words that make a numeric name count things or take any number.
import { splitCamelCase } from '../../engine/words.js';

/** Words read of a name: a real one has a handful; a client's megabyte-long name is read no further. */
const MAX_NAME_WORDS = 32;

/** `cityName`, `city_name`, `city-name`, `HTTPServer` → lower-case words. */
export function nameWords(name: string): string[] {
  return splitCamelCase(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .slice(0, MAX_NAME_WORDS)
    .map((word) => word.toLowerCase());
}

/** Spellings of the name a prompt may use, as one regex alternation (longest first). */
export function nameAlternation(name: string): string {
  const words = nameWords(name);
  const spellings = new Set([name, words.join(' '), words.join('_'), words.join('-'), words.join('')]);
  return [...spellings]
    .filter((spelling) => spelling !== '')
    .sort((a, b) => b.length - a.length)
    .map((spelling) => escapeRegExp(spelling).replace(/[ _-]/g, '[\\s_-]'))
    .join('|');
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Words that make a name numeric-by-count: "top 5", "5 results". */
export const COUNT_WORDS = new Set(['limit', 'count', 'results', 'result', 'top', 'k', 'n', 'num', 'size', 'max', 'hits', 'items']);
/** Names that take "the next number in the prompt" when nothing more specific matched. */
export const GENERIC_NUMBER_WORDS = new Set(['amount', 'value', 'quantity', 'number', 'num', 'x', 'y', 'z', 'a', 'b', 'n', 'operand']);
