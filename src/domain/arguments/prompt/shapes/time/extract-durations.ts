// Durations in a prompt ("12 minutes", "a 10-minute timer", "1.5 hours", "an hour") and the unit a numeric property counts
// them in (`duration_seconds`, `minutes`, or `duration` described "Duration in minutes"): the figure is given in
// the property's unit ("10 minutes" → 600 for seconds). Read with one pattern whose repetitions are bounded. A unit
// said with an article is a length only where it says how long ("for an hour", "an hour long", "at 3pm, an hour"), not how often ("twice
// a day") or when ("in an hour", "a day before the launch"), and it comes after any figure ("30 minutes").
import { NUMBER_PATTERN, parseNumber, type Mention } from '../../mentions.js';
import { charAt, isSpace, wordAfter, wordBefore, type WordReach } from '../../text-scan.js';

/** Units of time by the words that name them, as seconds. */
const SECONDS = new Map<string, number>(Object.entries({
  ms: 0.001, msec: 0.001, millis: 0.001, millisecond: 0.001, milliseconds: 0.001,
  s: 1, sec: 1, secs: 1, second: 1, seconds: 1,
  min: 60, mins: 60, minute: 60, minutes: 60,
  h: 3600, hr: 3600, hrs: 3600, hour: 3600, hours: 3600,
  day: 86_400, days: 86_400, week: 604_800, weeks: 604_800,
}));

/** Names that count a span of time, whose unit a description may say ("Duration in minutes"). */
const SPAN_WORDS = new Set(['duration', 'timeout', 'delay', 'interval', 'wait', 'ttl', 'period', 'length', 'sleep', 'cooldown', 'expiry', 'expires', 'time']);

const UNIT_WORDS = [...SECONDS.keys()].sort((a, b) => b.length - a.length).join('|');
// Or one unit said with an article ("for an hour", "half an hour", "a week"): whole unit words only. A figure's "and a
// half" said before its unit ("one and a half hours") is read with it (the second group).
const DURATION = new RegExp(
  `(?<![\\p{L}\\p{N}.:/-]|\\d,)(?:(${NUMBER_PATTERN})( and a half)?[\\s-]{0,4}(${UNIT_WORDS})|(an?|half an?) (minute|hour|day|week))(?![\\p{L}\\p{N}])`,
  'giu',
);
/** How many units an article says: "an hour" is one, "half an hour" a half. */
const ARTICLE_COUNTS = new Map([['a', 1], ['an', 1], ['half a', 0.5], ['half an', 0.5]]);

/** Words after which an article's unit is a length ("for an hour", "lasting a day", "takes about an hour"). */
const LENGTH_LEADS: ReadonlySet<string> = new Set([
  'for', 'of', 'lasting', 'lasts', 'last', 'takes', 'take', 'taking', 'took', 'about', 'around', 'roughly', 'approximately', 'nearly', 'almost', 'just', 'only',
  'timer', 'minutes',
]);
/** Words after which it says how often or when, even opening or ending a clause ("twice a day", "in an hour"). */
const OFFSET_LEADS: ReadonlySet<string> = new Set(['in', 'within', 'twice', 'thrice', 'once', 'times', 'per', 'every', 'each']);
/** Marks that open a clause: an article's unit right after one is said on its own ("at 3pm, an hour"). */
const CLAUSE_MARKS = ',:;';
/** Marks that may close the prompt after an article's unit ("Set a timer for a while… a minute."). */
const END_MARKS = '.!?';
/** Words before which it is a length ("an hour long", "a day trip" is not asked for). */
const LENGTH_FOLLOWERS: ReadonlySet<string> = new Set(['long', 'meeting', 'session', 'call', 'timer']);
/** Words after which it says when, not how long ("a day before the launch", "an hour from now"). */
const OFFSET_FOLLOWERS: ReadonlySet<string> = new Set(['before', 'after', 'ago', 'later', 'earlier', 'from', 'early', 'late', 'prior']);
/** A word beside an article's unit: up to 16 letters past at most 4 spaces (after it, hyphens too: "an hour-long"). */
const BESIDE: WordReach = { spaces: 4, chars: 16 };
const AFTER: WordReach = { ...BESIDE, hyphens: true };
const SPACE_REACH = BESIDE.spaces;

/** Whether a clause mark stands just before `at`, past a few spaces ("…at 3pm, an hour"). */
function opensClause(prompt: string, at: number): boolean {
  let start = at;
  while (start > 0 && at - start < SPACE_REACH && isSpace(charAt(prompt, start - 1))) start -= 1;
  return start > 0 && CLAUSE_MARKS.includes(charAt(prompt, start - 1));
}

/** Whether only a few spaces and closing marks follow `end` to the prompt's end ("Set a timer: a minute."). */
function endsPrompt(prompt: string, end: number): boolean {
  let stop = end;
  while (stop < prompt.length && stop - end < SPACE_REACH && (isSpace(charAt(prompt, stop)) || END_MARKS.includes(charAt(prompt, stop)))) stop += 1;
  return stop === prompt.length;
}

/**
 * An article's unit at `at`..`end` says how long: led by a length word or followed by one, or said on its own (opening
 * a clause, or ending the prompt); never led by an offset's word ("in", "twice") nor followed by one ("before").
 */
function saysLength(prompt: string, span: { at: number; end: number }): boolean {
  const after = wordAfter(prompt, span.end, AFTER);
  const before = wordBefore(prompt, span.at, BESIDE);
  if (OFFSET_FOLLOWERS.has(after) || OFFSET_LEADS.has(before)) return false;
  if (LENGTH_LEADS.has(before) || LENGTH_FOLLOWERS.has(after)) return true;
  return opensClause(prompt, span.at) || endsPrompt(prompt, span.end);
}

/** " and a half" after a whole unit ("an hour and a half", "2 hours and a half"): read on a few characters. */
const AND_A_HALF = /^[ \u00a0]and a half(?![\p{L}\p{N}])/iu;

/** A span read from a match, with its " and a half" when a whole number of units has one. */
function spanOf(prompt: string, span: { at: number; end: number; figure: number; unit: number }): Duration {
  const half = Number.isInteger(span.figure) ? AND_A_HALF.exec(prompt.slice(span.end, span.end + 12)) : null;
  const end = half === null ? span.end : span.end + half[0].length;
  return { value: prompt.slice(span.at, end), at: span.at, end, seconds: (span.figure + (half === null ? 0 : 0.5)) * span.unit };
}

export interface Duration extends Mention {
  /** The span in seconds. */
  seconds: number;
}

/** How many units a match of DURATION says ("one and a half hours": 1.5), and the unit as seconds. */
function figureAndUnit(match: RegExpMatchArray): { figure: number | undefined; unit: number | undefined } {
  const whole = match[1] === undefined ? ARTICLE_COUNTS.get((match[4] ?? '').toLowerCase()) : parseNumber(match[1]);
  const figure = whole === undefined || match[2] === undefined ? whole : whole + 0.5;
  return { figure, unit: SECONDS.get((match[3] ?? match[5] ?? '').toLowerCase()) };
}

/** The durations a prompt writes: those with a figure in prompt order, then those said with an article. */
export function findDurations(prompt: string): Duration[] {
  const figures: Duration[] = [];
  const articles: Duration[] = [];
  for (const match of prompt.matchAll(DURATION)) {
    const { figure, unit } = figureAndUnit(match);
    if (figure === undefined || unit === undefined) continue;
    const at = match.index ?? 0;
    const duration = spanOf(prompt, { at, end: at + match[0].length, figure, unit });
    if (match[1] !== undefined) figures.push(duration);
    else if (saysLength(prompt, duration)) articles.push(duration);
  }
  return [...figures, ...articles];
}

/** Words that make a span an offset from now: "in an hour", "within 10 minutes". */
const FROM_NOW_LEADS: ReadonlySet<string> = new Set(['in', 'within']);

/** The spans a prompt writes as offsets from now ("Remind me in an hour", "in 2 hours", "in half an hour"), in prompt order. */
export function findOffsets(prompt: string): Duration[] {
  const found: Duration[] = [];
  for (const match of prompt.matchAll(DURATION)) {
    const at = match.index ?? 0;
    if (!FROM_NOW_LEADS.has(wordBefore(prompt, at, BESIDE))) continue;
    const { figure, unit } = figureAndUnit(match);
    if (figure !== undefined && unit !== undefined) found.push(spanOf(prompt, { at, end: at + match[0].length, figure, unit }));
  }
  return found;
}

/**
 * Unit words a property's name or description counts in: plurals and abbreviations only (`second_operand`,
 * `min_price` and `day_of_week` count no time).
 */
const NAMED_UNITS: ReadonlySet<string> = new Set(['ms', 'msec', 'millis', 'milliseconds', 'sec', 'secs', 'seconds', 'mins', 'minutes', 'hr', 'hrs', 'hours', 'days', 'weeks']);

/** The unit word among these (`duration_seconds` → seconds), as seconds; undefined for none. */
function unitOf(words: readonly string[]): number | undefined {
  const word = words.find((candidate) => NAMED_UNITS.has(candidate));
  return word === undefined ? undefined : SECONDS.get(word);
}

/**
 * The unit of time a numeric property counts in, as seconds: named (`timeout_ms`, `minutes`), or, for a name that
 * counts a span (`duration`, `timeout`), in its description's first clause ("Duration in minutes").
 */
export function timeUnitOf(words: readonly string[], description: readonly string[]): number | undefined {
  return unitOf(words) ?? (words.some((word) => SPAN_WORDS.has(word)) ? unitOf(description) : undefined);
}

/** A duration in a unit of `unit` seconds, as text; rounded off floating-point noise (0.1 h = 6 min, not 6.000000000000001). */
export function durationIn(duration: Duration, unit: number): string {
  return String(Number((duration.seconds / unit).toPrecision(12)));
}
