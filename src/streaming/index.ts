// Streaming a created response as server-sent events: options merged from server, scenario and header, the
// event list built from the plan, a schedule of frames, and the writer that sends it.
import type { FastifyReply } from 'fastify';
import type { Random } from '../deps.js';
import type { ProviderProfile } from '../providers/types.js';
import type { Runtime } from '../runtime.js';
import type { CreatedResponse } from '../service/create-response.js';
import { buildStreamEvents } from './events.js';
import { resolveStreamOptions, serverStreamOptions, type StreamOptions } from './options.js';
import { scheduleFrames } from './schedule.js';
import { writeStream } from './writer.js';

export { readStreamHeader, streamOptionsOf, type StreamOptions } from './options.js';
export { sleep } from './writer.js';
export { StreamRegistry, type StreamStats } from './registry.js';
export { registerStreaming } from './register.js';
export { seedKey } from './seed-key.js';

export interface StreamRequest {
  reply: FastifyReply;
  profile: ProviderProfile;
  created: CreatedResponse;
  /** Server settings, model traits and the registry of open streams. */
  runtime: Runtime;
  /** The request's id stream: OpenAI's obfuscation padding is drawn from it, so a seed fixes it. */
  random: Random;
  /** From the `x-mock-stream` header (validated by the route). */
  header?: StreamOptions;
  /** From a scenario: between the server settings and the header. */
  scenario?: StreamOptions;
}

/** Hijacks the reply and streams; returns nothing, as the response is no longer Fastify's to send. */
export function sendStream(request: StreamRequest): void {
  const { reply, profile, created, runtime, random } = request;
  const options = resolveStreamOptions([serverStreamOptions(runtime.config), request.scenario, request.header]);
  const model = runtime.resolveModel(created.request.body.model);
  const events = buildStreamEvents({
    created,
    profile,
    options: { chunkSize: options.chunkSize, argumentChunking: model.argumentChunking, random },
  });
  const schedule = scheduleFrames({
    events,
    framing: profile.stream,
    pacing: { ttftMs: options.ttftMs, deltaDelayMs: options.deltaDelayMs, keepAliveMs: options.keepAliveMs },
    cutAfterEvents: options.cutAfterEvents,
  });
  writeStream({ reply, schedule, registry: runtime.streams, cutMode: options.cutMode });
}
