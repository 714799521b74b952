// Days counted from 1970-01-01 in the proleptic Gregorian calendar, as ISO 8601 counts them, both ways: by hand
// (Howard Hinnant's civil_from_days and days_from_civil), since the domain has no Date.

/** A number of at most two digits written with two ("07"): months, days, hours, minutes, seconds. */
export const pad2 = (value: number): string => String(value).padStart(2, '0');

/** `YYYY-MM-DD` of a day counted from 1970-01-01. */
export function isoDay(day: number): string {
  const shifted = day + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const date = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(date)}`;
}

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The day (from 1970-01-01) of a calendar date, month 1 to 12; undefined for a date no calendar has (02-30). */
export function dayOfDate(date: { year: number; month: number; day: number }): number | undefined {
  const { year, month, day } = date;
  if (!Number.isInteger(year) || year < 1 || year > 9999 || !Number.isInteger(month) || month < 1 || month > 12) return undefined;
  const length = month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1] ?? 0;
  if (!Number.isInteger(day) || day < 1 || day > length) return undefined;
  const shiftedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** 1970-01-01 was a Thursday: the weekday (0 for Sunday) of a day. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}
