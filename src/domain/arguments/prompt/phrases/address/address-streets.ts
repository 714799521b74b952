// The pieces a postal address is read from (extract-addresses.ts): words and gaps, a house number, a street's name
// and whether a word names it a street, a place's name, a postal code, a state's code. Each reads a bounded
// stretch of text from a given position.
import { charAt, isLetter, isSpace, isUpper, isWordMark } from '../../text-scan.js';
import { ABBREVIATIONS, LEADING_STREET_WORDS, NOT_PLACES, STREET_WORDS } from '../place-words.js';
import { trimEndOf } from '../../../../trim-marks.js';

/** Words a street's name or a city may hold at most, and the longest word read. */
const MAX_NAME_WORDS = 6;
const MAX_WORD = 40;

export const isDigit = (char: string): boolean => char >= '0' && char <= '9' && char.length === 1;

/** The token at `at` (letters, digits, marks, dots, apostrophes, hyphens; at most MAX_WORD characters): its end. */
export function tokenEnd(text: string, at: number): number {
  let end = at;
  for (let char = charAt(text, end); char !== '' && end - at < MAX_WORD && (isLetter(char) || isDigit(char) || isWordMark(char) || "'’.-".includes(char)); char = charAt(text, end)) end += char.length;
  return end;
}

/** One or two spaces after `at`: the position after them, or -1. */
export function gap(text: string, at: number): number {
  let next = at;
  while (next - at < 2 && isSpace(charAt(text, next))) next += 1;
  return next > at && !isSpace(charAt(text, next)) ? next : -1;
}

/** A comma and at most two spaces after `at` (spaces before it too): the position after them, or -1. */
export function comma(text: string, at: number): number {
  let next = at;
  while (next - at < 2 && isSpace(charAt(text, next))) next += 1;
  if (text[next] !== ',') return -1;
  return gap(text, next + 1);
}

/** A capitalised word ("Baker", "St.", "O'Hare") that is not a common non-place, without a sentence's full stop. */
export function nameWord(text: string, at: number): number {
  if (!isUpper(charAt(text, at))) return -1;
  const end = tokenEnd(text, at);
  const word = text.slice(at, end);
  if (/\d/u.test(word) || NOT_PLACES.has(trimEndOf(word, ".'’").toLowerCase())) return -1;
  // "St." and "D.C." keep their full stop; "London." ends the sentence.
  return word.endsWith('.') && !ABBREVIATIONS.has(word.slice(0, -1)) && !word.slice(0, -1).includes('.') ? end - 1 : end;
}

/** "5th", "42nd": a numbered street's name. */
export const ordinal = (word: string): boolean => /^\d{1,3}(?:st|nd|rd|th)$/u.test(word);

/** A house number: up to five digits and a letter ("221B"), not inside a word. */
export function houseNumber(text: string, at: number): number {
  if (!isDigit(charAt(text, at)) || (at > 0 && (isLetter(charAt(text, at - 1)) || isDigit(charAt(text, at - 1))))) return -1;
  let end = at;
  while (end - at < 5 && isDigit(charAt(text, end))) end += 1;
  if (isLetter(charAt(text, end)) && !isLetter(charAt(text, end + 1)) && !isDigit(charAt(text, end + 1))) end += 1;
  return isLetter(charAt(text, end)) || isDigit(charAt(text, end)) ? -1 : end;
}

/** Lower-case words inside a street's name: "Rue de Rivoli", "Via dei Coronari", "Avenida de la Paz". */
const STREET_PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'del', 'della', 'dei', 'di', 'da', 'do', 'dos', 'das', 'von', 'van', 'der']);
/** Endings that make one word a street's name ("Hauptstrasse", "Kärntner Straße", "Herengracht", "Storgatan"). */
const STREET_ENDINGS = ['strasse', 'straße', 'gasse', 'platz', 'allee', 'straat', 'gracht', 'laan', 'gatan', 'vägen', 'veien', 'gade', 'utca', 'ulica'];
const namesStreetByEnding = (lower: string): boolean => STREET_ENDINGS.some((ending) => lower.length > ending.length + 2 && lower.endsWith(ending));
/** Whether a word (lower-cased, its full stop dropped) names a street, leading its name or ending it. */
export const namesStreet = (lower: string): boolean => LEADING_STREET_WORDS.has(lower) || STREET_WORDS.has(lower) || namesStreetByEnding(lower);

/**
 * The street after a house number: its end, and whether a word names a street: its last ("Street", "Ave.",
 * "Hauptstrasse"), or its first with a name after it ("Rue Centrale", "Rue de Rivoli").
 */
export function street(text: string, at: number): { end: number; typed: boolean } | undefined {
  let end = -1;
  let next = at;
  let led = false;
  for (let words = 0; words < MAX_NAME_WORDS; words += 1) {
    const token = tokenEnd(text, next);
    const word = ordinal(text.slice(next, token)) ? token : nameWord(text, next);
    // A particle inside the name ("de" of "Rue de Rivoli") is read on when a name word follows it.
    if (word < 0 && end >= 0 && STREET_PARTICLES.has(text.slice(next, token))) {
      next = gap(text, token);
      if (next < 0) break;
      continue;
    }
    if (word < 0) break;
    end = word;
    const lower = text.slice(next, word).replace(/\.$/u, '').toLowerCase();
    if (words === 0 && LEADING_STREET_WORDS.has(lower)) led = true;
    else if (STREET_WORDS.has(lower) || namesStreetByEnding(lower)) return { end, typed: true };
    next = gap(text, end);
    if (next < 0) break;
  }
  return end < 0 ? undefined : { end, typed: led && !LEADING_STREET_WORDS.has(text.slice(at, end).toLowerCase()) };
}

/** A street named as one with its house number after it ("Rue de Rivoli 10", "Hauptstrasse 4"): its end, or -1. */
export function streetThenNumber(text: string, at: number): number {
  if (!isUpper(charAt(text, at))) return -1;
  const found = street(text, at);
  const number = found?.typed === true ? gap(text, found.end) : -1;
  return number < 0 ? -1 : houseNumber(text, number);
}

/** A place's name: capitalised words ("Cupertino", "New York"): its end, or -1. */
export function placeName(text: string, at: number): number {
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
export function postalCode(text: string, at: number): number {
  const end = tokenEnd(text, at);
  const token = text.slice(at, end);
  if (/^\d{4,6}(?:-\d{4})?$/u.test(token)) return end;
  if (!/^(?:[A-Z]{1,2}\d[A-Z\d]?|[A-Z]\d[A-Z])$/u.test(token)) return -1;
  const inward = gap(text, end);
  const inwardEnd = inward < 0 ? -1 : tokenEnd(text, inward);
  return inwardEnd >= 0 && /^(?:\d[A-Z]{2}|\d[A-Z]\d)$/u.test(text.slice(inward, inwardEnd)) ? inwardEnd : -1;
}

/** A state's code ("CA", "NY"): two capitals standing alone. */
export function stateCode(text: string, at: number): number {
  const end = tokenEnd(text, at);
  return /^[A-Z]{2}$/u.test(text.slice(at, end)) ? end : -1;
}
