// What an upstream answered to one create request, gathered while it passes through: the status and headers,
// then either the JSON body or the stream's events (parsed as they arrive, with the wait before each), up to
// a size limit. A transport that reads bytes feeds `bytes`; one that already has events (a socket) `event`.
import { createParser, type EventSourceParser } from 'eventsource-parser';
import type { Clock } from '../deps.js';
import { TERMINAL_EVENTS } from '../domain/scenarios/replay-checks.js';
import type { RecordedEvent } from '../schemas/replay.js';

export interface CapturedResponse {
  status: number;
  headers: Record<string, string | string[]>;
  /** A JSON answer (a response object or an error envelope). */
  body?: Record<string, unknown>;
  events?: RecordedEvent[];
  /** Milliseconds before each event, when timing is kept. */
  timing?: number[];
  /** Milliseconds from the request to the end of a JSON answer, when timing is kept. */
  latencyMs?: number;
  /** The stream ended without its terminal event (the upstream dropped it). */
  cut: boolean;
}

export type CaptureResult = { ok: true; response: CapturedResponse } | { ok: false; reason: string };

export interface CaptureOptions {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  clock: Clock;
  /** Keep the wait before each event (--record-timing). */
  timing: boolean;
  /** Characters of answer kept at most; a larger answer passes through but is not recorded. */
  limit: number;
  /** When the request was sent (the first event's wait counts from it). */
  startedAt: number;
}

export class Capture {
  readonly #options: CaptureOptions;
  readonly #events: RecordedEvent[] = [];
  readonly #timing: number[] = [];
  readonly #chunks: string[] = [];
  readonly #decoder = new TextDecoder();
  readonly #sse: EventSourceParser | undefined;
  #size = 0;
  #last: number;
  #problem: string | undefined;
  /** The latest response object the stream carried: kept when the rest is dropped, it names the run. */
  #latest: Record<string, unknown> | undefined;

  constructor(options: CaptureOptions) {
    this.#options = options;
    this.#last = options.startedAt;
    const type = String(options.headers['content-type'] ?? '');
    this.#sse = type.includes('text/event-stream')
      ? createParser({
        onEvent: (message) => this.#message(message.data),
        onError: (error) => this.#fail(`the stream could not be read (${error.message})`),
        maxBufferSize: options.limit,
      })
      : undefined;
    const encoding = String(options.headers['content-encoding'] ?? 'identity');
    if (encoding !== 'identity') this.#fail(`the answer is compressed (${encoding})`);
  }

  get streaming(): boolean {
    return this.#sse !== undefined;
  }

  /** Bytes of the body as they arrive. */
  bytes(chunk: Buffer): void {
    if (this.#problem !== undefined) return;
    const text = this.#decoder.decode(chunk, { stream: true });
    this.#grow(text.length);
    if (this.#problem !== undefined) return;
    if (this.#sse) this.#sse.feed(text);
    else this.#chunks.push(text);
  }

  /** One stream event, already parsed (a socket transport). */
  event(payload: RecordedEvent): void {
    if (this.#problem !== undefined) return;
    this.#grow(JSON.stringify(payload).length);
    if (this.#problem === undefined) this.#add(payload);
  }

  /** The latest response object the stream has carried so far (`response.created`'s, at first), also once given up. */
  latestResponse(): Record<string, unknown> | undefined {
    return this.#latest;
  }

  /** Why the answer can no longer be recorded (too large, unreadable), once it cannot. */
  get problem(): string | undefined {
    return this.#problem;
  }

  /** The answer, once the body ended (`complete`) or broke off. */
  finish(args: { complete: boolean }): CaptureResult {
    if (this.#problem !== undefined) return { ok: false, reason: this.#problem };
    const { status, headers } = this.#options;
    const kept = Object.fromEntries(Object.entries(headers).filter((entry): entry is [string, string | string[]] => entry[1] !== undefined));
    const base = { status, headers: kept };
    if (this.#sse || (this.#events.length > 0 && this.#chunks.length === 0)) {
      const terminal = this.#events.some((event) => TERMINAL_EVENTS.has(event.type));
      const timing = this.#options.timing ? { timing: this.#timing } : {};
      return { ok: true, response: { ...base, events: this.#events, ...timing, cut: !args.complete || !terminal } };
    }
    if (!args.complete) return { ok: false, reason: 'the upstream dropped the connection before the JSON answer ended' };
    const text = this.#chunks.join('') + this.#decoder.decode();
    const body = parseObject(text);
    if (!body) return { ok: false, reason: `the answer is not a JSON object (${JSON.stringify(text.slice(0, 80))})` };
    const latency = this.#options.timing ? { latencyMs: Math.max(0, Math.round(this.#options.clock.nowMillis() - this.#options.startedAt)) } : {};
    return { ok: true, response: { ...base, body, ...latency, cut: false } };
  }

  #message(data: string): void {
    // OpenRouter's end marker frames the stream; it is not an event.
    if (data === '[DONE]') return;
    const payload = parseObject(data);
    if (!payload || typeof payload.type !== 'string') return this.#fail(`a stream event is not a JSON object with a type (${JSON.stringify(data.slice(0, 80))})`);
    this.#add(payload as RecordedEvent);
  }

  #add(payload: RecordedEvent): void {
    const now = this.#options.clock.nowMillis();
    this.#events.push(payload);
    if (typeof payload.response === 'object' && payload.response !== null) this.#latest = payload.response as Record<string, unknown>;
    if (this.#options.timing) this.#timing.push(Math.max(0, Math.round(now - this.#last)));
    this.#last = now;
  }

  #grow(size: number): void {
    this.#size += size;
    if (this.#size > this.#options.limit) this.#fail(`the answer is larger than ${this.#options.limit} characters`);
  }

  #fail(reason: string): void {
    if (this.#problem !== undefined) return;
    this.#problem = reason;
    // What was gathered is dropped at once: the rest of a large answer only passes through.
    this.#events.length = 0;
    this.#chunks.length = 0;
  }
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
