// GET {prefix}/models: a few mock models in each provider's list shape; GET /v1/models/:id on OpenAI.
import type { FastifyInstance } from 'fastify';
import type { ProviderProfile } from '../providers/types.js';
import { sendError, sendJson } from '../http/reply.js';

export function modelsRoutes(app: FastifyInstance, args: { profile: ProviderProfile }): void {
  const { profile } = args;
  app.get(`${profile.prefix}/models`, (_request, reply) => sendJson(reply, { body: profile.listModels() }));
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
