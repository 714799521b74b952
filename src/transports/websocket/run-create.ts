// One response.create on a socket, once it is its lane's turn: through the create pipeline with the socket's
// history; refused (its steering input sent back), or journaled, delayed and played, its response kept in the
// history for the next create to continue if it ended so that it can be continued.
import type { Socket } from 'node:net';
import type { FastifyBaseLogger } from 'fastify';
import { handleCreate } from '../../pipeline/handle-create.js';
import type { StreamHandle } from '../../streaming/delivery/registry.js';
import { sleep } from '../../streaming/index.js';
import type { ConnectionHistory } from './history.js';
import { CONTINUABLE } from './limits.js';
import type { CreateMessage } from './messages.js';
import { playSteerable } from './play.js';
import { journalMessage, refuseEvent, sendAll, type ReplyTarget } from './replies.js';
import type { Job, Steer, Steering } from './steering/steering.js';

/** What of its socket a create runs with. */
export interface CreateContext {
  target: ReplyTarget & { tcp: Socket; log: FastifyBaseLogger };
  history: ConnectionHistory;
  steering: Steering;
  /** Streams playing on the socket (aborted when it closes). */
  handles: Set<StreamHandle>;
  /** Aborted when the socket goes: ends a scenario's latency wait. */
  waits(): AbortSignal;
  /** Whether the socket has gone. */
  gone(): boolean;
}

export interface CreateRun {
  create: CreateMessage;
  text: string;
  /** The steering input it commits when it starts. */
  steers: Steer[] | undefined;
  /** A steered response's successor: refused silently (the client asked for none), keeping its parent. */
  successor: boolean;
}

/** Runs one create; resolves with the successor its steering asks for, if any. */
export async function runCreate(context: CreateContext, run: CreateRun): Promise<Job | undefined> {
  const { target, history, steering } = context;
  const { create, text, steers } = run;
  const { runtime, profile, headers } = target;
  const answer = handleCreate(runtime, {
    profile,
    transport: 'websocket',
    headers,
    raw: create.raw,
    parsed: create.parsed,
    history,
    ...(create.generate ? {} : { generate: false }),
  });
  const previous = create.parsed.previous_response_id;
  const failed = (): void => {
    if (typeof previous === 'string') history.evict(previous);
  };
  if (answer.kind === 'error') {
    if (!run.successor) failed();
    refuseEvent(target, { text, error: answer.error, streamId: create.streamId, facts: answer.facts, send: !run.successor });
    // The steering input it carried comes back, for the client to carry into its next create.
    sendAll(target.ws, steering.refused(steers, { lane: create.streamId, message: `The response that was to carry it was refused: ${answer.error.message}` }));
    return undefined;
  }
  if (steers) steering.commit(steers);
  const entry = journalMessage(runtime, { provider: profile.id, path: target.path, headers, text, facts: answer.facts, status: 200 });
  const started = answer.delayMs <= 0 || await sleep(answer.delayMs, context.waits());
  if (answer.kind === 'json') return undefined; // A socket always streams: the pipeline answers with a plan.
  // Never played: the stored response it made is not left waiting for it.
  if (!started || context.gone()) return void answer.plan.watch?.ended('broken');
  const { ws, tcp, log } = target;
  const { ended, successor } = await playSteerable({ ws, tcp, answer, create, steering, runtime, log, handles: context.handles, observer: entry.recordStream() });
  const id = answer.facts.responseId;
  if (ended !== undefined && CONTINUABLE.has(ended) && id !== null) history.put({ lane: create.streamId, id, items: answer.continuation(), response: answer.response() });
  else failed();
  return context.gone() ? undefined : successor;
}
