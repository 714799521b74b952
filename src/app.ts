// buildApp(options) → the Fastify app with every route registered, not listening (tests use inject;
// src/server.ts listens).
import { mkdirSync } from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import { DEFAULT_CONFIG, type Config } from './config/config.js';
import { checkOptions, fixturesProblem } from './config/options.js';
import { createRequestIds, type Clock } from './deps.js';
import type { ApiPaths } from './http/headers/api-headers.js';
import { clientErrorAnswer } from './http/refusals/client-errors.js';
import { registerRequestChecks } from './http/input/request-checks.js';
import { registerHeldBodies } from './http/input/held-bodies.js';
import { registerCors } from './http/headers/cors.js';
import { registerErrorHandlers } from './http/refusals/errors.js';
import { registerJournal } from './http/traffic/journal.js';
import { lazyChildLogger, logEviction, logSerializers, registerRequestLines, RequestLines } from './http/traffic/logging.js';
import { keepRawJson, registerJsonBody } from './http/input/json-body.js';
import { routingErrorAnswer } from './http/refusals/routing-errors.js';
import { closeUnusedSocketsOnClose } from './http/unused-sockets.js';
import { openAIProfile, PROFILES } from './providers/index.js';
import { buildLazySerializer, buildLazyValidator } from './route-schemas.js';
import { adminRoutes } from './routes/admin.js';
import { healthRoute } from './routes/health.js';
import { modelsRoutes } from './routes/models.js';
import { responsesRoute } from './routes/responses.js';
import { responsesSocketRoutes } from './routes/responses-ws.js';
import { conversationBodyRoutes, conversationRoutes } from './routes/conversations.js';
import { sideEndpointRoutes } from './routes/side-endpoints.js';
import { storedResponsesRoutes } from './routes/stored-responses.js';
import type { RunRelay } from './record/background/background-relay.js';
import { createRuntime, StartupError, type Runtime } from './runtime.js';
import type { Scenario } from './schemas/fixtures.js';
import { watchFixtures } from './scenarios/watch.js';
import { emptyFolderWarning } from './scenarios/load.js';
import { shownUrl } from './http/traffic/shown-url.js';
import { registerStreaming } from './streaming/delivery/register.js';
import { VERSION } from './version.js';

export interface AppOptions extends Omit<Partial<Config>, 'fixtures'> {
  /** Log through pino at `logLevel` (default: off, as tests want). */
  logger?: boolean;
  /** Where log lines go (default: stdout, as JSON lines); the CLI passes pino-pretty's stream in a terminal. */
  logStream?: { write(line: string): void };
  /** Replaces the system clock when no seed is set. */
  clock?: Clock;
  /** Recording: how long a background run's read-on waits for the service (default READ_ON_IDLE_MS, 10 min). */
  readOnIdleMs?: number;
  /** Fixture folders loaded over the shipped fixtures/ (see `shippedFixtures`), or false to load no file at all. */
  fixtures?: string | string[] | false;
  /** Scenarios defined in code, on top of the fixture files. */
  scenarios?: Record<string, Scenario>;
}

declare module 'fastify' {
  interface FastifyInstance {
    mock: Runtime;
  }
}

function withRecording(folders: string[], recordMissing: string | undefined): string[] {
  return recordMissing === undefined || folders.includes(recordMissing) ? folders : [...folders, recordMissing];
}

const LINE_LEVELS = new Set<Config['logLevel']>(['info', 'debug', 'trace']);

/** Throws a StartupError listing every problem when the fixtures are invalid. */
/** How long a request's headers and body may take to arrive. */
export const REQUEST_TIMEOUT_MS = 300_000;

export function buildApp(options: AppOptions = {}): FastifyInstance {
  const { logger = false, logStream, clock, readOnIdleMs, fixtures, scenarios, ...given } = options;
  const checked = checkOptions(given, ['logger', 'logStream', 'clock', 'readOnIdleMs', 'fixtures', 'scenarios']);
  const problems = [...(checked.ok ? [] : checked.problems), fixturesProblem(fixtures)].filter((problem) => problem !== undefined);
  if (!checked.ok || problems.length > 0) throw new StartupError(problems);
  const settings = checked.settings;
  // Recording only what is missing replays the recording folder too.
  const folders = fixtures === false ? false : withRecording(typeof fixtures === 'string' ? [fixtures] : fixtures ?? [], settings.recordMissing);
  const config: Config = { ...DEFAULT_CONFIG, ...settings, fixtures: folders || [] };
  if (config.recordMissing !== undefined) mkdirSync(config.recordMissing, { recursive: true });
  const runtime = createRuntime(config, { clock, fixtures: folders, scenarios });
  // Whatever answers a request on an API path (a route, the router, Node's parser) gives it these headers.
  const showing = { redactor: runtime.redactor, recording: config.record !== undefined || config.recordMissing !== undefined };
  const apiPaths: ApiPaths = { prefixes: PROFILES.map((profile) => profile.prefix), identified: openAIProfile.prefix, nextId: createRequestIds(config.seed) };
  const app = Fastify({
    logger: logger ? { level: config.logLevel, serializers: logSerializers(showing), ...(logStream ? { stream: logStream } : {}) } : false,
    // One line per request at info; a quieter level costs a method call per request.
    logController: new RequestLines({ enabled: logger && LINE_LEVELS.has(config.logLevel), ...showing }),
    childLoggerFactory: lazyChildLogger,
    bodyLimit: config.bodyLimit,
    // Node's own default, which Fastify turns off: a request whose headers have not all arrived in 60 s (Node's
    // headersTimeout), or its body in 5 minutes, is answered 408 and its connection closed, so a stalled upload
    // gives back what --body-memory holds for it. Answers may take as long as they like.
    requestTimeout: REQUEST_TIMEOUT_MS,
    // Longer than any request line Node takes: an over-long id is the route's 400 naming it, not a 414.
    routerOptions: { maxParamLength: 1 << 20 },
    frameworkErrors: routingErrorAnswer(apiPaths),
    clientErrorHandler: clientErrorAnswer(apiPaths),
    // A missing Host is answered in the path's envelope (src/http/input/request-checks.ts), not as Node's empty 400.
    http: { requireHostHeader: false },
    // Query strings need coercion (?limit=5); nothing is stripped from bodies. Request bodies of the emulated
    // APIs are validated by src/domain/validation, not here.
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false, useDefaults: true, allErrors: false } },
    schemaController: { compilersFactory: { buildValidator: buildLazyValidator(), buildSerializer: buildLazySerializer() } },
  });
  app.decorate('mock', runtime);
  // A mistyped or not yet filled folder would otherwise start silently, answering from the engine.
  for (const dir of runtime.fixtures.empty) app.log.warn(emptyFolderWarning(dir));
  registerRequestLines(app);
  runtime.sessions.onEvict((eviction) => logEviction(app.log, eviction));
  registerJsonBody(app, config.bodyLimit);
  // Before the request checks: what they refuse carries CORS and the request id too.
  registerCors(app, apiPaths);
  registerRequestChecks(app);
  // After the checks: a body they refuse is not held.
  registerHeldBodies(app, { budget: runtime.bodies, bodyLimit: config.bodyLimit });
  registerErrorHandlers(app);
  registerStreaming(app, runtime.streams);
  closeUnusedSocketsOnClose(app);
  registerJournal(app, runtime);
  if (config.admin) adminRoutes(app, runtime);
  if (config.watch && runtime.fixtures.folders.length > 0) watchFixtures(app, { dirs: runtime.fixtures.folders, load: runtime.loadFixtures, registry: runtime.scenarios });
  healthRoute(app, { version: VERSION });
  responsesSocketRoutes(app, runtime);
  // The responses routes parse their bodies on demand, in the pipeline (see keepRawJson).
  const recording = config.record !== undefined || config.recordMissing !== undefined;
  // While recording, GET and cancel of a background run the real service holds are relayed to it.
  let relay: RunRelay | undefined;
  app.register(async (scope) => {
    keepRawJson(scope, config.bodyLimit);
    // Conversations are the session's, recording or not: a recording proxy sends their items on as input.
    // A recording run scrubs what they keep of credentials; others do not load the scrubber.
    const scrubber = recording ? (await import('./record/scrub.js')).requestScrubber : undefined;
    conversationBodyRoutes(scope, { profile: openAIProfile, runtime, ...(scrubber ? { scrubber } : {}) });
    if (recording) relay = await registerRecording(scope, { runtime, clock, readOnIdleMs });
    else {
      for (const profile of PROFILES) responsesRoute(scope, { profile, runtime });
      // OpenAI's side endpoints (OpenRouter has none); a recording proxy leaves them to the upstream.
      sideEndpointRoutes(scope, { profile: openAIProfile, runtime });
    }
  });
  for (const profile of PROFILES) {
    modelsRoutes(app, { profile });
    if (profile.stateful) storedResponsesRoutes(app, { profile, runtime, relay: () => relay });
    if (profile.stateful) conversationRoutes(app, { profile, runtime });
  }
  return app;
}

/** Proxy routes that record, loaded only by a recording run (the proxy and the YAML writer cost a start). */
async function registerRecording(scope: FastifyInstance, args: { runtime: Runtime; clock: Clock | undefined; readOnIdleMs: number | undefined }): Promise<RunRelay> {
  const { runtime, clock } = args;
  const [{ createRecorder, upstreamOf }, { proxyRoute }, { BackgroundRelay }] = await Promise.all([
    import('./record/setup.js'), import('./routes/proxy.js'), import('./record/background/background-relay.js'),
  ]);
  const recorder = createRecorder({ app: scope, runtime, clock, readOnIdleMs: args.readOnIdleMs })!;
  const relay = new BackgroundRelay({ recorder, runtime });
  for (const profile of PROFILES) {
    const upstream = upstreamOf(runtime.config, profile.id);
    proxyRoute(scope, { profile, runtime, recorder, relay, upstream: { url: upstream, shown: shownUrl(upstream, runtime.redactor) } });
  }
  return relay;
}
