// The JSON body parser: keeps the raw text (ids are seeded from it, the journal shows it) and parses with
// Fastify's own parser, dropping `__proto__`/`constructor` keys instead of rejecting the request. An empty body
// is no body, whatever its content type (SDKs send `content-type: application/json` on a body-less DELETE); a
// route that needs one says so itself. Other content types with a body are a clear 415. A body of more JSON values
// than the server takes is refused before it is parsed (domain/validation/body-values.ts).
import { errorCodes, type FastifyError, type FastifyInstance } from 'fastify';
import type { MockError } from '../../domain/types.js';
import { tooManyValues, valuesPastLimit } from '../../domain/validation/body-values.js';

export const BODY_REFUSED = 'MOCK_BODY_REFUSED';

/** A body the parser refuses before parsing it, as Fastify's error handler gets it; its answer is `error.refusal`. */
export interface RefusedBodyError extends FastifyError {
  refusal: MockError;
}

function refusedBody(error: MockError): RefusedBodyError {
  const failure = new Error(error.message) as RefusedBodyError;
  failure.code = BODY_REFUSED;
  failure.statusCode = 400;
  failure.refusal = error;
  return failure;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The request body exactly as received ('' when there was none). */
    rawBody: string;
    /** Its bytes, on the routes that keep them (the responses routes): the journal and a stored response keep them. */
    rawBytes: Buffer | null;
  }
}

export function registerJsonBody(app: FastifyInstance, bodyLimit: number): void {
  app.decorateRequest('rawBody', '');
  app.decorateRequest('rawBytes', null);
  const parse = app.getDefaultJsonParser('remove', 'remove');
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit }, (request, body, done) => {
    if (body === '') return done(null, undefined);
    request.rawBody = body as string;
    const past = valuesPastLimit(body as string);
    if (past !== null) return done(refusedBody(tooManyValues(past.field)), undefined);
    parse(request, body as string, done);
  });
  acceptEmptyOfAnyType(app, bodyLimit);
}

/** Any other content type: an empty body passes as none, anything else is refused (415). */
export function acceptEmptyOfAnyType(scope: FastifyInstance, bodyLimit: number): void {
  scope.addContentTypeParser('*', { parseAs: 'string', bodyLimit }, (request, body, done) => {
    if (body === '') return done(null, undefined);
    done(new errorCodes.FST_ERR_CTP_INVALID_MEDIA_TYPE(request.headers['content-type'] ?? ''), undefined);
  });
}

/**
 * For routes that parse on demand (the responses routes: the pipeline parses, and a memoised answer never
 * does): keep only the raw text here, and the bytes it was read as (a copy Fastify makes), so that what keeps
 * the body as bytes does not encode it again.
 */
export function keepRawJson(scope: FastifyInstance, bodyLimit: number): void {
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit }, (request, body, done) => {
    const bytes = body as Buffer;
    request.rawBody = bytes.toString('utf8');
    if (bytes.length > 0) request.rawBytes = bytes;
    done(null, undefined);
  });
}
