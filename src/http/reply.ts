// Sending JSON bodies and provider error envelopes: the one place the HTTP layer turns a MockError into
// a status code.
import type { FastifyReply } from 'fastify';
import type { MockError } from '../domain/types.js';
import type { ProviderProfile } from '../providers/types.js';

export function sendJson(reply: FastifyReply, args: { status?: number; body: unknown }): FastifyReply {
  return reply
    .code(args.status ?? 200)
    .header('content-type', 'application/json')
    .send(JSON.stringify(args.body));
}

export function sendError(reply: FastifyReply, args: { profile: ProviderProfile; error: MockError }): FastifyReply {
  const answer = args.profile.errorReply(args.error);
  reply.headers(answer.headers);
  return sendJson(reply, { status: answer.status, body: answer.body });
}
