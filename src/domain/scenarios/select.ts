// Which rule of a scenario answers a request: the first rule, in order, that is not used up and matches.
// When none does, the closest rule (fewest failed conditions) and its reasons explain why.
import type { Rule, Scenario } from '../../schemas/fixtures.js';
import { mismatches, type MatchContext } from './match.js';

export type Selection =
  | { matched: true; index: number; rule: Rule }
  | { matched: false; closest?: { index: number; rule: Rule; reasons: string[] } };

/** `uses[i]` is how often rule i has answered in this session. */
export function selectRule(scenario: Scenario, args: { uses: number[]; context: MatchContext }): Selection {
  let closest: { index: number; rule: Rule; reasons: string[]; distance: number } | undefined;
  for (const [index, rule] of scenario.rules.entries()) {
    const reasons = mismatches(rule.match, args.context);
    const spent = usedUp(rule, args.uses[index] ?? 0);
    if (reasons.length === 0 && !spent) return { matched: true, index, rule };
    // A rule that matches but is used up is the most telling miss: it counts half a failed condition.
    const distance = reasons.length + (spent ? 0.5 : 0);
    if (spent) reasons.push(`it ${reasons.length === 0 ? 'matches but ' : ''}is used up (answered ${args.uses[index] ?? 0} time(s), times: ${String(rule.times ?? 1)})`);
    if (!closest || distance < closest.distance) closest = { index, rule, reasons, distance };
  }
  return closest ? { matched: false, closest: { index: closest.index, rule: closest.rule, reasons: closest.reasons } } : { matched: false };
}

export function usedUp(rule: Rule, uses: number): boolean {
  const times = rule.times ?? 1;
  return times !== 'always' && uses >= times;
}

export function ruleLabel(rule: Rule, index: number): string {
  return rule.name ? `rule ${index + 1} ('${rule.name}')` : `rule ${index + 1}`;
}
