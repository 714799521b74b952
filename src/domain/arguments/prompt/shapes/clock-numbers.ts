// Numbers written as an hour of the clock ("8 pm", "eight o'clock"): no count or sum where they read as a time of day,
// that is when a property of the object takes a time, or when the prompt writes them as one (after "at", "for", "the"…,
// or with no word after: "Order pizzas at 8 pm"). Otherwise they stay, as guesses: "Order 3 pm candles", and no hour
// at all ("Transfer 20 pm", "10 o'clock-style jokes"). A few characters around each number are looked at.
import { parseNumber } from '../mentions.js';

export interface ClockReading {
  /** Whether a property of the object read takes a time of day (fill.ts `timeSibling`). */
  timeTaken?: boolean;
}

/** am/pm or o'clock right after a number, a space or two between ("8 pm", "8 p.m.", "eight o'clock", not "o'clock-style"). */
const CLOCK = /\s{1,2}(?:[ap]\.?m\.?(?![\p{L}])|o['’]?clock(?![\p{L}-]))/iuy;
/** Words before a number that lead a time ("at 8 pm", "for 8 pm", "the 7 pm show", "between 3 pm and 5 pm"). */
const LEADS: ReadonlySet<string> = new Set(['at', 'by', 'for', 'around', 'about', 'from', 'until', 'till', 'after', 'before', 'between', 'since', 'to', 'and', 'the']);
/** How far a word is looked for beside a number: past this many spaces, of at most this many letters. */
const SPACE_REACH = 4;
const WORD_REACH = 8;
const HOURS = 12;

/** The numbers, less those read as a time of day; an hour of the clock kept is a guess. Fresh objects are marked. */
export function clockCounts<T extends { at: number; end: number; value: string; weak: boolean }>(prompt: string, numbers: T[], reading: ClockReading): T[] {
  return numbers.filter((number) => {
    CLOCK.lastIndex = number.end;
    const clock = CLOCK.exec(prompt);
    if (clock === null) return true;
    const hour = parseNumber(number.value);
    const isHour = hour !== undefined && Number.isInteger(hour) && hour >= 0 && hour <= HOURS;
    if (isHour && (reading.timeTaken === true || LEADS.has(wordBefore(prompt, number.at)) || !wordAt(prompt, CLOCK.lastIndex))) return false;
    number.weak = true;
    return true;
  });
}

function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\u00a0';
}

function isLetter(char: string | undefined): boolean {
  return char !== undefined && /\p{L}/u.test(char);
}

/** The word just before `at` (past a few spaces), lower-cased, cut to its last few letters; '' when none. */
function wordBefore(prompt: string, at: number): string {
  let end = at;
  while (end > 0 && at - end < SPACE_REACH && isSpace(prompt[end - 1])) end -= 1;
  let start = end;
  while (start > 0 && end - start <= WORD_REACH && isLetter(prompt[start - 1])) start -= 1;
  return end === at ? '' : prompt.slice(start, end).toLowerCase();
}

/** Whether a word starts at `from`, past a few spaces. */
function wordAt(prompt: string, from: number): boolean {
  let at = from;
  while (at < prompt.length && at - from < SPACE_REACH && isSpace(prompt[at])) at += 1;
  return isLetter(prompt[at]);
}
