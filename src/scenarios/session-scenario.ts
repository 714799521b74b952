// A session's default scenario, as the programmatic API (useScenario) and the admin API (PUT
// /__mock/sessions/:id/scenario) choose it: a loaded scenario by name, none, or a definition that is registered
// and stays that session's own (tests in parallel may register theirs under the same name) until the session
// ends, is dropped or is given another scenario.
import { scenarioNameProblem, validateScenario, type Checked } from '../domain/scenarios/validate.js';
import type { Runtime } from '../runtime.js';
import type { Scenario } from '../schemas/fixtures.js';
import type { RegisteredScenario } from './registry.js';
import { knownScenarios } from './known-names.js';

export type ChosenScenario =
  | { ok: true; name: string | null }
  | { ok: false; reason: 'unknown'; message: string }
  | { ok: false; reason: 'invalid'; problems: string[]; count: string };

export interface ScenarioChoice {
  session: string;
  /** A loaded scenario's name, a definition, or null for none. */
  scenario: string | Scenario | null;
  /** The name a definition is registered under (default: `inline-1`, `inline-2`, …). */
  name?: string | undefined;
  /** Where a definition came from, as GET /__mock/scenarios and messages name it. */
  source: string;
}

/** A definition given for a session answers that session alone: it claims no others. */
const SESSIONS_PROBLEM = 'sessions: a definition given for one session answers that session only; list sessions in a shared scenario (a fixture file, PUT /__mock/scenarios/:name)';

export function chooseSessionScenario(runtime: Runtime, choice: ScenarioChoice): ChosenScenario {
  const { scenario } = choice;
  let name: string | null = null;
  let own: RegisteredScenario | undefined;
  if (typeof scenario === 'string') {
    // The session's own definition of the name, when nothing else has taken the name since: started over.
    const registered = runtime.scenarios.get(scenario);
    const mine = runtime.sessions.peek(choice.session)?.ownScenario;
    if (mine?.name === scenario && (registered === undefined || registered === mine)) own = mine;
    else if (!registered) return { ok: false, reason: 'unknown', message: `No scenario named '${scenario}'. Known: ${knownScenarios(scenario, runtime.scenarios.unsortedNames(), { none: 'none' })}.` };
    // Another session's definition goes with that session (reset, dropped, given another): this one takes its
    // own copy, so that it answers the same until this session lets it go.
    else if (registered.owner !== undefined) own = runtime.scenarios.putOwn(scenario, registered.scenario, { source: registered.source, session: choice.session });
    name = scenario;
  } else if (scenario !== null) {
    const checked = validateScenario(scenario);
    const badName = choice.name === undefined ? undefined : scenarioNameProblem(choice.name);
    const ownProblems = [...(badName ? [`(name): ${badName}`] : []), ...(checked.ok && checked.value.sessions !== undefined ? [SESSIONS_PROBLEM] : [])];
    const problems = [...ownProblems, ...(checked.ok ? [] : checked.problems)];
    if (!checked.ok || problems.length > 0) return { ok: false, reason: 'invalid', problems, count: countWith(checked, ownProblems.length) };
    name = choice.name ?? runtime.scenarios.inlineName();
    own = runtime.scenarios.putOwn(name, checked.value, { source: choice.source, session: choice.session });
  }
  runtime.sessions.startScenario(choice.session, name ?? undefined, own ? { own } : {});
  return { ok: true, name };
}

/** How many problems a definition has, with those of its name and of its `sessions` (`extra`). */
function countWith(checked: Checked<Scenario>, extra: number): string {
  if (checked.ok) return String(extra);
  return /^\d+$/.test(checked.count) ? String(Number(checked.count) + extra) : checked.count;
}
