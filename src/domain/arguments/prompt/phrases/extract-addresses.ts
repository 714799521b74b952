// Postal addresses in a prompt, read from their house number on: "221B Baker Street, London", "1 Infinite Loop,
// Cupertino, CA 95014", "10 Downing Street, London SW1A 2AA, UK", with each part's span (street, city, state,
// postal code, country). Hand-written and bounded a start: a scan from every house number stays linear.
import type { Mention } from '../mentions.js';
import { charAt, isLetter, isSpace, isUpper, isWordMark } from '../text-scan.js';
import { COUNTRIES, YEAR, yearInProse } from './address-endings.js';
import { ABBREVIATIONS, COUNTED, LEADING_STREET_WORDS, NOT_PLACES, STREET_WORDS } from './place-words.js';
import { trimEndOf } from '../../../trim-marks.js';

export type AddressPart = 'street' | 'city' | 'state' | 'postalCode' | 'country';

export interface Address {
  end: number;
  parts: ReadonlyMap<AddressPart, Mention>;
}

/** Words a street's name or a city may hold at most, and the longest word read. */
const MAX_NAME_WORDS = 6;
const MAX_WORD = 40;

const isDigit = (char: string): boolean => char >= '0' && char <= '9' && char.length === 1;

/** The token at `at` (letters, digits, marks, dots, apostrophes, hyphens; at most MAX_WORD characters): its end. */
function tokenEnd(text: string, at: number): number {
  let end = at;
  for (let char = charAt(text, end); char !== '' && end - at < MAX_WORD && (isLetter(char) || isDigit(char) || isWordMark(char) || "'’.-".includes(char)); char = charAt(text, end)) end += char.length;
  return end;
}

/** One or two spaces after `at`: the position after them, or -1. */
function gap(text: string, at: number): number {
  let next = at;
  while (next - at < 2 && isSpace(charAt(text, next))) next += 1;
  return next > at && !isSpace(charAt(text, next)) ? next : -1;
}

/** A comma and at most two spaces after `at` (spaces before it too): the position after them, or -1. */
function comma(text: string, at: number): number {
  let next = at;
  while (next - at < 2 && isSpace(charAt(text, next))) next += 1;
  if (text[next] !== ',') return -1;
  return gap(text, next + 1);
}

/** A capitalised word ("Baker", "St.", "O'Hare") that is not a common non-place, without a sentence's full stop. */
function nameWord(text: string, at: number): number {
  if (!isUpper(charAt(text, at))) return -1;
  const end = tokenEnd(text, at);
  const word = text.slice(at, end);
  if (/\d/u.test(word) || NOT_PLACES.has(trimEndOf(word, ".'’").toLowerCase())) return -1;
  // "St." and "D.C." keep their full stop; "London." ends the sentence.
  return word.endsWith('.') && !ABBREVIATIONS.has(word.slice(0, -1)) && !word.slice(0, -1).includes('.') ? end - 1 : end;
}

/** "5th", "42nd": a numbered street's name. */
const ordinal = (word: string): boolean => /^\d{1,3}(?:st|nd|rd|th)$/u.test(word);

/** A house number: up to five digits and a letter ("221B"), not inside a word. */
function houseNumber(text: string, at: number): number {
  if (!isDigit(charAt(text, at)) || (at > 0 && (isLetter(charAt(text, at - 1)) || isDigit(charAt(text, at - 1))))) return -1;
  let end = at;
  while (end - at < 5 && isDigit(charAt(text, end))) end += 1;
  if (isLetter(charAt(text, end)) && !isLetter(charAt(text, end + 1)) && !isDigit(charAt(text, end + 1))) end += 1;
  return isLetter(charAt(text, end)) || isDigit(charAt(text, end)) ? -1 : end;
}

/**
 * The street after a house number: its end, and whether a word names a street: its last ("Street", "Ave."), or its
 * first with a name after it ("Rue Centrale").
 */
function street(text: string, at: number): { end: number; typed: boolean } | undefined {
  let end = -1;
  let next = at;
  let led = false;
  for (let words = 0; words < MAX_NAME_WORDS; words += 1) {
    const token = tokenEnd(text, next);
    const word = ordinal(text.slice(next, token)) ? token : nameWord(text, next);
    if (word < 0) break;
    end = word;
    const lower = text.slice(next, word).replace(/\.$/u, '').toLowerCase();
    if (words === 0 && LEADING_STREET_WORDS.has(lower)) led = true;
    else if (STREET_WORDS.has(lower)) return { end, typed: true };
    next = gap(text, end);
    if (next < 0) break;
  }
  return end < 0 ? undefined : { end, typed: led && !LEADING_STREET_WORDS.has(text.slice(at, end).toLowerCase()) };
}

/** A place's name: capitalised words ("Cupertino", "New York"): its end, or -1. */
function placeName(text: string, at: number): number {
  let end = nameWord(text, at);
  for (let words = 1; end >= 0 && words < MAX_NAME_WORDS && text[end - 1] !== '.'; words += 1) {
    const next = gap(text, end);
    const word = next < 0 ? -1 : nameWord(text, next);
    if (word < 0) break;
    end = word;
  }
  return end;
}

/** A postal code at `at`: "95014", "95014-1234", "SW1A 2AA", "K1A 0B1", "75008": its end, or -1. */
function postalCode(text: string, at: number): number {
  const end = tokenEnd(text, at);
  const token = text.slice(at, end);
  if (/^\d{4,6}(?:-\d{4})?$/u.test(token)) return end;
  if (!/^(?:[A-Z]{1,2}\d[A-Z\d]?|[A-Z]\d[A-Z])$/u.test(token)) return -1;
  const inward = gap(text, end);
  const inwardEnd = inward < 0 ? -1 : tokenEnd(text, inward);
  return inwardEnd >= 0 && /^(?:\d[A-Z]{2}|\d[A-Z]\d)$/u.test(text.slice(inward, inwardEnd)) ? inwardEnd : -1;
}

/** A state's code ("CA", "NY"): two capitals standing alone. */
function stateCode(text: string, at: number): number {
  const end = tokenEnd(text, at);
  return /^[A-Z]{2}$/u.test(text.slice(at, end)) ? end : -1;
}

class PartsReader {
  readonly parts = new Map<AddressPart, Mention>();
  end: number;

  constructor(private readonly text: string, private readonly start: { at: number; end: number; typed: boolean }) {
    this.end = start.end;
    this.add('street', start.at, start.end);
  }

  add(part: AddressPart, at: number, end: number): void {
    this.parts.set(part, { value: this.text.slice(at, end), at, end });
    this.end = end;
  }

  /**
   * A postal code after one space or a comma, when there is one. Four digits that may be a year ("Netflix, 2024")
   * are one only after a state's code ("NSW 2000", whatever part holds it), before a country ("Sydney 2000,
   * Australia"), or after a space following the city of a street named as one ("12 George St, Sydney 2000") when no
   * sentence runs on from them ("London 2019 was great").
   */
  postal(): boolean {
    const spaced = gap(this.text, this.end);
    const at = Math.max(spaced, comma(this.text, this.end));
    const end = at < 0 ? -1 : postalCode(this.text, at);
    if (end < 0) return false;
    const coded = /^[A-Z]{2,3}$/u.test(this.parts.get('state')?.value ?? '') || /(?:^|[^\p{L}])\p{Lu}{2,3}$/u.test(this.text.slice(Math.max(0, this.end - 4), this.end));
    const typedCode = this.start.typed && at === spaced && !yearInProse(this.text, at, end);
    if (YEAR.test(this.text.slice(at, end)) && !coded && !typedCode && this.countryAt(end) === undefined) return false;
    this.add('postalCode', at, end);
    return true;
  }

  /** ", City", ", City ST 95014", ", City SW1A 2AA", then ", ST 95014" or ", State 95014", then ", Country". */
  read(): void {
    const { text } = this;
    const cityAt = comma(text, this.end);
    const cityEnd = cityAt < 0 ? -1 : placeName(text, cityAt);
    if (cityEnd < 0) return;
    this.add('city', cityAt, cityEnd);
    if (this.postal()) { this.country(); return; }
    const stateAt = Math.max(gap(text, this.end), comma(text, this.end));
    const codeEnd = stateAt < 0 ? -1 : stateCode(text, stateAt);
    if (codeEnd >= 0 && !COUNTRIES.has(text.slice(stateAt, codeEnd).toLowerCase())) {
      this.add('state', stateAt, codeEnd);
      this.postal();
      this.country();
      return;
    }
    const nameAt = comma(text, this.end);
    const nameEnd = nameAt < 0 ? -1 : placeName(text, nameAt);
    if (nameEnd < 0) return;
    if (COUNTRIES.has(text.slice(nameAt, nameEnd).toLowerCase())) { this.add('country', nameAt, nameEnd); return; }
    this.add('state', nameAt, nameEnd);
    this.postal();
    this.country();
  }

  /** ", UK", ", United Kingdom": a country the address ends with. */
  country(): void {
    const found = this.countryAt(this.end);
    if (found !== undefined) this.add('country', found.at, found.end);
  }

  /** The country named after a comma at `from`, if any. */
  countryAt(from: number): { at: number; end: number } | undefined {
    const at = comma(this.text, from);
    const end = at < 0 ? -1 : placeName(this.text, at);
    return end >= 0 && COUNTRIES.has(this.text.slice(at, end).toLowerCase()) ? { at, end } : undefined;
  }
}

/**
 * The address that starts at `at` with its house number, or undefined. A street whose last word names no street
 * ("1 Infinite Loop") is one only with a city and a state's code, a postal code or a country after it; an address
 * `bare` (after no preposition) needs a street word or a postal code.
 */
export function readAddress(text: string, at: number, options: { bare: boolean }): Address | undefined {
  const number = houseNumber(text, at);
  const name = number < 0 ? -1 : gap(text, number);
  const found = name < 0 ? undefined : street(text, name);
  if (found === undefined) return undefined;
  const reader = new PartsReader(text, { at, end: found.end, typed: found.typed });
  reader.read();
  const { parts } = reader;
  // A state read as a name may be any capitalised words ("3 Large Pizzas, Extra Cheese, Thin Crust"): not enough.
  const state = parts.get('state')?.value;
  const complete = parts.has('city') && (parts.has('postalCode') || parts.has('country') || (state !== undefined && /^[A-Z]{2}$/u.test(state)));
  if (!found.typed && !complete) return undefined;
  if (options.bare && !found.typed && !parts.has('postalCode')) return undefined;
  return { end: reader.end, parts };
}

/** "221B Baker Street", "10 Downing St.": a house number and a street named as one: its end, or -1. */
export function typedStreet(text: string, at: number): number {
  const number = houseNumber(text, at);
  const name = number < 0 ? -1 : gap(text, number);
  const found = name < 0 ? undefined : street(text, name);
  return found?.typed === true ? found.end : -1;
}

/** The lower-case word of letters that ends at `end`, after any spaces. */
function wordBefore(text: string, end: number): { word: string; start: number } {
  let stop = end;
  while (stop > 0 && isSpace(charAt(text, stop - 1))) stop -= 1;
  let start = stop;
  while (start > 0 && stop - start < 12 && isLetter(charAt(text, start - 1))) start -= 1;
  return { word: text.slice(start, stop).toLowerCase(), start };
}

/** A number after a counted thing's "for" ("a table for 2 Way Street"): a count, no house number. */
export function countedAt(text: string, at: number): boolean {
  const preposition = wordBefore(text, at);
  return preposition.word === 'for' && COUNTED.has(wordBefore(text, preposition.start).word);
}

/** Whether the prompt holds an address read bare (a street word or a postal code), outside spans `skipped` (in order). */
export function holdsAddress(text: string, options: { skipped?: ReadonlyArray<readonly [number, number]> } = {}): boolean {
  const skipped = options.skipped ?? [];
  let span = 0;
  for (let at = text.search(/\d/u); at >= 0 && at < text.length; at += 1) {
    while (span < skipped.length && skipped[span]![1] <= at) span += 1;
    if (span < skipped.length && skipped[span]![0] <= at) { at = skipped[span]![1]; continue; }
    if (isDigit(charAt(text, at)) && !countedAt(text, at) && readAddress(text, at, { bare: true }) !== undefined) return true;
  }
  return false;
}
