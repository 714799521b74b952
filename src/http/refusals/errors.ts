// What Fastify raises before or around a route (bad JSON, oversize bodies, wrong content types, unknown
// routes, schema failures on params) answered in the provider's envelope; anything else is a 500 and logged.
// Also which envelope an error answered outside a route takes, by the request's path.
import type { FastifyError, FastifyInstance } from 'fastify';
import type { MockError } from '../../domain/types.js';
import { catalogEntry, UNEXPECTED_ERROR } from '../../errors.js';
import { profileForUrl } from '../../providers/index.js';
import type { ErrorReply } from '../../providers/types.js';
import { SERVER_OVERLOADED, type OverloadedError } from '../input/held-bodies.js';
import { bodyCutShort, isBodyAborted } from './body-cut-short.js';
import { bodyTooLargeMessage } from './body-limit.js';
import { BODY_REFUSED, type RefusedBodyError } from '../input/json-body.js';
import { MISSING_HOST, UNSUPPORTED_CONTENT_ENCODING, UPGRADE_NOT_GET } from '../input/request-checks.js';
import { SCENARIO_NAME_PATTERN } from '../../schemas/constants.js';
import { sendError } from '../reply.js';

export const ADMIN_PREFIX = '/__mock';

/**
 * An error answered before any route or scope has it (a URL the router cannot read, what Node's HTTP parser
 * refuses): the admin API's `{error: {code, message}}` under /__mock, else the path's provider envelope (OpenAI's
 * when the path is not known).
 */
export function errorReplyFor(url: string | undefined, error: MockError): ErrorReply {
  const path = url ?? '';
  if (path === ADMIN_PREFIX || path.startsWith(`${ADMIN_PREFIX}/`) || path.startsWith(`${ADMIN_PREFIX}?`)) {
    const code = error.code === 'route_not_found' ? 'admin_not_found' : 'admin_bad_request';
    return { status: error.status ?? catalogEntry(error.code).status, headers: {}, body: { error: { code, message: error.message } } };
  }
  return profileForUrl(path).errorReply(error);
}

export function registerErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    // A client that left mid-body: told as Node's parser tells it (client-errors.ts), whichever comes first.
    const mapped = isBodyAborted(error) ? bodyCutShort(request.raw) : mapFastifyError(error, { bodyLimit: request.routeOptions.bodyLimit });
    if (mapped.code === 'internal_error') request.log.error({ err: error }, 'unexpected error');
    return sendError(reply, { profile: profileForUrl(request.url), error: mapped });
  });
  app.setNotFoundHandler((request, reply) => sendError(reply, {
    profile: profileForUrl(request.url),
    error: { code: 'route_not_found', message: `Invalid URL (${request.method} ${request.url.split('?')[0]})`, param: null },
  }));
}

/**
 * A route schema's failure (a path parameter, an admin body) naming the field at fault, not the part of the
 * request: `Invalid 'id': string too long. Expected a string with maximum length 256.`
 */
export function validationError(error: FastifyError): MockError {
  const first = error.validation?.[0];
  const context = error.validationContext ?? 'request';
  const missing = (first?.params as { missingProperty?: string } | undefined)?.missingProperty;
  const path = first?.instancePath.split('/').filter(Boolean).map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`)).join('').replace(/^\./, '');
  const param = path || missing || context;
  const limit = (first?.params as { limit?: number } | undefined)?.limit;
  if (first?.keyword === 'pattern' && (first.params as { pattern?: string }).pattern === SCENARIO_NAME_PATTERN) {
    return { code: 'invalid_value', message: `Invalid '${param}': not a scenario name (letters, digits, _ . : -; at most 128 characters, starting with a letter or digit).`, param };
  }
  if (first?.keyword === 'maxLength') {
    return { code: 'string_above_max_length', message: `Invalid '${param}': string too long. Expected a string with maximum length ${limit}.`, param };
  }
  return { code: 'invalid_value', message: `Invalid '${param}': ${first?.message ?? error.message}.`, param };
}

/** `bodyLimit`: the route's, named in a 413 (what --body-limit set, unless a route set its own). */
export function mapFastifyError(error: FastifyError, context: { bodyLimit?: number } = {}): MockError {
  if (error.validation) return validationError(error);
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { code: 'body_too_large', message: bodyTooLargeMessage(context.bodyLimit), param: null };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { code: 'unsupported_media_type', message: `Unsupported content type: send the body as application/json.`, param: null };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { code: 'invalid_json', message: 'The request body is empty: expected a JSON object.', param: null };
    case UNSUPPORTED_CONTENT_ENCODING:
      return { code: 'unsupported_content_encoding', message: error.message, param: null };
    case MISSING_HOST:
      return { code: 'malformed_http', message: error.message, param: 'host' };
    case UPGRADE_NOT_GET:
      return { code: 'malformed_http', message: error.message, param: 'upgrade' };
    case SERVER_OVERLOADED:
      return (error as OverloadedError).refusal;
    case BODY_REFUSED:
      return (error as RefusedBodyError).refusal;
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { code: 'invalid_json', message: 'The request body does not match its content-length.', param: null };
    default:
      break;
  }
  if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return { code: 'invalid_json', message: `We could not parse the JSON body of your request: ${error.message}`, param: null };
  }
  if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
    return { code: 'invalid_json', message: error.message, param: null, status: error.statusCode };
  }
  return { ...UNEXPECTED_ERROR };
}
