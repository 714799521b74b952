// The JSON body parser: keeps the raw text (ids are seeded from it, the journal shows it) and parses with
// Fastify's own parser, dropping `__proto__`/`constructor` keys instead of rejecting the request.
// Other content types are not parsed at all.
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { fail, ok, type Result } from '../domain/types.js';
import { mapFastifyError } from './errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The request body exactly as received ('' when there was none). */
    rawBody: string;
  }
}

export type JsonParse = (raw: string) => Result<unknown>;

export function registerJsonBody(app: FastifyInstance, bodyLimit: number): void {
  app.decorateRequest('rawBody', '');
  const parse = app.getDefaultJsonParser('remove', 'remove');
  // Only JSON is accepted: any other content type (text/plain included) is a clear 415.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit }, (request, body, done) => {
    request.rawBody = body as string;
    parse(request, body as string, done);
  });
}

/**
 * For routes that parse on demand (the responses routes: a request answered from a template is never
 * parsed): keep only the raw text here, and parse with `jsonParser` when needed — the same parser and the
 * same errors as everywhere else.
 */
export function keepRawJson(scope: FastifyInstance, bodyLimit: number): void {
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit }, (request, body, done) => {
    request.rawBody = body as string;
    done(null, undefined);
  });
}

export function jsonParser(app: FastifyInstance): JsonParse {
  const parse = app.getDefaultJsonParser('remove', 'remove');
  return (raw) => {
    let result: Result<unknown> = fail({ code: 'invalid_json', message: 'The request body could not be parsed.', param: null });
    // Fastify's default JSON parser calls back synchronously.
    parse({} as FastifyRequest, raw, (error, value) => {
      result = error ? fail(mapFastifyError(error as FastifyError)) : ok(value);
    });
    return result;
  };
}
