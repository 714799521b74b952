// Character classes for the hand-written prompt scanners, with a fast path for ASCII: letters, capitals,
// digits, marks and spaces as Unicode defines them (\p{L}, \p{Lu}, \p{Ll}, \p{N}, \p{M}, \s); and the word beside a
// position, read within a few characters.

/** The character (a whole surrogate pair where there is one) at `index`, or '' past the end. */
export function charAt(text: string, index: number): string {
  if (index < 0 || index >= text.length) return '';
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? text.slice(index, index + 2) : text.charAt(index);
}

const ascii = (char: string): number => (char.length === 1 ? char.charCodeAt(0) : 0x10000);

export function isSpace(char: string): boolean {
  const code = ascii(char);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /^\s$/u.test(char);
}

export function isUpper(char: string): boolean {
  const code = ascii(char);
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}$/u.test(char);
}

export function isLetter(char: string): boolean {
  const code = ascii(char);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /^\p{L}$/u.test(char);
}

export function isWordMark(char: string): boolean {
  return ascii(char) >= 128 && /^\p{M}$/u.test(char);
}

/** \p{Ll} or \p{N}. */
export function isLowerOrDigit(char: string): boolean {
  const code = ascii(char);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  return /^[\p{Ll}\p{N}]$/u.test(char);
}

/**
 * How a word beside a position is read: past at most `spaces` spaces (and hyphens, with `hyphens`), at most `chars`
 * characters of it, each one `inWord` takes (letters unless told); with `spaced`, none ('') when no space stands
 * between the position and the word. A few characters read, whatever the text.
 */
export interface WordReach {
  spaces: number;
  chars: number;
  inWord?: (char: string) => boolean;
  spaced?: boolean;
  hyphens?: boolean;
}

/** The lower-case word that ends just before `at`, read within `reach`. */
export function wordBefore(text: string, at: number, reach: WordReach): string {
  const inWord = reach.inWord ?? isLetter;
  let end = at;
  while (end > 0 && at - end < reach.spaces && isSpace(charAt(text, end - 1))) end -= 1;
  let start = end;
  while (start > 0 && end - start < reach.chars && inWord(charAt(text, start - 1))) start -= 1;
  return reach.spaced === true && end === at ? '' : text.slice(start, end).toLowerCase();
}

/** The lower-case word that starts just after `end`, read within `reach`. */
export function wordAfter(text: string, end: number, reach: WordReach): string {
  const inWord = reach.inWord ?? isLetter;
  const skipped = (char: string): boolean => isSpace(char) || (reach.hyphens === true && char === '-');
  let start = end;
  while (start < text.length && start - end < reach.spaces && skipped(charAt(text, start))) start += 1;
  let stop = start;
  while (stop < text.length && stop - start < reach.chars && inWord(charAt(text, stop))) stop += 1;
  return reach.spaced === true && start === end ? '' : text.slice(start, stop).toLowerCase();
}
