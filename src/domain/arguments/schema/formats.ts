// Values for the string formats ajv-formats checks, and values that also meet a pattern or length bounds the usual
// one misses (`format: date-time, pattern: '^2030'` → "2030-…", `format: uri, maxLength: 15` → "https://b.co/x"):
// a bounded number of draws, each candidate checked by ajv-formats' own check of the format.
import type { Random } from '../../../deps.js';
import { loadJsonSchemaEngines } from '../../../lazy-modules.js';
import { MAX_ATTEMPTS } from './limits.js';
import { pad2 } from '../prompt/shapes/time/calendar.js';

export const WORDS = ['sample', 'value', 'alpha', 'north', 'river', 'green', 'delta', 'ocean', 'quick', 'silver', 'maple', 'harbor', 'summit', 'velvet', 'orbit', 'cedar'];
const HOSTS = ['example.com', 'example.org', 'example.net'];
export const pick = <T>(random: Random, list: readonly T[]): T => list[random.int(list.length)] as T;

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


/** A value the usual format values give that `matches` takes (patterns, lengths), fitted to the bounds when it is the length that failed. */
export function formatted(args: { formats: readonly string[]; random: Random; matches: (text: string) => boolean; bounds: { min: number; max: number } }): string | undefined {
  const { random, matches, bounds } = args;
  for (const format of args.formats) {
    const make = FORMATS.get(format);
    const text = make?.(random);
    if (text !== undefined && matches(text)) return text;
    const length = text?.length ?? 0;
    const fitted = text === undefined || (length >= bounds.min && length <= bounds.max) ? undefined : FITTED.get(format)?.(random, bounds);
    if (fitted !== undefined && matches(fitted)) return fitted;
  }
  return undefined;
}

/** ajv-formats' checks of the formats it knows among `formats` (an unknown format takes any string). */
export function formatChecks(formats: readonly string[]): Array<(text: string) => boolean> {
  if (formats.length === 0) return [];
  const engines = loadJsonSchemaEngines();
  return formats.flatMap((format) => engines.formatCheck(format) ?? []);
}

/**
 * A format value with a pattern's text laid over its start or its end (`^2030` over "2025-05-12T10:11:12Z" →
 * "2030-05-12T10:11:12Z") or beside a word, for a few format values; undefined when none is `valid`.
 */
export function splicedFormat(args: { text: string; formats: readonly string[]; random: Random; valid: (text: string) => boolean }): string | undefined {
  const { text, random, valid } = args;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    for (const format of args.formats) {
      const value = FORMATS.get(format)?.(random);
      if (value === undefined || value.length < text.length) continue;
      const word = pick(random, WORDS);
      // Over the start, over the end, or around a word ("@corp.io" → "river@corp.io").
      for (const candidate of [text + value.slice(text.length), value.slice(0, value.length - text.length) + text, word + text, text + word]) if (valid(candidate)) return candidate;
    }
  }
  return undefined;
}

/** Short forms to grow from, per format: the shortest values of their kind that look like real ones. */
const SHORT_FORMS = new Map<string, readonly string[]>([
  ['uri', ['https://b.co/', 'http://b.co/', 'b:']], ['url', ['https://b.co/', 'http://b.co/']], ['iri', ['https://b.co/', 'b:']],
  ['uri-reference', ['/', '']], ['iri-reference', ['/', '']], ['hostname', ['b.co', 'b']], ['idn-hostname', ['b.co', 'b']],
]);

/**
 * A value of a format whose usual values are longer than `maxLength` allows (`format: uri, maxLength: 15` →
 * "https://b.co/ri"): a short form, grown with letters towards `minLength`; undefined when none is `valid`.
 */
export function shortFormat(args: { formats: readonly string[]; random: Random; bounds: { min: number; max: number }; valid: (text: string) => boolean }): string | undefined {
  const { random, bounds, valid } = args;
  for (const format of args.formats) {
    for (const form of SHORT_FORMS.get(format) ?? []) {
      if (form.length > bounds.max) continue;
      const word = pick(random, WORDS);
      const grown = Math.min(bounds.max - form.length, Math.max(bounds.min - form.length, Math.min(word.length, 4)));
      const letters = grown <= word.length ? word.slice(0, grown) : word + random.string('abcdefghijklmnopqrstuvwxyz', grown - word.length);
      // A hostname grows in its first label ("river.b.co" would do too, but is longer).
      const candidate = format.endsWith('hostname') ? `${letters}${letters === '' ? '' : '.'}${form}` : `${form}${letters}`;
      if (valid(candidate)) return candidate;
    }
  }
  return undefined;
}
