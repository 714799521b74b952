// Dates a prompt writes relative to today ("tomorrow", "next Monday", "in 3 days"), found without the clock and
// then given as ISO dates counted from the day of the mock's clock (UTC): the clock is read only when a prompt
// holds one. One pattern of fixed words with bounded gaps; day arithmetic by hand (no Date in the domain).
import { NUMBER_PATTERN, parseNumber, type Mention } from '../mentions.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const GAP = '\\s{1,4}';
const RELATIVE = new RegExp(
  // Not inside a word or a number ("1,234,567" is not read again from each group: that would go back over it).
  `(?<![\\p{L}\\p{N}]|\\d,)(?:the${GAP}day${GAP}(after${GAP}tomorrow|before${GAP}yesterday)|(today|tonight|tomorrow|yesterday)`
  + `|(?:(next|this|coming|on|last|past|previous)${GAP})?(${WEEKDAYS.join('|')})|in${GAP}(${NUMBER_PATTERN})${GAP}(days?|weeks?)`
  + `|(${NUMBER_PATTERN})${GAP}(days?|weeks?)${GAP}from${GAP}(?:now|today)|(next|last)${GAP}week)(?![\\p{L}\\p{N}])`,
  'giu',
);

/**
 * How a relative date counts from today: a number of days, or the nearest such weekday after today (today counting
 * or not), or before it.
 */
type Rule = { days: number } | { weekday: number; toward: 'after' | 'onOrAfter' | 'before' };

/** Words before a weekday that mean the one gone by ("last Friday"). */
const PAST = new Set(['last', 'past', 'previous']);

export interface RelativeDate extends Mention {
  rule: Rule;
}

const FIXED: Record<string, number> = { today: 0, tonight: 0, tomorrow: 1, yesterday: -1 };

function ruleOf(match: RegExpMatchArray): Rule | undefined {
  const [, around, word, lead, weekday, inCount, inUnit, fromCount, fromUnit, week] = match;
  if (around !== undefined) return { days: around.toLowerCase().startsWith('after') ? 2 : -2 };
  if (word !== undefined) return { days: FIXED[word.toLowerCase()] ?? 0 };
  // "next Monday" is the first Monday after today; "Monday", "on Monday" or "this Monday" may be today; "last
  // Monday" is the last one before today.
  if (weekday !== undefined) {
    const word = lead?.toLowerCase() ?? '';
    return { weekday: WEEKDAYS.indexOf(weekday.toLowerCase()), toward: word === 'next' ? 'after' : PAST.has(word) ? 'before' : 'onOrAfter' };
  }
  if (week !== undefined) return { days: week.toLowerCase() === 'last' ? -7 : 7 };
  const count = parseNumber(inCount ?? fromCount ?? '');
  const unit = (inUnit ?? fromUnit ?? '').toLowerCase();
  if (count === undefined || !Number.isInteger(count) || Math.abs(count) > 36_500) return undefined;
  return { days: unit.startsWith('week') ? count * 7 : count };
}

/** The relative dates a prompt writes, in prompt order (found without the clock). */
export function findRelativeDates(prompt: string): RelativeDate[] {
  const found: RelativeDate[] = [];
  for (const match of prompt.matchAll(RELATIVE)) {
    const rule = ruleOf(match);
    const at = match.index ?? 0;
    if (rule !== undefined) found.push({ value: match[0], at, end: at + match[0].length, rule });
  }
  return found;
}

/** What may stand between a relative day and a date written beside it ("Friday 2025-06-13", "tomorrow (2025-06-13)"). */
const BESIDE = /^[\s,(]{0,3}$/u;

/**
 * The relative dates not written beside a date written out: "Friday 2025-06-13" and "2025-06-13 (Friday)" name the
 * written date, whatever day the clock says. `dates` and `written` in prompt order; one pass over both.
 */
export function apartFromWritten(prompt: string, dates: readonly RelativeDate[], written: readonly Mention[]): RelativeDate[] {
  if (written.length === 0) return [...dates];
  const beside = (from: number, to: number): boolean => to >= from && to - from <= 3 && BESIDE.test(prompt.slice(from, to));
  let next = 0;
  return dates.filter((date) => {
    while (next < written.length && (written[next]?.end ?? 0) <= date.at) next += 1;
    const before = written[next - 1];
    const after = written[next];
    return !(after !== undefined && beside(date.end, after.at)) && !(before !== undefined && beside(before.end, date.at));
  });
}

/** The day `rule` names, counting from `today` (days since 1970-01-01). */
function dayOf(rule: Rule, today: number): number {
  if ('days' in rule) return today + rule.days;
  // 1970-01-01 was a Thursday (4, counting from Sunday).
  const weekday = (today + 4) % 7;
  if (rule.toward === 'before') return today - ((weekday - rule.weekday + 7) % 7 || 7);
  const ahead = (rule.weekday - weekday + 7) % 7;
  return today + (ahead === 0 && rule.toward === 'after' ? 7 : ahead);
}

/** `YYYY-MM-DD` of a day counted from 1970-01-01 (the proleptic Gregorian calendar, as ISO 8601 counts). */
export function isoDay(day: number): string {
  // Howard Hinnant's civil_from_days.
  const shifted = day + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const date = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/** The relative dates as ISO dates counted from the day of `nowSeconds` (UTC), with a date-time spelling too. */
export function resolveRelativeDates(dates: readonly RelativeDate[], nowSeconds: number): (Mention & { variants: string[] })[] {
  const today = Math.floor(nowSeconds / 86_400);
  return dates.map((date) => {
    const iso = isoDay(dayOf(date.rule, today));
    return { value: iso, at: date.at, end: date.end, variants: [iso, `${iso}T00:00:00Z`] };
  });
}
