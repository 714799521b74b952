// The query of `GET /responses/{id}`: `stream`, `starting_after`, `include_obfuscation` and `include`, read by
// hand so that a bad value is a 400 naming that parameter (a schema failure would name only the query string).
import { fail, ok, type Result } from '../../domain/types.js';
import { readQuery } from './query.js';

export interface RetrieveQuery {
  stream: boolean;
  /** Events numbered up to this one are not sent; -1 when absent. */
  startingAfter: number;
  includeObfuscation: boolean | undefined;
  /** The `include` values asked (`include=…`, `include[]=…`), in order; empty when none. */
  include: string[];
}

const single = (value: unknown): string | undefined => (Array.isArray(value) ? String(value.at(-1)) : value === undefined ? undefined : String(value));

function flag(query: Record<string, unknown>, name: string): Result<boolean | undefined> {
  const value = single(query[name]);
  if (value === undefined || value === 'true' || value === 'false') return ok(value === undefined ? undefined : value === 'true');
  return fail({ code: 'invalid_value', message: `Invalid value for '${name}': expected 'true' or 'false', got '${value.slice(0, 64)}'.`, param: name });
}

/** `includable`: the values `include` may hold, or null to take any (lenient strictness). */
export function readRetrieveQuery(query: unknown, options: { includable: readonly string[] | null }): Result<RetrieveQuery> {
  const fields = (typeof query === 'object' && query !== null ? query : {}) as Record<string, unknown>;
  const include = readQuery(fields, { include: { kind: 'list', values: options.includable } });
  if (!include.ok) return include;
  const stream = flag(fields, 'stream');
  if (!stream.ok) return stream;
  const includeObfuscation = flag(fields, 'include_obfuscation');
  if (!includeObfuscation.ok) return includeObfuscation;
  const after = single(fields.starting_after);
  if (after !== undefined && !/^\d{1,15}$/.test(after)) {
    return fail({
      code: 'invalid_value',
      message: `Invalid value for 'starting_after': expected a non-negative integer (the sequence_number of the last event received), got '${after.slice(0, 64)}'.`,
      param: 'starting_after',
    });
  }
  return ok({ stream: stream.value === true, startingAfter: after === undefined ? -1 : Number(after), includeObfuscation: includeObfuscation.value, include: include.value.include ?? [] });
}
