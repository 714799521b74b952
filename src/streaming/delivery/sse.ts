// The SSE transport: plays a stream plan on a hijacked HTTP response as `event:`/`data:` frames (OpenAI) or
// `data:` frames with keep-alive comments and `[DONE]` (OpenRouter), with backpressure: a client that reads
// nothing for `stallMs` is dropped rather than buffered for.
import type { ServerResponse } from 'node:http';
import type { FastifyReply } from 'fastify';
import type { StreamFraming } from '../../providers/types.js';
import type { CutMode } from '../options.js';
import type { StreamPlan } from '../plan.js';
import { playStream, type StreamObserver, type StreamSink } from './play.js';
import type { StreamHandle, StreamRegistry } from './registry.js';
import type { Step } from '../schedule.js';
import { eventJson } from '../events/stream-event.js';

const SSE_HEADERS = {
  'cache-control': 'no-cache',
  // Proxies such as nginx would otherwise buffer the stream.
  'x-accel-buffering': 'no',
};

export interface SseArgs {
  reply: FastifyReply;
  plan: StreamPlan;
  registry: StreamRegistry;
  /** Milliseconds a client may leave written data unread before it is dropped. */
  stallMs: number;
  onFailure?(error: unknown): void;
  /** Told every step and the end (the journal's timeline). */
  observer?: StreamObserver;
}

/** One step as it goes on the wire. */
export function sseFrame(step: Step, framing: StreamFraming): string {
  if (step.kind === 'comment') return `:${step.text}\n\n`;
  if (step.kind === 'done') return 'data: [DONE]\n\n';
  const data = eventJson(step.event);
  return framing.eventLines ? `event: ${step.event.type}\ndata: ${data}\n\n` : `data: ${data}\n\n`;
}

/** Hijacks the reply and streams; returns nothing, as the response is no longer Fastify's to send. */
export function writeSse(args: SseArgs): void {
  const { reply, plan, registry } = args;
  reply.hijack();
  const res = reply.raw;
  // Writes racing a vanished client fail; that is the client's doing, not a server crash.
  res.on('error', ignore);
  // keep-alive as the services answer, unless the client asked to close (or spoke HTTP/1.0): then the connection
  // closes when the stream ends, as HTTP/1.1 requires, instead of idling until the keep-alive timeout.
  res.writeHead(200, { ...headersOf(reply), 'content-type': plan.framing.contentType, ...SSE_HEADERS, connection: res.shouldKeepAlive ? 'keep-alive' : 'close' });
  // Clients see the response (and its status) before a first event that is a while away.
  if (plan.pacing.ttftMs > 0) res.flushHeaders();
  let handle: StreamHandle | undefined;
  const track = (): AbortSignal => {
    if (handle) return handle.signal;
    // What it holds: frames generated but not yet written, and written but not yet taken by the socket.
    const tracked = registry.register(() => sink.pending + res.writableLength);
    handle = tracked;
    // Shutdown (abortAll) wakes the player, which ends the response; a client that left has torn it down.
    let finished = res.writableFinished;
    res.once('finish', () => {
      finished = true;
    });
    res.once('close', () => {
      if (!finished) tracked.abort();
      tracked.release();
    });
    if (res.destroyed) tracked.release();
    return tracked.signal;
  };
  const sink = new SseSink(res, { framing: plan.framing, stallMs: args.stallMs });
  void playStream({ plan, sink, track, onFailure: args.onFailure, observer: args.observer }).then(() => {
    if (!handle) registry.countWritten();
  });
}

class SseSink implements StreamSink {
  #buffer = '';

  constructor(private readonly res: ServerResponse, private readonly options: { framing: StreamFraming; stallMs: number }) {}

  get pending(): number {
    return this.#buffer.length;
  }

  add(step: Step): void {
    this.#buffer += sseFrame(step, this.options.framing);
  }

  flush(): boolean {
    const text = this.#buffer;
    this.#buffer = '';
    if (this.res.destroyed) return true;
    return this.res.write(text);
  }

  drained(signal: AbortSignal): Promise<boolean> {
    const { res } = this;
    if (res.destroyed || signal.aborted) return Promise.resolve(false);
    if (!res.writableNeedDrain) return Promise.resolve(true);
    return new Promise((resolve) => {
      const settle = (outcome: 'drained' | 'gone'): void => {
        clearTimeout(timer);
        res.removeListener('drain', onDrain);
        res.removeListener('close', onClose);
        signal.removeEventListener('abort', onClose);
        resolve(outcome === 'drained');
      };
      const onDrain = (): void => settle('drained');
      const onClose = (): void => settle('gone');
      const timer = setTimeout(() => {
        res.destroy();
        settle('gone');
      }, this.options.stallMs);
      res.once('drain', onDrain);
      res.once('close', onClose);
      signal.addEventListener('abort', onClose, { once: true });
    });
  }

  end(how: 'complete' | CutMode): void {
    const { res } = this;
    if (res.destroyed) return;
    const text = this.#buffer;
    this.#buffer = '';
    if (how !== 'reset') return void res.end(text);
    // A dropped connection after the sent events: the client sees the events, then no end of the body.
    res.write(text);
    const socket = res.socket;
    if (!socket || socket.destroyed) return void res.destroy();
    socket.write('', () => res.destroy());
  }

  destroy(): void {
    if (!this.res.destroyed) this.res.destroy();
  }
}

/** Headers set on the reply before streaming (e.g. by hooks), kept on the hijacked response. */
export function headersOf(reply: FastifyReply): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(reply.getHeaders())) {
    if (value !== undefined) out[name] = typeof value === 'number' ? String(value) : value;
  }
  return out;
}

function ignore(): void {}
