// Dates a prompt writes with the month's name ("October 14", "Oct 5, 2027", "14 October", "the 3rd of March",
// "October 10-13"): found without the clock, then given as ISO dates; one without a year is the next such day on or
// after today ("February 29" the next leap day); "may", "march", "mar" and "jan" only where they read as months.
// One global pattern of fixed words with bounded gaps, read once left to right.
import { dayOfDate, isoDay } from './calendar.js';
import { withLists, type Mention } from '../../mentions.js';
import { withListVariants, type FormattedMention } from '../extract-formats.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?`;
const GAP = '\\s{1,4}';
const ORDINAL = '(?:st|nd|rd|th)?';
const YEAR = `(?:,?${GAP}(\\d{4})(?!\\d))?`;
/** A second day of the same month after a dash: "October 10-13", "Oct 5 – 9". */
const TO_DAY = '(?:\\s{0,2}[-–]\\s{0,2}(\\d{1,2})(?!\\d))?';
const MONTH_DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${MONTH}${GAP}(\\d{1,2})${ORDINAL}(?![\\p{L}\\p{N}]|[:.]\\d)${TO_DAY}${YEAR}`
  + `|(?:the${GAP})?(\\d{1,2})${ORDINAL}${GAP}(?:of${GAP})?${MONTH}(?![\\p{L}])${YEAR})`,
  'giu',
);

export interface MonthDate extends Mention {
  month: number;
  day: number;
  year?: number;
}

const monthNumber = (name: string): number => MONTHS.findIndex((month) => month.startsWith(name.toLowerCase().slice(0, 3))) + 1;

/** Month words that are also other words: "you may", "we march", "mar the finish", "ask Jan". */
const AMBIGUOUS = new Set(['may', 'march', 'mar', 'jan']);
/** Words that may follow a date's day: "March 12 at 9am", "Jan 2 to Jan 5" (not "march 12 km", "Jan 2 questions"). */
const DATE_FOLLOWERS = new Set(['at', 'to', 'and', 'or', 'through', 'thru', 'till', 'until', 'in', 'on', 'for', 'from', 'by', 'with', 'please',
  'is', 'was', 'will', 'the', 'this', 'next', 'morning', 'afternoon', 'evening', 'night', 'noon', 'midnight', 'am', 'pm', 'before', 'after',
  'if', 'then', 'but', 'i', 'we', 'it', 'works', 'instead', 'only']);
const NEXT_WORD = /\s{0,4}(\p{L}{1,16})/uy;
const ISO_DATE = /(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/u;

/**
 * Whether a month word is read as a month: a name in full in any case ("october 14"), an abbreviation with its
 * capital or a period ("Oct 5", "oct. 5"), and a word that is also another word ("may", "march", "mar", "jan") with
 * its capital, then, without a year or ordinal, only where the prompt writes no ISO date and the day ends the date
 * ("March 12 at 9am", not "March 12 km" nor "Ask Jan 2 questions").
 */
function readsAsMonth(prompt: string, found: { name: string; dotted: boolean; end: number; framed: boolean; isoDate: () => boolean }): boolean {
  const { name } = found;
  const lower = name.toLowerCase();
  const capital = name[0] !== lower[0];
  const full = MONTHS.includes(lower);
  if (!full && !capital && !found.dotted) return false;
  if (!AMBIGUOUS.has(lower)) return true;
  if (!capital) return false;
  if (found.framed) return true;
  if (found.isoDate()) return false;
  NEXT_WORD.lastIndex = found.end;
  const next = NEXT_WORD.exec(prompt)?.[1];
  return next === undefined || DATE_FOLLOWERS.has(next.toLowerCase());
}

/** The dates a prompt writes with a month's name, in prompt order (found without the clock). */
export function findMonthDates(prompt: string): MonthDate[] {
  const found: MonthDate[] = [];
  let iso: boolean | undefined;
  const isoDate = (): boolean => (iso ??= ISO_DATE.test(prompt));
  for (const match of prompt.matchAll(MONTH_DATE)) {
    const [whole, month1, day1, toDay, year1, day2, month2, year2] = match;
    const name = month1 ?? month2 ?? '';
    const at = match.index ?? 0;
    // The name leads "March 12" and follows the day in "12 March 2027" (the year holds no letter).
    const afterName = (month1 === undefined ? whole.lastIndexOf(name) : 0) + name.length;
    const framed = year1 !== undefined || year2 !== undefined || month2 !== undefined || /\d(?:st|nd|rd|th)/iu.test(whole);
    if (!readsAsMonth(prompt, { name, dotted: whole[afterName] === '.', end: at + whole.length, framed, isoDate })) continue;
    const month = monthNumber(name);
    const yearText = year1 ?? year2;
    const year = yearText === undefined ? {} : { year: Number(yearText) };
    if (toDay === undefined) {
      found.push({ value: whole, at, end: at + whole.length, month, day: Number(day1 ?? day2), ...year });
      continue;
    }
    // Two dates: the first up to its day, the second the day after the dash.
    const dash = whole.search(/[-–]/u);
    const split = whole.indexOf(toDay, dash);
    found.push({ value: whole.slice(0, dash).trimEnd(), at, end: at + whole.slice(0, dash).trimEnd().length, month, day: Number(day1), ...year });
    found.push({ value: whole.slice(split), at: at + split, end: at + whole.length, month, day: Number(toDay), ...year });
  }
  return found;
}

/**
 * The month dates as ISO dates, with a date-time spelling too; one without a year is the next on or after `today`
 * (days since 1970-01-01; `today` is called only for one). Dates no calendar has ("February 30") are left out.
 */
export function resolveMonthDates(dates: readonly MonthDate[], today: (() => number) | undefined): (Mention & { variants: string[] })[] {
  const resolved: (Mention & { variants: string[] })[] = [];
  let now: number | undefined;
  for (const date of dates) {
    let day: number | undefined;
    if (date.year !== undefined) day = dayOfDate({ year: date.year, month: date.month, day: date.day });
    else if (today !== undefined) {
      now ??= today();
      const year = Number(isoDay(now).slice(0, 4));
      // The next leap day may be up to 8 years away (2096, then 2104).
      for (let ahead = 0; ahead <= 8 && (day === undefined || day < now); ahead += 1) day = dayOfDate({ year: year + ahead, month: date.month, day: date.day });
    }
    if (day === undefined) continue;
    const iso = isoDay(day);
    resolved.push({ value: iso, at: date.at, end: date.end, variants: [iso, `${iso}T00:00:00Z`] });
  }
  return resolved;
}

/** Dates written out in ISO form and with the month's name, in prompt order, joined into lists where they are listed. */
export function withMonthDates(prompt: string, dates: { iso: FormattedMention[]; named: FormattedMention[] }): FormattedMention[] {
  if (dates.named.length === 0) return dates.iso;
  const plain = [...dates.iso, ...dates.named].map(({ value, at, end, variants }) => ({ value, at, end, variants }));
  return withListVariants(withLists(prompt, plain.sort((a, b) => a.at - b.at)));
}
