// POST {prefix}/responses: the thin adapter between HTTP and createResponse, for one provider profile.
import type { FastifyInstance } from 'fastify';
import type { ProviderProfile } from '../providers/types.js';
import { readMockHeaders } from '../http/mock-headers.js';
import { sendError, sendJson } from '../http/reply.js';
import { createResponse } from '../service/create-response.js';
import { readStreamHeader, seedKey, sendStream } from '../streaming/index.js';
import type { Runtime } from '../runtime.js';

export function responsesRoute(app: FastifyInstance, args: { profile: ProviderProfile; runtime: Runtime }): void {
  const { profile, runtime } = args;
  app.post(`${profile.prefix}/responses`, (request, reply) => {
    const headers = readMockHeaders(request.headers);
    if (!headers.ok) return sendError(reply, { profile, error: headers.error });
    const { session, strictness, seed } = headers.value;
    const streamHeader = readStreamHeader(request.headers);
    if (!streamHeader.ok) return sendError(reply, { profile, error: streamHeader.error });
    const deps = runtime.depsFor({ body: seedKey(request.body, request.rawBody), scope: profile.id, seed });
    const outcome = createResponse(request.body, {
      profile,
      strictness: strictness ?? runtime.config.strictness,
      deps,
      store: runtime.sessions.get(session).store,
      resolveModel: runtime.resolveModel,
    });
    if (!outcome.ok) return sendError(reply, { profile, error: outcome.error });
    if (outcome.value.request.body.stream) {
      return sendStream({ reply, profile, created: outcome.value, runtime, random: deps.ids, header: streamHeader.value });
    }
    return sendJson(reply, { body: outcome.value.body });
  });
}
