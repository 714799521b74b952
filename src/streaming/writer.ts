// The writer: frames a schedule as server-sent events on the raw response, waits where the schedule says,
// and stops at once when the client goes away or the server shuts down (no timer or listener outlives the
// response). Frames due together go out in one write; an unpaced stream is a single write.
import type { ServerResponse } from 'node:http';
import type { FastifyReply } from 'fastify';
import type { StreamRegistry } from './registry.js';
import type { Schedule, SseFrame } from './schedule.js';

/** How a cut stream ends: a clean end of the HTTP body, or a dropped connection (after the sent frames). */
export type CutMode = 'end' | 'reset';

export interface WriteArgs {
  reply: FastifyReply;
  bursts: Burst[];
  registry: StreamRegistry;
  /** Set when the stream stops early: how it ends. */
  cut?: CutMode;
}

/** Frames due at the same moment, serialised, and the wait before them. */
export interface Burst {
  waitMs: number;
  text: string | Buffer;
}

const SSE_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache',
  connection: 'keep-alive',
  // Proxies such as nginx would otherwise buffer the stream.
  'x-accel-buffering': 'no',
};

/** One frame as it goes on the wire. */
export function serializeFrame(frame: SseFrame): string {
  if (frame.comment !== undefined) return `:${frame.comment}\n\n`;
  return frame.event !== undefined ? `event: ${frame.event}\ndata: ${frame.data ?? ''}\n\n` : `data: ${frame.data ?? ''}\n\n`;
}

/** Consecutive frames with no wait between them, joined: each burst is one socket write. */
export function bursts(schedule: Schedule): Array<{ waitMs: number; text: string }> {
  const out: Array<{ waitMs: number; text: string }> = [];
  for (const step of schedule.steps) {
    const last = out[out.length - 1];
    if (last && step.waitMs === 0) last.text += serializeFrame(step.frame);
    else out.push({ waitMs: step.waitMs, text: serializeFrame(step.frame) });
  }
  return out;
}

export function writeStream(args: WriteArgs): void {
  const { reply, bursts: parts, registry, cut } = args;
  reply.hijack();
  const res = reply.raw;
  // Writes racing a vanished client fail; that is the client's doing, not a server crash.
  res.on('error', ignore);
  res.writeHead(200, { ...headersOf(reply), ...SSE_HEADERS });
  if (parts.length === 1 && parts[0]!.waitMs === 0 && cut === undefined) {
    // Nothing to pace or cut: one write, no timer, signal or listener to clean up.
    registry.countWritten();
    res.end(parts[0]!.text);
    return;
  }
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
  // Clients see the response (and its status) before a first event that is a while away; otherwise the
  // headers go out with the first burst.
  if ((parts[0]?.waitMs ?? 0) > 0) res.flushHeaders();
  void send({ res, parts, signal: handle.signal, cut });
}

async function send(args: { res: ServerResponse; parts: Burst[]; signal: AbortSignal; cut?: CutMode }): Promise<void> {
  const { res, parts, signal, cut } = args;
  for (const [index, part] of parts.entries()) {
    if (part.waitMs > 0 && !(await sleep(part.waitMs, signal))) return;
    if (signal.aborted || res.destroyed) return;
    if (index < parts.length - 1 || cut === 'reset') res.write(part.text);
    else res.end(part.text);
  }
  if (parts.length === 0 && cut !== 'reset') res.end();
  // A dropped connection after the sent frames: the client sees the events, then no end of the body.
  if (cut === 'reset' && !signal.aborted) {
    await flushed(res);
    res.destroy();
  }
}

/** Headers set on the reply before streaming (e.g. by hooks), kept on the hijacked response. */
function headersOf(reply: FastifyReply): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(reply.getHeaders())) {
    if (value !== undefined) out[name] = typeof value === 'number' ? String(value) : value;
  }
  return out;
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
