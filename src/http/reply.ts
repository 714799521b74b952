// Sending JSON bodies and provider error envelopes: the one place the HTTP layer turns a MockError into
// a status code.
import type { FastifyReply } from 'fastify';
import type { MockError } from '../domain/types.js';
import type { ProviderProfile } from '../providers/types.js';

/** Completes the request's journal entry: every API reply goes through the helpers below. */
function journal(reply: FastifyReply, status: number): void {
  const entry = reply.request.journalEntry;
  if (!entry) return;
  entry.status = status;
  entry.body = reply.request.rawBody;
}

export function sendJson(reply: FastifyReply, args: { status?: number; body: unknown }): FastifyReply {
  journal(reply, args.status ?? 200);
  return reply
    .code(args.status ?? 200)
    .header('content-type', 'application/json')
    .send(JSON.stringify(args.body));
}

/** A JSON body that is already text (a filled template, a stored response). */
export function sendText(reply: FastifyReply, text: string | Buffer): FastifyReply {
  journal(reply, 200);
  return reply.code(200).header('content-type', 'application/json').send(text);
}

export function sendError(reply: FastifyReply, args: { profile: ProviderProfile; error: MockError }): FastifyReply {
  const answer = args.profile.errorReply(args.error);
  reply.headers(answer.headers);
  return sendJson(reply, { status: answer.status, body: answer.body });
}
