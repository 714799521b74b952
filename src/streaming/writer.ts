// The writer: sends a schedule through fastify-sse-v2, waits where the schedule says, and stops at once when
// the client goes away or the server shuts down (no timer or listener outlives the response).
import type { ServerResponse } from 'node:http';
import type { FastifyReply } from 'fastify';
import type { StreamRegistry } from './registry.js';
import type { Schedule, SseFrame } from './schedule.js';

/** How a cut stream ends: a clean end of the HTTP body, or a dropped connection (after the sent frames). */
export type CutMode = 'end' | 'reset';

export interface WriteArgs {
  reply: FastifyReply;
  schedule: Schedule;
  registry: StreamRegistry;
  cutMode: CutMode;
}

export function writeStream(args: WriteArgs): void {
  const { reply, schedule, registry, cutMode } = args;
  const res = reply.raw;
  const handle = registry.register();
  // Shutdown (abortAll) tears the response down; a client that left has torn it down already.
  const onAbort = (): void => {
    if (!res.destroyed) res.destroy();
  };
  handle.signal.addEventListener('abort', onAbort, { once: true });
  let finished = false;
  res.once('finish', () => {
    finished = true;
  });
  res.once('close', () => {
    if (!finished) handle.abort();
    handle.signal.removeEventListener('abort', onAbort);
    handle.release();
  });
  // Writes racing a vanished client fail; that is the client's doing, not a server crash.
  res.on('error', ignore);
  reply.sse(frames({ schedule, signal: handle.signal, res, cutMode }));
}

async function* frames(args: { schedule: Schedule; signal: AbortSignal; res: ServerResponse; cutMode: CutMode }): AsyncGenerator<SseFrame> {
  const { schedule, signal, res, cutMode } = args;
  // Frames due at the same moment are corked into one socket write: when the generator resumes, the frame
  // it yielded has been written (into the cork), so uncorking before a wait or at the end flushes the burst.
  // A full buffer is flushed at once too: the pipe feeding the response waits for a drain that a corked
  // socket never emits.
  let corked = false;
  const flush = (): void => {
    if (corked) res.uncork();
    corked = false;
  };
  try {
    for (const step of schedule.steps) {
      if (step.waitMs > 0 || res.writableNeedDrain) flush();
      if (step.waitMs > 0 && !(await sleep(step.waitMs, signal))) return;
      if (signal.aborted) return;
      if (!corked) res.cork();
      corked = true;
      yield step.frame;
    }
  } finally {
    flush();
  }
  // Resumed after the last yield: that frame has been handed to the response; drop the connection once
  // the socket has flushed it, so the client sees the events and then a closed connection without the end.
  if (schedule.cut && cutMode === 'reset' && !signal.aborted) {
    await flushed(res);
    res.destroy();
  }
}

/** Resolves true after `ms`, or false as soon as the signal aborts (clearing the timer). */
export function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function flushed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const socket = res.socket;
    if (!socket || socket.destroyed) return resolve();
    socket.write('', () => resolve());
  });
}

function ignore(): void {}
