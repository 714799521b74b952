// One pass over a prompt that later look-ups share: a lower-cased copy with spaces, `_` and `-` folded to
// one space (positions unchanged), and where each word starts, by word. A property name, an enum value or
// a unit word is then found by a Map look-up and a comparison at each place, whatever the prompt's length.

export interface PromptIndex {
  /** The prompt lower-cased character by character, with [\s_-] as ' ': same length, same positions. */
  flat: string;
  /** Start positions of each word (a run of letters and digits in `flat`), by word. */
  words: Map<string, number[]>;
}

const WORD = /[\p{L}\p{N}]+/gu;
const LEADING_WORD = /^[\p{L}\p{N}]+/u;

function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  // A few capitals lower-case to two code units (İ): fold one character at a time to keep positions.
  let out = '';
  for (const char of text) {
    const folded = char.toLowerCase();
    out += folded.length === char.length ? folded : char;
  }
  return out;
}

/** Folds text the way `flat` is folded, for comparing a value with the prompt. */
export function flatten(text: string): string {
  return foldCase(text).replace(/[\s_-]/gu, ' ');
}

export function indexPrompt(prompt: string): PromptIndex {
  const flat = flatten(prompt);
  const words = new Map<string, number[]>();
  for (const match of flat.matchAll(WORD)) {
    const positions = words.get(match[0]);
    if (positions === undefined) words.set(match[0], [match.index]);
    else positions.push(match.index);
  }
  return { flat, words };
}

/** The leading word of a folded text (its first run of letters and digits, when it starts with one). */
export function leadingWord(folded: string): string {
  return LEADING_WORD.exec(folded)?.[0] ?? '';
}

/**
 * Where `folded` (already folded with `flatten`) occurs in the prompt starting at a word: positions in
 * prompt order. Text that does not start with a letter or digit is searched for directly.
 */
export function occurrences(index: PromptIndex, folded: string): number[] {
  const first = leadingWord(folded);
  if (first === '') {
    const found: number[] = [];
    for (let at = index.flat.indexOf(folded); at >= 0 && folded !== ''; at = index.flat.indexOf(folded, at + 1)) found.push(at);
    return found;
  }
  const starts = index.words.get(first) ?? [];
  return first.length === folded.length ? starts : starts.filter((at) => index.flat.startsWith(folded, at));
}
