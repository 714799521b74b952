// POST {prefix}/responses: the HTTP transport of the create pipeline. The request goes in as plain data; the
// answer comes out as an error envelope, JSON text or an SSE stream, after a scenario's latency.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { logClientClosed } from '../http/traffic/logging.js';
import { completeJournal, sendError, sendText } from '../http/reply.js';
import { handleCreate } from '../pipeline/handle-create.js';
import type { Answer, CreateInput } from '../pipeline/types.js';
import type { ProviderProfile } from '../providers/types.js';
import type { Runtime } from '../runtime.js';
import { sleep, writeSse, type StreamPlan } from '../streaming/index.js';

export function responsesRoute(app: FastifyInstance, args: { profile: ProviderProfile; runtime: Runtime }): void {
  const { profile, runtime } = args;
  app.post(`${profile.prefix}/responses`, (request, reply) => {
    const answer = handleCreate(runtime, createInput(request, profile));
    return serveAnswer({ request, reply, runtime, profile, answer });
  });
}

/** What an HTTP create request hands to the pipeline. */
export function createInput(request: FastifyRequest, profile: ProviderProfile): CreateInput {
  const input: CreateInput = { profile, transport: 'http', headers: request.headers, raw: request.rawBody };
  if (request.rawBytes) input.bytes = request.rawBytes;
  return input;
}

/** Writes the pipeline's answer to a create request (also for a proxy that answers from scenarios first). */
export function serveAnswer(args: { request: FastifyRequest; reply: FastifyReply; runtime: Runtime; profile: ProviderProfile; answer: Answer }): FastifyReply | Promise<FastifyReply> {
  const { request, reply, runtime, profile, answer } = args;
  note(request, answer);
  if (answer.kind === 'error') return sendError(reply, { profile, error: answer.error });
  if (answer.delayMs > 0) return wait(reply, answer.delayMs).then((stillThere) => (stillThere ? send({ request, reply, runtime, answer }) : abandon({ request, reply, runtime, answer })));
  return send({ request, reply, runtime, answer });
}

function send(args: { request: FastifyRequest; reply: FastifyReply; runtime: Runtime; answer: Exclude<Answer, { kind: 'error' }> }): FastifyReply {
  const { request, reply, runtime, answer } = args;
  if (answer.kind === 'json') return sendText(reply, answer.text);
  return serveStream({ request, reply, runtime, plan: answer.plan, onFailure: (error) => answer.onFailure(error) });
}

/** Writes a stream plan as SSE (a create's stream, or a stored response's replay), journaled as a timeline. */
export function serveStream(args: { request: FastifyRequest; reply: FastifyReply; runtime: Runtime; plan: StreamPlan; onFailure?: (error: unknown) => void }): FastifyReply {
  const { request, reply, runtime } = args;
  // A streamed reply is hijacked: it does not pass through the reply helpers that complete journal entries.
  const timeline = request.journalEntry?.recordStream();
  completeJournal(request, { status: 200 });
  writeSse({
    reply,
    plan: args.plan,
    registry: runtime.streams,
    stallMs: runtime.config.streamStallMs,
    ...(timeline ? { observer: timeline } : {}),
    onFailure: (error) => {
      request.log.error({ err: error }, 'stream failed');
      args.onFailure?.(error);
    },
  });
  return reply;
}

/**
 * The client left before its answer was written (its timeout, during a rule's latency): a stream that never
 * starts is over for what follows it, and the journal says why the entry has no status.
 */
function abandon(args: { request: FastifyRequest; reply: FastifyReply; runtime: Runtime; answer: Exclude<Answer, { kind: 'error' }> }): FastifyReply {
  const { request, reply, answer } = args;
  if (answer.kind === 'stream') answer.plan.watch?.ended('broken');
  const message = `The client closed the connection before its answer was due (the rule's latencyMs: ${answer.delayMs}); nothing was written.`;
  request.journalEntry?.complete({ error: { code: 'client_closed', message, param: null }, unanswered: true });
  // No reply is written, so Fastify never logs the request: its line is written here.
  const { config, redactor } = args.runtime;
  logClientClosed({ request, reply, showing: { redactor, recording: config.record !== undefined || config.recordMissing !== undefined } });
  return reply;
}

/** What the journal and the request's log line say about how it was answered. */
function note(request: FastifyRequest, answer: Answer): void {
  const { facts } = answer;
  request.answered = answer.kind === 'error' ? { facts, error: answer.error.code } : { facts };
  // The reply helpers record these facts with the reply (completeJournal); a delayed answer records them now,
  // in case the client leaves before it is written.
  if (answer.kind !== 'error' && answer.delayMs > 0) request.journalEntry?.complete({ scenario: facts.scenario, rule: facts.rule, model: facts.model, engine: facts.engine });
}

/** A scenario's latency, cut short (false) when the client goes away. */
async function wait(reply: FastifyReply, ms: number): Promise<boolean> {
  // A client may leave while its body is read: its 'close' has come already.
  if (reply.raw.socket?.destroyed === true) return false;
  const controller = new AbortController();
  const onClose = () => controller.abort();
  reply.raw.once('close', onClose);
  try {
    return await sleep(ms, controller.signal);
  } finally {
    reply.raw.removeListener('close', onClose);
  }
}
