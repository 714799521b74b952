// What keeps the admin API (everything under /__mock) from being driven by a web page: it answers only for
// host names the server is reached by (a DNS-rebinding page has its own name), refuses state-changing requests
// a browser could send cross-site without a preflight, and compares the admin token in constant time (as
// sent in a header, or by the inspector page as its cookie).
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { isIP } from 'node:net';
import { hostname } from 'node:os';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { UNEXPECTED_ERROR } from '../../errors.js';
import { duplicateKeys } from '../../scenarios/duplicate-keys.js';
import { describeJsonError } from '../../scenarios/load.js';
import { validationError } from '../refusals/errors.js';
import { acceptEmptyOfAnyType } from '../input/json-body.js';
import { tooManyValues, valuesPastLimit } from '../../domain/validation/body-values.js';
import { SERVER_OVERLOADED, type OverloadedError } from '../input/held-bodies.js';
import { tooLargeMessage } from '../input/yaml-body.js';

export interface HostRule {
  /** Extra host names (--allowed-hosts); `*` allows any. */
  allowed: readonly string[];
}

/** The host name of a Host header, without port or brackets, lower case; undefined if it has none. */
export function hostOf(header: string | undefined): string | undefined {
  if (header === undefined || header === '') return undefined;
  const value = header.trim().toLowerCase();
  if (value.startsWith('[')) return value.slice(1, value.indexOf(']') >= 0 ? value.indexOf(']') : undefined);
  const colon = value.lastIndexOf(':');
  const name = colon >= 0 && /^\d*$/.test(value.slice(colon + 1)) ? value.slice(0, colon) : value;
  return name.endsWith('.') ? name.slice(0, -1) : name;
}

/**
 * Whether a request for this Host may reach the admin API: localhost names, any IP address (a rebinding
 * page always comes with a name of its own), this machine's name, and the names given with --allowed-hosts.
 */
export function hostAllowed(header: string | undefined, rule: HostRule): boolean {
  const host = hostOf(header);
  // HTTP/1.0 clients may send none; browsers always do.
  if (host === undefined) return true;
  if (rule.allowed.includes('*')) return true;
  if (host === 'localhost' || host.endsWith('.localhost') || isIP(host) !== 0) return true;
  if (host === hostname().toLowerCase()) return true;
  return rule.allowed.some((name) => name.toLowerCase() === host);
}

/** Content types a page may send cross-site without a preflight (the CORS-safelisted ones). */
const SIMPLE_TYPES = /^\s*(text\/plain|application\/x-www-form-urlencoded|multipart\/form-data)\b/i;

/**
 * Why a state-changing admin request could have come from a web page on another site, or undefined: it bears a
 * browser's marks (Origin, Sec-Fetch-Site, Sec-Fetch-Dest) or a form's content type, and neither a JSON content
 * type nor an x-mock-* header, the two things such a page cannot send without a preflight (which /__mock never
 * grants). curl, SDKs and test code send none of those marks, so their body-less requests pass; a body they send
 * without a content type goes as a form's (curl -d, fetch with a string), which the answer names. Node's fetch
 * sends `sec-fetch-mode: cors` on every request, alone: a browser sends it only beside Sec-Fetch-Site and
 * Sec-Fetch-Dest, and a cross-site POST with an Origin, so it is no mark here.
 */
export function crossSiteRefusal(method: string, headers: IncomingHttpHeaders): string | undefined {
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return undefined;
  if (Object.keys(headers).some((name) => name.startsWith('x-mock-'))) return undefined;
  const type = headers['content-type'];
  if (type !== undefined && /^\s*application\/json\b/i.test(type)) return undefined;
  const needs = 'needs content-type: application/json or an x-mock-* header (e.g. x-mock-admin: 1)';
  const fromBrowser = headers.origin !== undefined || headers['sec-fetch-site'] !== undefined || headers['sec-fetch-dest'] !== undefined;
  if (fromBrowser) return `A state-changing admin request from a web page ${needs}.`;
  if (type === undefined || !SIMPLE_TYPES.test(type)) return undefined;
  return `A state-changing admin request with a form's content type ('${type.slice(0, 100)}'${sentBy(type)}) ${needs}: a web page on another site could send it.`;
}

/** Who sends a form's content type without being asked to: what the refusal of one names, as a hint. */
function sentBy(type: string): string {
  const lowered = type.trimStart().toLowerCase();
  if (lowered.startsWith('application/x-www-form-urlencoded')) return ', as curl -d sends when given no content type';
  if (lowered.startsWith('text/plain')) return ', as fetch sends for a string body given no content type';
  return ', as curl -F and FormData send';
}

/** The cookie the inspector page gets in exchange for the token (src/routes/ui.ts): HttpOnly, SameSite=Strict. */
export const INSPECTOR_COOKIE = 'responses_mock_admin';

/** What that cookie holds: a keyed digest of the token, so that the browser never stores the token itself. */
export function inspectorCookie(token: string): string {
  return createHmac('sha256', token).update('responses-mock inspector').digest('base64url');
}

/**
 * A check of the admin token that takes the same time whatever the guess (digests have equal lengths): in
 * `Authorization: Bearer`, `x-mock-admin-token`, the inspector's cookie, or `queryToken` (the page's address).
 */
export function tokenChecker(token: string): (headers: IncomingHttpHeaders, queryToken?: string) => boolean {
  const expected = digest(token);
  const cookie = digest(inspectorCookie(token));
  const matches = (given: string | string[] | undefined, against = expected) => typeof given === 'string' && timingSafeEqual(digest(given), against);
  return (headers, queryToken) => {
    const authorization = headers.authorization;
    const bearer = typeof authorization === 'string' && /^bearer\s/i.test(authorization) ? authorization.slice(7).trim() : undefined;
    // All are compared, so that which one holds the token does not show in the time either.
    const viaBearer = matches(bearer);
    const viaHeader = matches(headers['x-mock-admin-token']);
    const viaCookie = matches(cookieValue(headers.cookie, INSPECTOR_COOKIE), cookie);
    const viaQuery = matches(queryToken);
    return viaBearer || viaHeader || viaCookie || viaQuery;
  };
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  if (header === undefined) return undefined;
  for (const pair of header.split(';')) {
    const equals = pair.indexOf('=');
    if (equals > 0 && pair.slice(0, equals).trim() === name) return pair.slice(equals + 1).trim();
  }
  return undefined;
}

/** `?token=` on a GET of the page entry, the one place a token may come in the address. */
function pageToken(request: FastifyRequest, entry: string | undefined): string | undefined {
  if (entry === undefined || request.method !== 'GET' || request.url.split('?')[0] !== entry) return undefined;
  const token = (request.query as Record<string, unknown> | undefined)?.token;
  return typeof token === 'string' ? token : undefined;
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

export interface AdminGuardOptions {
  allowedHosts: readonly string[];
  token: string | undefined;
  /** The page (a path under the scope) that may be opened with `?token=<token>` (it swaps it for the cookie). */
  pageEntry?: string;
  /** Answers in the admin API's own error shape. */
  fail(reply: FastifyReply, error: { code: AdminErrorCode; message: string }): FastifyReply;
}

export type AdminErrorCode = 'admin_host_not_allowed' | 'admin_unauthorized' | 'admin_cross_site' | 'admin_bad_request' | 'admin_not_found' | 'server_overloaded' | 'internal_error';

/**
 * Hooks of the admin scope, in order: the Host check (a rebinding page learns nothing, not even whether a token
 * is needed), the token, the cross-site check; JSON bodies may be empty; errors and unknown routes answer in the
 * admin API's own shape.
 */
export function guardAdmin(scope: FastifyInstance, options: AdminGuardOptions): void {
  const { fail } = options;
  const hasToken = options.token === undefined ? undefined : tokenChecker(options.token);
  scope.addHook('onRequest', async (request, reply) => {
    if (!hostAllowed(request.headers.host, { allowed: options.allowedHosts })) {
      return fail(reply, { code: 'admin_host_not_allowed', message: `The admin API answers for localhost, IP addresses, this machine's name and --allowed-hosts, not for '${(hostOf(request.headers.host) ?? '').slice(0, 100)}'.` });
    }
    if (hasToken && !hasToken(request.headers, pageToken(request, options.pageEntry))) {
      return fail(reply, { code: 'admin_unauthorized', message: 'The admin API needs the token set with --admin-token: send Authorization: Bearer <token> or x-mock-admin-token (the inspector: open /__mock/ui?token=<token>).' });
    }
    const crossSite = crossSiteRefusal(request.method, request.headers);
    if (crossSite !== undefined) return fail(reply, { code: 'admin_cross_site', message: crossSite });
  });
  const parse = scope.getDefaultJsonParser('remove', 'remove');
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if ((body as string).trim() === '') return done(null, undefined);
    const past = valuesPastLimit(body as string);
    if (past !== null) return done(Object.assign(new Error(tooManyValues(past.field).message), { statusCode: 400 }), undefined);
    // Fastify's own words say only that the body is not JSON: a scenario pasted by hand needs to know where.
    parse(request, body as string, (error, value) => {
      if (error) return done(Object.assign(new Error(`The body is not valid JSON: ${describeJsonError(body as string)}`), { statusCode: 400 }), undefined);
      // JSON.parse keeps the last of a repeated key silently; a fixture file sent here is held to the loader's rule.
      const repeated = duplicateKeys(body as string);
      if (repeated.length > 0) return done(Object.assign(new Error(repeated.join('; ')), { statusCode: 400 }), undefined);
      return done(null, value);
    });
  });
  acceptEmptyOfAnyType(scope, scope.initialConfig.bodyLimit ?? 1024 * 1024);
  scope.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.code === SERVER_OVERLOADED) {
      const { refusal } = error as OverloadedError;
      reply.headers(refusal.headers ?? {});
      return fail(reply, { code: 'server_overloaded', message: refusal.message });
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return fail(reply, { code: 'admin_bad_request', message: tooLargeMessage(request.headers['content-type'], scope.initialConfig.bodyLimit) });
    if (error.validation || (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500)) {
      return fail(reply, { code: 'admin_bad_request', message: error.validation ? validationError(error).message : error.message });
    }
    request.log.error({ err: error }, 'unexpected admin error');
    return fail(reply, { code: UNEXPECTED_ERROR.code, message: UNEXPECTED_ERROR.message });
  });
  scope.setNotFoundHandler((request, reply) => fail(reply, { code: 'admin_not_found', message: `No admin route ${request.method} ${request.url.split('?')[0]}.` }));
}
