// Streaming a created response as server-sent events: options merged from server, scenario and header, the
// event list built from the plan, the frames grouped into bursts, and the writer that sends them.
import type { FastifyReply } from 'fastify';
import type { Config } from '../config.js';
import type { ModelProfile } from '../domain/models.js';
import type { ProviderProfile } from '../providers/types.js';
import type { CreatedResponse } from '../service/create-response.js';
import { buildStreamEvents } from './events.js';
import { resolveStreamOptions, serverStreamOptions, type ResolvedStreamOptions, type StreamOptions } from './options.js';
import type { StreamRegistry } from './registry.js';
import { scheduleFrames } from './schedule.js';
import { bursts, writeStream, type Burst, type CutMode } from './writer.js';

export { readStreamHeader, streamOptionsOf, type ResolvedStreamOptions, type StreamOptions } from './options.js';
export { StreamRegistry, type StreamStats } from './registry.js';
export { registerStreaming } from './register.js';
export { seedKey } from './seed-key.js';
export { sleep, type Burst } from './writer.js';

/** What goes on the wire: bursts of frames with the waits before them, and how a cut stream ends. */
export interface StreamPlan {
  bursts: Burst[];
  /** The stream stops early (a fault): no terminal event, no [DONE]. */
  cut: boolean;
  cutMode: CutMode;
}

const serverOnly = new WeakMap<Config, ResolvedStreamOptions>();

/** Server settings, then the scenario's, then the header's: later layers win. */
export function streamOptionsFor(config: Config, layers: { scenario?: StreamOptions; header?: StreamOptions }): ResolvedStreamOptions {
  if (layers.scenario === undefined && layers.header === undefined) {
    let resolved = serverOnly.get(config);
    if (!resolved) {
      resolved = resolveStreamOptions([serverStreamOptions(config)]);
      serverOnly.set(config, resolved);
    }
    return resolved;
  }
  return resolveStreamOptions([serverStreamOptions(config), layers.scenario, layers.header]);
}

/** Pure: the response's events, paced and grouped. Padding is drawn from the response's variables. */
export function planStream(args: { created: CreatedResponse; profile: ProviderProfile; options: ResolvedStreamOptions; model: ModelProfile }): StreamPlan {
  const { created, profile, options, model } = args;
  const events = buildStreamEvents({
    created,
    profile,
    options: { chunkSize: options.chunkSize, argumentChunking: model.argumentChunking, padding: (length) => created.variables.padding(length) },
  });
  const schedule = scheduleFrames({
    events,
    framing: profile.stream,
    pacing: { ttftMs: options.ttftMs, deltaDelayMs: options.deltaDelayMs, keepAliveMs: options.keepAliveMs },
    cutAfterEvents: options.cutAfterEvents,
  });
  return { bursts: bursts(schedule), cut: schedule.cut, cutMode: options.cutMode };
}

/** Hijacks the reply and streams; returns nothing, as the response is no longer Fastify's to send. */
export function sendStream(args: { reply: FastifyReply; plan: StreamPlan; registry: StreamRegistry }): void {
  writeStream({ reply: args.reply, bursts: args.plan.bursts, cut: args.plan.cut ? args.plan.cutMode : undefined, registry: args.registry });
}
