// The scenarios a server knows: loaded from fixture files, then added, replaced or removed through the admin
// API or the programmatic API. Each entry has a version so per-session rule counters restart when it changes.
// Shared scenarios are bounded in number and bytes; a definition given for one session is that session's state
// (charged to it, removed with it: src/state/sessions.ts), so it does not count here.
import type { Scenario } from '../schemas/fixtures.js';
import type { LoadedScenario } from './load.js';

export interface RegisteredScenario extends LoadedScenario {
  name: string;
  version: number;
  /** What it costs in memory, estimated from its JSON text. */
  bytes: number;
  /** The session whose own definition it is (useScenario, PUT /__mock/sessions/:id/scenario), if any. */
  owner?: string;
}

/** Scenarios now, and maybe more loaded when the registry is first used, beneath them (a name held is kept). */
export interface InitialScenarios {
  now: Map<string, LoadedScenario>;
  later?: () => Map<string, LoadedScenario>;
}

export interface ScenarioLimits {
  /** Shared scenarios (from files, the admin API and code) kept at once. */
  scenarios: number;
  /** Their estimated bytes. */
  bytes: number;
}

export const SCENARIO_LIMITS: ScenarioLimits = { scenarios: 20_000, bytes: 256 * 1024 * 1024 };

/** Memory a scenario takes, estimated: its JSON text twice over (the parsed objects), and the entry itself. */
export function scenarioBytes(scenario: Scenario): number {
  return 2 * JSON.stringify(scenario).length + 384;
}

/** The sources of scenarios no fixture file holds: a reload of the files leaves them. */
const ADDED = new Set(['admin API', 'code']);

export class ScenarioRegistry {
  private readonly entries = new Map<string, RegisteredScenario>();
  /** Session id → the scenario that lists it in `sessions` (the latest one put, if several do). */
  private readonly claims = new Map<string, string>();
  private readonly limits: ScenarioLimits;
  private versions = 0;
  private inlined = 0;
  private shared = { count: 0, bytes: 0 };
  /** Definitions given for sessions and not released yet: registered, or answering their session under a shared one's name. */
  private readonly own = new Set<RegisteredScenario>();
  private pending: (() => Map<string, LoadedScenario>) | undefined;

  /** Throws when the initial scenarios pass the limits (a message saying which). */
  constructor(initial: InitialScenarios = { now: new Map() }, limits: ScenarioLimits = SCENARIO_LIMITS) {
    this.limits = limits;
    const problem = this.replaceAll(initial.now);
    if (problem) throw new Error(problem);
    this.pending = initial.later;
  }

  get(name: string): RegisteredScenario | undefined {
    return this.loaded().get(name);
  }

  /**
   * The scenario a session uses when its requests name none: the one that lists it in `sessions`. Scenarios
   * still waiting to be loaded (the shipped ones, which list no sessions) are not loaded for this.
   */
  forSession(session: string): RegisteredScenario | undefined {
    if (this.claims.size === 0) return undefined;
    const name = this.claims.get(session);
    return name === undefined ? undefined : this.entries.get(name);
  }

  /** `inline-1`, `inline-2`, …: the next such name not in use, for a scenario given without one. */
  inlineName(): string {
    let name: string;
    do name = `inline-${(this.inlined += 1)}`;
    while (this.loaded().has(name));
    return name;
  }

  get size(): number {
    return this.loaded().size;
  }

  names(): string[] {
    return this.unsortedNames().sort();
  }

  /** The names in no particular order: cheaper when only a few of them will be shown. */
  unsortedNames(): string[] {
    return [...this.loaded().keys()];
  }

  all(): RegisteredScenario[] {
    return this.names().map((name) => this.entries.get(name)!);
  }

  /**
   * Shared scenarios held and their estimated bytes, against the limits; definitions sessions hold, registered or
   * not (GET /__mock/stats). The shipped scenarios count once they are loaded: asking does not load them.
   */
  stats(): { shared: number; sharedBytes: number; limit: number; bytesLimit: number; sessionOwn: number } {
    return { shared: this.shared.count, sharedBytes: this.shared.bytes, limit: this.limits.scenarios, bytesLimit: this.limits.bytes, sessionOwn: this.own.size };
  }

  /** Adds or replaces shared scenarios, all or none: none, and a message saying why, when they would pass the limits. */
  putShared(scenarios: ReadonlyArray<readonly [string, Scenario]>, source = 'admin API'): { ok: true } | { ok: false; message: string } {
    const sized = scenarios.map(([name, scenario]) => ({ name, scenario, bytes: scenarioBytes(scenario) }));
    const problem = this.overflow(sized, { replacing: new Set(sized.map((entry) => entry.name)) });
    if (problem) return { ok: false, message: problem };
    for (const entry of sized) this.add({ ...entry, source });
    return { ok: true };
  }

  /** One shared scenario; throws past the limits (what users send goes through putShared). */
  put(name: string, scenario: Scenario, source = 'admin API'): RegisteredScenario {
    const result = this.putShared([[name, scenario]], source);
    if (!result.ok) throw new Error(result.message);
    return this.entries.get(name)!;
  }

  /**
   * A definition given for one session, charged to that session and not counted here: registered under its
   * name, unless a shared scenario holds the name (then it answers that session only; the shared one stays).
   */
  putOwn(name: string, scenario: Scenario, args: { source: string; session: string }): RegisteredScenario {
    const entry = { name, scenario, source: args.source, bytes: scenarioBytes(scenario), owner: args.session };
    const held = this.loaded().get(name);
    const own = held && held.owner === undefined ? { ...entry, version: (this.versions += 1) } : this.add(entry);
    this.own.add(own);
    return own;
  }

  /** Removes a session's own definition, unless another scenario has taken its name since. */
  release(entry: RegisteredScenario): void {
    this.own.delete(entry);
    if (this.entries.get(entry.name) === entry) this.delete(entry.name);
  }

  delete(name: string): boolean {
    const entries = this.loaded();
    const entry = entries.get(name);
    if (!entry) return false;
    this.unclaim(name);
    this.count(entry, -1);
    return entries.delete(name);
  }

  /**
   * Swaps in a freshly loaded set (--watch): scenarios added through the admin API or in code are kept. Nothing
   * changes, and the message says why, when the set would pass the limits.
   */
  replaceAll(loaded: Map<string, LoadedScenario>): string | null {
    const sized = [...loaded].map(([name, entry]) => ({ name, ...entry, bytes: scenarioBytes(entry.scenario) }));
    const replacing = new Set([...this.entries.values()].filter((entry) => !ADDED.has(entry.source) && !entry.owner).map((entry) => entry.name));
    for (const entry of sized) replacing.add(entry.name);
    const problem = this.overflow(sized, { replacing });
    if (problem) return problem;
    for (const [name, entry] of this.loaded()) if (!loaded.has(name) && !ADDED.has(entry.source)) this.delete(name);
    for (const entry of sized) {
      const current = this.entries.get(entry.name);
      if (current && current.source === entry.source && JSON.stringify(current.scenario) === JSON.stringify(entry.scenario)) continue;
      this.add(entry);
    }
    return null;
  }

  private add(args: { name: string; scenario: Scenario; source: string; bytes: number; owner?: string }): RegisteredScenario {
    const { name, scenario } = args;
    const entry: RegisteredScenario = { name, scenario, source: args.source, version: (this.versions += 1), bytes: args.bytes };
    if (args.owner !== undefined) entry.owner = args.owner;
    const entries = this.loaded();
    this.delete(name);
    entries.set(name, entry);
    this.count(entry, 1);
    for (const session of scenario.sessions ?? []) this.claims.set(session, name);
    return entry;
  }

  private count(entry: RegisteredScenario, sign: 1 | -1): void {
    if (entry.owner !== undefined) return;
    this.shared.count += sign;
    this.shared.bytes += sign * entry.bytes;
  }

  /** Why adding these shared scenarios (in place of `replacing`, the names they free) would pass the limits, or null. */
  private overflow(adding: ReadonlyArray<{ bytes: number }>, args: { replacing: ReadonlySet<string> }): string | null {
    let { count, bytes } = this.shared;
    for (const name of args.replacing) {
      const entry = this.entries.get(name);
      if (entry && entry.owner === undefined) {
        count -= 1;
        bytes -= entry.bytes;
      }
    }
    for (const entry of adding) {
      count += 1;
      bytes += entry.bytes;
    }
    if (count <= this.limits.scenarios && bytes <= this.limits.bytes) return null;
    const { scenarios, bytes: limit } = this.limits;
    return `Too many scenarios: ${count} taking ${size(bytes)} would pass the limit of ${scenarios} scenarios and ${size(limit)} (estimated as twice their JSON text); delete some first (DELETE /__mock/scenarios/:name).`;
  }

  private unclaim(name: string): void {
    for (const session of this.entries.get(name)?.scenario.sessions ?? []) if (this.claims.get(session) === name) this.claims.delete(session);
  }

  /** The entries, after the pending load if this is the first use (a load that throws is tried again). */
  private loaded(): Map<string, RegisteredScenario> {
    if (this.pending) {
      const scenarios = this.pending();
      this.pending = undefined;
      for (const [name, entry] of scenarios) if (!this.entries.has(name)) this.add({ name, ...entry, bytes: scenarioBytes(entry.scenario) });
    }
    return this.entries;
  }
}

function size(bytes: number): string {
  return bytes >= 1024 ** 2 ? `${(bytes / 1024 ** 2).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;
}
