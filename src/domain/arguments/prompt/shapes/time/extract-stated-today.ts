// The date a prompt says today is ("Today is 2025-06-10", "current date: June 10, 2025", "It's Tuesday, 10 June
// 2025"): what its relative dates count from instead of the mock's clock. Fixed words with bounded gaps, so
// one pass over the prompt; only clear phrasings, the first one found.
import { dayOfDate } from './calendar.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?`;
const WEEKDAY = '(?:sun|mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?)(?:day)?\\.?';
const GAP = '\\s{1,4}';
const ORDINAL = '(?:st|nd|rd|th)?';
// 2025-06-10 · June 10, 2025 · 10 June 2025 · the 10th of June, 2025.
const DATE = `(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)|${MONTH}${GAP}(\\d{1,2})${ORDINAL},?${GAP}(\\d{4})(?!\\d)`
  + `|(?:the${GAP})?(\\d{1,2})${ORDINAL}${GAP}(?:of${GAP})?${MONTH},?${GAP}(\\d{4})(?!\\d)`;
const STATED = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:today(?:['’]s)?(?:${GAP}date)?|date${GAP}today|current${GAP}date)(?:${GAP}is${GAP}|\\s{0,4}:\\s{0,4})(?:${WEEKDAY},?${GAP})?`
  + `|it(?:['’]s|${GAP}is)${GAP}${WEEKDAY},?${GAP})(?:${DATE})`,
  'giu',
);

export interface StatedToday {
  /** The day, counted from 1970-01-01. */
  day: number;
  /** The span of the whole statement: the words in it ("today", "Tuesday", the date) are not dates asked for. */
  at: number;
  end: number;
}

const monthNumber = (name: string): number => {
  const lower = name.toLowerCase();
  return MONTHS.findIndex((month) => month.startsWith(lower.slice(0, 3))) + 1;
};

/** The first date the prompt states as today's, if one is a real date. */
export function findStatedToday(prompt: string): StatedToday | undefined {
  for (const match of prompt.matchAll(STATED)) {
    const [, isoYear, isoMonth, isoDate, month1, day1, year1, day2, month2, year2] = match;
    const date = isoYear !== undefined
      ? { year: Number(isoYear), month: Number(isoMonth), day: Number(isoDate) }
      : month1 !== undefined
        ? { year: Number(year1), month: monthNumber(month1), day: Number(day1) }
        : { year: Number(year2), month: monthNumber(month2 ?? ''), day: Number(day2) };
    const day = dayOfDate(date);
    const at = match.index ?? 0;
    if (day !== undefined) return { day, at, end: at + match[0].length };
  }
  return undefined;
}
