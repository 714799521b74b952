// A time of day written beside a date ("tomorrow at 9am", "at 14:30 on 2025-06-12", "tonight at 8"): the two
// make one date-time, written in UTC (the mock's clock is UTC). Each date looks only at a few characters on either
// side of it, so the work is linear in the number of dates. A time with no date ("at 9am") is on today's date.
import { dayOfDate, isoDay, pad2 } from './calendar.js';
import { insideSorted, type FormattedMention } from '../extract-formats.js';
import type { SpokenTime } from './extract-spoken-times.js';

/** How far from a date its time may be written: "tomorrow evening at 7:30 p.m." fits. */
const REACH = 40;
const TIME = '(\\d{1,2})(?::(\\d{2}))?(?:\\s{0,2}([ap])\\.?m\\.?)?';
/** After the date: ", at 9am", " evening at 7", " 14:30" (without "at", only with minutes or am/pm); a colon may follow ("Friday 10am: pay rent"). */
const AFTER = new RegExp(`^,?\\s{1,4}(?:(morning|afternoon|evening|night)\\s{1,4})?(?:(?:at|@|by|around)\\s{1,4}(?:${TIME}|(noon|midnight))|(\\d{1,2}(?::\\d{2}|\\s{0,2}[ap]\\.?m\\.?)))(?![\\p{L}\\p{N}]|:\\d)`, 'iu');
/** Before the date: "at 9am tomorrow", "at 14:30 on 2025-06-12". */
const BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:at|@)\\s{1,4}(?:${TIME}|(noon|midnight))\\s{1,4}(?:on\\s{1,4})?$`, 'iu');
/** Parts of the day whose hours are after noon; `dinner` stands for a prompt that speaks of the evening. */
const EVENING = new Set(['afternoon', 'evening', 'night', 'tonight', 'dinner']);
/** Where 12 is midnight, the one that ends the day: "tonight at 12" is 00:00 of the next. */
const NIGHT = new Set(['evening', 'night', 'tonight']);
/**
 * A prompt that speaks of the evening and not of the morning makes an hour without am/pm and without a part of the
 * day beside it an evening one ("Dinner tomorrow at 7" → 19:00), though 12 stays noon: `EVENING_PROMPT` says so.
 */
const EVENING_WORDS = /(?<![\p{L}\p{N}])(?:evening|tonight|dinner|supper)(?![\p{L}\p{N}])/iu;
const MORNING_WORDS = /(?<![\p{L}\p{N}])(?:morning|breakfast)(?![\p{L}\p{N}])/iu;
const EVENING_PROMPT = 'dinner';
const speaksOfEvening = (prompt: string): boolean => EVENING_WORDS.test(prompt) && !MORNING_WORDS.test(prompt);
/** The part of the day an hour written alone in the prompt is in: the evening for a prompt that speaks of it only. */
export const partOfPrompt = (prompt: string): string => (speaksOfEvening(prompt) ? EVENING_PROMPT : '');
const PARTS = new Set(['morning', ...EVENING]);

interface TimeOfDay {
  hour: number;
  minute: number;
  /** The time is on the day after the date ("tonight at 12"). */
  nextDay?: true;
  /** Where the time lies, that the date-time's span covers. */
  at: number;
  end: number;
}

type Clock = { hour: number; minute: number; nextDay?: true };

export function clock(parts: { hour?: string; minute?: string; half?: string; named?: string; part: string }): Clock | undefined {
  if (parts.named !== undefined) {
    // Midnight at night ends the day, as 12 does: "tonight at midnight" is 00:00 of the next.
    if (parts.named.toLowerCase() === 'noon') return { hour: 12, minute: 0 };
    return NIGHT.has(parts.part) ? { hour: 0, minute: 0, nextDay: true } : { hour: 0, minute: 0 };
  }
  let hour = Number(parts.hour);
  const minute = parts.minute === undefined ? 0 : Number(parts.minute);
  const half = parts.half?.toLowerCase();
  if (half !== undefined) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half === 'p' ? 12 : 0);
  } else if (hour === 12 && NIGHT.has(parts.part)) {
    return minute <= 59 ? { hour: 0, minute, nextDay: true } : undefined;
  } else if (EVENING.has(parts.part) && hour >= 1 && hour < 12) hour += 12;
  return Number.isInteger(hour) && hour <= 23 && minute <= 59 ? { hour, minute } : undefined;
}

/** The time written right after or right before a date ("tonight" and "evening" make 8 mean 20:00). */
function timeBeside(prompt: string, date: { at: number; end: number }, context: { evening: boolean; spoken: SpokenCursor }): TimeOfDay | undefined {
  const written = prompt.slice(date.at, date.end).toLowerCase();
  const word = context.evening && !PARTS.has(written) ? EVENING_PROMPT : written;
  const after = AFTER.exec(prompt.slice(date.end, date.end + REACH));
  if (after !== null) {
    const [whole, part, hour, minute, half, named, bare] = after;
    const bareTime = bare === undefined ? undefined : /^(\d{1,2})(?::(\d{2}))?\s{0,2}(?:([ap])\.?m\.?)?$/iu.exec(bare);
    const time = clock({
      hour: bareTime?.[1] ?? hour, minute: bareTime?.[2] ?? minute, half: bareTime?.[3] ?? half, named,
      part: part?.toLowerCase() ?? word,
    });
    if (time !== undefined) return { ...time, at: date.at, end: date.end + whole.length };
  }
  const from = Math.max(0, date.at - REACH);
  const before = BEFORE.exec(prompt.slice(from, date.at));
  if (before !== null) {
    const [, hour, minute, half, named] = before;
    const time = clock({ hour, minute, half, named, part: word });
    if (time !== undefined) return { ...time, at: from + before.index, end: date.end };
  }
  return spokenBeside(prompt, { date, word, spoken: context.spoken });
}

/** Between a date and a time in words after it: ", at", " evening at"; before it, only spaces and "on". */
const SPOKEN_AFTER = /^,?\s{1,4}(?:(morning|afternoon|evening|night)\s{1,4})?(?:at|@|by|around)\s{1,4}$/iu;
const SPOKEN_BEFORE = /^\s{1,4}(?:on\s{1,4})?$/iu;
/** Leads of a time in words that make it one by itself ("at half past six", "an alarm for six thirty"). */
const SPOKEN_LEADS = new Set(['at', 'by', 'around', 'for']);

/** A time written in words right after a date ("tomorrow at half past six") or right before it, after "at". */
function spokenBeside(prompt: string, args: { date: { at: number; end: number }; word: string; spoken: SpokenCursor }): TimeOfDay | undefined {
  const { date, spoken } = args;
  const { times } = spoken;
  while (spoken.next < times.length && (times[spoken.next]?.end ?? 0) <= date.at - REACH) spoken.next += 1;
  for (let index = spoken.next; index < times.length; index += 1) {
    const time = times[index]!;
    if (time.at > date.end + REACH) break;
    const after = time.at >= date.end ? SPOKEN_AFTER.exec(prompt.slice(date.end, time.at)) : null;
    const before = time.end <= date.at && SPOKEN_LEADS.has(time.lead) && SPOKEN_BEFORE.test(prompt.slice(time.end, date.at));
    if (after === null && !before) continue;
    const hour = clock({ hour: String(time.hour), minute: String(time.minute), half: time.half, part: time.part ?? after?.[1]?.toLowerCase() ?? args.word });
    if (hour !== undefined) return { ...hour, at: Math.min(date.at, time.at), end: Math.max(date.end, time.end) };
  }
  return undefined;
}

/** The times written in words, in prompt order, and how far the dates (in prompt order) have read them. */
interface SpokenCursor {
  times: readonly SpokenTime[];
  next: number;
}

/** The ISO day after an ISO day ("2026-09-30" → "2026-10-01"). */
function dayAfter(iso: string): string | undefined {
  const [year, month, day] = iso.split('-').map(Number);
  const counted = dayOfDate({ year: year ?? NaN, month: month ?? NaN, day: day ?? NaN });
  return counted === undefined ? undefined : isoDay(counted + 1);
}

/**
 * Date-times a prompt writes as a date (written out or relative) and a time of day beside it, in UTC: "tomorrow at
 * 9am" → `2026-10-01T09:00:00Z`. `dates` in prompt order; those inside a date-time written out are left to it.
 */
export function datesAtTimes(prompt: string, found: { dates: readonly FormattedMention[]; written: readonly FormattedMention[]; spoken: () => readonly SpokenTime[] }): FormattedMention[] {
  const { dates, written } = found;
  const timed: FormattedMention[] = [];
  const spans = written.map((whole) => [whole.at, whole.end] as const);
  const cursor = { next: 0 };
  const evening = dates.length > 0 && speaksOfEvening(prompt);
  const spoken: SpokenCursor = { times: dates.length > 0 ? found.spoken() : [], next: 0 };
  for (const date of dates) {
    if (insideSorted(spans, cursor, date.at)) continue;
    const time = timeBeside(prompt, date, { evening, spoken });
    if (time === undefined) continue;
    const day = time.nextDay === true ? dayAfter(date.value) : date.value;
    if (day === undefined) continue;
    const clockTime = `${pad2(time.hour)}:${pad2(time.minute)}`;
    const value = `${day}T${clockTime}:00Z`;
    timed.push({ value, at: time.at, end: time.end, variants: [value, `${day}T${clockTime}:00`, `${day} ${clockTime}`] });
  }
  return timed;
}

/** A time of day on its own, that says it is one: "at 9am", "at 14:30", "by noon" (not "at 9", which may be a place). */
const ALONE = /(?<![\p{L}\p{N}])(?:at|@|by|around)\s{1,4}(?:(\d{1,2})(?::(\d{2})(?:\s{0,2}([ap])\.?m\.?)?|\s{0,2}([ap])\.?m\.?)|(noon|midnight))(?![\p{L}\p{N}]|:\d)/giu;

/**
 * Date-times a prompt writes as a time of day alone, on today's ISO day (asked for only when a time is found):
 * "Remind me at 9am" → `<today>T09:00:00Z`. For a prompt that writes no date: a time is then on the day it is asked.
 */
export function timesAlone(prompt: string, context: { todayOf: () => string; spoken: () => readonly SpokenTime[] }): FormattedMention[] {
  const found: FormattedMention[] = [];
  let today: string | undefined;
  for (const time of clocksAlone(prompt, context.spoken)) {
    today ??= context.todayOf();
    // 00:00 alone ("at 12am", "at 00:00") is the midnight that ends today: the one that began it has passed.
    const day = time.nextDay === true || (time.hour === 0 && time.minute === 0) ? dayAfter(today) : today;
    if (day === undefined) continue;
    const clockTime = `${pad2(time.hour)}:${pad2(time.minute)}`;
    const value = `${day}T${clockTime}:00Z`;
    found.push({ value, at: time.at, end: time.end, variants: [value, `${day}T${clockTime}:00`, `${day} ${clockTime}`] });
  }
  return found;
}

/** The times of day written alone after at/by/around, in digits ("at 9am") or in words ("at half past six"), in prompt order. */
function clocksAlone(prompt: string, spokenTimes: () => readonly SpokenTime[]): TimeOfDay[] {
  const found: TimeOfDay[] = [];
  let part: string | undefined;
  for (const match of prompt.matchAll(ALONE)) {
    const [whole, hour, minute, halfWithMinutes, half, named] = match;
    part ??= speaksOfEvening(prompt) ? EVENING_PROMPT : '';
    // Midnight alone ("by midnight") is the one that ends today.
    const time = clock({ hour, minute, half: halfWithMinutes ?? half, named, part: named?.toLowerCase() === 'midnight' ? 'tonight' : part });
    const at = match.index ?? 0;
    if (time !== undefined) found.push({ ...time, at, end: at + whole.length });
  }
  const spoken = spokenTimes().filter((time) => SPOKEN_LEADS.has(time.lead));
  if (spoken.length === 0) return found;
  part ??= speaksOfEvening(prompt) ? EVENING_PROMPT : '';
  for (const time of spoken) {
    const hour = clock({ hour: String(time.hour), minute: String(time.minute), half: time.half, part: time.part ?? part });
    if (hour !== undefined) found.push({ ...hour, at: time.at, end: time.end });
  }
  return found.sort((a, b) => a.at - b.at);
}
