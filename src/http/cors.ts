// CORS on the emulated API paths, as OpenRouter and OpenAI answer it: any origin, whatever request headers a
// client asks for (the openai SDK's x-stainless-*, OpenRouter's X-Title and HTTP-Referer), no credentials;
// preflights succeed before any authentication. So browser apps (`dangerouslyAllowBrowser`) can be tested.
// Never on /__mock: a page on another site gets no access to the admin API. In the same pass, every answer on
// OpenAI's path carries an `x-request-id`, as the real one does (the SDKs expose it as `_request_id`). Registered
// before the checks that refuse a request ahead of its route, so that their answers carry these headers too.
import type { FastifyInstance } from 'fastify';
import { CORS_EXPOSE, CORS_ORIGIN, onPath, REQUEST_ID, type ApiPaths } from './api-headers.js';

const METHODS = 'GET, POST, DELETE, OPTIONS';
/** A day: browsers cap it lower anyway (Chromium at 2 hours). */
const MAX_AGE = '86400';

export function registerCors(app: FastifyInstance, paths: ApiPaths): void {
  const { prefixes, identified } = paths;
  app.addHook('onRequest', (request, reply, done) => {
    const url = request.url;
    if (prefixes.some((prefix) => onPath(url, prefix))) {
      reply.header(CORS_ORIGIN, '*');
      reply.header(CORS_EXPOSE, '*');
      if (onPath(url, identified)) reply.header(REQUEST_ID, paths.nextId());
    }
    done();
  });
  for (const prefix of prefixes) {
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
