// Plays one answer's stream plan on a socket through the transport-neutral player: registered with the app's
// open streams only when it has to wait (pacing or a slow peer), so that shutdown ends it as failed and a
// client that leaves stops it; open to steering while it plays (steering.ts), which says what follows it.
import type { FastifyBaseLogger } from 'fastify';
import type { WebSocket } from 'ws';
import type { Answer } from '../../pipeline/types.js';
import type { Runtime } from '../../runtime.js';
import { playStream, type StreamObserver } from '../../streaming/index.js';
import type { StreamHandle } from '../../streaming/delivery/registry.js';
import type { Socket } from 'node:net';
import type { CreateMessage } from './messages.js';
import { sendAll } from './replies.js';
import { SocketSink } from './sink.js';
import type { Job, Steering } from './steering/steering.js';

export interface PlayOnSocketArgs {
  ws: WebSocket;
  answer: Extract<Answer, { kind: 'stream' }>;
  /** Where the events go (made by the connection, which may add events of its own). */
  sink: SocketSink;
  runtime: Runtime;
  log: FastifyBaseLogger;
  /** The connection's streams that wait: aborted when its socket closes. */
  handles: Set<StreamHandle>;
  /** Told every step and the end (the journal's timeline). */
  observer?: StreamObserver;
}

/** Resolves with the type of the last event sent, or undefined when the socket is gone. */
export async function playOnSocket(args: PlayOnSocketArgs): Promise<string | undefined> {
  const { ws, answer, runtime, handles, sink } = args;
  let handle: StreamHandle | undefined;
  const track = (): AbortSignal => {
    if (handle) return handle.signal;
    handle = runtime.streams.register(() => sink.pending + ws.bufferedAmount);
    handles.add(handle);
    if (ws.readyState !== ws.OPEN) handle.abort();
    return handle.signal;
  };
  try {
    await playStream({
      plan: answer.plan,
      sink,
      track,
      onFailure: (error) => {
        args.log.error({ err: error }, 'stream failed');
        answer.onFailure(error);
      },
      ...(args.observer ? { observer: args.observer } : {}),
    });
  } finally {
    if (handle) {
      handles.delete(handle);
      handle.release();
    } else {
      runtime.streams.countWritten();
    }
  }
  return ws.readyState === ws.OPEN ? sink.lastType : undefined;
}

/**
 * Plays the response of `create` open to steering: the events steering adds go in its stream, and what follows
 * its end (pending or failed steers, in its stream) is sent. Resolves with how it ended and the successor to run.
 */
export async function playSteerable(args: Omit<PlayOnSocketArgs, 'sink'> & { tcp: Socket; create: CreateMessage; steering: Steering }): Promise<{ ended: string | undefined; successor?: Job | undefined }> {
  const { ws, create, steering, answer } = args;
  const sink = new SocketSink(ws, { tcp: args.tcp, streamId: create.streamId, stallMs: args.runtime.config.streamStallMs, ...(args.observer ? { observer: args.observer } : {}) });
  const id = answer.facts.responseId;
  const play = id !== null && create.generate ? steering.begin(id, { lane: create.streamId, create: create.parsed, send: (event) => sink.inject(event) }) : undefined;
  const ended = await playOnSocket({ ...args, sink, ...(args.observer ? { observer: sink.observing(args.observer) } : {}) });
  if (id === null || ws.readyState !== ws.OPEN) {
    sink.endObserving();
    return { ended };
  }
  const after = play ? steering.end(play, { ended, output: ended === undefined ? [] : answer.output() }) : steering.ended(id);
  for (const event of after.events) sink.inject(event);
  sendAll(ws, after.elsewhere);
  sink.endObserving();
  return { ended, successor: after.successor };
}
