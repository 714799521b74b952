// Turns the recording settings into a Recorder for an app (none unless --record or --record-missing), and
// makes the app wait for pending recording writes when it closes.
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config/config.js';
import { systemClock, type Clock } from '../deps.js';
import type { ProviderId } from '../domain/types.js';
import { shownUrl } from '../http/traffic/shown-url.js';
import type { Runtime } from '../runtime.js';
import { READ_ON_IDLE_MS } from './background/read-on.js';
import { Recorder } from './recorder.js';

export function upstreamOf(config: Config, provider: ProviderId): string {
  return provider === 'openrouter' ? config.upstreamOpenrouter : config.upstreamOpenai;
}

export function createRecorder(args: { app: FastifyInstance; runtime: Runtime; clock?: Clock; readOnIdleMs?: number }): Recorder | undefined {
  const { app, runtime } = args;
  const { config } = runtime;
  const dir = config.record ?? config.recordMissing;
  if (dir === undefined) return undefined;
  const recorder = new Recorder({
    dir,
    mode: config.record !== undefined ? 'all' : 'missing',
    name: config.recordName,
    timing: config.recordTiming,
    names: runtime.redactor,
    clock: args.clock ?? systemClock,
    readOnIdleMs: args.readOnIdleMs ?? READ_ON_IDLE_MS,
    // Named in each recording's description: as shown, credentials masked.
    upstreams: { openrouter: shownUrl(config.upstreamOpenrouter, runtime.redactor), openai: shownUrl(config.upstreamOpenai, runtime.redactor) },
    log: app.log,
  });
  app.addHook('onClose', () => recorder.writer.idle());
  return recorder;
}
