// The scenarios a server knows: loaded from fixture files, then added, replaced or removed through the admin
// API or the programmatic API. Each entry has a version so per-session rule counters restart when it changes.
import type { Scenario } from '../schemas/fixtures.js';
import type { LoadedScenario } from './load.js';

export interface RegisteredScenario extends LoadedScenario {
  name: string;
  version: number;
}

/** Scenarios now, and maybe more loaded when the registry is first used, beneath them (a name held is kept). */
export interface InitialScenarios {
  now: Map<string, LoadedScenario>;
  later?: () => Map<string, LoadedScenario>;
}

/** Names a message lists: a registry of thousands (definitions given per test) would fill every 404. */
const LISTED_NAMES = 50;

/** The sources of scenarios no fixture file holds: a reload of the files leaves them. */
const ADDED = new Set(['admin API', 'code']);

export class ScenarioRegistry {
  private readonly entries = new Map<string, RegisteredScenario>();
  /** Session id → the scenario that lists it in `sessions` (the latest one put, if several do). */
  private readonly claims = new Map<string, string>();
  private versions = 0;
  private inlined = 0;
  private pending: (() => Map<string, LoadedScenario>) | undefined;

  constructor(initial: InitialScenarios = { now: new Map() }) {
    this.replaceAll(initial.now);
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

  names(): string[] {
    return [...this.loaded().keys()].sort();
  }

  /** The names for a message: the first LISTED_NAMES, then how many more ('' when there are none). */
  listedNames(): string {
    const names = this.names();
    if (names.length <= LISTED_NAMES) return names.join(', ');
    return `${names.slice(0, LISTED_NAMES).join(', ')} and ${names.length - LISTED_NAMES} more (GET /__mock/scenarios lists them all)`;
  }

  all(): RegisteredScenario[] {
    return this.names().map((name) => this.entries.get(name)!);
  }

  put(name: string, scenario: Scenario, source = 'admin API'): RegisteredScenario {
    const entry = { name, scenario, source, version: (this.versions += 1) };
    const entries = this.loaded();
    this.unclaim(name);
    entries.set(name, entry);
    for (const session of scenario.sessions ?? []) this.claims.set(session, name);
    return entry;
  }

  delete(name: string): boolean {
    const entries = this.loaded();
    this.unclaim(name);
    return entries.delete(name);
  }

  private unclaim(name: string): void {
    for (const session of this.entries.get(name)?.scenario.sessions ?? []) if (this.claims.get(session) === name) this.claims.delete(session);
  }

  /** Swaps in a freshly loaded set (--watch): scenarios added through the admin API or in code are kept. */
  replaceAll(loaded: Map<string, LoadedScenario>): void {
    for (const [name, entry] of this.loaded()) if (!loaded.has(name) && !ADDED.has(entry.source)) this.delete(name);
    for (const [name, entry] of loaded) {
      const current = this.loaded().get(name);
      if (current && current.source === entry.source && JSON.stringify(current.scenario) === JSON.stringify(entry.scenario)) continue;
      this.put(name, entry.scenario, entry.source);
    }
  }

  /** The entries, after the pending load if this is the first use (a load that throws is tried again). */
  private loaded(): Map<string, RegisteredScenario> {
    if (this.pending) {
      const scenarios = this.pending();
      this.pending = undefined;
      for (const [name, entry] of scenarios) if (!this.entries.has(name)) this.put(name, entry.scenario, entry.source);
    }
    return this.entries;
  }
}
