// What the server logs about traffic and state: request lines with credentials in the query masked, and one
// line per dropped session (a warning when it was still in use: a limit is too low for the test suite).
import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import type { Eviction } from '../state/sessions.js';
import type { Redactor } from './redact.js';

/** Pino serializers: Fastify's request fields, with the URL's secret query parameters masked. */
export function logSerializers(redactor: Redactor) {
  return {
    req: (request: FastifyRequest) => ({
      method: request.method,
      url: redactor.redactUrl(request.url),
      host: request.host,
      remoteAddress: request.ip,
      remotePort: request.socket?.remotePort,
    }),
  };
}

export function logEviction(log: FastifyBaseLogger, eviction: Eviction): void {
  const setting = eviction.limit === 'session-limit' ? '--session-limit' : '--state-memory';
  const lost = eviction.lost;
  const what = lost
    ? `its ${[lost.scenarios.length ? `progress in ${lost.scenarios.map((name) => `'${name}'`).join(', ')}` : '', lost.storedResponses ? `${lost.storedResponses} stored response(s)` : ''].filter(Boolean).join(' and ') || 'default scenario'}`
    : 'only its journal';
  const message = `session '${eviction.session}' dropped (${setting} reached; unused for ${Math.round(eviction.idleMs / 1000)} s), losing ${what}`;
  if (eviction.idle) log.info({ session: eviction.session, limit: setting }, message);
  else log.warn({ session: eviction.session, limit: setting }, `${message}: it was still in use; raise ${setting}`);
}
