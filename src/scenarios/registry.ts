// The scenarios a server knows: loaded from fixture files, then added, replaced or removed through the admin
// API or the programmatic API. Each entry has a version so per-session rule counters restart when it changes.
import type { Scenario } from '../schemas/fixtures.js';
import type { LoadedScenario } from './load.js';

export interface RegisteredScenario extends LoadedScenario {
  name: string;
  version: number;
}

export class ScenarioRegistry {
  private readonly entries = new Map<string, RegisteredScenario>();
  private versions = 0;

  constructor(initial: Map<string, LoadedScenario> = new Map()) {
    this.replaceAll(initial);
  }

  get(name: string): RegisteredScenario | undefined {
    return this.entries.get(name);
  }

  names(): string[] {
    return [...this.entries.keys()].sort();
  }

  all(): RegisteredScenario[] {
    return this.names().map((name) => this.entries.get(name)!);
  }

  put(name: string, scenario: Scenario, source = 'admin API'): RegisteredScenario {
    const entry = { name, scenario, source, version: (this.versions += 1) };
    this.entries.set(name, entry);
    return entry;
  }

  delete(name: string): boolean {
    return this.entries.delete(name);
  }

  /** Swaps in a freshly loaded set (--watch): scenarios added through the API are kept. */
  replaceAll(loaded: Map<string, LoadedScenario>): void {
    for (const [name, entry] of this.entries) if (!loaded.has(name) && entry.source !== 'admin API') this.entries.delete(name);
    for (const [name, entry] of loaded) {
      const current = this.entries.get(name);
      if (current && current.source === entry.source && JSON.stringify(current.scenario) === JSON.stringify(entry.scenario)) continue;
      this.put(name, entry.scenario, entry.source);
    }
  }
}
