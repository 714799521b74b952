// OpenRouter's `openrouter:datetime` server tool: the response's own time (the seeded clock when a seed is
// set) as ISO 8601 in the tool's IANA timezone (UTC by default), and the words that ask for it.
import { fail, ok, type Result } from '../../types.js';

const CUES = new Set(['date', 'time', 'today', 'day', 'now', 'clock', 'year', 'month', 'weekday', 'tonight', 'tomorrow', 'yesterday']);

export function asksForTime(prompt: string): boolean {
  for (const word of prompt.toLowerCase().split(/[^a-z]+/)) if (CUES.has(word)) return true;
  return false;
}

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
