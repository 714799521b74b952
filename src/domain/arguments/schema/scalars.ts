// Scalar values for a node: strings (a format's shape (formats.ts), a pattern's match, or plain words, fitted to
// the length bounds), numbers within bounds and multiples, booleans. All drawn from the seeded Random. And `fits`,
// the cheap look at whether a listed value (enum member, default, property name) can stand at a node.
import type { Random } from '../../../deps.js';
import { LOOKAROUND_DRAWS, MAX_ATTEMPTS, MAX_STRING_LENGTH } from './limits.js';
import type { JsonType, Node } from './types.js';
import { patternMatcher, stringFromPattern } from './pattern/patterns.js';
import { formatChecks, formatted, pick, shortFormat, splicedFormat, WORDS } from './formats.js';

export type Made<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Code points, as JSON Schema counts length. */
export function lengthOf(text: string): number {
  let length = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0xd800 || code > 0xdbff || index + 1 >= text.length) length += 1;
  }
  return length;
}

function words(random: Random, bounds: { min: number; max: number }): string {
  // A model writes a word or two where nothing says more; whole words unless the bounds say otherwise.
  const target = Math.min(bounds.max, Math.max(bounds.min, 4 + random.int(12)));
  let text = pick(random, WORDS);
  for (;;) {
    const next = `${text} ${pick(random, WORDS)}`;
    if (text.length >= target || next.length > bounds.max) break;
    text = next;
  }
  if (text.length > bounds.max) text = text.slice(0, bounds.max).trimEnd();
  while (lengthOf(text) < bounds.min) text += bounds.min - text.length > 6 ? ` ${pick(random, WORDS)}` : 'x';
  return text.slice(0, Math.max(bounds.min, Math.min(text.length, bounds.max)));
}

export function makeString(node: Node, random: Random): Made<string> {
  const { minLength, patterns, formats } = node.string;
  const maxLength = Math.min(node.string.maxLength, MAX_STRING_LENGTH);
  const fits = (text: string): boolean => { const length = lengthOf(text); return length >= minLength && length <= maxLength; };
  const matchers = patterns.map((pattern) => patternMatcher(pattern));
  const matches = (text: string): boolean => fits(text) && matchers.every((matcher) => matcher?.test(text) === true);
  const bounds = { min: minLength, max: maxLength };
  if (formats.length > 0) {
    const made = formatted({ formats, random, matches, bounds });
    if (made !== undefined) return { ok: true, value: made };
  }
  // A value of a pattern or of words must be one of the format too: ajv-formats checks it (a format it does not know takes any).
  const checks = formatChecks(formats);
  const valid = (text: string): boolean => matches(text) && checks.every((check) => check(text));
  const [first] = patterns;
  if (first !== undefined) {
    // A look-around's condition is checked, not generated: such a pattern gets more draws (each charged to the
    // request's backtracking budget), after the same first ones.
    const draws = matchers[0]?.linear === false ? LOOKAROUND_DRAWS : MAX_ATTEMPTS;
    for (let attempt = 0; attempt < draws; attempt += 1) {
      const made = stringFromPattern(first, random);
      if (!made.ok) return { ok: false, reason: made.reason };
      if (!matches(made.text)) continue;
      if (checks.length === 0 || valid(made.text)) return { ok: true, value: made.text };
      const spliced = splicedFormat({ text: made.text, formats, random, valid });
      if (spliced !== undefined) return { ok: true, value: spliced };
    }
    const within = minLength > 0 || maxLength < MAX_STRING_LENGTH ? ` within ${minLength}..${maxLength} characters` : '';
    return { ok: false, reason: `the mock found no string matching pattern ${JSON.stringify(first)}${patterns.length > 1 ? ' and the other patterns' : ''}${within}${checks.length > 0 ? ` of format ${formats.map((format) => JSON.stringify(format)).join(', ')}` : ''}` };
  }
  const plain = words(random, bounds);
  if (checks.length === 0 || valid(plain)) return { ok: true, value: plain };
  // The format's usual values are longer than maxLength allows: a short form of it.
  return { ok: true, value: shortFormat({ formats, random, bounds, valid }) ?? plain };
}

export function typeOfValue(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value === 'string' ? 'string' : typeof value === 'boolean' ? 'boolean' : 'object';
}

/** A cheap look at whether a listed value (enum member, default) can stand here; Ajv has the last word. */
export function fits(node: Node, value: unknown): boolean {
  const type = typeOfValue(value);
  if (!node.viable.includes(type) && !(type === 'integer' && node.viable.includes('number'))) return false;
  if (typeof value === 'string') {
    const length = lengthOf(value);
    return length >= node.string.minLength && length <= node.string.maxLength
      && node.string.patterns.every((pattern) => patternMatcher(pattern)?.test(value) === true);
  }
  if (typeof value === 'number') {
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf } = node.number;
    return (minimum === undefined || value >= minimum) && (maximum === undefined || value <= maximum)
      && (exclusiveMinimum === undefined || value > exclusiveMinimum) && (exclusiveMaximum === undefined || value < exclusiveMaximum)
      && multipleOf.every((divisor) => Number.isInteger(value / divisor));
  }
  return true;
}

/** As Ajv checks multipleOf: the quotient must be an integer in floating point. */
function isMultiple(value: number, divisors: readonly number[]): boolean {
  return divisors.every((divisor) => Number.isInteger(value / divisor));
}

const round = (value: number): number => Math.round(value * 100) / 100;

export function makeNumber(node: Node, options: { integer: boolean; random: Random }): Made<number> {
  const { random, integer } = options;
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf } = node.number;
  let low = Math.max(minimum ?? -Infinity, exclusiveMinimum ?? -Infinity);
  let high = Math.min(maximum ?? Infinity, exclusiveMaximum ?? Infinity);
  // Unbounded sides get a small, model-like window.
  if (!Number.isFinite(low) && !Number.isFinite(high)) { low = 1; high = 100; }
  else if (!Number.isFinite(low)) low = high - 100;
  else if (!Number.isFinite(high)) high = low + 100;
  const inside = (value: number): boolean =>
    value >= low && value <= high && value !== exclusiveMinimum && value !== exclusiveMaximum && (!integer || Number.isInteger(value));
  const step = multipleOf.length > 0 ? multipleOf.reduce((a, b) => (Number.isInteger(a) && Number.isInteger(b) ? lcm(a, b) : Math.max(a, b))) : integer ? 1 : 0;
  if (step > 0) {
    const first = Math.ceil(low / step);
    const last = Math.floor(high / step);
    if (first > last) return { ok: false, reason: `no multiple of ${step} lies between ${low} and ${high}` };
    const span = Math.min(last - first, 1e9);
    const start = first + random.int(span + 1);
    for (let offset = 0; offset <= Math.min(span, MAX_ATTEMPTS * 4); offset += 1) {
      const candidate = round((first + ((start - first + offset) % (span + 1))) * step);
      const exact = Number((((first + ((start - first + offset) % (span + 1))) * step)).toPrecision(12));
      for (const value of [exact, candidate]) if (inside(value) && isMultiple(value, multipleOf)) return { ok: true, value };
    }
    return { ok: false, reason: `the mock found no multiple of ${multipleOf.join(' and ')} between ${low} and ${high}` };
  }
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const value = round(low + random.next() * (high - low));
    if (inside(value)) return { ok: true, value };
  }
  const middle = (low + high) / 2;
  return inside(middle) ? { ok: true, value: middle } : { ok: false, reason: `no number lies strictly between ${low} and ${high}` };
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

function lcm(a: number, b: number): number {
  return (a / gcd(a, b)) * b;
}
