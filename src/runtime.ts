// The state one app instance shares across requests: its settings, sessions, the deps factory and the
// model table. Built once by buildApp and handed to every route.
import type { Config } from './config.js';
import { createDepsFactory, type Clock, type RequestDeps, type RequestKey } from './deps.js';
import { modelProfile, type ModelProfile } from './domain/models.js';
import { SessionRegistry } from './state/sessions.js';
import { StreamRegistry } from './streaming/registry.js';

export interface Runtime {
  config: Config;
  sessions: SessionRegistry;
  depsFor(key: RequestKey): RequestDeps;
  resolveModel(model: string): ModelProfile;
  /** Open streams: counted, and aborted together on shutdown. */
  streams: StreamRegistry;
}

export function createRuntime(config: Config, options: { clock?: Clock } = {}): Runtime {
  return {
    config,
    sessions: new SessionRegistry({ storeLimit: config.storeLimit, sessionLimit: config.sessionLimit }),
    depsFor: createDepsFactory({ seed: config.seed, clock: options.clock }),
    resolveModel: modelProfile,
    streams: new StreamRegistry(),
  };
}
