// Stored responses on the OpenAI path: GET (JSON, or its events replayed with ?stream=true) and DELETE
// /v1/responses/:id, GET /v1/responses/:id/input_items, POST /v1/responses/:id/cancel (background runs).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { ProviderProfile } from '../providers/types.js';
import type { RelayAction, RunRelay } from '../record/background/background-relay.js';
import { readMockHeaders } from '../http/input/mock-headers.js';
import { sendError, sendJson, sendText } from '../http/reply.js';
import type { Runtime } from '../runtime.js';
import { cancelStored, pollStored } from '../state/responses/background.js';
import { inputPage } from '../state/responses/input-items.js';
import { explainMissingState } from '../state/lost.js';
import { includableFor, listQueryFields, readQuery } from '../http/input/query.js';
import { readRetrieveQuery } from '../http/input/retrieve-query.js';
import { storedStream, storedViewText } from '../pipeline/stored-stream.js';
import { readStreamHeader } from '../streaming/index.js';
import { serveStream } from './responses.js';

const Params = Type.Object({ id: Type.String({ minLength: 1, maxLength: 256 }) });

export function storedResponsesRoutes(app: FastifyInstance, args: { profile: ProviderProfile; runtime: Runtime; relay?: () => RunRelay | undefined }): void {
  const { profile, runtime } = args;
  const typed = app.withTypeProvider<TypeBoxTypeProvider>();
  const notFound = (id: string) => ({
    code: 'response_not_found' as const,
    message: `Response with id '${id}' not found.`,
    param: 'id',
  });
  const storeOf = (headers: Parameters<typeof readMockHeaders>[0]) => {
    const read = readMockHeaders(headers);
    const session = read.ok ? runtime.sessions.get(read.value.session) : undefined;
    return read.ok ? { ok: true as const, session: session!, store: session!.store, seed: read.value.seed } : read;
  };
  // While recording, a background run the real service holds is asked there (record/background-relay.ts).
  const relayed = (request: FastifyRequest, reply: FastifyReply, action: RelayAction) => {
    const stored = storeOf(request.headers);
    const node = stored.ok ? stored.store.get((request.params as { id: string }).id) : undefined;
    return node && args.relay?.()?.relay({ request, reply, stored: node, action });
  };

  typed.get(`${profile.prefix}/responses/:id`, { schema: { params: Params } }, (request, reply) => {
    const relay = relayed(request, reply, 'retrieve');
    if (relay) return relay;
    const found = storeOf(request.headers);
    if (!found.ok) return sendError(reply, { profile, error: found.error });
    const query = readRetrieveQuery(request.query, { includable: includableFor(request.headers, runtime.config.strictness) });
    if (!query.ok) return sendError(reply, { profile, error: query.error });
    const stored = found.store.get(request.params.id);
    // Dropped by a limit: the 404 says so.
    if (!stored) return sendError(reply, { profile, error: explainMissingState(found.session, notFound(request.params.id), { responseId: request.params.id }) });
    const { include } = query.value;
    if (!query.value.stream) return sendText(reply, storedViewText({ stored, view: pollStored(stored), runtime, profile, include }));
    const header = readStreamHeader(request.headers);
    if (!header.ok) return sendError(reply, { profile, error: header.error });
    const { startingAfter, includeObfuscation } = query.value;
    const replay = storedStream({ stored, runtime, profile, header: header.value, seed: found.seed, startingAfter, includeObfuscation, include });
    if (!replay.ok) return sendError(reply, { profile, error: { code: 'invalid_value', message: `This response cannot be streamed: ${replay.reason}.`, param: 'stream' } });
    return serveStream({ request, reply, runtime, plan: replay.plan });
  });

  typed.post(`${profile.prefix}/responses/:id/cancel`, { schema: { params: Params } }, (request, reply) => {
    const relay = relayed(request, reply, 'cancel');
    if (relay) return relay;
    const found = storeOf(request.headers);
    if (!found.ok) return sendError(reply, { profile, error: found.error });
    const stored = found.store.get(request.params.id);
    if (!stored) return sendError(reply, { profile, error: explainMissingState(found.session, notFound(request.params.id), { responseId: request.params.id }) });
    const cancelled = cancelStored(stored);
    if (cancelled === undefined) return sendError(reply, { profile, error: { code: 'invalid_value', message: 'Cannot cancel a synchronous response: only responses created with background: true can be cancelled.', param: null } });
    return sendText(reply, storedViewText({ stored, view: cancelled, runtime, profile }));
  });

  typed.delete(`${profile.prefix}/responses/:id`, { schema: { params: Params } }, (request, reply) => {
    const found = storeOf(request.headers);
    if (!found.ok) return sendError(reply, { profile, error: found.error });
    if (!found.store.delete(request.params.id)) return sendError(reply, { profile, error: notFound(request.params.id) });
    return sendJson(reply, { body: { id: request.params.id, object: 'response.deleted', deleted: true } });
  });

  typed.get(`${profile.prefix}/responses/:id/input_items`, { schema: { params: Params } }, (request, reply) => {
    const found = storeOf(request.headers);
    if (!found.ok) return sendError(reply, { profile, error: found.error });
    const query = readQuery(request.query, listQueryFields(includableFor(request.headers, runtime.config.strictness)));
    if (!query.ok) return sendError(reply, { profile, error: query.error });
    const stored = found.store.get(request.params.id);
    // Dropped by a limit: the 404 says so.
    if (!stored) return sendError(reply, { profile, error: explainMissingState(found.session, notFound(request.params.id), { responseId: request.params.id }) });
    const { limit = 20, order = 'desc', after } = query.value;
    const page = inputPage(stored, { limit, order, after });
    if (page.ok) return sendJson(reply, { body: page.body });
    return sendError(reply, {
      profile,
      error: { code: 'invalid_value', message: `Invalid value for 'after': '${page.unknownAfter.slice(0, 128)}' is not the id of an input item of this response.`, param: 'after' },
    });
  });
}
