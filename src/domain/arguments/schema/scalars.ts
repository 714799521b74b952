// Scalar values for a node: strings (a format's shape, a pattern's match, or plain words, fitted to the
// length bounds), numbers within bounds and multiples, booleans. All drawn from the seeded Random.
import type { Random } from '../../../deps.js';
import { LOOKAROUND_DRAWS, MAX_ATTEMPTS, MAX_STRING_LENGTH } from './limits.js';
import type { Node } from './types.js';
import { patternMatcher, stringFromPattern } from './pattern/patterns.js';

export type Made<T> = { ok: true; value: T } | { ok: false; reason: string };

const WORDS = ['sample', 'value', 'alpha', 'north', 'river', 'green', 'delta', 'ocean', 'quick', 'silver', 'maple', 'harbor', 'summit', 'velvet', 'orbit', 'cedar'];
const HOSTS = ['example.com', 'example.org', 'example.net'];
const pick = <T>(random: Random, list: readonly T[]): T => list[random.int(list.length)] as T;
const pad2 = (value: number): string => String(value).padStart(2, '0');

function date(random: Random): string {
  return `${2024 + random.int(3)}-${pad2(1 + random.int(12))}-${pad2(1 + random.int(28))}`;
}

function time(random: Random): string {
  return `${pad2(random.int(24))}:${pad2(random.int(60))}:${pad2(random.int(60))}`;
}

function hex(random: Random, length: number): string {
  return random.string('0123456789abcdef', length);
}

/** Values for the formats ajv-formats checks; undefined for formats it does not know (any string passes). */
const FORMATS = new Map<string, (random: Random) => string>([
  ['date', date],
  ['time', (random) => `${time(random)}Z`],
  ['iso-time', (random) => `${time(random)}Z`],
  ['date-time', (random) => `${date(random)}T${time(random)}Z`],
  ['iso-date-time', (random) => `${date(random)}T${time(random)}Z`],
  ['duration', (random) => `P${1 + random.int(9)}D`],
  ['email', (random) => `${random.string('abcdefghijklmnopqrstuvwxyz', 5)}@${pick(random, HOSTS)}`],
  ['idn-email', (random) => `${random.string('abcdefghijklmnopqrstuvwxyz', 5)}@${pick(random, HOSTS)}`],
  ['hostname', (random) => `${random.string('abcdefghijklmnopqrstuvwxyz', 6)}.${pick(random, HOSTS)}`],
  ['idn-hostname', (random) => `${random.string('abcdefghijklmnopqrstuvwxyz', 6)}.${pick(random, HOSTS)}`],
  ['ipv4', (random) => `${10 + random.int(180)}.${random.int(256)}.${random.int(256)}.${1 + random.int(254)}`],
  ['ipv6', (random) => `2001:db8::${hex(random, 4)}`],
  ['uri', (random) => `https://${pick(random, HOSTS)}/${pick(random, WORDS)}`],
  ['url', (random) => `https://${pick(random, HOSTS)}/${pick(random, WORDS)}`],
  ['iri', (random) => `https://${pick(random, HOSTS)}/${pick(random, WORDS)}`],
  ['uri-reference', (random) => `/${pick(random, WORDS)}/${pick(random, WORDS)}`],
  ['iri-reference', (random) => `/${pick(random, WORDS)}/${pick(random, WORDS)}`],
  ['uri-template', (random) => `https://${pick(random, HOSTS)}/${pick(random, WORDS)}/{id}`],
  ['uuid', (random) => `${hex(random, 8)}-${hex(random, 4)}-4${hex(random, 3)}-a${hex(random, 3)}-${hex(random, 12)}`],
  ['json-pointer', (random) => `/${pick(random, WORDS)}/${random.int(10)}`],
  ['relative-json-pointer', (random) => `${random.int(3)}/${pick(random, WORDS)}`],
  ['byte', (random) => random.string('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 8)],
  ['regex', (random) => pick(random, ['^[a-z]+$', '\\d+', '.*'])],
  ['password', (random) => random.string('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 12)],
  ['binary', (random) => random.string('abcdef0123456789', 8)],
]);

/** Hosts from the longest to the shortest an address can have ("a@b.c" is as short as one gets). */
const SHORT_HOSTS = ['ex.co', 'b.co', 'b.c'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const MAX_LOCAL_PART = 64;
const MAX_LABEL = 63;

/**
 * An email address within length bounds the usual one misses (`maxLength: 8` → "abc@b.co", `minLength: 90`): a
 * shorter host and local part, or a longer local part and a host with more labels; undefined when none fits.
 */
function fittedEmail(random: Random, bounds: { min: number; max: number }): string | undefined {
  for (const host of [pick(random, HOSTS), ...SHORT_HOSTS]) {
    const room = bounds.max - host.length - 1;
    if (room < 1) continue;
    const local = Math.min(room, MAX_LOCAL_PART, Math.max(5, bounds.min - host.length - 1));
    // Too short still: labels in front of the host make up the rest, within the limits of a domain name.
    let domain = host;
    for (let missing = bounds.min - local - 1 - domain.length; missing > 0 && domain.length < 200; missing = bounds.min - local - 1 - domain.length) {
      domain = `${random.string(LETTERS, Math.max(1, Math.min(MAX_LABEL, missing - 1)))}.${domain}`;
    }
    const text = `${random.string(LETTERS, local)}@${domain}`;
    if (text.length >= bounds.min && text.length <= bounds.max) return text;
  }
  return undefined;
}

/** Formats whose usual value may not fit the length bounds, and how to make one that does. */
const FITTED = new Map<string, (random: Random, bounds: { min: number; max: number }) => string | undefined>([
  ['email', fittedEmail],
  ['idn-email', fittedEmail],
]);

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
  for (const format of formats) {
    const make = FORMATS.get(format);
    const text = make?.(random);
    if (text !== undefined && matches(text)) return { ok: true, value: text };
    const fitted = text === undefined || fits(text) ? undefined : FITTED.get(format)?.(random, { min: minLength, max: maxLength });
    if (fitted !== undefined && matches(fitted)) return { ok: true, value: fitted };
  }
  const [first] = patterns;
  if (first !== undefined) {
    // A look-around's condition is checked, not generated: such a pattern gets more draws (each charged to the
    // request's backtracking budget), after the same first ones.
    const draws = matchers[0]?.linear === false ? LOOKAROUND_DRAWS : MAX_ATTEMPTS;
    for (let attempt = 0; attempt < draws; attempt += 1) {
      const made = stringFromPattern(first, random);
      if (!made.ok) return { ok: false, reason: made.reason };
      if (matches(made.text)) return { ok: true, value: made.text };
    }
    const bounds = minLength > 0 || maxLength < MAX_STRING_LENGTH ? ` within ${minLength}..${maxLength} characters` : '';
    return { ok: false, reason: `the mock found no string matching pattern ${JSON.stringify(first)}${patterns.length > 1 ? ' and the other patterns' : ''}${bounds}` };
  }
  return { ok: true, value: words(random, { min: minLength, max: maxLength }) };
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
