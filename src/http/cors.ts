// CORS on the emulated API paths, as OpenRouter and OpenAI answer it: any origin, whatever request headers a
// client asks for (the openai SDK's x-stainless-*, OpenRouter's X-Title and HTTP-Referer), no credentials;
// preflights succeed before any authentication. So browser apps (`dangerouslyAllowBrowser`) can be tested.
// Never on /__mock: a page on another site gets no access to the admin API. In the same pass, every answer on
// OpenAI's path carries an `x-request-id`, as the real one does (the SDKs expose it as `_request_id`).
import type { FastifyInstance } from 'fastify';

const METHODS = 'GET, POST, DELETE, OPTIONS';
/** A day: browsers cap it lower anyway (Chromium at 2 hours). */
const MAX_AGE = '86400';

export function registerCors(app: FastifyInstance, args: { prefixes: readonly string[]; requestIds: { prefix: string; next: () => string } }): void {
  const paths = args.prefixes.map((prefix) => `${prefix}/`);
  const isApi = (url: string) => paths.some((path) => url.startsWith(path));
  const identified = `${args.requestIds.prefix}/`;
  app.addHook('onRequest', (request, reply, done) => {
    if (isApi(request.url)) {
      reply.header('access-control-allow-origin', '*');
      reply.header('access-control-expose-headers', '*');
      if (request.url.startsWith(identified)) reply.header('x-request-id', args.requestIds.next());
    }
    done();
  });
  for (const prefix of args.prefixes) {
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
