// Times of day written in words: "half past six", "half six" (6:30), "quarter to eight", "ten past 9", "six thirty", "seven o'clock",
// with "pm" or "in the evening" after them when the prompt says which half of the day. One pass over the prompt's
// words (a global pattern of maximal runs, no backtracking), each looked at with a few words of look-ahead.

/** A time of day written in words, its hour and minute before am/pm is applied. */
export interface SpokenTime {
  /** The word before it when that is one of `LEADS` (at/by/around/for/from/until/till/to/and/before/after, lower case), else ''. */
  lead: string;
  hour: number;
  minute: number;
  /** 'a' or 'p' when am/pm is written after it; the part of the day ("evening") when one is. */
  half?: 'a' | 'p';
  part?: string;
  /** Where the time lies (its lead aside). */
  at: number;
  end: number;
}

interface Word {
  word: string;
  at: number;
  end: number;
}

const WORDS = /[\p{L}\p{N}']+/gu;

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = new Map([['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50]]);
const SMALL = new Map<string, number>([...UNITS.map((word, index) => [word, index + 1] as const), ...TEENS.map((word, index) => [word, index + 10] as const)]);
const LEADS = new Set(['at', 'by', 'around', 'for', 'from', 'until', 'till', 'to', 'and', 'before', 'after']);
/** Leads after which "six thirty" is a time ("an alarm for six thirty"); elsewhere it needs am/pm or a part of the day after it. */
const HOUR_MINUTE_LEADS = new Set(['at', 'by', 'around', 'for', 'from', 'until', 'till', 'before', 'after']);
/** Leads after which "ten to five" is a time: not "for" ("wait for ten to five minutes"). */
const TIME_LEADS = new Set(['at', 'by', 'around', 'from', 'until', 'till', 'before', 'after']);
/** A lead that opens a range: "from ten to five" is two times, not 4:50. */
const RANGE_LEAD = 'from';
/** Leads after which an hour word alone is a time ("Friday at eight"), when the sentence goes on with no noun for it. */
const HOUR_LEADS = new Set(['at', 'by', 'around']);
/** Words that may follow an hour alone that is a time: a date, a part of the day, a joiner ("at eight on Friday"). */
const AFTER_HOUR = new Set([
  'on', 'tomorrow', 'today', 'tonight', 'this', 'next', 'in', 'and', 'then', 'please', 'sharp', 'latest', 'or', 'so', 'with', 'for',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'am', 'pm', 'a', 'p',
]);
const PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);
/** Words before "by" that make the number after it a factor or a step, no time ("divided by four", "up by 5"). */
const FACTOR_LEADS = new Set(['divided', 'divide', 'multiplied', 'multiply', 'times', 'increase', 'increased', 'decrease', 'decreased', 'reduce', 'reduced', 'raise', 'raised', 'up', 'down', 'grew', 'rose', 'fell', 'dropped']);
/** Whether the word before "by" makes what follows it a factor ("8 by 7", "divided by 4"). */
export const factorBy = (before: string): boolean => FACTOR_LEADS.has(before) || SMALL.has(before) || /^\d/u.test(before);
/** Units after which "half six" counts a span ("for half six hours"), no time. */
const SPAN_UNITS = new Set(['second', 'seconds', 'secs', 'minute', 'minutes', 'mins', 'hour', 'hours', 'hrs', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'times', 'percent']);

/** An hour written as a word or as digits, 1 to 12. */
function hourOf(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  const value = /^\d{1,2}$/u.test(word) ? Number(word) : SMALL.get(word);
  return value !== undefined && value >= 1 && value <= 12 ? value : undefined;
}

/** Minutes written as words from `index` ("thirty", "forty five", "oh five", "fifteen"), and how many words they take. */
function minutesAt(words: readonly Word[], index: number): { minute: number; used: number } | undefined {
  const word = words[index]?.word;
  if (word === undefined) return undefined;
  const next = words[index + 1]?.word ?? '';
  const unit = UNITS.indexOf(next) + 1;
  if (word === 'oh' && unit > 0) return { minute: unit, used: 2 };
  const tens = TENS.get(word);
  if (tens !== undefined) return unit > 0 && adjacent(words, index) ? { minute: tens + unit, used: 2 } : { minute: tens, used: 1 };
  const teen = TEENS.indexOf(word);
  return teen >= 0 ? { minute: teen + 10, used: 1 } : undefined;
}

/** Whether the word at `index` and the next are written as one number ("forty-five", "forty five"). */
function adjacent(words: readonly Word[], index: number): boolean {
  const gap = (words[index + 1]?.at ?? 0) - (words[index]?.end ?? 0);
  return gap >= 1 && gap <= 2;
}

/** Minutes before "past"/"to": "quarter", "half", "ten", "20", "twenty five", each maybe followed by "minutes". */
function offsetAt(words: readonly Word[], index: number): { minute: number; used: number; quarter: boolean } | undefined {
  const word = words[index]?.word;
  if (word === 'quarter') return { minute: 15, used: 1, quarter: true };
  if (word === 'half') return { minute: 30, used: 1, quarter: false };
  const digits = word !== undefined && /^\d{1,2}$/u.test(word);
  const written = digits ? { minute: Number(word), used: 1 } : minutesAt(words, index) ?? (SMALL.has(word ?? '') ? { minute: SMALL.get(word ?? '') ?? 0, used: 1 } : undefined);
  if (written === undefined || written.minute < 1 || written.minute > 29) return undefined;
  const after = words[index + written.used]?.word;
  if (after === 'minutes' || after === 'minute' || after === 'mins') return { minute: written.minute, used: written.used + 1, quarter: false };
  // "9 to 5" and "10 past" are read as digits by the clock-time scanner; "10 minutes past 9" is one.
  return digits ? undefined : { ...written, quarter: false };
}

/** The time written from `index`, the words it takes, and whether it needs a lead or a half of the day to be one. */
function timeAt(words: readonly Word[], at: { index: number; lead: string }): { hour: number; minute: number; used: number; needsContext: boolean } | undefined {
  const { index } = at;
  const first = words[index]?.word;
  const skip = first === 'a' && words[index + 1]?.word === 'quarter' ? 1 : 0;
  const offset = offsetAt(words, index + skip);
  if (offset !== undefined) {
    const relation = words[index + skip + offset.used]?.word;
    const hour = hourOf(words[index + skip + offset.used + 1]?.word);
    const half = words[index + skip]?.word === 'half';
    // "a quarter to one of the kids" gives a share, not a time.
    const share = words[index + skip + offset.used + 2]?.word === 'of';
    // "ten to one" is a time after "at", a range after "from" ("open from ten to five"), or nothing ("nine to five").
    const before = relation === 'to' && !half && (offset.quarter || TIME_LEADS.has(at.lead) && at.lead !== RANGE_LEAD);
    if (hour !== undefined && !share && (relation === 'past' || relation === 'after' || before)) {
      const used = skip + offset.used + 2;
      if (relation === 'to') return { hour: hour === 1 ? 12 : hour - 1, minute: 60 - offset.minute, used, needsContext: false };
      return { hour, minute: offset.minute, used, needsContext: false };
    }
  }
  // British "half six" is 6:30, after a lead that makes it a time ("at half six", "an alarm for half six"; not "cut
  // in half six times", nor "for half six hours").
  const halfHour = first === 'half' && HOUR_MINUTE_LEADS.has(at.lead) && !SPAN_UNITS.has(words[index + 2]?.word ?? '') ? hourOf(words[index + 1]?.word) : undefined;
  if (halfHour !== undefined) return { hour: halfHour, minute: 30, used: 2, needsContext: false };
  const hour = hourOf(first);
  if (hour === undefined) return undefined;
  const next = words[index + 1]?.word;
  if (next === "o'clock" || next === 'oclock') return { hour, minute: 0, used: 2, needsContext: false };
  const minutes = minutesAt(words, index + 1);
  return minutes === undefined ? undefined : { hour, minute: minutes.minute, used: minutes.used + 1, needsContext: true };
}

/**
 * An hour word alone after at/by/around that ends the sentence or is followed by a date or a joiner ("Friday at
 * eight", "at eight on Friday"), not by a noun it counts ("at eight stations"); digits are the clock scanner's.
 */
function bareHourAt(words: readonly Word[], at: { index: number; lead: string }, prompt: string): { hour: number; minute: number; used: number; needsContext: boolean } | undefined {
  const word = words[at.index];
  if (word === undefined || !HOUR_LEADS.has(at.lead) || /^\d/u.test(word.word) || (at.lead === 'by' && factorBy(words[at.index - 2]?.word ?? ''))) return undefined;
  const hour = hourOf(word.word);
  if (hour === undefined) return undefined;
  const next = words[at.index + 1];
  // A mark right after the hour ("at eight.", "at eight, then") ends it; a word after a space must be one that may follow a time.
  const goesOn = next !== undefined && /^\s+$/u.test(prompt.slice(word.end, next.at));
  return !goesOn || AFTER_HOUR.has(next.word) ? { hour, minute: 0, used: 1, needsContext: false } : undefined;
}

const RANGE_ENDS = new Set(['to', 'until', 'till', 'and']);

/** An hour word alone that ends a range a time in words opens ("from half past nine to eleven"). */
function rangeEndAt(words: readonly Word[], at: { index: number; lead: string; previous: SpokenTime | undefined }): { hour: number; minute: number; used: number; needsContext: boolean } | undefined {
  const word = words[at.index]?.word ?? '';
  const hour = /^\d/u.test(word) ? undefined : hourOf(word);
  if (hour === undefined || !RANGE_ENDS.has(at.lead) || at.previous === undefined || at.previous.end !== words[at.index - 2]?.end) return undefined;
  return { hour, minute: 0, used: 1, needsContext: false };
}

/**
 * "pm", "p.m.", "in the evening", "tonight", "this evening" right after a time, and the words it takes: none for
 * "tonight" and "this evening", which are a date that brings its own span and pairs with the time beside it.
 */
function halfAt(words: readonly Word[], index: number): { half?: 'a' | 'p'; part?: string; used: number } | undefined {
  const word = words[index]?.word;
  if (word === 'am' || word === 'pm') return { half: word === 'am' ? 'a' : 'p', used: 1 };
  if ((word === 'a' || word === 'p') && words[index + 1]?.word === 'm' && (words[index + 1]?.at ?? 0) - (words[index]?.end ?? 0) === 1) {
    return { half: word, used: 2 };
  }
  if (word === 'tonight') return { part: 'evening', used: 0 };
  if (word === 'this' && PARTS.has(words[index + 1]?.word ?? '')) return { part: words[index + 1]?.word, used: 0 };
  const part = words[index + 2]?.word ?? '';
  if (word === 'in' && words[index + 1]?.word === 'the' && PARTS.has(part)) return { part, used: 3 };
  if (word === 'at' && words[index + 1]?.word === 'night') return { part: 'night', used: 2 };
  return undefined;
}

/** The times of day a prompt writes in words, in prompt order. */
export function findSpokenTimes(prompt: string): SpokenTime[] {
  const words: Word[] = [];
  for (const match of prompt.matchAll(WORDS)) {
    const at = match.index ?? 0;
    words.push({ word: match[0].toLowerCase(), at, end: at + match[0].length });
  }
  const found: SpokenTime[] = [];
  for (let index = 0; index < words.length; index += 1) {
    const lead = index > 0 && LEADS.has(words[index - 1]?.word ?? '') ? words[index - 1]?.word ?? '' : '';
    const time = timeAt(words, { index, lead }) ?? rangeEndAt(words, { index, lead, previous: found[found.length - 1] }) ?? bareHourAt(words, { index, lead }, prompt);
    if (time === undefined) continue;
    const half = halfAt(words, index + time.used);
    if (time.needsContext && half === undefined && !HOUR_MINUTE_LEADS.has(lead)) continue;
    const last = words[index + time.used - 1 + (half?.used ?? 0)];
    found.push({
      lead, hour: time.hour, minute: time.minute, ...(half?.half === undefined ? {} : { half: half.half }), ...(half?.part === undefined ? {} : { part: half.part }),
      at: words[index]?.at ?? 0, end: last?.end ?? 0,
    });
    index += time.used - 1 + (half?.used ?? 0);
  }
  return found;
}
