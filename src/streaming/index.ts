// Streaming a created response: options merged from server, scenario and header, the plan of its events
// (generated as they are written), the player that paces them with backpressure, and the SSE writer.
import type { Config } from '../config/config.js';
import { resolveStreamOptions, serverStreamOptions, type ResolvedStreamOptions, type StreamOptions } from './options.js';

export { readStreamHeader, streamOptionsOf, type CutMode, type ResolvedStreamOptions, type StreamOptions } from './options.js';
export { planStream, type StreamFollow, type StreamPlan, type StreamWatch } from './plan.js';
export { playStream, sleep, type StreamObserver, type StreamSink } from './delivery/play.js';
export { StreamRegistry, type StreamStats } from './delivery/registry.js';
export { registerStreaming } from './delivery/register.js';
export { seedKey } from './seed-key.js';
export { writeSse } from './delivery/sse.js';

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
