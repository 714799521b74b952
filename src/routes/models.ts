// GET {prefix}/models: a few mock models in each provider's list shape (OpenRouter's paged by `offset` and
// `limit`); GET /v1/models/:id on OpenAI.
import type { FastifyInstance } from 'fastify';
import type { ProviderProfile } from '../providers/types.js';
import { readQuery } from '../http/input/query.js';
import { sendError, sendJson } from '../http/reply.js';

/** OpenRouter's spec: `offset` from 0, `limit` 1 to 1,000. */
const PAGE_FIELDS = { offset: { kind: 'integer', min: 0, max: Number.MAX_SAFE_INTEGER }, limit: { kind: 'integer', min: 1, max: 1000 } } as const;

export function modelsRoutes(app: FastifyInstance, args: { profile: ProviderProfile }): void {
  const { profile } = args;
  app.get(`${profile.prefix}/models`, (request, reply) => {
    if (!profile.pagedModels) return sendJson(reply, { body: profile.listModels() });
    const page = readQuery(request.query, PAGE_FIELDS);
    // The spec's BadRequestResponse (`{error: {code: 400, message}}`), not a request body's zod issue.
    if (!page.ok) return sendError(reply, { profile, error: { ...page.error, envelope: { error: { code: 400, message: page.error.message } } } });
    return sendJson(reply, { body: profile.listModels(page.value) });
  });
  if (profile.id !== 'openai') return;
  app.get<{ Params: { id: string } }>(`${profile.prefix}/models/:id`, (request, reply) => {
    const list = profile.listModels() as { data: Array<{ id: string }> };
    const model = list.data.find((entry) => entry.id === request.params.id);
    if (model) return sendJson(reply, { body: model });
    return sendError(reply, {
      profile,
      error: { code: 'model_not_found', message: `The model '${request.params.id}' does not exist or you do not have access to it.`, param: 'model' },
    });
  });
}
