// Whether an exchange can be recorded so that the recording loads again: nothing nested past the limit (or the
// recorder's own walks would overflow), a stream's final response with output items, and the rule as the
// fixture loader checks it. Whatever fails is passed through unrecorded, and the reason logged.
import { outputProblems, TERMINAL_EVENTS } from '../domain/scenarios/replay-checks.js';
import { validateScenario } from '../domain/scenarios/validate.js';
import { MAX_BODY_DEPTH, nestsDeeperThan } from '../domain/validation/body-depth.js';
import type { Rule, Scenario } from '../schemas/fixtures.js';
import type { CapturedResponse } from './capture.js';

/** Problems named per exchange at most: the first few say what is wrong. */
const SHOWN_PROBLEMS = 3;

/** Why the exchange cannot be recorded as it came, checked before anything walks it; undefined if it can. */
export function exchangeProblem(args: { body: unknown; response: CapturedResponse }): string | undefined {
  const { response } = args;
  if (nestsDeeperThan(args.body, MAX_BODY_DEPTH)) return `the request nests deeper than ${MAX_BODY_DEPTH} levels`;
  if (nestsDeeperThan(response.body, MAX_BODY_DEPTH) || (response.events ?? []).some((event) => nestsDeeperThan(event, MAX_BODY_DEPTH))) {
    return `the answer nests deeper than ${MAX_BODY_DEPTH} levels`;
  }
  // A replayed stream answers with its final response's items, as a JSON recording does with its body's.
  const events = response.events ?? [];
  for (let index = events.length - 1; index >= 0; index -= 1) {
    const event = events[index]!;
    if (!TERMINAL_EVENTS.has(event.type) || event.response === undefined) continue;
    const at = `events[${index}].response`;
    const problems = typeof event.response !== 'object' || event.response === null || Array.isArray(event.response)
      ? [`${at}: must be a response object`]
      : outputProblems((event.response as { output?: unknown }).output, `${at}.output`);
    return problems.length > 0 ? `the stream's final response could not be replayed (${problems[0]})` : undefined;
  }
  return undefined;
}

/** Why the rule, written into its scenario, would not load (as the fixture loader says it); undefined if it would. */
export function ruleProblem(args: { rule: Rule; session: string; description: string }): string | undefined {
  const scenario: Scenario = { description: args.description, sessions: [args.session], strictness: 'lenient', rules: [args.rule] };
  const checked = validateScenario(scenario);
  if (checked.ok) return undefined;
  const problems = checked.problems.slice(0, SHOWN_PROBLEMS).map((problem) => problem.replace(/^rules\[0\]\.?/, ''));
  return `the recording would not load (${problems.join('; ')})`;
}
