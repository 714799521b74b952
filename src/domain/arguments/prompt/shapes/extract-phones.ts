// Phone numbers in a prompt ("+14155550100", "+44 20 7946 0958", "(415) 555-0100", "555-0142"): a run of digits
// with single spaces, dots, dashes and brackets between them, 7 to 15 digits, not a date or a time. Read by hand
// in one pass: each character is looked at a bounded number of times.
import type { Mention } from '../mentions.js';

const MIN_DIGITS = 7;
const MAX_DIGITS = 15;
/** A longer run is no phone number: it is skipped whole, not read again from inside. */
const MAX_RUN = 24;

const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';
const isSeparator = (char: string | undefined): boolean => char === ' ' || char === '-' || char === '.' || char === '(' || char === ')';
const isWordChar = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}_+@/]/u.test(char);

/** Where the run of phone characters starting at `at` ends (separators at its end not included). */
function runEnd(prompt: string, at: number): number {
  let end = at;
  let last = at;
  for (let index = at; index < prompt.length; index += 1) {
    const char = prompt[index];
    if (isDigit(char)) last = index + 1;
    // Two separators in a row end the number, but for ") " and " (".
    else if (!isSeparator(char) || (isSeparator(prompt[index - 1]) && !(prompt[index - 1] === ')' || char === '('))) break;
    end = index + 1;
  }
  return Math.min(end, last);
}

function looksLikePhone(text: string): boolean {
  let digits = 0;
  for (const char of text) if (isDigit(char)) digits += 1;
  if (digits < MIN_DIGITS || digits > MAX_DIGITS) return false;
  // A date (2025-03-12), a time or a plain number is not a phone number: it has a plus, or separators.
  if (/^\d{4}-\d{2}-\d{2}/u.test(text) || /^\d+$/u.test(text)) return text.startsWith('+');
  return true;
}

export function findPhones(prompt: string): Mention[] {
  const found: Mention[] = [];
  for (let at = 0; at < prompt.length; at += 1) {
    const char = prompt[at];
    const starts = (char === '+' && isDigit(prompt[at + 1])) || (char === '(' && isDigit(prompt[at + 1])) || isDigit(char);
    if (!starts || isWordChar(prompt[at - 1]) || (char !== '+' && prompt[at - 1] === '+')) continue;
    const end = runEnd(prompt, char === '+' ? at + 1 : at);
    // A bracket closed only after the last digit ("(555-0142)", "(1234567) + 2") wraps the number: it is no area code.
    const start = char === '(' && !prompt.slice(at, end).includes(')') ? at + 1 : at;
    const text = prompt.slice(start, end);
    if (end - at <= MAX_RUN && !isWordChar(prompt[end]) && looksLikePhone(text)) found.push({ value: text, at: start, end });
    at = Math.max(at, end - 1);
  }
  return found;
}
