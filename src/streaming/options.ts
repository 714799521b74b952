// What a stream can be told, and from where: server settings (flags/env), a scenario, and the per-request
// `x-mock-stream` header, later layers winning. Pacing is on top of the plan; faults alter how the stream ends.
import type { IncomingHttpHeaders } from 'node:http';
import type { Config } from '../config/config.js';
import { fail, ok, type Result } from '../domain/types.js';
import type { Respond } from '../schemas/fixtures.js';

/** How a cut stream ends: a clean end of the body, or a dropped connection (after the sent events). */
export type CutMode = 'end' | 'reset';

export interface StreamOptions {
  /** Characters per delta; 0 = the natural pieces (words, JSON tokens). */
  chunkSize?: number;
  /** Milliseconds before the first event (OpenRouter sends keep-alive comments meanwhile). */
  ttftMs?: number;
  /** Milliseconds before each text or arguments delta. */
  deltaDelayMs?: number;
  /** Keep-alive comment interval during the first-event wait (about a second on the wire). */
  keepAliveMs?: number;
  /** Fault: send only the first N events, then end the stream (no terminal event, no `[DONE]`). */
  cutAfterEvents?: number;
  /** Fault: how a cut stream ends (default `end`: a clean end of the body). */
  cutMode?: CutMode;
}

export type ResolvedStreamOptions = Required<Omit<StreamOptions, 'cutAfterEvents'>> & Pick<StreamOptions, 'cutAfterEvents'>;

export const DEFAULT_KEEP_ALIVE_MS = 1000;

export function serverStreamOptions(config: Pick<Config, 'streamChunkSize' | 'streamTtftMs' | 'streamDelayMs'>): StreamOptions {
  return { chunkSize: config.streamChunkSize, ttftMs: config.streamTtftMs, deltaDelayMs: config.streamDelayMs };
}

/** Merges layers from the weakest to the strongest; unset fields fall through. */
export function resolveStreamOptions(layers: Array<StreamOptions | undefined>): ResolvedStreamOptions {
  const merged: StreamOptions = {};
  for (const layer of layers) {
    if (!layer) continue;
    for (const [key, value] of Object.entries(layer)) if (value !== undefined) Object.assign(merged, { [key]: value });
  }
  return {
    chunkSize: merged.chunkSize ?? 0,
    ttftMs: merged.ttftMs ?? 0,
    deltaDelayMs: merged.deltaDelayMs ?? 0,
    keepAliveMs: merged.keepAliveMs ?? DEFAULT_KEEP_ALIVE_MS,
    cutMode: merged.cutMode ?? 'end',
    ...(merged.cutAfterEvents !== undefined ? { cutAfterEvents: merged.cutAfterEvents } : {}),
  };
}

export const STREAM_HEADER = 'x-mock-stream';

/** The `x-mock-stream` keys, their option and their largest value. */
const HEADER_KEYS = new Map<string, { option: 'chunkSize' | 'ttftMs' | 'deltaDelayMs'; max: number }>([
  ['chunk', { option: 'chunkSize', max: 1_000_000 }],
  ['ttft', { option: 'ttftMs', max: 600_000 }],
  ['delay', { option: 'deltaDelayMs', max: 60_000 }],
]);

/**
 * `x-mock-stream: chunk=8; ttft=200; delay=20` (any subset, `;` or `,` between pairs): characters per delta,
 * milliseconds before the first event, milliseconds before each delta. Anything else is a 400 naming the header.
 */
export function readStreamHeader(headers: IncomingHttpHeaders): Result<StreamOptions | undefined> {
  const raw = headers[STREAM_HEADER];
  const value = Array.isArray(raw) ? raw.join(';') : raw;
  if (value === undefined) return ok(undefined);
  const options: StreamOptions = {};
  const problem = (detail: string) => fail<StreamOptions | undefined>({
    code: 'invalid_header',
    message: `Invalid '${STREAM_HEADER}' header: ${detail} Expected 'chunk=<characters per delta>; ttft=<ms>; delay=<ms>' (any of them).`,
    param: STREAM_HEADER,
  });
  const pairs = value.split(/[;,]/).map((pair) => pair.trim()).filter(Boolean);
  if (pairs.length === 0) return problem('it is empty.');
  for (const pair of pairs) {
    const match = /^([a-z]+)\s*=\s*(\S+)$/i.exec(pair);
    const key = match?.[1]!.toLowerCase();
    const spec = key !== undefined ? HEADER_KEYS.get(key) : undefined;
    if (!match || !spec) return problem(`unknown setting '${pair.slice(0, 40)}'.`);
    const number = Number(match[2]);
    if (!/^\d+$/.test(match[2]!) || number > spec.max) return problem(`'${key}' must be an integer from 0 to ${spec.max}, got '${match[2]!.slice(0, 20)}'.`);
    if (options[spec.option] !== undefined) return problem(`'${key}' is given twice.`);
    options[spec.option] = number;
  }
  return ok(options);
}

/** A scenario's stream behaviour: pacing, and a dropped connection after N events (a cut stream). */
export function streamOptionsOf(respond: Respond | undefined): StreamOptions | undefined {
  const stream = respond?.stream;
  if (!stream) return undefined;
  return {
    ...(stream.chunkSize !== undefined ? { chunkSize: stream.chunkSize } : {}),
    ...(stream.ttftMs !== undefined ? { ttftMs: stream.ttftMs } : {}),
    ...(stream.delayMs !== undefined ? { deltaDelayMs: stream.delayMs } : {}),
    ...(stream.disconnectAfter !== undefined ? { cutAfterEvents: stream.disconnectAfter, cutMode: 'reset' as const } : {}),
  };
}
