// The x-mock-* request headers that steer one request: session, scenario, strictness and seed. An invalid value is a
// 400 that names the header, never silently ignored.
import type { IncomingHttpHeaders } from 'node:http';
import type { Result, Strictness } from '../../domain/types.js';
import { fail, ok } from '../../domain/types.js';

export interface MockHeaders {
  session: string | undefined;
  scenario: string | undefined;
  strictness: Strictness | undefined;
  seed: number | undefined;
}

const single = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

/**
 * The session a request is journaled in: its x-mock-session when that is valid, whatever its other x-mock-* headers
 * say (they are answered with their 400 there); undefined (the default session) otherwise.
 */
export function journalSessionOf(headers: IncomingHttpHeaders): string | undefined {
  const value = single(headers['x-mock-session']);
  return value !== undefined && value.length > 0 && value.length <= 200 ? value : undefined;
}

export function readMockHeaders(headers: IncomingHttpHeaders): Result<MockHeaders> {
  const session = single(headers['x-mock-session']);
  const strictness = single(headers['x-mock-strictness']);
  const seed = single(headers['x-mock-seed']);
  const scenario = single(headers['x-mock-scenario']);
  if (session !== undefined && (session.length === 0 || session.length > 200)) {
    return fail({ code: 'invalid_header', message: `Invalid 'x-mock-session' header: expected 1 to 200 characters.`, param: 'x-mock-session' });
  }
  if (strictness !== undefined && strictness !== 'strict' && strictness !== 'lenient') {
    return fail({ code: 'invalid_header', message: `Invalid 'x-mock-strictness' header: '${strictness.slice(0, 50)}'. Supported values are: 'strict' and 'lenient'.`, param: 'x-mock-strictness' });
  }
  if (scenario !== undefined && (scenario.length === 0 || scenario.length > 128)) {
    return fail({ code: 'invalid_header', message: `Invalid 'x-mock-scenario' header: expected a scenario name of 1 to 128 characters.`, param: 'x-mock-scenario' });
  }
  // Plain decimal digits only: Number() would also take '0x1f', '1e3' and '-0'.
  const seedValue = seed === undefined ? undefined : /^\d{1,10}$/.test(seed) ? Number(seed) : NaN;
  if (seedValue !== undefined && !(Number.isInteger(seedValue) && seedValue >= 0 && seedValue < 2 ** 32)) {
    return fail({ code: 'invalid_header', message: `Invalid 'x-mock-seed' header: '${String(seed).slice(0, 50)}'. Expected an integer from 0 to 4294967295 in decimal digits.`, param: 'x-mock-seed' });
  }
  return ok({ session, scenario, strictness, seed: seedValue });
}
