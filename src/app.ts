// buildApp(options) → the Fastify app with every route registered, not listening (tests use inject;
// src/server.ts listens).
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { DEFAULT_CONFIG, type Config } from './config.js';
import type { Clock } from './deps.js';
import { registerErrorHandlers } from './http/errors.js';
import { registerJsonBody } from './http/json-body.js';
import { PROFILES } from './providers/index.js';
import { healthRoute } from './routes/health.js';
import { modelsRoutes } from './routes/models.js';
import { responsesRoute } from './routes/responses.js';
import { storedResponsesRoutes } from './routes/stored-responses.js';
import { createRuntime, type Runtime } from './runtime.js';
import { registerStreaming } from './streaming/register.js';
import { VERSION } from './version.js';

export interface AppOptions extends Partial<Config> {
  /** Log through pino at `logLevel` (default: off, as tests want). */
  logger?: boolean;
  /** Replaces the system clock when no seed is set. */
  clock?: Clock;
}

declare module 'fastify' {
  interface FastifyInstance {
    mock: Runtime;
  }
}

export function buildApp(options: AppOptions = {}): FastifyInstance {
  const { logger = false, clock, ...settings } = options;
  const config: Config = { ...DEFAULT_CONFIG, ...settings };
  const app = Fastify({
    logger: logger ? { level: config.logLevel } : false,
    // Per-request log lines only at debug: they would otherwise dominate the cost of a canned answer.
    logController: new LogController({ disableRequestLogging: config.logLevel !== 'debug' && config.logLevel !== 'trace' }),
    bodyLimit: config.bodyLimit,
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, useDefaults: true, allErrors: false } },
  });
  const runtime = createRuntime(config, { clock });
  app.decorate('mock', runtime);
  registerJsonBody(app, config.bodyLimit);
  registerErrorHandlers(app);
  registerStreaming(app, runtime.streams);
  healthRoute(app, { version: VERSION });
  for (const profile of PROFILES) {
    responsesRoute(app, { profile, runtime });
    modelsRoutes(app, { profile });
    if (profile.stateful) storedResponsesRoutes(app, { profile, runtime });
  }
  return app;
}
