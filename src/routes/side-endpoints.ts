// The side endpoints of OpenAI's Responses API: POST /v1/responses/input_tokens and /v1/responses/compact.
// Thin adapters over the pipeline's side requests; bodies arrive raw (parsed by the pipeline).
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Result } from '../domain/types.js';
import { sendResult } from '../http/reply.js';
import { compactConversation } from '../pipeline/side/compact.js';
import { countInputTokens } from '../pipeline/side/input-tokens.js';
import type { ProviderProfile } from '../providers/types.js';
import type { Runtime } from '../runtime.js';

export function sideEndpointRoutes(app: FastifyInstance, args: { profile: ProviderProfile; runtime: Runtime }): void {
  const { profile, runtime } = args;
  const answer = (reply: FastifyReply, result: Result<unknown>): FastifyReply => sendResult(reply, { profile, result });
  app.post(`${profile.prefix}/responses/input_tokens`, (request, reply) => answer(reply, countInputTokens(runtime, { profile, headers: request.headers, raw: request.rawBody })));
  app.post(`${profile.prefix}/responses/compact`, (request, reply) => answer(reply, compactConversation(runtime, { profile, headers: request.headers, raw: request.rawBody })));
}
