// Plays one answer's stream plan on a socket through the transport-neutral player: registered with the app's
// open streams only when it has to wait (pacing or a slow peer), so that shutdown ends it as failed and a
// client that leaves stops it.
import type { FastifyBaseLogger } from 'fastify';
import type { WebSocket } from 'ws';
import type { Answer } from '../../pipeline/types.js';
import type { Runtime } from '../../runtime.js';
import { playStream, type StreamObserver } from '../../streaming/index.js';
import type { StreamHandle } from '../../streaming/delivery/registry.js';
import type { SocketSink } from './sink.js';

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
