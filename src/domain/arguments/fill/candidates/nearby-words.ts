// The few words a prompt writes just before or after a span, and whether a negation leads it ("not at max", "isn't
// fixed") or it is a state reported ("was closed by mistake"): read from a bounded slice around the span, so a look
// costs the same whatever the prompt's length.

/** Characters read on each side of a span: enough for a few words, never the whole prompt. */
const REACH = 40;
/** Words that negate what follows them within a few words. */
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', 'no', 'nor', 'neither', 'without']);

function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}'’]+/u).filter((word) => word !== '');
}

/** Up to `count` lower-case words before the span starting at `at`, nearest last. */
export function wordsBefore(prompt: string, at: number, count: number): string[] {
  const words = wordsOf(prompt.slice(Math.max(0, at - REACH), at));
  // A word cut by the slice's start is not a word of the prompt.
  if (at > REACH && words.length > 0) words.shift();
  return words.slice(-count);
}

/** Up to `count` lower-case words after the span ending at `end`, nearest first. */
export function wordsAfter(prompt: string, end: number, count: number): string[] {
  const words = wordsOf(prompt.slice(end, end + REACH));
  if (end + REACH < prompt.length && words.length > 0) words.pop();
  return words.slice(0, count);
}

/** A negation ("not", "never", "no", a word ending in "n't") stands among the `count` words before `at`. */
export function negatedBefore(prompt: string, at: number, count: number): boolean {
  // A negation reaches no further than its clause: "not resolved, reopen it" does not negate "reopen".
  return clauseBefore(prompt, at, count).some((word) => NEGATIONS.has(word) || word.endsWith("n't") || word.endsWith('n’t'));
}

/** Up to `count` lower-case words before `at` in its clause (after the nearest mark), nearest last. */
function clauseBefore(prompt: string, at: number, count: number): string[] {
  const lead = prompt.slice(Math.max(0, at - REACH), at);
  let mark = lead.length;
  while (mark > 0 && !',;:.!?'.includes(lead.charAt(mark - 1))) mark -= 1;
  return mark === 0 ? wordsBefore(prompt, at, count) : wordsOf(lead.slice(mark)).slice(-count);
}

/**
 * Words before a state that report a state rather than ask for one ("was closed by mistake, reopen it": open), read
 * through one adverb ("was already closed"). Such a state is the last resort: alone it is the one to record.
 */
const REPORTING: ReadonlySet<string> = new Set(['was', 'were', 'been', 'got', 'gotten']);

/** Whether the word at `at` follows was/were/been/got, one adverb ending in -ly or "already"/"just" between allowed. */
export function reportedBefore(prompt: string, at: number): boolean {
  const words = wordsBefore(prompt, at, 2);
  const last = words.at(-1);
  const before = words.length === 2 ? words[0] : undefined;
  if (last === undefined) return false;
  if (REPORTING.has(last)) return true;
  return (last.endsWith('ly') || last === 'already' || last === 'just') && before !== undefined && REPORTING.has(before);
}

/** Words right after a state that say it was set by mistake ("marked pending by mistake", "closed in error"). */
const AMISS_AFTER: readonly string[] = ['by mistake', 'by accident', 'in error', 'accidentally', 'mistakenly', 'wrongly', 'incorrectly', 'erroneously'];
/** Words right before a state that say so ("accidentally closed", "mistakenly marked solved"). */
const AMISS_BEFORE: ReadonlySet<string> = new Set(['accidentally', 'mistakenly', 'wrongly', 'incorrectly', 'erroneously']);

/**
 * Whether the state at `span` is reported rather than asked for: after was/got (reportedBefore), or said to be a
 * mistake in its clause ("Ticket 5530 was marked pending by mistake, set it to open": open is asked for).
 */
export function reportedState(prompt: string, span: { at: number; end: number }): boolean {
  if (reportedBefore(prompt, span.at) || clauseBefore(prompt, span.at, 2).some((word) => AMISS_BEFORE.has(word))) return true;
  const after = prompt.slice(span.end, span.end + REACH);
  let mark = 0;
  while (mark < after.length && !',;:.!?'.includes(after.charAt(mark))) mark += 1;
  const words = wordsOf(after.slice(0, mark));
  const next = words.slice(0, 2);
  // "in error" says so only closing its clause ("closed in error, reopen it"), not "debug in error paths".
  if (next.join(' ') === 'in error') return words.length === 2;
  return AMISS_AFTER.some((phrase) => phrase === next[0] || phrase === next.join(' '));
}
