// Query strings read by hand, field by field, so that a bad value is a 400 naming its parameter (`limit`,
// `order`, `include[1]`) in words like the body's errors: an integer is plain decimal digits, perhaps signed (no `1e3`, `0x10`
// or `1e999`), a single-valued field comes once, and a list (`include`) may be sent as `include=…` or `include[]=…`.
import type { IncomingHttpHeaders } from 'node:http';
import { closestName } from '../../domain/closest-name.js';
import { INCLUDABLE } from '../../domain/validation/items/unknown-fields.js';
import { invalidValue, stringTooLong } from '../../domain/validation/json-schema/schema-check.js';
import { fail, ok, type MockError, type Result, type Strictness } from '../../domain/types.js';
import { readMockHeaders } from './mock-headers.js';

export type QueryField =
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'string'; minLength?: number; maxLength: number }
  /** Repeatable; every value must be one of `values` unless `values` is null (then any string is taken). */
  | { kind: 'list'; values: readonly string[] | null };

type ValueOf<F extends QueryField> = F extends { kind: 'integer' } ? number : F extends { kind: 'list' } ? string[] : F extends { kind: 'enum'; values: readonly (infer V)[] } ? V : string;
export type QueryValues<F extends Record<string, QueryField>> = { [K in keyof F]: ValueOf<F[K]> | undefined };

/** Longer than any valid value: enough to say what was sent without echoing a huge one. */
const SHOWN = 64;
const INTEGER = /^-?\d+$/;

const asList = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

function readOne(name: string, field: Exclude<QueryField, { kind: 'list' }>, raw: string): Result<number | string> {
  if (field.kind === 'integer') {
    if (!INTEGER.test(raw)) {
      return fail({ code: 'invalid_type', message: `Invalid type for '${name}': expected an integer in decimal digits, but got '${raw.slice(0, SHOWN)}' instead.`, param: name });
    }
    // Compared as a double, which is exact against safe-integer bounds whatever the digits: rounding keeps the
    // order (`0000000000000000005` is 5, 400 nines are Infinity), and a value within them is a safe integer.
    const value = Number(raw);
    if (value < field.min || value > field.max) {
      const above = value > field.max;
      return fail({
        code: 'value_out_of_range',
        message: `Invalid '${name}': integer ${above ? 'above maximum' : 'below minimum'} value. Expected a value ${above ? `<= ${field.max}` : `>= ${field.min}`}, but got ${raw.slice(0, SHOWN)} instead.`,
        param: name,
        providerCode: above ? 'integer_above_max_value' : 'integer_below_min_value',
      });
    }
    return ok(value);
  }
  if (field.kind === 'enum') return field.values.includes(raw) ? ok(raw) : fail(invalidValue(name, raw, [...field.values]));
  if (raw.length > field.maxLength) return fail(stringTooLong(name, { limit: field.maxLength, length: raw.length }));
  if (raw.length < (field.minLength ?? 0)) {
    return fail({ code: 'invalid_value', message: `Invalid '${name}': expected a string of at least ${field.minLength} character(s), but got an empty string instead.`, param: name });
  }
  return ok(raw);
}

function readField(name: string, field: QueryField, query: Record<string, unknown>): Result<number | string | string[] | undefined> {
  const plain = asList(Object.hasOwn(query, name) ? query[name] : undefined).map(String);
  const bracketed = asList(Object.hasOwn(query, `${name}[]`) ? query[`${name}[]`] : undefined).map(String);
  if (field.kind === 'list') {
    const values = [...plain, ...bracketed];
    if (values.length === 0) return ok(undefined);
    const index = field.values === null ? -1 : values.findIndex((value) => !field.values!.includes(value));
    return index < 0 ? ok(values) : fail(invalidValue(`${name}[${index}]`, values[index], [...field.values!]));
  }
  if (bracketed.length > 0 || plain.length > 1) {
    const count = plain.length + bracketed.length;
    return fail({ code: 'invalid_type', message: `Invalid type for '${name}': expected a single value, but got ${bracketed.length > 0 ? 'a list' : `${count} values`} instead.`, param: name });
  }
  return plain.length === 0 ? ok(undefined) : readOne(name, field, plain[0]!);
}

/**
 * Every field of `fields` read from the parsed query; the first bad one is the error. Other parameters are
 * ignored, as the emulated APIs ignore them, unless `refuseOthers` (the admin API: a mistyped `?sesion=` must
 * not read, or reset, what no parameter names).
 */
export function readQuery<F extends Record<string, QueryField>>(query: unknown, fields: F, options: { refuseOthers?: boolean } = {}): Result<QueryValues<F>> {
  const source = (typeof query === 'object' && query !== null ? query : {}) as Record<string, unknown>;
  const values: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(fields)) {
    const read = readField(name, field, source);
    if (!read.ok) return read as { ok: false; error: MockError };
    values[name] = read.value;
  }
  if (options.refuseOthers) {
    const names = Object.keys(fields);
    // `_` is a poller's cache-buster (`?_=1700000000`), never a setting.
    const other = Object.keys(source).find((key) => key !== '_' && !names.includes(key) && !names.includes(key.replace(/\[\]$/, '')));
    if (other !== undefined) return fail(unknownParameter(other, names));
  }
  return ok(values as QueryValues<F>);
}

function unknownParameter(name: string, names: string[]): MockError {
  const shown = name.length > SHOWN ? `${name.slice(0, SHOWN)}…` : name;
  const guess = closestName(name, names);
  const hint = guess === undefined ? '' : ` (did you mean '${guess}'?)`;
  return { code: 'unknown_parameter', message: `Unknown parameter '${shown}'${hint}: this route takes ${names.map((known) => `'${known}'`).join(', ')}.`, param: name };
}

/** What `include` may hold: the spec's values, or any string under lenient strictness (as on create). */
export function includableFor(headers: IncomingHttpHeaders, fallback: Strictness): readonly string[] | null {
  const read = readMockHeaders(headers);
  return (read.ok ? read.value.strictness ?? fallback : fallback) === 'lenient' ? null : INCLUDABLE;
}

/** The list endpoints' query (a response's input items, a conversation's items), as OpenAI takes it. */
export function listQueryFields(includable: readonly string[] | null) {
  return {
    limit: { kind: 'integer', min: 1, max: 100 },
    order: { kind: 'enum', values: ['asc', 'desc'] },
    after: { kind: 'string', maxLength: 256 },
    include: { kind: 'list', values: includable },
  } as const satisfies Record<string, QueryField>;
}
