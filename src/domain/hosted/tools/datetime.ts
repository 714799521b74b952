// OpenRouter's `openrouter:datetime` server tool: the response's own time (the seeded clock when a seed is
// set) as ISO 8601 in the tool's IANA timezone (UTC by default), the item that reports it, and the words that
// ask for it.
import { exactDirective } from '../../engine/content/text.js';
import { fail, ok, type Result } from '../../types.js';
import type { ServerItemSpec } from '../types.js';
import { mentionsAny } from '../../engine/words.js';

const CUES = new Set(['date', 'time', 'today', 'day', 'now', 'clock', 'year', 'month', 'weekday', 'tonight', 'tomorrow', 'yesterday']);

export const asksForTime = (prompt: string): boolean => mentionsAny(prompt, CUES);

export interface LocalTime {
  /** `2026-09-30T18:00:00.000+02:00` (`Z` in UTC). */
  iso: string;
  /** `Wednesday, September 30, 2026 at 18:00`. */
  spoken: string;
}

/** The instant `seconds` in `timezone`, or a 400 naming `path` when the zone is unknown. */
export function localTime(seconds: number, at: { timezone: string; path: string }): Result<LocalTime> {
  let parts: Intl.DateTimeFormatPart[];
  let spoken: string;
  try {
    const zone = { timeZone: at.timezone };
    parts = new Intl.DateTimeFormat('en-US', {
      ...zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
      hourCycle: 'h23', timeZoneName: 'longOffset',
    }).formatToParts(seconds * 1000);
    spoken = new Intl.DateTimeFormat('en-US', {
      ...zone, weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    }).format(seconds * 1000);
  } catch {
    return fail({
      code: 'invalid_value',
      message: `Invalid value for '${at.path}': '${at.timezone.slice(0, 64)}' is not an IANA timezone name (e.g. 'Europe/Paris', 'UTC').`,
      param: at.path,
    });
  }
  const part = (type: string) => parts.find((entry) => entry.type === type)?.value ?? '00';
  const offset = part('timeZoneName').replace('GMT', '');
  const iso = `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}:${part('second')}.000${offset === '' || offset === '+00:00' ? 'Z' : offset}`;
  return ok({ iso, spoken });
}

export function datetimeItem(args: { iso: string; timezone: string }): ServerItemSpec {
  return {
    idKind: 'openrouter_datetime', itemType: 'openrouter:datetime', progress: [],
    added: { status: 'in_progress' }, done: { status: 'completed', datetime: args.iso, timezone: args.timezone },
  };
}

/** What the answer says (an exact directive, if the prompt gives one). */
export function timeLead(prompt: string, at: { spoken: string; timezone: string }): string {
  return exactDirective(prompt) ?? `It is ${at.spoken} (${at.timezone}).`;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Unix seconds of an ISO 8601 date-time with its offset (`2026-03-01T09:30:00+01:00`), or undefined. */
export function isoSeconds(text: string): number | undefined {
  const match = ISO.exec(text);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  // Years before 1000 have no four-digit form in the answer's local time.
  if (year < 1000 || days === undefined || day < 1 || day > days || hour > 23 || minute > 59 || second > 59) return undefined;
  const zone = match[7]!;
  const [offsetHours, offsetMinutes] = zone === 'Z' ? [0, 0] : [Number(zone.slice(1, 3)), Number(zone.slice(4, 6))];
  // Real offsets lie within ±14:00.
  if (offsetMinutes > 59 || offsetHours * 60 + offsetMinutes > 14 * 60) return undefined;
  const offset = (zone.startsWith('-') ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  return daysFromCivil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second - offset * 60;
}

/** Days since 1970-01-01 of a proleptic Gregorian date. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
