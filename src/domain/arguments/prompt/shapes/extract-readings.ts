// Numbers written in a notation of their own, for the properties that read it: a line position ("line 42", "lines
// 10 to 40" for start_line and end_line) and a temperature with its scale glued on ("68F", "20C", "68°F"), which no
// count reads ("apartment 4C" is no 4), and one person said in words ("just me") for a count of travellers. Each one
// linear pattern over the prompt.
import { COUNT_WORDS } from '../names.js';
import type { Mention } from '../mentions.js';

/** A number read, as extract-numbers.ts gives them. */
interface Reading extends Mention {
  weak: boolean;
}

/** "line 42", "lines 10 to 40", "rows 5-9": a line number, or a range's two ends, for `start_line` and `end_line`. */
const LINES = /(?<![\p{L}])(?:lines?|rows?)\s{1,4}(\d{1,9})(?!\d|[.,:]\d)(?:\s{0,4}(?:to|through|until|-|–)\s{0,4}(\d{1,9})(?!\d|[.,:]\d))?/giu;
/** Names of a position in a file (`line`, `start_line`, `row_index`), not of how many lines (`lines`, `line_count`). */
const LINE_WORDS = new Set(['line', 'row', 'lineno']);
const NOT_POSITION_WORDS = new Set([...COUNT_WORDS, 'total'].filter((word) => word !== 'num'));
export const namesLine = (words: readonly string[]): boolean => words.some((word) => LINE_WORDS.has(word)) && !words.some((word) => NOT_POSITION_WORDS.has(word));
const END_WORDS = new Set(['end', 'last', 'stop', 'until', 'to']);

/** The line numbers the prompt writes, a range's end first for a property that names the end. */
export function lineNumbers(prompt: string, words: readonly string[]): Reading[] {
  const found: Reading[] = [];
  const endFirst = words.some((word) => END_WORDS.has(word));
  for (const match of prompt.matchAll(LINES)) {
    const [whole, first = '', second] = match;
    const at = match.index ?? 0;
    const start = at + whole.indexOf(first);
    const ends: Reading[] = [{ value: first, at: start, end: start + first.length, weak: false }];
    if (second !== undefined) {
      const from = at + whole.lastIndexOf(second);
      ends.push({ value: second, at: from, end: from + second.length, weak: false });
    }
    found.push(...(endFirst ? ends.reverse() : ends));
  }
  return found;
}

/** Names of a temperature, and a reading with its scale (a capital F or C) glued on. */
const TEMPERATURE_WORDS = new Set(['temperature', 'temp', 'setpoint', 'degrees', 'heat', 'thermostat']);
const GLUED_SCALE = /(?<![\p{L}\p{N}.:/#-])(-?\d{1,3}(?:\.\d)?)°?[FC](?![\p{L}\p{N}])/gu;
/** A word that makes "4C" the name of a place ("apartment 4C", "seat 12F", "gate 3C"), not a temperature. */
const PLACE_BEFORE = /(?:^|[^\p{L}])(?:apartment|apt|unit|room|rm|suite|ste|flat|floor|seat|gate|block|building|bldg|row|cabin|berth|locker|platform|no|number)\.?\s{1,4}$/iu;
/** The ambiguous place words after which a glued reading may still be the temperature ("Set temperature no 21C"). */
const NUMBER_BEFORE = /(?:^|[^\p{L}])(?:no|number)\.?\s{1,4}$/iu;
/** A place already named by its own phrase ("the first floor 20C"): the reading after it is no number of the place. */
const NAMED_PLACE = /(?:^|[^\p{L}\p{N}])(?:first|second|third|fourth|fifth|ground|top|upper|lower|main|\d{1,3}(?:st|nd|rd|th))\s{1,4}(?:floor|row|block)\s{1,4}$/iu;

/**
 * For a temperature's property, the readings written with their scale glued on ("Turn the heat up to 68F" → 68), not
 * one naming a place ("Set apartment 4C to 20C" → 20, "room 4C" → none) unless it is the only one and follows 'no' or
 * 'number' ("Set temperature no 21C" → 21).
 */
export function temperatureReadings(prompt: string, words: readonly string[]): Reading[] {
  if (!words.some((word) => TEMPERATURE_WORDS.has(word))) return [];
  const found: Reading[] = [];
  const placed: Reading[] = [];
  for (const match of prompt.matchAll(GLUED_SCALE)) {
    const value = match[1] ?? '';
    const before = prompt.slice(Math.max(0, match.index - 24), match.index);
    const at = match.index + match[0].indexOf(value);
    const names = PLACE_BEFORE.test(before) && !NAMED_PLACE.test(before);
    const reading = { value, at, end: at + value.length, weak: false };
    if (!names) found.push(reading);
    else if (NUMBER_BEFORE.test(before)) placed.push(reading);
  }
  return found.length > 0 ? found : placed;
}

/** Names that count people travelling or staying, and the words that make them one ("just me", "by myself"). */
const TRAVELLER_WORDS = new Set(['passengers', 'passenger', 'travelers', 'travellers', 'traveler', 'traveller', 'guests', 'guest', 'adults', 'people', 'party', 'persons', 'pax']);
/** One person who goes with the user: "just me and my wife" are two. */
const COMPANIONS = 'wife|husband|partner|spouse|girlfriend|boyfriend|fianc[ée]e?|friend|son|daughter|mom|mum|mother|dad|father|brother|sister|colleague|child|kid|baby';
const ALONE = new RegExp(`(?<![\\p{L}])(?:(?:just|only)\\s{1,4}me(?:\\s{1,4}and\\s{1,4}(?:my|a)\\s{1,4}(${COMPANIONS}))?|by\\s{1,4}myself|travell?ing\\s{1,4}(?:alone|solo)|one\\s{1,4}person)(?![\\p{L}])`, 'giu');
/** "just me" ends what is said of the party ("Just me.", "just me, thanks"); "just me who…", "only me needs…" do not. */
const ANSWER_END = /^\s{0,4}(?:[.,;:!?)]|$|please|thanks|thank\s)/iu;
/** More people after the companion ("my wife and kids", "my son plus two friends"): a count not said, none read. */
const MORE_AFTER = /^\s{0,4},?\s{0,4}(?:and|plus|&|with)(?![\p{L}])/iu;
/** "not just me", "is it just me": no one going alone. */
const DENIED = /(?:^|[^\p{L}])(?:not|it)\s{1,4}$/iu;

/**
 * For a count of people, one where the prompt says the user goes alone ("Flights to SEA tomorrow? Just me" → 1), or
 * two with one companion ("just me and my wife"); extract-numbers.ts reads them only where no count is written.
 */
export function aloneReadings(prompt: string, words: readonly string[]): Reading[] {
  if (!words.some((word) => TRAVELLER_WORDS.has(word))) return [];
  const found: Reading[] = [];
  for (const match of prompt.matchAll(ALONE)) {
    const end = match.index + match[0].length;
    const plainMe = /^(?:just|only)/iu.test(match[0]) && match[1] === undefined;
    if (match[1] !== undefined && MORE_AFTER.test(prompt.slice(end, end + 12))) continue;
    if (plainMe && (!ANSWER_END.test(prompt.slice(end, end + 12)) || DENIED.test(prompt.slice(Math.max(0, match.index - 8), match.index)))) continue;
    found.push({ value: match[1] === undefined ? '1' : '2', at: match.index, end, weak: false });
  }
  return found;
}
