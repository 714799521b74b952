// Code written in a prompt without quotes: an arithmetic expression ("What is (17 + 25) * 3?" → "(17 + 25) * 3")
// for a calculator, and a SQL statement ("Use SELECT count(*) FROM orders WHERE month = 3") for a query. Read in
// one pass each; the statement runs to a semicolon, a blank line or the end of the prompt.
import type { Mention } from '../mentions.js';
import type { PromptIndex } from '../prompt-index.js';
import { trimEndOf } from '../../../trim-marks.js';

const EXPRESSION_CHARS = new Set([...'0123456789.+-*/^%()×÷ ']);
const OPERATOR_BETWEEN = /\d\s*[-+*/^×÷%]\s*[\d(]|\)\s*[-+*/^×÷%]/u;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;

/** Brackets an expression run does not open or close itself ("(17 + 25) * 3)" → "(17 + 25) * 3"). */
function balanced(text: string): string {
  let start = 0;
  let end = text.length;
  let depth = 0;
  for (let at = start; at < end; at += 1) {
    if (text[at] === '(') depth += 1;
    else if (text[at] === ')') depth -= 1;
    // A closing bracket with none open: the run is cut before it.
    if (depth < 0) { end = at; break; }
  }
  while (depth > 0 && start < end && text[start] === '(') { start += 1; depth -= 1; }
  return text.slice(start, end).trim();
}

/** The text without the dots and spaces that end it (a sentence's full stop), character by character. */
function withoutTrailingDots(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === '.' || text[end - 1] === ' ')) end -= 1;
  return text.slice(0, end);
}

/** Arithmetic expressions: runs of digits, operators, brackets and spaces with an operator between operands. */
export function findExpressions(prompt: string): Mention[] {
  const found: Mention[] = [];
  let start = -1;
  for (let at = 0; at <= prompt.length; at += 1) {
    const inside = at < prompt.length && EXPRESSION_CHARS.has(prompt[at]!);
    if (inside && start < 0) start = at;
    if (inside || start < 0) continue;
    const run = prompt.slice(start, at);
    const value = balanced(withoutTrailingDots(run.trim()));
    if (OPERATOR_BETWEEN.test(value) && !ISO_DATE.test(value) && /\d$|\)$/u.test(value)) {
      const offset = start + run.indexOf(value);
      found.push({ value, at: offset, end: offset + value.length });
    }
    start = -1;
  }
  return found;
}

/** A statement keyword in capitals, and the word its statement must hold further on to be one. */
const STATEMENT = /\b(SELECT|WITH|INSERT|UPDATE|DELETE|EXPLAIN)\s/u;
const NEEDS: Record<string, RegExp> = {
  SELECT: /\bfrom\b|\(/iu, WITH: /\bselect\b/iu, INSERT: /\binto\b/iu, UPDATE: /\bset\b/iu, DELETE: /\bfrom\b/iu, EXPLAIN: /\bselect\b/iu,
};
const MAX_STATEMENT = 4000;

/** Keywords one of which a statement holds: a prompt without any of them has none to read. */
const STATEMENT_WORDS = ['select', 'insert', 'update', 'delete'];

/** The first SQL statement written in capitals ("SELECT … FROM …"), up to a semicolon, a blank line or the end. */
export function findStatement(prompt: string, index: PromptIndex): Mention | undefined {
  if (!STATEMENT_WORDS.some((word) => index.words.has(word))) return undefined;
  const keyword = STATEMENT.exec(prompt);
  if (keyword === null) return undefined;
  const at = keyword.index;
  let end = Math.min(prompt.length, at + MAX_STATEMENT);
  const semicolon = prompt.indexOf(';', at);
  if (semicolon >= 0 && semicolon < end) end = semicolon;
  const blank = prompt.indexOf('\n\n', at);
  if (blank >= 0 && blank < end) end = blank;
  const value = trimEndOf(prompt.slice(at, end).trim(), '.?!');
  return NEEDS[keyword[1] ?? '']?.test(value) === true ? { value, at, end: at + value.length } : undefined;
}
