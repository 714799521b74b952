// Arithmetic as Python evaluates and its REPL prints it, for the code interpreter's runs: `+ - * / // % **` and
// parentheses on Python's numeric literals (python-literals.ts), with Python's precedence (`**` binds tighter
// than a unary minus on its left, and is right associative), exact integers of any size (up to the 4,300 digits Python prints), floor division and modulo
// that round toward minus infinity (floats as CPython's divmod does), and floats in repr form. Undefined wherever
// Python would raise (a division by zero, an overflow, a literal it cannot read) or answer a complex number.
import { tokenize, type Value } from './python-literals.js';

/** Python refuses to print an int of more digits (`sys.get_int_max_str_digits()`). */
const MAX_DIGITS = 4300;
/** About the bits of MAX_DIGITS decimal digits: a power past them is not computed. */
const MAX_BITS = 14_300;
/** Nesting of parentheses and unary signs. */
const MAX_DEPTH = 32;

export function evaluatePython(expression: string): string | undefined {
  const tokens = tokenize(expression);
  if (tokens === undefined) return undefined;
  let at = 0;
  let depth = 0;
  const nested = <T>(inner: () => T | undefined): T | undefined => {
    if ((depth += 1) > MAX_DEPTH) return undefined;
    const value = inner();
    depth -= 1;
    return value;
  };
  const operatorAt = (index: number): string | undefined => { const token = tokens[index]; return token !== undefined && 'operator' in token ? token.operator : undefined; };
  const atom = (): Value | undefined => {
    const token = tokens[at++];
    if (token === undefined) return undefined;
    if ('number' in token) return token.number;
    if (token.operator !== '(') return undefined;
    const inner = nested(sum);
    return operatorAt(at++) === ')' ? inner : undefined;
  };
  const power = (): Value | undefined => {
    const base = atom();
    if (!base || operatorAt(at) !== '**') return base;
    at += 1;
    const exponent = nested(unary);
    return exponent && raise(base, exponent);
  };
  const unary = (): Value | undefined => {
    const sign = operatorAt(at);
    if (sign !== '-' && sign !== '+') return power();
    at += 1;
    const inner = nested(unary);
    return inner && sign === '-' ? negate(inner) : inner;
  };
  const term = (): Value | undefined => {
    let left = unary();
    while (left && ['*', '/', '//', '%'].includes(operatorAt(at) ?? '')) {
      const operator = operatorAt(at++)!;
      const right = unary();
      left = right && combine(left, operator, right);
    }
    return left;
  };
  const sum = (): Value | undefined => {
    let left = term();
    while (left && (operatorAt(at) === '+' || operatorAt(at) === '-')) {
      const operator = operatorAt(at++)!;
      const right = term();
      left = right && combine(left, operator, right);
    }
    return left;
  };
  const result = sum();
  if (!result || at !== tokens.length) return undefined;
  if ('float' in result) return Number.isFinite(result.float) ? pythonFloat(result.float) : undefined;
  const text = result.int.toString();
  return text.replace('-', '').length > MAX_DIGITS ? undefined : text;
}

function negate(value: Value): Value {
  return 'int' in value ? { int: -value.int } : { float: -value.float };
}

/** As a float, undefined when Python's conversion overflows. */
function asFloat(value: Value): number | undefined {
  if ('float' in value) return value.float;
  const number = Number(value.int);
  return Number.isFinite(number) ? number : undefined;
}

function combine(left: Value, operator: string, right: Value): Value | undefined {
  if ('int' in left && 'int' in right && operator !== '/') return intOperation(left.int, operator, right.int);
  const a = asFloat(left);
  const b = asFloat(right);
  if (a === undefined || b === undefined) return undefined;
  if ((operator === '/' || operator === '//' || operator === '%') && b === 0) return undefined;
  switch (operator) {
    case '+': return { float: a + b };
    case '-': return { float: a - b };
    case '*': return { float: a * b };
    case '/': return { float: a / b };
    case '//': return { float: floatDivmod(a, b).div };
    default: return { float: floatDivmod(a, b).mod };
  }
}

/** CPython's float divmod: the remainder from fmod, moved to the divisor's sign, and the quotient rounded to it. */
function floatDivmod(a: number, b: number): { div: number; mod: number } {
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0) {
    if ((b < 0) !== (mod < 0)) {
      mod += b;
      div -= 1;
    }
  } else {
    mod = b < 0 ? -0 : 0;
  }
  if (div === 0) {
    const quotient = a / b;
    return { div: quotient < 0 || Object.is(quotient, -0) ? -0 : 0, mod };
  }
  let floor = Math.floor(div);
  if (div - floor > 0.5) floor += 1;
  return { div: floor, mod };
}

function intOperation(a: bigint, operator: string, b: bigint): Value | undefined {
  if ((operator === '//' || operator === '%') && b === 0n) return undefined;
  switch (operator) {
    case '+': return { int: a + b };
    case '-': return { int: a - b };
    case '*': return bits(a) + bits(b) > MAX_BITS ? undefined : { int: a * b };
    case '//': {
      const quotient = a / b;
      return { int: a % b !== 0n && (a < 0n) !== (b < 0n) ? quotient - 1n : quotient };
    }
    default: {
      const rest = a % b;
      return { int: rest !== 0n && (rest < 0n) !== (b < 0n) ? rest + b : rest };
    }
  }
}

/** `base ** exponent`: an int for a non-negative int exponent, else a float (none for a complex result). */
function raise(base: Value, exponent: Value): Value | undefined {
  if ('int' in base && 'int' in exponent && exponent.int >= 0n) {
    // The result has at least (bits - 1) × exponent bits: past the bound, Python could not print it.
    if ((bits(base.int) - 1) * Number(exponent.int) > MAX_BITS) return undefined;
    return { int: base.int ** exponent.int };
  }
  const a = asFloat(base);
  const b = asFloat(exponent);
  if (a === undefined || b === undefined) return undefined;
  // 0 ** -1 is a ZeroDivisionError; a negative base to a fractional power, a complex number.
  if ((a === 0 && b < 0) || (a < 0 && !Number.isInteger(b))) return undefined;
  return { float: a ** b };
}

function bits(value: bigint): number {
  return (value < 0n ? -value : value).toString(2).length;
}

/** A float as Python's repr writes it: the shortest digits, in exponent form below 1e-4 and from 1e16 on. */
export function pythonFloat(value: number): string {
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const size = Math.abs(value);
  if (size < 1e-4 || size >= 1e16) {
    const [mantissa, exponent] = value.toExponential().split('e') as [string, string];
    return `${mantissa}e${exponent[0]}${exponent.slice(1).padStart(2, '0')}`;
  }
  const text = String(value);
  return Number.isInteger(value) ? `${text}.0` : text;
}
