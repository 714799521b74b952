// The error for a create whose scenario is not loaded, worded after where its name came from: the request's
// x-mock-scenario header, the session's default (PUT /__mock/sessions/:id/scenario, useScenario) or the
// server's (--scenario), the last two loaded when they were chosen and deleted since.
import type { MockError } from '../domain/types.js';
import { knownScenarios } from './known-names.js';

/** Where a request's scenario name came from. */
export type ScenarioSource = { kind: 'header' } | { kind: 'session'; session: string } | { kind: 'server' };

const GONE = 'is no longer loaded: it was deleted (DELETE /__mock/scenarios/:name) or left the fixture files since it was chosen';

export function unknownScenario(name: string, args: { source: ScenarioSource; names: readonly string[] }): MockError {
  const shown = name.slice(0, 128);
  const known = knownScenarios(name, args.names, { none: 'none (load some with --fixtures)' });
  const { source } = args;
  if (source.kind === 'header') {
    return { code: 'scenario_not_found', message: `Unknown scenario '${shown}' in 'x-mock-scenario'. Known scenarios: ${known}.`, param: 'x-mock-scenario' };
  }
  const message = source.kind === 'session'
    ? `Session '${source.session.slice(0, 128)}' has default scenario '${shown}' (given by PUT /__mock/sessions/:id/scenario or useScenario), which ${GONE}. Give it another, or send x-mock-scenario. Known scenarios: ${known}.`
    : `The server's default scenario '${shown}' (--scenario) ${GONE}. Give the session one (PUT /__mock/sessions/:id/scenario, useScenario), or send x-mock-scenario. Known scenarios: ${known}.`;
  return { code: 'scenario_not_found', message, param: null };
}
