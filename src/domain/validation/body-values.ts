// How many JSON values a body holds, counted on its text before it is parsed: a body of millions of tiny values
// (a million-key `metadata`, an enum of millions, a history of a million one-word messages) costs seconds to parse,
// validate and answer, all of it on the event loop every other client waits on. Past MAX_BODY_VALUES the body is
// refused as soon as the count passes it, naming the top-level field that holds most of them.
import type { MockError } from '../types.js';
import { groupDigits } from '../digits.js';

/** Values (objects, arrays, keys, strings, numbers, literals) a body may hold; a long history of 5,000 items holds ~50,000. */
export const MAX_BODY_VALUES = 200_000;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const SPACE = 0x20;
const BYTE_ORDER_MARK = 0xfeff;
/** What a key in the error may quote of the client's text, as the unknown-parameter error does. */
const QUOTED_KEY = 100;

/** Where the quoted key starting at `from` is cut: at QUOTED_KEY code units, one fewer when that splits a surrogate pair. */
function keyCut(text: string, from: number, end: number): number {
  const cut = Math.min(end, from + QUOTED_KEY);
  const last = text.charCodeAt(cut - 1);
  return cut < end && last >= 0xd800 && last <= 0xdbff ? cut - 1 : cut;
}

/** The index just past the string starting at `at` (its closing quote, not escaped), or -1 when it never closes. */
function stringEnd(text: string, at: number): number {
  let from = at + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return -1;
    let backslashes = 0;
    for (let before = quote - 1; before > at && text.charCodeAt(before) === BACKSLASH; before -= 1) backslashes += 1;
    if (backslashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

/** The index of the first delimiter (a comma, colon, quote, bracket or white space) at or after `at`. */
function tokenEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (code === COMMA || code === COLON || code === QUOTE || code === OPEN_OBJECT || code === CLOSE_OBJECT || code === OPEN_ARRAY || code === CLOSE_ARRAY || code <= SPACE) break;
    end += 1;
  }
  return end;
}

/** Values counted under each top-level field, added to as the scan leaves one field for the next. */
class FieldTally {
  readonly #counts = new Map<string, number>();
  #field: string | null = null;
  #from = 0;

  enter(field: string, values: number): void {
    this.settle(values);
    this.#field = field;
    this.#from = values;
  }

  settle(values: number): void {
    if (this.#field !== null) this.#counts.set(this.#field, (this.#counts.get(this.#field) ?? 0) + values - this.#from);
    this.#field = null;
  }

  /** The field holding most values; null when the top level's own fields outnumber any field's values. */
  largest(): string | null {
    let best: string | null = null;
    let most = -1;
    for (const [field, count] of this.#counts) if (count > most) [best, most] = [field, count];
    return this.#counts.size > most ? null : best;
  }
}

/**
 * Whether the text holds more than `limit` values, and then the top-level field holding most of those counted
 * (null when the body is no object). One pass, strings skipped by searching for their closing quote, stopped as
 * soon as the count passes the limit; a text no longer than the limit cannot pass it and is not read.
 */
export function valuesPastLimit(text: string, limit: number = MAX_BODY_VALUES): { field: string | null } | null {
  if (text.length <= limit) return null;
  const containers: number[] = [];
  const tally = new FieldTally();
  let values = 0;
  let expectKey = false;
  // A byte-order mark before the body is no value (the parsers drop it).
  for (let at = text.charCodeAt(0) === BYTE_ORDER_MARK ? 1 : 0; at < text.length;) {
    const code = text.charCodeAt(at);
    if (code === QUOTE) {
      const end = stringEnd(text, at);
      if (end < 0) return null;
      if (expectKey && containers.length === 1) tally.enter(text.slice(at + 1, keyCut(text, at + 1, end - 1)), values);
      expectKey = false;
      values += 1;
      at = end;
    } else if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
      containers.push(code);
      expectKey = code === OPEN_OBJECT;
      values += 1;
      at += 1;
    } else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) {
      containers.pop();
      expectKey = false;
      at += 1;
    } else if (code === COMMA) {
      expectKey = containers[containers.length - 1] === OPEN_OBJECT;
      at += 1;
    } else if (code === COLON || code <= SPACE) {
      at += 1;
    } else {
      values += 1;
      at = Math.max(at + 1, tokenEnd(text, at));
    }
    if (values > limit) {
      tally.settle(values);
      return { field: tally.largest() };
    }
  }
  return null;
}

/** The 400 for a body past MAX_BODY_VALUES, naming where most of its values are (a key's first 100 characters). */
export function tooManyValues(field: string | null): MockError {
  const count = `more than ${groupDigits(MAX_BODY_VALUES)} JSON values (objects, arrays, keys, strings, numbers)`;
  return field === null
    ? { code: 'too_many_values', message: `The request body holds ${count}: send fewer.`, param: null }
    : { code: 'too_many_values', message: `Invalid '${field}': the request body holds ${count}, most of them there.`, param: field };
}
