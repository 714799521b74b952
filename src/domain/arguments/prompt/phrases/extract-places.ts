// Place names in a prompt: capitalised phrases ("New York", "Rio de Janeiro", "Room 4B", "221B Baker Street") after in/for/at/to/from…,
// with lists ("Paris, London and Tokyo") kept together. Common capitalised non-places are skipped. Read by
// a hand-written scanner in one left-to-right pass: no backtracking, however long the runs of spaces.
import type { Mention } from '../mentions.js';
import { charAt, isLetter, isLowerOrDigit, isSpace, isUpper, isWordMark, wordAfter } from '../text-scan.js';
import { ABBREVIATIONS, CONJUNCTIONS, NOT_PLACES, NUMBERED, PARTICLES, PREPOSITIONS } from './place-words.js';
import { countedAt, readAddress, typedStreet, type AddressPart } from './address/extract-addresses.js';
import { PERSON_TITLES } from './person-cues.js';
import { greetsAfterName } from './relay-says.js';
import { trimEndOf } from '../../../trim-marks.js';

export interface PlaceMention extends Mention {
  /** The preposition before it ("in", "from"…), or '' for a bare capitalised phrase. */
  preposition: string;
  /** For a postal address ("1 Infinite Loop, Cupertino, CA 95014"): its parts, each with its span. */
  address?: ReadonlyMap<AddressPart, Mention>;
}

function skipSpaces(text: string, at: number): number {
  let next = at;
  while (isSpace(charAt(text, next))) next += 1;
  return next;
}

/** A capitalised word at `at` (a capital, then letters, marks, apostrophes, dots, hyphens): its end, or -1. */
function capitalisedWord(text: string, at: number): number {
  if (!isUpper(charAt(text, at))) return -1;
  let end = at + 1;
  for (let char = charAt(text, end); char !== '' && (isLetter(char) || isWordMark(char) || "'’.-".includes(char)); char = charAt(text, end)) end += char.length;
  return end;
}

/** A lower-case word from `words` at `at` followed by at least one space: the position after the spaces, or -1. */
function wordThenSpaces(text: string, at: number, words: ReadonlySet<string> | readonly string[]): number {
  for (const word of words) {
    if (!text.startsWith(word, at)) continue;
    const after = skipSpaces(text, at + word.length);
    if (after > at + word.length) return after;
  }
  return -1;
}

/** A lower-case particle ("de", "van"…) at `at` followed by spaces: the position after them, or -1. */
function particle(text: string, at: number): number {
  let end = at;
  while (end - at < 5 && /[a-z]/.test(text[end] ?? '')) end += 1;
  if (!PARTICLES.has(text.slice(at, end))) return -1;
  const after = skipSpaces(text, end);
  return after > end ? after : -1;
}

/** "New York", "Rio de Janeiro": capitalised words joined by spaces, with an optional particle between. */
function phrase(text: string, at: number): number {
  return isDigit(text[at]) ? typedStreet(text, at) : capitalisedPhrase(text, at);
}

function capitalisedPhrase(text: string, at: number): number {
  let end = capitalisedWord(text, at);
  if (end < 0) return -1;
  for (;;) {
    const next = skipSpaces(text, end);
    if (next === end) return end;
    const afterParticle = particle(text, next);
    let word = afterParticle < 0 ? -1 : capitalisedWord(text, afterParticle);
    if (word < 0) word = capitalisedWord(text, next);
    if (word < 0) word = numberAfter(text, { previous: lastWord(text, end), at: next });
    if (word < 0) return end;
    end = word;
  }
}

const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';

/** The capitalised word that ends at `end` (letters only), lower-cased. */
function lastWord(text: string, end: number): string {
  let start = end;
  while (start > 0 && end - start < 12 && isLetter(charAt(text, start - 1))) start -= 1;
  return text.slice(start, end).toLowerCase();
}

/** A short token with a digit ("4B", "12", "B12") after a numbered place's noun: its end, or -1. */
function numberAfter(text: string, args: { previous: string; at: number }): number {
  if (!NUMBERED.has(args.previous)) return -1;
  let end = args.at;
  while (end - args.at < 6 && /[A-Za-z0-9]/.test(text[end] ?? '')) end += 1;
  const token = text.slice(args.at, end);
  return token !== '' && /\d/.test(token) && !/[A-Za-z0-9]/.test(text[end] ?? '') ? end : -1;
}

/** After a phrase: ", ", ", and ", " and ", " & ", " vs. "…, when another phrase follows. */
function separator(text: string, at: number): { next: number; conjoined: boolean } | undefined {
  const comma = skipSpaces(text, at);
  if (text[comma] === ',') {
    const afterComma = skipSpaces(text, comma + 1);
    const conjunction = text[afterComma] === '&' ? skipSpaces(text, afterComma + 1) : wordThenSpaces(text, afterComma, ['and', 'or']);
    if (conjunction >= 0 && phrase(text, conjunction) >= 0) return { next: conjunction, conjoined: true };
    if (phrase(text, afterComma) >= 0) return { next: afterComma, conjoined: false };
  }
  if (comma > at) {
    const after = wordThenSpaces(text, comma, CONJUNCTIONS);
    if (after >= 0 && phrase(text, after) >= 0) return { next: after, conjoined: true };
  }
  return undefined;
}

interface ParsedList {
  end: number;
  items: string[];
  conjoined: boolean;
}

/** Phrases joined by separators, starting at `at`, with each item cut to its leading place words. */
function list(text: string, at: number, excluded: ReadonlySet<string>): ParsedList | undefined {
  let end = phrase(text, at);
  if (end < 0) return undefined;
  const parsed: ParsedList = { end, items: [], conjoined: false };
  let start = at;
  for (;;) {
    const item = placePrefix(text.slice(start, end), { excluded, after: wordAfter(text, end, { spaces: 4, chars: 24, inWord: isWordChar }) || undefined });
    if (item !== '') parsed.items.push(item);
    const joined = separator(text, end);
    if (joined === undefined) break;
    parsed.conjoined ||= joined.conjoined;
    start = joined.next;
    end = phrase(text, start);
  }
  parsed.end = end;
  return parsed;
}

const isWordChar = (char: string): boolean => isLetter(char) || isDigit(char);
const DAY_MONTHS: ReadonlySet<string> = new Set(['may', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
/** Keeps the leading words of a phrase up to the first word that is not a place name (`after`: the word past it). */
function placePrefix(phraseText: string, context: { excluded: ReadonlySet<string>; after: string | undefined }): string {
  const { excluded } = context;
  const words = phraseText.split(/\s+/);
  const kept: string[] = [];
  for (const [index, word] of words.entries()) {
    const bare = trimEndOf(word, ".'’").toLowerCase();
    // "May 3", "Jun 5": a month before a day is a date.
    if (NOT_PLACES.has(bare) || excluded.has(bare) || (DAY_MONTHS.has(bare) && /^\d/u.test(words[index + 1] ?? context.after ?? ''))) break;
    // A greeting after a name ends it ("Tell Maria Happy Birthday"); after a particle it is a place's ("Cape of Good
    // Hope"). So does "I" ("Tell Bob I'll be late").
    if (index > 0 && ((greetsAfterName(word, words[index + 1] ?? context.after) && /^\p{Lu}/u.test(words[index - 1]!)) || /^I(?:['’]\p{L}+)?[,.!?]?$/u.test(word))) break;
    // "Paris." and "Bo." end the sentence ("in Paris. London is next"); "St." and "D.C." are abbreviations, and so
    // is an initial before a name ("John F. Kennedy").
    const stem = word.slice(0, -1);
    const next = words[index + 1] ?? '';
    const initial = /^\p{Lu}$/u.test(stem) && /^\p{Lu}/u.test(next) && !NOT_PLACES.has(next.toLowerCase());
    if (word.endsWith('.') && !stem.includes('.') && !ABBREVIATIONS.has(stem) && !initial) { kept.push(stem); break; }
    kept.push(word);
  }
  // A trailing particle ("Rio de") is not part of a name.
  while (kept.length > 0 && /^\p{Ll}/u.test(kept[kept.length - 1] ?? '')) kept.pop();
  // A title alone ("I met the Dr. Then we left") names no one and nowhere.
  if (kept.length === 1 && PERSON_TITLES.has(kept[0]!.replace(/\.$/u, '').toLowerCase())) return '';
  return kept.join(' ');
}

interface Span {
  at: number;
  end: number;
  preposition: string;
}

function toMention(parse: ParsedList, span: Span): PlaceMention | undefined {
  const first = parse.items[0];
  if (first === undefined) return undefined;
  // "Paris, France" is one place; "Paris and London" or "Paris, London, Tokyo" is a list.
  if (parse.items.length === 2 && !parse.conjoined) return { value: parse.items.join(', '), ...span };
  if (parse.items.length === 1) return { value: first, ...span };
  return { value: first, ...span, list: parse.items };
}

/** The place (or list of places) that `text` starts with, e.g. the value after "city". */
export function placeAtStart(text: string, excluded: ReadonlySet<string>): PlaceMention | undefined {
  const address = isDigit(text[0]) || isUpper(charAt(text, 0)) ? readAddress(text, 0, { bare: false }) : undefined;
  if (address !== undefined) return { value: text.slice(0, address.end), at: 0, end: address.end, preposition: '', address: address.parts };
  const parsed = list(text, 0, excluded);
  return parsed === undefined ? undefined : toMention(parsed, { at: 0, end: parsed.end, preposition: '' });
}

/** A preposition word at `at` (any case for its first letter), not preceded by a letter: its end, or -1. */
function prepositionAt(text: string, at: number): number {
  if (at > 0 && isLetter(charAt(text, at - 1))) return -1;
  let end = at;
  while (end < text.length && end - at < 8 && isLetter(charAt(text, end))) end += 1;
  const word = text.slice(at, end);
  if (!PREPOSITIONS.has(word.charAt(0).toLowerCase() + word.slice(1))) return -1;
  return isSpace(charAt(text, end)) ? end : -1;
}

/** Place mentions, prepositional ones first, then bare capitalised phrases that do not start a sentence. */
export function findPlaces(prompt: string, excluded: ReadonlySet<string>): PlaceMention[] {
  const found: PlaceMention[] = [];
  const covered: Array<[number, number]> = [];
  for (let at = 0; at < prompt.length; at += 1) {
    const word = prepositionAt(prompt, at);
    if (word < 0) continue;
    const afterSpaces = skipSpaces(prompt, word);
    // "a table for 2 Way Street": the number is the table's count, and the street is read without it.
    if (isDigit(prompt[afterSpaces]) && countedAt(prompt, afterSpaces)) continue;
    // "at 221B Baker Street", and the continental way round, "at Rue de Rivoli 10, 75001 Paris".
    const address = isDigit(prompt[afterSpaces]) || isUpper(charAt(prompt, afterSpaces)) ? readAddress(prompt, afterSpaces, { bare: false }) : undefined;
    if (address !== undefined) {
      found.push({ value: prompt.slice(afterSpaces, address.end), at: afterSpaces, end: address.end, preposition: prompt.slice(at, word).toLowerCase(), address: address.parts });
      covered.push([afterSpaces, address.end]);
      at = address.end - 1;
      continue;
    }
    const afterThe = wordThenSpaces(prompt, afterSpaces, ['the']);
    const start = afterThe >= 0 && list(prompt, afterThe, excluded) !== undefined ? afterThe : afterSpaces;
    const parsed = list(prompt, start, excluded);
    if (parsed === undefined) continue;
    const mention = toMention(parsed, { at: start, end: parsed.end, preposition: prompt.slice(at, word).toLowerCase() });
    covered.push([start, parsed.end]);
    if (mention !== undefined) found.push(mention);
    at = parsed.end - 1;
  }
  // Bare phrases after a lower-case word, a digit, a comma or a colon: not at the start of a sentence.
  let before = '';
  let cover = 0;
  for (let at = 0; at < prompt.length; at += 1) {
    const char = charAt(prompt, at);
    if (isSpace(char)) continue;
    const eligible = at > 0 && isSpace(charAt(prompt, at - 1)) && (isLowerOrDigit(before) || before === ',' || before === ':');
    before = char;
    if (!(eligible || at === 0) || !(isUpper(char) || isDigit(char))) continue;
    while (cover < covered.length && (covered[cover]?.[1] ?? 0) <= at) cover += 1;
    const inside = cover < covered.length && (covered[cover]?.[0] ?? Infinity) <= at;
    // A bare address ("My address is 10 Downing Street, London"), its number no count ("a table for 2 Way Street").
    // Or one written street first, with its city or code ("Where is Hauptstrasse 4, 1010 Wien?").
    const address = inside ? undefined
      : isDigit(char) ? (countedAt(prompt, at) ? undefined : readAddress(prompt, at, { bare: true }))
      : isUpper(char) && eligible ? readAddress(prompt, at, { bare: false }) : undefined;
    if (address !== undefined) found.push({ value: prompt.slice(at, address.end), at, end: address.end, preposition: '', address: address.parts });
    if (address !== undefined || !isUpper(char) || (at === 0 && !eligible)) {
      if (address !== undefined) at = address.end - 1;
      before = charAt(prompt, at);
      continue;
    }
    const parsed = list(prompt, at, excluded);
    if (parsed === undefined) continue;
    const mention = inside ? undefined : toMention(parsed, { at, end: parsed.end, preposition: '' });
    if (mention !== undefined) found.push(mention);
    at = parsed.end - 1;
    before = charAt(prompt, at);
  }
  return found;
}
