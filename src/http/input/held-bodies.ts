// Every HTTP request body counts against the runtime's body budget (src/state/body-budget.ts) from before it
// is read until its answer is finished or the client is gone: a body announced by its content-length is charged
// whole before any of it is read (refused at once when it does not fit); a chunked one is charged as it arrives.
// A request the onRequest checks refuse (a Host the admin API does not answer for) is never charged.
// A refusal is a 503 server_overloaded with a retry-after, in the path's envelope (src/http/refusals/errors.ts).
import type { Socket } from 'node:net';
import { Transform } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { overloaded, type BodyBudget, type BodyHold } from '../../state/body-budget.js';
import type { MockError } from '../../domain/types.js';
import { upgraded } from './request-checks.js';

export const SERVER_OVERLOADED = 'MOCK_SERVER_OVERLOADED';

/** A body refused by the budget, as Fastify's error handler gets it; its answer is `error.refusal`. */
export interface OverloadedError extends FastifyError {
  refusal: MockError;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** What this request's body holds of the budget, once it is charged. */
    bodyHold: BodyHold | undefined;
  }
}

function refusal(error: MockError): OverloadedError {
  const failure = new Error(error.message) as OverloadedError;
  failure.code = SERVER_OVERLOADED;
  failure.statusCode = 503;
  failure.refusal = error;
  return failure;
}

/**
 * The hold is given back once the answer is written or the connection is gone, whichever comes first. The socket's
 * own close counts too: a request pipelined behind another has a response Node never ends (neither 'finish' nor
 * 'close') when its client leaves first. That listener is taken off again once the answer is done, so a keep-alive
 * socket does not gather one per request.
 */
function holdUntilAnswered(request: FastifyRequest, reply: FastifyReply, hold: BodyHold): void {
  request.bodyHold = hold;
  const socket = request.raw.socket as Socket | null;
  const release = (): void => {
    socket?.off('close', release);
    hold.release();
  };
  socket?.once('close', release);
  reply.raw.once('close', release);
  reply.raw.once('finish', release);
}

/** Registered on the root, after the request checks (a compressed body is a 415, not a 503). */
export function registerHeldBodies(app: FastifyInstance, args: { budget: BodyBudget; bodyLimit: number }): void {
  const { budget, bodyLimit } = args;
  app.decorateRequest('bodyHold', undefined);
  // In preParsing, after every onRequest hook: a request the Host, token and CORS checks refuse is refused by
  // them, whatever others hold; and still before any of the body is read.
  app.addHook('preParsing', async (request, reply, payload) => {
    const length = Number(request.headers['content-length']);
    // Past the body limit, Fastify refuses it (413) before reading it; a handshake handed over for an upgrade
    // has none that Node reads.
    if (length > 0 && length <= bodyLimit && !upgraded(request.raw)) {
      const hold = budget.take(length);
      if (!hold) throw refusal(overloaded(budget, length));
      holdUntilAnswered(request, reply, hold);
      return payload;
    }
    // A body without a content-length (chunked) is charged chunk by chunk, as the parser reads it.
    if (request.headers['transfer-encoding'] === undefined) return payload;
    const hold = budget.take(0, { always: true })!;
    holdUntilAnswered(request, reply, hold);
    const counted = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        if (hold.grow(chunk.length)) return callback(null, chunk);
        const error = refusal(overloaded(budget, hold.bytes + chunk.length, { own: hold.bytes }));
        // The rest is read and dropped, and the connection closes after the answer.
        payload.unpipe(counted);
        payload.resume();
        void reply.header('connection', 'close');
        callback(error);
      },
    });
    return payload.pipe(counted);
  });
}
