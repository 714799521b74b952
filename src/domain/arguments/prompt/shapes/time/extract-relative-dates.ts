// Dates a prompt writes relative to today ("tomorrow", "next Monday", "next Fri", "Friday next week", "in 3 days"), found without the clock and
// then given as ISO dates counted from today: the day the prompt says it is, else the day of the mock's clock
// (UTC), read only when a prompt holds one. One pattern of fixed words with bounded gaps; day arithmetic by hand.
import { isoDay, weekdayOf } from './calendar.js';
import { NUMBER_PATTERN, parseNumber, type Mention } from '../../mentions.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** Weekdays written short ("Fri", "Thurs"), read capitalised only; those that are everyday words too need a lead. */
const SHORT_WEEKDAYS = new Map<string, number>([['sun', 0], ['mon', 1], ['tue', 2], ['tues', 2], ['wed', 3], ['thu', 4], ['thur', 4], ['thurs', 4], ['fri', 5], ['sat', 6]]);
const WORDS_TOO = new Set(['sun', 'mon', 'wed', 'sat']);
const GAP = '\\s{1,4}';
const RELATIVE = new RegExp(
  // Not inside a word or a number ("1,234,567" is not read again from each group: that would go back over it).
  `(?<![\\p{L}\\p{N}]|\\d,)(?:the${GAP}day${GAP}(after${GAP}tomorrow|before${GAP}yesterday)|(today|tonight|tomorrow|yesterday)`
  + `|(?:(next|this|coming|on|last|past|previous)${GAP})?(${[...WEEKDAYS, ...[...SHORT_WEEKDAYS.keys()].sort((a, b) => b.length - a.length)].join('|')})(?:${GAP}(next${GAP}week|after${GAP}next))?|in${GAP}(${NUMBER_PATTERN})${GAP}(days?|weeks?)`
  + `|(${NUMBER_PATTERN})${GAP}(days?|weeks?)${GAP}from${GAP}(?:now|today)|(next|last)${GAP}week)(?![\\p{L}\\p{N}])`,
  'giu',
);

/**
 * How a relative date counts from today: a number of days, or the nearest such weekday after today (today counting
 * or not), or before it.
 */
type Rule = { days: number } | { weekday: number; toward: 'after' | 'onOrAfter' | 'before' | 'nextWeek' | 'afterNext' };

/** Words before a weekday that mean the one gone by ("last Friday"). */
const PAST = new Set(['last', 'past', 'previous']);

export interface RelativeDate extends Mention {
  rule: Rule;
}

const FIXED: Record<string, number> = { today: 0, tonight: 0, tomorrow: 1, yesterday: -1 };

/** The weekday (0 for Sunday) a word names: "Fri" capitalised, "Sat" only after a lead ("on Sat"), not "sat down". */
function weekdayNumber(written: string, lead: string): number | undefined {
  const lower = written.toLowerCase();
  const full = WEEKDAYS.indexOf(lower);
  if (full >= 0) return full;
  const upper = written.charAt(0) !== lower.charAt(0);
  return upper && (lead !== '' || !WORDS_TOO.has(lower)) ? SHORT_WEEKDAYS.get(lower) : undefined;
}

function ruleOf(match: RegExpMatchArray): Rule | undefined {
  const [, around, word, lead, weekday, later, inCount, inUnit, fromCount, fromUnit, week] = match;
  if (around !== undefined) return { days: around.toLowerCase().startsWith('after') ? 2 : -2 };
  if (word !== undefined) return { days: FIXED[word.toLowerCase()] ?? 0 };
  // "next Monday" is the first Monday after today; "Monday", "on Monday" or "this Monday" may be today; "last
  // Monday" is the last one before today.
  if (weekday !== undefined) {
    const word = lead?.toLowerCase() ?? '';
    const day = weekdayNumber(weekday, word);
    if (day === undefined) return undefined;
    // "Friday next week" is in the week after this one; "Friday after next" a week after the next Friday.
    if (later !== undefined && !PAST.has(word)) return { weekday: day, toward: later.toLowerCase().startsWith('next') ? 'nextWeek' : 'afterNext' };
    return { weekday: day, toward: word === 'next' ? 'after' : PAST.has(word) ? 'before' : 'onOrAfter' };
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
  const weekday = weekdayOf(today);
  if (rule.toward === 'before') return today - ((weekday - rule.weekday + 7) % 7 || 7);
  // Weeks run Monday to Sunday: next week's begins on the first Monday after today.
  if (rule.toward === 'nextWeek') return today + ((1 - weekday + 7) % 7 || 7) + ((rule.weekday + 6) % 7);
  const ahead = (rule.weekday - weekday + 7) % 7;
  if (rule.toward === 'afterNext') return today + (ahead || 7) + 7;
  return today + (ahead === 0 && rule.toward === 'after' ? 7 : ahead);
}

/** The relative dates as ISO dates counted from `today` (days since 1970-01-01), with a date-time spelling too. */
export function resolveRelativeDates(dates: readonly RelativeDate[], today: number): (Mention & { variants: string[] })[] {
  return dates.map((date) => {
    const iso = isoDay(dayOf(date.rule, today));
    return { value: iso, at: date.at, end: date.end, variants: [iso, `${iso}T00:00:00Z`] };
  });
}
