// Numbers in a prompt that belong to a numeric property: next to its unit word ("for 3 days" → days),
// after a count cue ("top 5", "5 results" → limit), or, for generic names (a, b, amount), in order.
import { COUNT_WORDS, GENERIC_NUMBER_WORDS, escapeRegExp } from './names.js';
import { NUMBER_PATTERN, type Mention } from './mentions.js';

const NUMBER = `(?<![\\p{L}\\p{N}.:/-])(${NUMBER_PATTERN})(?![\\p{L}\\p{N}]|[.:/-]\\d)`;
const NOT_UNITS = new Set(['max', 'min', 'maximum', 'minimum', 'num', 'number', 'of', 'the', 'count', 'total', 'limit', 'n', 'k', 'top', 'default', 'per', 'number']);
// A Map: looked up with words of the client's property names (`constructor` included).
const UNIT_ALIASES = new Map<string, readonly string[]>(Object.entries({
  hours: ['hour', 'hr', 'hrs', 'h'], minutes: ['minute', 'min', 'mins'], seconds: ['second', 'sec', 'secs', 's'],
  years: ['year', 'yr', 'yrs'], kilometers: ['kilometer', 'km', 'kms'], miles: ['mile', 'mi'], meters: ['meter', 'metre', 'metres', 'm'],
  results: ['result', 'hits', 'items', 'entries', 'links', 'matches'], radius: ['km', 'miles', 'meters'],
}));
const COUNTED_THINGS = 'results|items|entries|records|hits|links|articles|rows|matches|pages|posts|repos|repositories|issues|files|images|videos|news|stories|headlines|suggestions|options|examples|lines|messages|emails|events|products|tweets|comments';
const COUNT_CUE = `(?:top|first|last|max(?:imum)?|up\\s+to|at\\s+most|limit(?:\\s+(?:to|of|it\\s+to))?|only)`;

function unitForms(words: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const word of words) {
    if (NOT_UNITS.has(word) || word.length < 2) continue;
    const singular = word.endsWith('s') ? word.slice(0, -1) : word;
    [word, singular, `${singular}s`, ...(UNIT_ALIASES.get(word) ?? UNIT_ALIASES.get(`${singular}s`) ?? [])].forEach((form) => forms.add(form));
  }
  return [...forms].sort((a, b) => b.length - a.length).map(escapeRegExp);
}

export interface NumberMention extends Mention {
  /** Found only because the name is generic ("a", "value"): a guess, not a reading. */
  weak: boolean;
}

function collect(prompt: string, pattern: RegExp): NumberMention[] {
  const found: NumberMention[] = [];
  for (const match of prompt.matchAll(pattern)) {
    const token = match[1] ?? '';
    const at = (match.index ?? 0) + match[0].indexOf(token);
    found.push({ value: token, at, end: at + token.length, weak: false });
  }
  return found;
}

/** Candidate numbers for a numeric property with these name words, most specific first. */
export function numbersFor(prompt: string, words: readonly string[]): NumberMention[] {
  const candidates: NumberMention[] = [];
  const units = unitForms(words);
  if (units.length > 0) {
    const unit = `(?:${units.join('|')})`;
    // "3 days", "3 more days", "3-day".
    candidates.push(...collect(prompt, new RegExp(`${NUMBER}[\\s-]*(?:[\\p{L}-]+\\s+)?${unit}(?![\\p{L}\\p{N}])`, 'giu')));
  }
  if (words.some((word) => COUNT_WORDS.has(word))) {
    candidates.push(...collect(prompt, new RegExp(`\\b${COUNT_CUE}\\s+${NUMBER}`, 'giu')));
    candidates.push(...collect(prompt, new RegExp(`${NUMBER}\\s+(?:[\\p{L}-]+\\s+)?(?:${COUNTED_THINGS})\\b`, 'giu')));
  }
  if (words.some((word) => GENERIC_NUMBER_WORDS.has(word))) {
    candidates.push(...collect(prompt, new RegExp(NUMBER, 'giu')).map((mention) => ({ ...mention, weak: true })));
  }
  return candidates;
}
