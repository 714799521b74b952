// Python's numeric literals and operators, read in one pass for the code interpreter's arithmetic: decimal ints
// with underscores (`1_000`), hex, octal and binary ints (`0x10`, `0o17`, `0b101`), floats (`2.5`, `.5`, `5.`,
// `2.5e2`, `1E-3`) and imaginary ones (`3j`, whose values this mock does not compute).

/** Python 3.11+ refuses a decimal int literal of more digits (`sys.get_int_max_str_digits()`). */
const MAX_LITERAL_DIGITS = 4300;

export type Value = { int: bigint } | { float: number };

const isDecimal = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';
const RADIX_DIGITS: Record<string, (char: string | undefined) => boolean> = {
  x: (char) => char !== undefined && /^[0-9a-fA-F]$/.test(char),
  o: (char) => char !== undefined && char >= '0' && char <= '7',
  b: (char) => char === '0' || char === '1',
};

/** The end of digits with single underscores between them (`1_000`) from `at` (`at` itself when none is there). */
function digitsEnd(text: string, at: number, isDigit: (char: string | undefined) => boolean): number {
  if (!isDigit(text[at])) return at;
  let end = at + 1;
  for (;;) {
    if (isDigit(text[end])) end += 1;
    else if (text[end] === '_' && isDigit(text[end + 1])) end += 2;
    else return end;
  }
}

export type NumberKind = 'int' | 'float' | 'complex';

/**
 * The Python numeric literal starting at `start` (`17`, `1_000`, `0x1F`, `0o17`, `0b101`, `2.5`, `.5`, `5.`,
 * `2.5e2`, `1E-3`, `3j`), read in one pass; undefined when none starts there.
 */
export function pythonNumberAt(text: string, start: number): { end: number; kind: NumberKind } | undefined {
  const radix = text[start] === '0' ? RADIX_DIGITS[(text[start + 1] ?? '').toLowerCase()] : undefined;
  if (radix !== undefined) {
    // `0x_ff`: an underscore may follow the prefix.
    const first = text[start + 2] === '_' ? start + 3 : start + 2;
    const end = digitsEnd(text, first, radix);
    if (end > first) return { end, kind: 'int' };
  }
  let end = digitsEnd(text, start, isDecimal);
  let kind: NumberKind = 'int';
  if (text[end] === '.') {
    const fraction = digitsEnd(text, end + 1, isDecimal);
    if (end > start || fraction > end + 1) { end = fraction; kind = 'float'; }
  }
  if (end === start) return undefined;
  if (text[end] === 'e' || text[end] === 'E') {
    const digits = text[end + 1] === '+' || text[end + 1] === '-' ? end + 2 : end + 1;
    const exponent = digitsEnd(text, digits, isDecimal);
    if (exponent > digits) { end = exponent; kind = 'float'; }
  }
  if (text[end] === 'j' || text[end] === 'J') return { end: end + 1, kind: 'complex' };
  return { end, kind };
}

export type Token = { operator: string } | { number: Value };

const OPERATORS = ['**', '//', '+', '-', '*', '/', '%', '(', ')'];

/** A literal's value; undefined for what Python refuses (`05`) or answers as complex (`3j`). */
function literalValue(literal: string, kind: NumberKind): Value | undefined {
  const digits = literal.replaceAll('_', '');
  if (kind === 'float') return { float: Number(digits) };
  // `05` is a SyntaxError in Python 3 (`00` is zero), and so is a decimal int past the 4,300 digits it converts.
  if (kind === 'complex' || (/^0\d/.test(digits) && /[1-9]/.test(digits))) return undefined;
  if (!/^0[xob]/i.test(digits) && digits.length > MAX_LITERAL_DIGITS) return undefined;
  return { int: BigInt(digits) };
}

/** Numbers and operators, each as Python reads it, in one pass; undefined when any character is not one. */
export function tokenize(expression: string): Token[] | undefined {
  const tokens: Token[] = [];
  for (let at = 0; at < expression.length;) {
    if (expression[at] === ' ') { at += 1; continue; }
    const number = pythonNumberAt(expression, at);
    if (number !== undefined) {
      // A literal runs into the next word (`2x`, `1_`): Python cannot read it.
      if (/^[\w.]$/.test(expression[number.end] ?? ' ')) return undefined;
      const value = literalValue(expression.slice(at, number.end), number.kind);
      if (value === undefined) return undefined;
      tokens.push({ number: value });
      at = number.end;
      continue;
    }
    const operator = OPERATORS.find((candidate) => expression.startsWith(candidate, at));
    if (operator === undefined) return undefined;
    tokens.push({ operator });
    at += operator.length;
  }
  return tokens;
}
