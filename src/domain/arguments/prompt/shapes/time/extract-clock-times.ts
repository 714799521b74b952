// Times of day a prompt writes, for a property that wants one ("Start time, HH:MM"), in 24-hour HH:MM: "14:30",
// "7pm", "3:15 PM", "noon", an hour after "at" ("at 7"), and both ends of a range ("from 9 to 5", "7am-3pm",
// "between 10am and noon"; bare hours only beside a word of time: "open from 9 to 5", not "Count from 1 to 10"),
// and those written in words ("half past six", extract-spoken-times.ts). One global pattern of bounded pieces read
// left to right; a range pairs neighbours.
import { clock, partOfPrompt } from './extract-times-of-day.js';
import { factorBy, type SpokenTime } from './extract-spoken-times.js';
import type { FormattedMention } from '../extract-formats.js';
import { pad2 } from './calendar.js';

/**
 * A lead word (kept apart: it says whether a bare hour is a time), then an hour with its minutes, seconds, zone and
 * am/pm, or noon/midnight. Not inside a word or a number ("2.5", "1,200", "v1:2"), nor before more of one.
 */
const TOKEN = new RegExp(
  '(?<![\\p{L}\\p{N}:.,])(?:(at|@|by|around|from|between|until|till|to|and)\\s{1,4})?'
  + '(?:(\\d{1,2})(?::(\\d{2})(?::(\\d{2}))?(Z|[+-]\\d{2}:\\d{2})?)?(?:\\s{0,2}([ap])\\.?m\\.?)?|(noon|midnight))'
  + '(?![\\p{L}\\p{N}]|[:.,]\\d)',
  'giu',
);
/** Leads after which an hour alone is a time ("at 7"); after the others it is one only as a range's end. */
const AT = new Set(['at', '@', 'by', 'around']);
const RANGE_START = new Set(['from', 'between']);
const RANGE_END = new Set(['to', 'until', 'till', 'and']);
/** A capitalised word right after an hour alone: a street number's ("at 9 Elm Street"). */
const NAME_AFTER = /^\s{1,2}\p{Lu}/u;
/** The word before a lead: what says "by 7" is a factor ("8 by 7"). */
const WORD_BEFORE = /([\p{L}\p{N}]+)\s{0,4}$/u;
/** What joins a range's ends written without words: "9-5", "7am – 3pm". */
const DASH = /^\s{0,2}[-–—]\s{0,2}$/u;

interface Token {
  lead: string;
  hour: number;
  minute: number;
  seconds?: string;
  zone?: string;
  /** An hour with neither minutes, am/pm, nor a name: a time only by its lead or its place in a range. */
  bare: boolean;
  /** Written with am/pm or as noon/midnight: its half of the day is known. */
  halfKnown: boolean;
  /** Where the time itself (not its lead) lies. */
  at: number;
  end: number;
}

function tokensOf(prompt: string, spoken: readonly SpokenTime[]): Token[] {
  const tokens: Token[] = [];
  const part = partOfPrompt(prompt);
  for (const match of prompt.matchAll(TOKEN)) {
    const [whole, lead, hour, minute, seconds, zone, half, named] = match;
    const time = clock({ hour, minute, half, named, part: named === undefined && half === undefined ? part : '' });
    const start = match.index ?? 0;
    const bare = minute === undefined && half === undefined && named === undefined;
    // "at 9 Elm Street" is a place; "8 by 7", "divided by 4" a factor.
    if (time === undefined || (bare && NAME_AFTER.test(prompt.slice(start + whole.length, start + whole.length + 3)))) continue;
    if (bare && lead?.toLowerCase() === 'by' && factorBy(WORD_BEFORE.exec(prompt.slice(Math.max(0, start - 16), start))?.[1]?.toLowerCase() ?? '')) continue;
    const afterLead = lead === undefined ? whole : whole.slice(lead.length);
    const at = start + whole.length - afterLead.trimStart().length;
    tokens.push({
      lead: lead?.toLowerCase() ?? '', hour: time.hour, minute: time.minute, ...(seconds === undefined ? {} : { seconds }), ...(zone === undefined ? {} : { zone }),
      bare, halfKnown: half !== undefined || named !== undefined, at, end: start + whole.length,
    });
  }
  return withSpoken(spoken, { tokens, part });
}

/** The tokens with the times written in words among them, in prompt order; a digit inside one ("at 9 thirty") is its. */
function withSpoken(times: readonly SpokenTime[], written: { tokens: Token[]; part: string }): Token[] {
  const spoken: Token[] = [];
  for (const time of times) {
    const hour = clock({ hour: String(time.hour), minute: String(time.minute), half: time.half, part: time.part ?? written.part });
    if (hour === undefined) continue;
    spoken.push({ lead: time.lead, hour: hour.hour, minute: hour.minute, bare: false, halfKnown: time.half !== undefined, at: time.at, end: time.end });
  }
  if (spoken.length === 0) return written.tokens;
  // Both lists are in prompt order: one cursor walks the spoken times beside the written ones.
  let next = 0;
  const outside = written.tokens.filter((token) => {
    while (next < spoken.length && (spoken[next]?.end ?? 0) <= token.at) next += 1;
    const time = spoken[next];
    return time === undefined || token.end <= time.at;
  });
  return [...outside, ...spoken].sort((a, b) => a.at - b.at);
}

/**
 * Words that say bare hours are times ("open from 9 to 5", "on Friday from 10 to 12"); without one, "Count from 1
 * to 10" is no range of times.
 */
const TIME_WORDS = new Set([
  'shift', 'shifts', 'work', 'works', 'working', 'open', 'opens', 'opening', 'closed', 'closes', 'hours', 'hour', 'clock', 'oclock',
  'today', 'tomorrow', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'daily', 'weekday', 'weekdays', 'weekend', 'weekends',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun',
  'meeting', 'meet', 'call', 'appointment', 'available', 'availability', 'busy', 'free', 'book', 'booked', 'reserve', 'schedule',
  'scheduled', 'class', 'lesson', 'office', 'store', 'shop', 'lunch', 'dinner', 'breakfast', 'party', 'event', 'time', 'slot', 'break',
  'session', 'block', 'calendar', 'out', 'away',
]);
const WORD = /\p{L}+/gu;
/** Looked at this far before a range's start and after its end. */
const NEAR_BEFORE = 48;
const NEAR_AFTER = 24;

/** Whether a word of time stands near a range of bare hours (a bounded look, whatever the prompt's length). */
function timeWordNear(prompt: string, start: Token, end: Token): boolean {
  for (const match of prompt.slice(Math.max(0, start.at - NEAR_BEFORE), end.end + NEAR_AFTER).matchAll(WORD)) {
    if (TIME_WORDS.has(match[0].toLowerCase())) return true;
  }
  return false;
}

/** Whether `end` closes a range `start` opens: "to 5" right after "from 9", "-5" right after "9". */
function closes(prompt: string, start: Token, end: Token): boolean {
  if (end.at - start.end > 12) return false;
  if (start.bare && end.bare && !timeWordNear(prompt, start, end)) return false;
  const between = prompt.slice(start.end, end.at);
  if (RANGE_END.has(end.lead)) return between.length <= 8 && between.trim() === end.lead && (start.lead !== '' || !start.bare);
  // "9-5" says nothing of being a time unless one end does ("7-9pm").
  return end.lead === '' && DASH.test(between) && (RANGE_START.has(start.lead) || !start.bare || !end.bare);
}

/** An end of a range earlier than its start is in the afternoon ("9 to 5"); a start may share its end's pm ("7-9pm"). */
function ordered(start: Token, end: Token): void {
  const minutes = (token: Token): number => token.hour * 60 + token.minute;
  if (!end.halfKnown && end.hour < 12 && minutes(end) <= minutes(start)) end.hour += 12;
  if (!start.halfKnown && end.halfKnown && start.hour < 12 && minutes(start) + 720 < minutes(end)) start.hour += 12;
}


function mentionOf(token: Token): FormattedMention {
  const clockTime = `${pad2(token.hour)}:${pad2(token.minute)}`;
  const seconds = token.seconds ?? '00';
  const written = token.seconds === undefined && token.zone === undefined ? clockTime : `${clockTime}:${seconds}${token.zone ?? ''}`;
  const variants = [...new Set([written, `${clockTime}:${seconds}`, `${clockTime}:${seconds}${token.zone ?? 'Z'}`])];
  return { value: written, at: token.at, end: token.end, variants };
}

/** The times of day a prompt writes, in prompt order, each in 24-hour spellings (HH:MM first). */
export function findClockTimes(prompt: string, spoken: readonly SpokenTime[]): FormattedMention[] {
  const tokens = tokensOf(prompt, spoken);
  const found: FormattedMention[] = [];
  const taken = new Set<Token>();
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    if (next !== undefined && !taken.has(token) && (RANGE_START.has(token.lead) || token.lead === '' || AT.has(token.lead)) && closes(prompt, token, next)) {
      ordered(token, next);
      taken.add(next);
      found.push(mentionOf(token));
      return;
    }
    if (taken.has(token) || !token.bare || AT.has(token.lead)) found.push(mentionOf(token));
  });
  return found;
}
