// CORS on the emulated API paths, as OpenRouter and OpenAI answer it: any origin, whatever request headers a
// client asks for (the openai SDK's x-stainless-*, OpenRouter's X-Title and HTTP-Referer), no credentials;
// preflights succeed before any authentication. So browser apps (`dangerouslyAllowBrowser`) can be tested.
// Never on /__mock: a page on another site gets no access to the admin API. In the same pass, every answer on
// OpenAI's path carries an `x-request-id`, as the real one does (the SDKs expose it as `_request_id`). Registered
// before the checks that refuse a request ahead of its route, so that their answers carry these headers too.
import type { FastifyInstance } from 'fastify';
import { apiHeadersFor, type ApiPaths } from './api-headers.js';

const METHODS = 'GET, POST, DELETE, OPTIONS';
/** A day: browsers cap it lower anyway (Chromium at 2 hours). */
const MAX_AGE = '86400';

export function registerCors(app: FastifyInstance, paths: ApiPaths): void {
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(apiHeadersFor(paths, request.url));
    done();
  });
  for (const prefix of paths.prefixes) {
    app.options(`${prefix}/*`, (request, reply) => {
      const asked = request.headers['access-control-request-headers'];
      return reply
        .code(204)
        .header('access-control-allow-methods', METHODS)
        .header('access-control-allow-headers', typeof asked === 'string' && asked.trim() !== '' ? asked : '*')
        .header('access-control-max-age', MAX_AGE)
        .header('vary', 'access-control-request-headers')
        .send();
    });
  }
}
