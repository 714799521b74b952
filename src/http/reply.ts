// Sending JSON bodies and provider error envelopes: the one place the HTTP layer turns a MockError into
// a status code.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { MockError } from '../domain/types.js';
import type { ProviderProfile } from '../providers/types.js';

/**
 * Completes the request's journal entry with its status and body: every API reply goes through the helpers
 * below, and a stream calls it before it starts.
 */
export function completeJournal(request: FastifyRequest, status: number): void {
  request.journalEntry?.complete({ status, body: request.rawBody });
}

export function sendJson(reply: FastifyReply, args: { status?: number; body: unknown }): FastifyReply {
  completeJournal(reply.request, args.status ?? 200);
  return reply
    .code(args.status ?? 200)
    .header('content-type', 'application/json')
    .send(JSON.stringify(args.body));
}

/** A JSON body that is already text (a filled template, a stored response). */
export function sendText(reply: FastifyReply, text: string | Buffer): FastifyReply {
  completeJournal(reply.request, 200);
  return reply.code(200).header('content-type', 'application/json').send(text);
}

export function sendError(reply: FastifyReply, args: { profile: ProviderProfile; error: MockError }): FastifyReply {
  const answer = args.profile.errorReply(args.error);
  reply.headers(answer.headers);
  return sendJson(reply, { status: answer.status, body: answer.body });
}
