// Character classes for the hand-written prompt scanners, with a fast path for ASCII: letters, capitals,
// digits, marks and spaces as Unicode defines them (\p{L}, \p{Lu}, \p{Ll}, \p{N}, \p{M}, \s).

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
