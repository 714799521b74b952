// The few words a prompt writes just before or after a span, and whether a negation leads it ("not at max", "isn't
// fixed"): read from a bounded slice around the span, so a look costs the same whatever the prompt's length.

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
  const lead = prompt.slice(Math.max(0, at - REACH), at);
  let mark = lead.length;
  while (mark > 0 && !',;:.!?'.includes(lead.charAt(mark - 1))) mark -= 1;
  const clause = mark === 0 ? wordsBefore(prompt, at, count) : wordsOf(lead.slice(mark)).slice(-count);
  return clause.some((word) => NEGATIONS.has(word) || word.endsWith("n't") || word.endsWith('n’t'));
}
