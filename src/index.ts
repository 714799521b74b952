// The programmatic API: start a mock server for a test file, point clients at it, script it, read what the
// client sent, and close it.
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from './app.js';
import { chooseSessionScenario } from './scenarios/session-scenario.js';
import type { Scenario } from './schemas/fixtures.js';
import { describeEntry, type JournalView } from './state/journal/journal.js';
import { DEFAULT_SESSION } from './state/sessions.js';
import { closestName } from './domain/closest-name.js';
import { listenPort, listenProblems } from './config/options.js';
import { StartupError } from './runtime.js';

export { buildApp, type AppOptions } from './app.js';
export type { Config } from './config/config.js';
export { StartupError } from './runtime.js';
export type { FixtureFile, Match, Respond, Rule, Scenario } from './schemas/fixtures.js';
export type { Replay } from './schemas/replay.js';
export type { JournalView } from './state/journal/journal.js';

export interface MockServerOptions extends AppOptions {
  /** Defaults to 127.0.0.1. */
  host?: string;
  /** Defaults to 0 (any free port); decimal digits as text (from `process.env`) are taken too, at run time. */
  port?: number;
}

export interface SessionOption {
  /** The `x-mock-session` the call applies to (default: requests without the header). */
  session?: string;
}

export interface MockServer {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** `…/api/v1`: for @openrouter/sdk's serverURL, or openai's baseURL to emulate OpenRouter. */
  openrouterBaseURL: string;
  /** `…/v1`: for openai, @openai/agents and @ai-sdk/openai. */
  openaiBaseURL: string;
  app: FastifyInstance;
  /**
   * Makes a scenario the default for a session (requests that send no x-mock-scenario). Pass a loaded
   * scenario's name, or a definition (registered under `options.name`, else a generated name). Its rule
   * counters start over. Returns the scenario's name.
   */
  useScenario(scenario: string | Scenario, options?: SessionOption & { name?: string }): string;
  /** What the client sent, oldest first. */
  requests(options?: SessionOption): JournalView[];
  /** Forgets a session's state (stored responses, scenario progress, journal), or every session's. */
  reset(options?: SessionOption & { all?: boolean }): void;
  close(): Promise<void>;
}

export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const { host = '127.0.0.1', port: given, ...appOptions } = options;
  const port = listenPort(given);
  const app = await buildChecked({ appOptions, listen: listenProblems({ host, port }) });
  const url = await app.listen({ host, port: port as number });
  const runtime = app.mock;
  return {
    url,
    openrouterBaseURL: `${url}/api/v1`,
    openaiBaseURL: `${url}/v1`,
    app,
    useScenario(scenario, opts = {}) {
      checkCallOptions('useScenario', opts, ['session', 'name']);
      const chosen = chooseSessionScenario(runtime, { session: opts.session ?? DEFAULT_SESSION, scenario, name: opts.name, source: 'code' });
      if (!chosen.ok) throw new Error(chosen.reason === 'unknown' ? chosen.message : `Invalid scenario:\n${chosen.problems.join('\n')}`);
      return chosen.name!;
    },
    requests(opts = {}) {
      checkCallOptions('requests', opts, ['session']);
      return (runtime.sessions.peek(opts.session ?? DEFAULT_SESSION)?.journal.list() ?? []).map(describeEntry);
    },
    reset(opts = {}) {
      checkCallOptions('reset', opts, ['session', 'all']);
      runtime.sessions.reset(opts.all ? undefined : opts.session ?? DEFAULT_SESSION);
    },
    close: () => app.close(),
  };
}

/**
 * The options of a call, checked as a test writes them: a mistyped `sesion` or a bare `requests('my-test')`
 * would otherwise read, script or reset the default session instead, and the test would fail far from the typo.
 */
function checkCallOptions(method: string, opts: unknown, keys: readonly string[]): void {
  const takes = `${method}() takes { ${keys.join(', ')} }`;
  if (typeof opts !== 'object' || opts === null || Array.isArray(opts)) {
    throw new TypeError(`${takes}, not ${typeof opts === 'string' ? `the string '${opts.slice(0, 64)}'` : JSON.stringify(opts) ?? typeof opts}${typeof opts === 'string' && keys.includes('session') ? `: write ${method}(${method === 'useScenario' ? 'scenario, ' : ''}{ session: '${opts.slice(0, 64)}' })` : ''}`);
  }
  for (const key of Object.keys(opts)) {
    if (keys.includes(key)) continue;
    const guess = closestName(key, keys);
    throw new TypeError(`${method}(): unknown option '${key.slice(0, 64)}'${guess === undefined ? '' : ` (did you mean '${guess}'?)`}; ${takes}`);
  }
}

/** The app, or a StartupError listing the problems of `port` and `host` beside those buildApp finds. */
async function buildChecked(args: { appOptions: AppOptions; listen: string[] }): Promise<FastifyInstance> {
  let app: FastifyInstance;
  try {
    app = buildApp({ logLevel: 'silent', ...args.appOptions });
  } catch (error) {
    if (error instanceof StartupError && args.listen.length > 0) throw new StartupError([...args.listen, ...error.problems]);
    throw error;
  }
  if (args.listen.length > 0) {
    await app.close();
    throw new StartupError(args.listen);
  }
  return app;
}
