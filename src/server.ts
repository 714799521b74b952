// The CLI entry: read the configuration, build the app, listen, and close gracefully on SIGTERM/SIGINT.
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { parseConfig, type Config } from './config/config.js';
import { usage } from './config/help.js';
import { prepareValidators } from './domain/arguments/schema/ajv/validator.js';
import { warmReaders } from './domain/engine/warm-up.js';
import { batchedStdout } from './http/traffic/logging.js';
import { prettyStream } from './http/traffic/pretty-log.js';
import type { Redactor } from './http/traffic/redact.js';
import { shownUrl } from './http/traffic/shown-url.js';
import { StartupError } from './runtime.js';
import { VERSION } from './version.js';

// CI services and `docker stop` want a stop well under 2 s. Open streams are ended by the app's close hooks;
// a connection that still holds close() up after CUT_MS is destroyed, and the process exits at EXIT_MS anyway.
const CUT_MS = 500;
const EXIT_MS = 1500;
/**
 * How long after listening the engines of tool schemas are loaded (unless a request has needed them already) and
 * the prompt readers warmed: most of a first create request's time (a client that comes after its health check
 * finds them ready). Not at once, where it would hold up the answer to a readiness probe polling the new server.
 */
const PREPARE_AFTER_MS = 50;

function closeOnSignals(app: FastifyInstance): void {
  const stop = (signal: NodeJS.Signals) => {
    // Only the first signal closes gracefully; another one gets the default action (an impatient second
    // Ctrl-C ends the process at once).
    process.removeListener('SIGTERM', stop).removeListener('SIGINT', stop);
    app.log.info(`${signal} received, closing`);
    setTimeout(() => app.server.closeAllConnections(), CUT_MS).unref();
    setTimeout(() => {
      app.log.warn(`still closing after ${EXIT_MS} ms, exiting`);
      process.exit(0);
    }, EXIT_MS).unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error(error, 'close failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop).on('SIGINT', stop);
}

async function main(): Promise<void> {
  if (process.argv[2] === 'verify-recordings') {
    const { runVerify } = await import('./record/verify/verify-cli.js');
    process.exitCode = await runVerify(process.argv.slice(3), process.env);
    return;
  }
  if (process.argv[2] === 'validate-fixtures') {
    const { runValidateFixtures } = await import('./scenarios/validate-cli.js');
    process.exitCode = runValidateFixtures(process.argv.slice(3));
    return;
  }
  const parsed = parseConfig(process.argv.slice(2), process.env);
  if (parsed.ok === 'help') return void console.log(usage());
  if (parsed.ok === 'version') return void console.log(VERSION);
  if (!parsed.ok) {
    for (const problem of parsed.problems) console.error(`responses-mock: ${problem}`);
    console.error("Run 'responses-mock --help' for the options.");
    process.exitCode = 2;
    return;
  }
  const { config } = parsed;
  const pretty = config.logFormat === 'pretty' || (config.logFormat === 'auto' && process.stdout.isTTY === true);
  const logStream = config.logLevel === 'silent' ? undefined : pretty ? prettyStream() : batchedStdout();
  const app = buildApp({ ...config, logger: config.logLevel !== 'silent', ...(logStream ? { logStream } : {}) });
  closeOnSignals(app);
  const address = await app.listen({ port: config.port, host: config.host, listenTextResolver: (at) => `responses-mock ${VERSION} listening on ${at}` });
  for (const line of startupLines(app, address)) app.log.info(line);
  for (const note of parsed.notes) app.log.warn(note);
  setTimeout(prepareFirstRequest, PREPARE_AFTER_MS).unref();
}

/**
 * Loads the engines of tool schemas, then reads a sample prompt: what a first create request would otherwise wait
 * for. Each on its own turn of the event loop, so that a request arriving meanwhile waits behind one of them at most.
 */
function prepareFirstRequest(): void {
  prepareValidators();
  setImmediate(() => {
    warmReaders();
    setImmediate(warmReaders);
  });
}

/** What a person wants to know once the server is up: where to point clients, and what answers them. */
function startupLines(app: FastifyInstance, address: string): string[] {
  const { config, fixtures } = app.mock;
  const loaded = [...(fixtures.shipped ? ['shipped'] : []), ...fixtures.folders];
  const admin = config.admin ? `admin API ${address}/__mock${config.adminToken ? ' (token required)' : ''}` : 'admin API off';
  return [
    `OpenRouter base URL ${address}/api/v1 · OpenAI base URL ${address}/v1`,
    `fixtures: ${loaded.join(' + ') || 'none'} · ${admin} · strictness ${config.strictness}${config.seed !== undefined ? ` · seed ${config.seed}` : ''}`,
    ...recordingLines(config, app.mock.redactor),
  ];
}

/** Recording sends requests to the real services (with the client's key, at its cost): said at once. */
function recordingLines(config: Config, redactor: Redactor): string[] {
  const upstreams = `/v1 → ${shownUrl(config.upstreamOpenai, redactor)}, /api/v1 → ${shownUrl(config.upstreamOpenrouter, redactor)}`;
  if (config.record !== undefined) return [`recording into ${config.record}: every create request goes to the real service (${upstreams}) and its answer is written as a scenario rule`];
  if (config.recordMissing !== undefined) return [`recording into ${config.recordMissing}: a create request no loaded rule answers goes to the real service (${upstreams}) and its answer is written as a scenario rule`];
  return [];
}

main().catch((error: unknown) => {
  if (error instanceof StartupError) {
    for (const problem of error.problems) console.error(problem);
    console.error(`responses-mock: not started (${error.problems.length} problem(s) above)`);
  } else if ((error as { code?: string } | null)?.code === 'EADDRINUSE') {
    const { address, port } = error as { address?: string; port?: number };
    console.error(`responses-mock: could not start: ${address ?? 'the address'}:${port ?? '?'} is already in use (by another responses-mock still running?): stop what listens there, or give another --port (0 takes any free port)`);
  } else {
    console.error('responses-mock: could not start:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
