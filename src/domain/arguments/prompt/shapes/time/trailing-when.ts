// A time phrase ending a text ("call mom at 18:30", "stretch in 10 minutes", "call mom tomorrow at 6pm") and the
// words a text keeps without it: a time property takes the phrase. Reads at most the last few words, several times.
import { trimEndOf } from '../../../../trim-marks.js';

/** Words that lead a time phrase at the end of a message ("… at 18:30", "… on 2025-03-12", "… in 10 minutes"). */
const WHEN_LEADS = new Set(['at', 'on', 'by', 'before', 'after', 'around', 'next', 'this', 'in', 'every', 'due']);
export const TIME_TOKEN = /^(?:\d{1,2}(?::\d{2})?(?:am|pm)?|am|pm|noon|midnight|\d{4}-\d{2}-\d{2}(?:T[\d:]+Z?)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|morning|evening|afternoon|minutes?|hours?|days?|\d+)$/u;

/**
 * Words a time phrase completes rather than schedules: "dinner is at 7", "the call starts at 3pm", "it's at 9" say
 * the time; "call mom at 7" is done then, and so is "go to Trader Joe's at 5pm".
 */
const SAYS_TIME: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', "it's", "that's", "what's", "there's", 'starts', 'start', 'begins', 'begin', 'ends',
  'end', 'opens', 'closes', 'lands', 'arrives', 'leaves', 'departs',
]);

/** Leads of a span from now ("in an hour"), which a message says and a reminder's time takes. */
const SPAN_LEADS: ReadonlySet<string> = new Set(['in', 'within']);
/** A span said with an article after a lead ("in an hour", "every half a day"): as much a when as "in 10 minutes". */
const ARTICLE_SPAN = /^(?:half )?an? (?:minute|hour|day|week)$/u;

/**
 * The words without a trailing time phrase that holds a figure ("call mom at 18:30" → "call mom"): a time property
 * takes that, and the day just before it ("call mom tomorrow at 6pm"). A day alone ("lunch tomorrow") stays: it is
 * part of what is said. `keepSpans`: a span from now stays ("see you in an hour" is what a message says).
 */
export function withoutTrailingWhen(words: string[], options: { keepSpans?: boolean } = {}): string[] {
  const kept = [...words];
  for (let trimmed = true; trimmed && kept.length > 1;) {
    trimmed = false;
    // "at 18:30", "on 2025-03-12", "in 10 minutes", "at 6 pm": up to three words after a lead.
    for (let lead = kept.length - 2; lead >= Math.max(1, kept.length - 4); lead -= 1) {
      const tail = kept.slice(lead + 1).map((word) => trimEndOf(word.toLowerCase(), '.!?,;'));
      const timed = (tail.every((word) => TIME_TOKEN.test(word)) && tail.some((word) => /\d/u.test(word))) || ARTICLE_SPAN.test(tail.join(' '));
      const leadWord = (kept[lead] ?? '').toLowerCase();
      if (WHEN_LEADS.has(leadWord) && timed && !(options.keepSpans === true && SPAN_LEADS.has(leadWord))) {
        // "dinner is at 7", "dinner is tomorrow at 7": the time is what is said, and stays with the rest of the text.
        if (saysTime(kept, lead)) return kept;
        kept.length = lead;
        trimmed = true;
        break;
      }
    }
    if (trimmed) withoutTrailingDay(kept);
  }
  return kept;
}

/** Whether the word before the time's lead (past a day: "is tomorrow at 7", "is on Friday at 9") says the time. */
function saysTime(kept: readonly string[], lead: number): boolean {
  let before = lead - 1;
  if (DAY_WORDS.has(trimEndOf((kept[before] ?? '').toLowerCase(), ','))) {
    before -= 1;
    if (DAY_LEADS.has((kept[before] ?? '').toLowerCase())) before -= 1;
  }
  // Not a word ending in 's: more often a place named by its owner ("the dentist's at 9am") than "the meeting's at 3".
  return SAYS_TIME.has((kept[before] ?? '').toLowerCase());
}

/** Days that a time of day trimmed after them belongs to ("tomorrow at 6pm", "on Friday at 9am"). */
export const DAY_WORDS: ReadonlySet<string> = new Set(['today', 'tomorrow', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const DAY_LEADS = new Set(['on', 'next', 'this']);

/** Drops a trailing day ("tomorrow", "on Friday") whose time of day was trimmed: the date-time takes both. */
function withoutTrailingDay(kept: string[]): void {
  if (kept.length < 2 || !DAY_WORDS.has(trimEndOf((kept[kept.length - 1] ?? '').toLowerCase(), '.!?,;'))) return;
  kept.length -= 1;
  if (kept.length > 1 && DAY_LEADS.has((kept[kept.length - 1] ?? '').toLowerCase())) kept.length -= 1;
}
