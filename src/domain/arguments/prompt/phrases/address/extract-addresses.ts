// Postal addresses in a prompt, read from their house number on: "221B Baker Street, London", "1 Infinite Loop,
// Cupertino, CA 95014", "10 Downing Street, London SW1A 2AA, UK", with each part's span (street, city, state,
// postal code, country). Hand-written and bounded a start: a scan from every house number stays linear.
import type { Mention } from '../../mentions.js';
import { charAt, isLetter, isSpace, isUpper } from '../../text-scan.js';
import { COUNTRIES, YEAR, yearInProse } from './address-endings.js';
import { COUNTED } from '../place-words.js';
import { comma, gap, houseNumber, isDigit, namesStreet, placeName, postalCode, stateCode, street, streetThenNumber } from './address-streets.js';

export type AddressPart = 'street' | 'city' | 'state' | 'postalCode' | 'country';

export interface Address {
  end: number;
  parts: ReadonlyMap<AddressPart, Mention>;
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
    // After a comma ("12 George St, Sydney, 2000"), only where the address ends with it.
    const typedCode = this.start.typed && (at === spaced || endsClause(this.text, end)) && !yearInProse(this.text, at, end);
    if (YEAR.test(this.text.slice(at, end)) && !coded && !typedCode && this.countryAt(end) === undefined) return false;
    this.add('postalCode', at, end);
    return true;
  }

  /** ", City", ", City ST 95014", ", City SW1A 2AA", then ", ST 95014" or ", State 95014", then ", Country". */
  read(): void {
    const { text } = this;
    const cityAt = comma(text, this.end);
    const cityEnd = cityAt < 0 ? -1 : placeName(text, cityAt);
    if (cityEnd < 0 && cityAt >= 0) this.codeThenCity(cityAt);
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

  /** ", 75001 Paris", ", 1010 Wien": a postal code before its city, after a street named as one. */
  codeThenCity(at: number): void {
    const code = this.start.typed ? postalCode(this.text, at) : -1;
    const cityAt = code < 0 ? -1 : gap(this.text, code);
    const cityEnd = cityAt < 0 ? -1 : placeName(this.text, cityAt);
    if (cityEnd < 0) return;
    this.add('postalCode', at, code);
    this.add('city', cityAt, cityEnd);
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
  if (!isDigit(charAt(text, at))) return streetFirst(text, at);
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

/**
 * An address written the continental way, its street named as one before its house number and a city or a postal code
 * after it: "Rue de Rivoli 10, 75001 Paris", "Hauptstrasse 4, Wien".
 */
function streetFirst(text: string, at: number): Address | undefined {
  const end = streetThenNumber(text, at);
  if (end < 0) return undefined;
  const reader = new PartsReader(text, { at, end, typed: true });
  reader.read();
  return reader.parts.has('city') || reader.parts.has('postalCode') ? { end: reader.end, parts: reader.parts } : undefined;
}

/** Whether nothing but the end of a sentence follows `end` ("…, Sydney, 2000." or the prompt's end). */
function endsClause(text: string, end: number): boolean {
  let at = end;
  while (at - end < 2 && isSpace(charAt(text, at))) at += 1;
  const next = charAt(text, at);
  return next === '' || next === '.' || next === '!' || next === '?' || next === ';' || next === '\n';
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

/**
 * Whether the prompt holds an address read bare (a street word or a postal code), or written street first ("Rue de
 * Rivoli 10, 75001 Paris"), outside spans `skipped` (in order).
 */
export function holdsAddress(text: string, options: { skipped?: ReadonlyArray<readonly [number, number]> } = {}): boolean {
  const skipped = options.skipped ?? [];
  let span = 0;
  for (let at = 0; at < text.length; at += 1) {
    while (span < skipped.length && skipped[span]![1] <= at) span += 1;
    if (span < skipped.length && skipped[span]![0] <= at) { at = skipped[span]![1]; continue; }
    if (!isDigit(charAt(text, at))) continue;
    if (!countedAt(text, at) && readAddress(text, at, { bare: true }) !== undefined) return true;
    if (numberAfterStreet(text, at)) return true;
  }
  return false;
}

/** Words a street's name holds at most before its house number, and the characters looked back over for them. */
const STREET_WORDS_BACK = 6;
const STREET_REACH = 250;

/**
 * Whether the house number at `at` ends a street written first, with its city or code after it ("Rue de Rivoli 10,
 * 75001 Paris"): the capitalised words just before it are tried as its start, a few words back at most.
 */
function numberAfterStreet(text: string, at: number): boolean {
  if (at === 0 || !isSpace(charAt(text, at - 1))) return false;
  const starts: number[] = [];
  let named = false;
  let end = at - 1;
  for (let words = 0; words < STREET_WORDS_BACK && end > 0 && at - end < STREET_REACH; words += 1) {
    while (end > 0 && isSpace(charAt(text, end - 1)) && at - end < STREET_REACH) end -= 1;
    let start = end;
    while (start > 0 && !isSpace(charAt(text, start - 1)) && at - start < STREET_REACH) start -= 1;
    const word = text.slice(start, end);
    if (start === end || /[,;:!?]$/u.test(word)) break;
    // A street's words are capitalised but for its particles ("Rue de Rivoli").
    if (isUpper(charAt(text, start))) {
      named ||= namesStreet(word.replace(/\.$/u, '').toLowerCase());
      starts.push(start);
    }
    end = start;
  }
  // Only words that name a street make one: the starts are read only then.
  return named && starts.some((start) => streetFirst(text, start) !== undefined);
}
