// Sending JSON bodies and provider error envelopes: the one place the HTTP layer turns a MockError into
// a status code.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { MockError, Result } from '../domain/types.js';
import type { ProviderProfile } from '../providers/types.js';
import type { JournalOutcome } from '../state/journal/journal.js';
import { payloadOf, type Kept } from '../state/journal/keep-body.js';

/**
 * Completes the request's journal entry with its status, body and answer: every API reply goes through the
 * helpers below, and a stream calls it before it starts (its answer is the timeline the writer records).
 */
export function completeJournal(request: FastifyRequest, answer: { status: number; text?: Kept; error?: MockError; proxied?: { model: string | null; upstream: string } }): void {
  const { error } = answer;
  // How a create request was answered (set by its transport): recorded in the same step as the reply.
  const facts = request.answered?.facts;
  const entry = request.journalEntry;
  if (!entry) return;
  // Assigned, not spread in: every API reply passes here.
  const outcome: JournalOutcome = { status: answer.status, body: request.rawBytes ? { text: request.rawBody, bytes: request.rawBytes } : request.rawBody };
  if (request.journalScrub) outcome.scrub = request.journalScrub;
  if (facts) {
    outcome.scenario = facts.scenario;
    outcome.rule = facts.rule;
    outcome.model = facts.model;
    outcome.engine = facts.engine;
  }
  if (answer.proxied) {
    outcome.model = answer.proxied.model;
    outcome.upstream = answer.proxied.upstream;
  }
  if (answer.text !== undefined) outcome.answer = answer.text;
  if (error) outcome.error = { code: error.code, message: error.message, param: error.param };
  entry.complete(outcome);
}

export function sendJson(reply: FastifyReply, args: { status?: number; body: unknown; error?: MockError }): FastifyReply {
  const text = JSON.stringify(args.body);
  completeJournal(reply.request, args.error ? { status: args.status ?? 200, text, error: args.error } : { status: args.status ?? 200, text });
  return reply
    .code(args.status ?? 200)
    .header('content-type', 'application/json')
    .send(text);
}

/** A JSON body that is already text (a filled template, a stored response), written as bytes when at hand. */
export function sendText(reply: FastifyReply, text: Kept): FastifyReply {
  completeJournal(reply.request, { status: 200, text });
  return reply.code(200).header('content-type', 'application/json').send(payloadOf(text));
}

/** A side request's result: its body as JSON, or its error in the provider's envelope. */
export function sendResult(reply: FastifyReply, args: { profile: ProviderProfile; result: Result<unknown> }): FastifyReply {
  return args.result.ok ? sendJson(reply, { body: args.result.value }) : sendError(reply, { profile: args.profile, error: args.result.error });
}

export function sendError(reply: FastifyReply, args: { profile: ProviderProfile; error: MockError }): FastifyReply {
  const answer = args.profile.errorReply(args.error);
  reply.headers(answer.headers);
  return sendJson(reply, { status: answer.status, body: answer.body, error: args.error });
}
