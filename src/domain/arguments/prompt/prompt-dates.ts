// The dates and date-times of a prompt, for `PromptFacts`: dates written out or relative to today, and a time of
// day beside a date (or alone, on today's date). Today is the date the prompt states, else the clock's day, which
// is read only when a relative date or a time alone needs it.
import { isoDay, pad2 } from './shapes/time/calendar.js';
import { findFormatted, type FormattedMention } from './shapes/extract-formats.js';
import { findMonthDates, resolveMonthDates, withMonthDates } from './shapes/time/extract-month-dates.js';
import { apartFromWritten, findRelativeDates, resolveRelativeDates } from './shapes/time/extract-relative-dates.js';
import type { SpokenTime } from './shapes/time/extract-spoken-times.js';
import type { StatedToday } from './shapes/time/extract-stated-today.js';
import { datesAtTimes, timesAlone } from './shapes/time/extract-times-of-day.js';
import type { Mention } from './mentions.js';
import { findOffsets } from './shapes/time/extract-durations.js';

/** What dates are read from: the prompt, the date it states as today's, the clock (Unix seconds), its times in words. */
export interface DateSources {
  prompt: string;
  stated: StatedToday | undefined;
  now: (() => number) | undefined;
  spoken: () => readonly SpokenTime[];
}

/** Today's day number: the stated one, else the clock's. */
const todayOf = (sources: DateSources): number => sources.stated?.day ?? Math.floor((sources.now?.() ?? 0) / 86_400);

/**
 * Dates written out (in ISO form or with the month's name: "October 14", the next one when no year is written),
 * and those written relative to today, in prompt order; today is read only for a relative date and only when the
 * prompt states none (an answer that does not depend on the clock may be memoised). The stated date itself is
 * there only when no other date is: it is what the prompt counts from, not a date it asks for.
 */
export function datesIn(sources: DateSources): FormattedMention[] {
  const { prompt, stated } = sources;
  const known = stated !== undefined || sources.now !== undefined;
  const written = withMonthDates(prompt, { iso: findFormatted(prompt, 'date'), named: resolveMonthDates(findMonthDates(prompt), known ? () => todayOf(sources) : undefined) });
  if (!known) return written;
  const outside = (mention: Mention): boolean => stated === undefined || mention.at < stated.at || mention.at >= stated.end;
  const relative = apartFromWritten(prompt, findRelativeDates(prompt), written).filter(outside);
  const dates = written.filter(outside);
  if (relative.length > 0) {
    dates.push(...resolveRelativeDates(relative, todayOf(sources)));
    dates.sort((a, b) => a.at - b.at);
  }
  // Only when the prompt asks for no other date: a second date property ("end" beside "start") would take it.
  if (stated !== undefined && dates.length === 0) {
    const iso = isoDay(stated.day);
    dates.push({ value: iso, at: stated.at, end: stated.end, variants: [iso, `${iso}T00:00:00Z`] });
  }
  return dates;
}

/** Date-times written out, and dates (`datesIn`'s, relative ones too) with a time of day beside them, in prompt order. */
export function dateTimesIn(sources: DateSources, allDates: readonly FormattedMention[]): FormattedMention[] {
  const { prompt, stated } = sources;
  const written = findFormatted(prompt, 'date-time');
  // Dates in prompt order, without the date stated as today's, which `datesIn` gives only when it finds no other.
  const dates = allDates.filter((date) => stated === undefined || date.at !== stated.at || date.end !== stated.end);
  const timed = dates.length === 0 && written.length === 0 ? timesToday(sources) : datesAtTimes(prompt, { dates, written, spoken: sources.spoken });
  if (timed.length === 0 && written.length === 0 && dates.length === 0) return fromNow(sources);
  return timed.length === 0 ? written : [...written, ...timed].sort((a, b) => a.at - b.at);
}

/**
 * The moments a prompt that writes no date nor time puts at an offset from now ("Remind me in an hour"), counted
 * from the clock, to the second; none without a clock (a stated today has no time of day).
 */
function fromNow(sources: DateSources): FormattedMention[] {
  if (sources.now === undefined) return [];
  const offsets = findOffsets(sources.prompt);
  if (offsets.length === 0) return [];
  const now = Math.floor(sources.now());
  return offsets.map((offset) => {
    const moment = now + Math.round(offset.seconds);
    const inDay = ((moment % 86_400) + 86_400) % 86_400;
    const day = isoDay(Math.floor(moment / 86_400));
    const clock = `${pad2(Math.floor(inDay / 3600))}:${pad2(Math.floor((inDay % 3600) / 60))}:${pad2(inDay % 60)}`;
    return { value: `${day}T${clock}Z`, at: offset.at, end: offset.end, variants: [`${day}T${clock}Z`, `${day}T${clock}`, `${day} ${clock.slice(0, 5)}`] };
  });
}


/** Times of day the prompt writes alone ("at 9am"), on today's date; none when it has no today to read. */
function timesToday(sources: DateSources): FormattedMention[] {
  if (sources.stated === undefined && sources.now === undefined) return [];
  return timesAlone(sources.prompt, { todayOf: () => isoDay(todayOf(sources)), spoken: sources.spoken });
}
