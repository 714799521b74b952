// The JSON body parser: keeps the raw text (ids are seeded from it, the journal shows it) and parses with
// Fastify's own parser, dropping `__proto__`/`constructor` keys instead of rejecting the request.
// Other content types are not parsed at all.
import type { FastifyInstance } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    /** The request body exactly as received ('' when there was none). */
    rawBody: string;
  }
}

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
 * For routes that parse on demand (the responses routes: the pipeline parses, and a memoised answer never
 * does): keep only the raw text here.
 */
export function keepRawJson(scope: FastifyInstance, bodyLimit: number): void {
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit }, (request, body, done) => {
    request.rawBody = body as string;
    done(null, undefined);
  });
}
