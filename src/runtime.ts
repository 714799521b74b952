// The state one app instance shares across requests: its settings, sessions, scenarios, the deps factory,
// the model table, the open streams and sockets, the answer memo and the request bodies held. Built once by
// buildApp and handed to every route.
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import type { Config } from './config/config.js';
import { createDepsFactory, type Clock, type DepsFactory } from './deps.js';
import { modelProfile, type ModelProfile } from './domain/models.js';
import { scenarioNameProblem, validateScenario } from './domain/scenarios/validate.js';
import type { Scenario } from './schemas/fixtures.js';
import { loadFixtureFolders, type LoadedScenario, type LoadResult } from './scenarios/load.js';
import { ScenarioRegistry, type InitialScenarios } from './scenarios/registry.js';
import { createRedactor, type Redactor } from './http/traffic/redact.js';
import { SessionRegistry } from './state/sessions.js';
import { BodyBudget } from './state/body-budget.js';
import { MemoCache } from './pipeline/memo/cache.js';
import { StreamRegistry } from './streaming/index.js';
import { SocketRegistry } from './transports/websocket/registry.js';
import { knownScenarios } from './scenarios/known-names.js';

export interface Runtime {
  config: Config;
  sessions: SessionRegistry;
  scenarios: ScenarioRegistry;
  /** Where the scenarios of fixture files come from. */
  fixtures: FixtureSources;
  /** Loads every fixture folder again, as at start-up (--watch). */
  loadFixtures(): LoadResult;
  depsFor: DepsFactory;
  resolveModel(model: string): ModelProfile;
  /** Open streams: counted, and aborted together on shutdown. */
  streams: StreamRegistry;
  /** Open Responses sockets: counted, and closed together on shutdown. */
  sockets: SocketRegistry;
  /** Compiled JSON answers by request text, filled in per identical request. */
  memo: MemoCache;
  /** Masks credentials in everything that keeps or shows traffic (--redact adds names). */
  redactor: Redactor;
  /** The request bodies held at once, over HTTP and WebSocket (--body-memory). */
  bodies: BodyBudget;
}

/** Distinct request texts whose rendering is kept, and how much text and compiled answer they may hold together. */
const MEMO_LIMIT = { entries: 1000, chars: 16 * 1024 * 1024 };

/** Session state may use a quarter of the heap by default (about 1 GiB on a 64-bit machine with 16 GiB or more). */
function defaultStateMemory(): number {
  return Math.floor(getHeapStatistics().heap_size_limit / 4);
}

/**
 * Request bodies may be held up to an eighth of the heap limit by default (512 MiB with a 4 GiB heap). A body
 * held while its answer waits costs about three times its bytes (measured on Node 20, 24 MiB bodies streamed
 * after a delay: twice on the heap, its text and the request read from it, and once outside, its bytes), so
 * held bodies take at most a quarter of the heap beside --state-memory's quarter.
 */
function defaultBodyMemory(): number {
  return Math.floor(getHeapStatistics().heap_size_limit / 8);
}

/** The fixtures shipped with the package (next to src/ and dist/). */
export const SHIPPED_FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));

/** The inspector page's files (plain HTML, CSS and JS modules), also shipped beside src/ and dist/. */
export const INSPECTOR_UI = fileURLToPath(new URL('../ui', import.meta.url));

/** Start-up problems (invalid fixtures, unknown default scenario), each as `file: path: reason`. */
export class StartupError extends Error {
  constructor(readonly problems: string[]) {
    super(`responses-mock cannot start:\n${problems.join('\n')}`);
  }
}

function registryOrThrow(initial: InitialScenarios): ScenarioRegistry {
  try {
    return new ScenarioRegistry(initial);
  } catch (error) {
    throw new StartupError([`fixtures: ${(error as Error).message}`]);
  }
}

function loadOrThrow(dirs: string[]): { scenarios: Map<string, LoadedScenario>; empty: string[] } {
  const result = loadFixtureFolders(dirs);
  if (!result.ok) throw new StartupError(result.problems);
  return result;
}

/** The user's fixture folders, in order, and whether the shipped ones lie under them. */
export interface FixtureSources {
  folders: string[];
  shipped: boolean;
  /** The folders that held no fixture file at start-up (said on the log as the app is built). */
  empty: string[];
}

export interface RuntimeOptions {
  clock?: Clock;
  /** No fixture files at all (false), or these folders instead of config.fixtures. */
  fixtures?: string | string[] | false;
  /** Scenarios added in code, on top of the fixture files. */
  scenarios?: Record<string, Scenario>;
}

export function createRuntime(config: Config, options: RuntimeOptions = {}): Runtime {
  const fixtures: FixtureSources = options.fixtures === false
    ? { folders: [], shipped: false, empty: [] }
    : { folders: typeof options.fixtures === 'string' ? [options.fixtures] : options.fixtures ?? config.fixtures, shipped: config.shippedFixtures, empty: [] };
  const layers = [...(fixtures.shipped ? [SHIPPED_FIXTURES] : []), ...fixtures.folders];
  // The user's folders are checked before listening (invalid fixtures stop start-up); the shipped ones, which
  // the tests check, are parsed on first use, so that a start that uses none of them parses no YAML.
  const own = fixtures.folders.length > 0 ? loadOrThrow(fixtures.folders) : { scenarios: new Map<string, LoadedScenario>(), empty: [] };
  // The --record-missing folder starts empty by design.
  fixtures.empty = own.empty.filter((dir) => dir !== config.recordMissing);
  const initial: InitialScenarios = { now: own.scenarios, ...(fixtures.shipped ? { later: () => loadOrThrow([SHIPPED_FIXTURES]).scenarios } : {}) };
  const scenarios = registryOrThrow(initial);
  const problems: string[] = [];
  const fromCode: Array<[string, Scenario]> = [];
  for (const [name, scenario] of Object.entries(options.scenarios ?? {})) {
    const badName = scenarioNameProblem(name);
    const checked = validateScenario(scenario);
    if (badName) problems.push(`scenarios: ${badName}`);
    if (checked.ok && !badName) fromCode.push([name, checked.value]);
    else problems.push(...(checked.ok ? [] : checked.problems.map((problem) => `scenarios.${name}: ${problem}`)));
  }
  const added = scenarios.putShared(fromCode, 'code');
  if (!added.ok) problems.push(`scenarios: ${added.message}`);
  if (problems.length > 0) throw new StartupError(problems);
  if (config.scenario !== undefined && !scenarios.get(config.scenario)) {
    throw new StartupError([`--scenario: no scenario named '${config.scenario}' (known: ${knownScenarios(config.scenario, scenarios.unsortedNames(), { none: 'none' })})`]);
  }
  const redactor = createRedactor({ extra: config.redact });
  return {
    config,
    sessions: new SessionRegistry({
      storeLimit: config.storeLimit,
      sessionLimit: config.sessionLimit,
      journalLimit: config.journalLimit,
      journalBodyLimit: config.journalBodyLimit,
      stateMemory: config.stateMemory ?? defaultStateMemory(),
      idleMs: config.sessionIdleMs,
      redactor,
      releaseScenario: (own) => scenarios.release(own),
    }),
    redactor,
    scenarios,
    fixtures,
    loadFixtures: () => loadFixtureFolders(layers),
    depsFor: createDepsFactory({ seed: config.seed, clock: options.clock }),
    resolveModel: modelProfile,
    streams: new StreamRegistry(),
    sockets: new SocketRegistry(),
    memo: new MemoCache(MEMO_LIMIT),
    bodies: new BodyBudget(config.bodyMemory ?? defaultBodyMemory()),
  };
}
