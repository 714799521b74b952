// One request's step through its scenario: count the turn, pick the first unused matching rule and use it
// up, or explain the miss (an error under --strict-scenarios, the rule-based engine otherwise).
import type { MatchContext } from '../domain/scenarios/match.js';
import { scriptedError } from '../domain/scenarios/respond.js';
import { ruleLabel, selectRule } from '../domain/scenarios/select.js';
import type { MockError } from '../domain/types.js';
import type { Respond } from '../schemas/fixtures.js';
import type { RegisteredScenario } from '../scenarios/registry.js';
import { lostScenarioError } from '../state/lost.js';
import { progressOf, pruneProgress, type Session } from '../state/sessions.js';
import { replayedError } from './replay.js';
import type { RuleRef } from './types.js';

export type StepOutcome =
  /** `label` names the rule in errors: `scenario 'x', rule 2 ('name')`. */
  | { kind: 'respond'; respond: Respond; rule: RuleRef; label: string }
  | { kind: 'error'; error: MockError; rule: RuleRef | null }
  /** No rule took the turn: the rule-based engine answers; `why` says which turn missed and the closest rule. */
  | { kind: 'fallback'; why: string };

export interface StepArgs {
  scenario: RegisteredScenario;
  session: Session;
  context: Omit<MatchContext, 'turn'>;
  strict: boolean;
  /** The version of the scenario a name stands for in this session now, if any (to forget stale progress). */
  versionOf?: (name: string) => number | undefined;
}

export function stepScenario(args: StepArgs): StepOutcome {
  const { scenario, session, context } = args;
  const rules = scenario.scenario.rules;
  // Progress dropped with an evicted session: a clear error, never a silent first turn.
  const lost = lostScenarioError(session, scenario.name);
  if (lost) return { kind: 'error', error: lost, rule: null };
  // Looked for only when progress is added: a session that goes on with the scenarios it has costs nothing.
  if (args.versionOf && session.progress.get(scenario.name)?.version !== scenario.version) pruneProgress(session, args.versionOf);
  const progress = progressOf(session, { name: scenario.name, version: scenario.version, ruleCount: rules.length });
  progress.turn += 1;
  const selection = selectRule(scenario.scenario, { uses: progress.uses, context: { ...context, turn: progress.turn } });
  if (selection.matched) {
    progress.uses[selection.index] = (progress.uses[selection.index] ?? 0) + 1;
    const rule = { index: selection.index, name: selection.rule.name ?? null, turn: progress.turn };
    const respond = selection.rule.respond;
    if (respond.error) return { kind: 'error', error: scriptedError(respond.error, context.provider), rule };
    if (respond.replay && (respond.replay.status ?? 200) >= 400) return { kind: 'error', error: replayedError(respond.replay), rule };
    return { kind: 'respond', respond, rule, label: `scenario '${scenario.name}', ${ruleLabel(selection.rule, selection.index)}` };
  }
  const closest = selection.closest;
  const why = closest ? ` The closest is ${ruleLabel(closest.rule, closest.index)}: ${listReasons(closest.reasons)}.` : '';
  if (!args.strict) return { kind: 'fallback', why: `No rule of scenario '${scenario.name}' matches turn ${progress.turn}.${why}` };
  return {
    kind: 'error',
    rule: null,
    error: {
      code: 'scenario_no_match',
      message: `No rule of scenario '${scenario.name}' matches turn ${progress.turn} of session '${session.id}'.${why}`,
      param: null,
    },
  };
}

/** The closest rule's reasons, the first 20 of them when there are more (a rule may name thousands of tools). */
function listReasons(reasons: string[]): string {
  const shown = reasons.slice(0, 20).join('; ');
  return reasons.length > 20 ? `${shown}; … and ${reasons.length - 20} more` : shown;
}
