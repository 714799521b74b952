// Words for matching prompts against tools: lower-cased, split on snake_case, camelCase and kebab-case,
// with filler words removed and a light plural/verb-ending fold so "weathers"/"searching" still match.
import { BoundedCache, cacheKey } from '../arguments/cache.js';

export const STOPWORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'about', 'as',
  'is', 'are', 'was', 'were', 'be', 'been', 'it', 'its', 'this', 'that', 'these', 'those', 'what', 'whats',
  'which', 'who', 'how', 'when', 'where', 'why', 'do', 'does', 'did', 'can', 'could', 'would', 'should', 'will',
  'please', 'me', 'my', 'i', 'you', 'your', 'we', 'our', 'us', 'get', 'set', 'use', 'call', 'tool', 'function',
  'current', 'given', 'some', 'any', 'all', 'there', 'here', 'then', 'than', 'so', 'if', 'into', 'via', 'up',
  'like', 'just', 'now', 'also', 'tell', 'show', 'give', 'want', 'need', 'let', 'know', 'exactly', 'only', 'once',
  'value', 'values', 'data', 'info', 'information', 'result', 'results', 'returns', 'return', 'provided', 'specified',
]);

const isUpper = (code: number): boolean => code >= 65 && code <= 90;
const isLowerOrDigit = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);

/**
 * `cityName` → `city Name`, `HTTPServer` → `HTTP Server`: a space before a capital that follows a lower-case
 * letter or digit, or that starts a capitalised word after a run of capitals. One pass, no regex.
 */
export function splitCamelCase(text: string): string {
  let out = '';
  let from = 0;
  for (let index = 1; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (!isUpper(code)) continue;
    const previous = text.charCodeAt(index - 1);
    const next = text.charCodeAt(index + 1);
    if (isLowerOrDigit(previous) || (isUpper(previous) && next >= 97 && next <= 122)) {
      out += `${text.slice(from, index)} `;
      from = index;
    }
  }
  return out + text.slice(from);
}

/** Whether any word of the text (its runs of letters, lower-cased) is one of `words`: one linear pass. */
export function mentionsAny(text: string, words: ReadonlySet<string>): boolean {
  for (const word of text.toLowerCase().split(/[^a-z]+/)) if (words.has(word)) return true;
  return false;
}

/** Splits identifiers and prose into words: `getWeatherForecast` → get, weather, forecast. */
export function splitWords(text: string): string[] {
  return splitCamelCase(text)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

// Tool names and descriptions recur on every request; prompts do not and are never kept.
const memo = new BoundedCache<Set<string>>({ maxEntries: 4096, maxBytes: 4 * 1024 * 1024, sizeOf: (words) => 64 + 48 * words.size });
const MEMO_MAX_TEXT = 4096;

/** Meaningful words, folded to a stem, without duplicates. Memoised for short texts (tool names, descriptions). */
export function keywords(text: string): Set<string> {
  if (text.length > MEMO_MAX_TEXT) return computeKeywords(text);
  const key = cacheKey(text);
  const known = memo.get(key);
  if (known) return known;
  const out = computeKeywords(text);
  memo.set(key, out);
  return out;
}

/** The same words, not memoised: for texts that do not recur (prompts), which would only churn the memo. */
export function computeKeywords(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of splitWords(text)) {
    if (word.length < 2 || STOPWORDS.has(word)) continue;
    out.add(stem(word));
  }
  return out;
}

/** Words ending like a plural that are none ("news" is not "new"). */
const UNFOLDED: ReadonlySet<string> = new Set(['news']);

export function stem(word: string): string {
  if (UNFOLDED.has(word)) return word;
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith('es') && /(ch|sh|x|ss)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}
