// What Fastify raises before or around a route (bad JSON, oversize bodies, wrong content types, unknown
// routes, schema failures on params) answered in the provider's envelope; anything else is a 500 and logged.
import type { FastifyError, FastifyInstance } from 'fastify';
import type { MockError } from '../domain/types.js';
import { profileForUrl } from '../providers/index.js';
import { sendError } from './reply.js';

export function registerErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const mapped = mapFastifyError(error);
    if (mapped.code === 'internal_error') request.log.error({ err: error }, 'unexpected error');
    return sendError(reply, { profile: profileForUrl(request.url), error: mapped });
  });
  app.setNotFoundHandler((request, reply) => sendError(reply, {
    profile: profileForUrl(request.url),
    error: { code: 'route_not_found', message: `Invalid URL (${request.method} ${request.url.split('?')[0]})`, param: null },
  }));
}

export function mapFastifyError(error: FastifyError): MockError {
  if (error.validation) {
    const context = error.validationContext ?? 'request';
    return { code: 'invalid_value', message: `Invalid ${context}: ${error.message}`, param: context };
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { code: 'body_too_large', message: 'Request body is too large.', param: null };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { code: 'unsupported_media_type', message: `Unsupported content type: send the body as application/json.`, param: null };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { code: 'invalid_json', message: 'The request body is empty: expected a JSON object.', param: null };
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
  return { code: 'internal_error', message: 'The mock server had an unexpected error; it has been logged.', param: null };
}
