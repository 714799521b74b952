// Sending JSON bodies and provider error envelopes: the one place the HTTP layer turns a MockError into
// a status code.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { MockError } from '../domain/types.js';
import type { ProviderProfile } from '../providers/types.js';

/**
 * Completes the request's journal entry with its status, body and answer: every API reply goes through the
 * helpers below, and a stream calls it before it starts (its answer is the timeline the writer records).
 */
export function completeJournal(request: FastifyRequest, answer: { status: number; text?: string | Buffer; error?: MockError }): void {
  const { error } = answer;
  // How a create request was answered (set by its transport): recorded in the same step as the reply.
  const facts = request.answered?.facts;
  request.journalEntry?.complete({
    status: answer.status,
    body: request.rawBody,
    ...(facts ? { scenario: facts.scenario, rule: facts.rule, model: facts.model, engine: facts.engine } : {}),
    ...(answer.text !== undefined ? { answer: answer.text } : {}),
    ...(error ? { error: { code: error.code, message: error.message, param: error.param } } : {}),
  });
}

export function sendJson(reply: FastifyReply, args: { status?: number; body: unknown; error?: MockError }): FastifyReply {
  const text = JSON.stringify(args.body);
  completeJournal(reply.request, { status: args.status ?? 200, text, ...(args.error ? { error: args.error } : {}) });
  return reply
    .code(args.status ?? 200)
    .header('content-type', 'application/json')
    .send(text);
}

/** A JSON body that is already text (a filled template, a stored response). */
export function sendText(reply: FastifyReply, text: string | Buffer): FastifyReply {
  completeJournal(reply.request, { status: 200, text });
  return reply.code(200).header('content-type', 'application/json').send(text);
}

export function sendError(reply: FastifyReply, args: { profile: ProviderProfile; error: MockError }): FastifyReply {
  const answer = args.profile.errorReply(args.error);
  reply.headers(answer.headers);
  return sendJson(reply, { status: answer.status, body: answer.body, error: args.error });
}
