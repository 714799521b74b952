// What the schema cannot say about a rule (contradictory responds, framing headers, a turn range upside down,
// regexes RE2 does not run), checked on each part of a rule whose shape holds, even when another part, rule or
// scenario of the same document is misshapen: one pass lists every problem.
import type { ErrorObject } from 'ajv';
import type { Match, Respond, Rule } from '../../schemas/fixtures.js';
import { isRecord } from '../is-record.js';
import { joinPath } from '../validation/paths.js';
import { headerProblems } from './header-checks.js';
import { hostedProblems } from './hosted-checks.js';
import { regexProblems } from './regex-checks.js';
import { replayProblems } from './replay-checks.js';

/** A scenario to check: its path in messages (`scenarios.s`, or '' for one scenario) and its JSON pointer. */
export interface ScenarioAt {
  path: string;
  pointer: string;
  scenario: unknown;
}

/** The JSON pointer of a scenario of a file (`/scenarios/<name>`, escaped as Ajv's instancePath is). */
export function scenarioPointer(name: string): string {
  return `/scenarios/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/**
 * The semantic problems of every rule part whose shape holds. `errors` are the schema's (none for a valid
 * document): a part any error lies in is read with care for its regexes only.
 */
export function semanticProblems(scenarios: ScenarioAt[], errors: readonly ErrorObject[]): string[] {
  const misshapen = misshapenParts(errors);
  const problems: string[] = [];
  for (const { path, pointer, scenario } of scenarios) {
    if (!isRecord(scenario) || !Array.isArray(scenario.rules)) continue;
    scenario.rules.forEach((rule: unknown, index) => {
      if (!isRecord(rule)) return;
      const at = `${pointer}/rules/${index}`;
      const matchHolds = rule.match === undefined || (isRecord(rule.match) && !misshapen.has(`${at}/match`));
      const respondHolds = isRecord(rule.respond) && !misshapen.has(`${at}/respond`);
      problems.push(...partProblems(rule, { path: joinPath(path, `rules[${index}]`), matchHolds, respondHolds }));
    });
  }
  return problems;
}

/** `<scenario>/rules/<i>/<part>` for each error inside such a part (one pass over the errors). */
function misshapenParts(errors: readonly ErrorObject[]): Set<string> {
  const parts = new Set<string>();
  for (const { instancePath } of errors) {
    const segments = instancePath.split('/', 7);
    const rules = segments[1] === 'scenarios' ? 3 : 1;
    if (segments[rules] === 'rules' && segments.length > rules + 2) parts.add(segments.slice(0, rules + 3).join('/'));
  }
  return parts;
}

function partProblems(rule: Record<string, unknown>, args: { path: string; matchHolds: boolean; respondHolds: boolean }): string[] {
  const { path, matchHolds, respondHolds } = args;
  const problems: string[] = [];
  if (respondHolds) problems.push(...respondProblems(rule.respond as Respond, `${path}.respond`));
  if (respondHolds && matchHolds) problems.push(...hostedProblems(rule as Rule, `${path}.respond.hosted`));
  if (matchHolds) problems.push(...matchProblems(rule.match as Match | undefined, `${path}.match`));
  else if (isRecord(rule.match)) problems.push(...regexProblems(rule.match, `${path}.match`));
  return problems;
}

function respondProblems(respond: Respond, path: string): string[] {
  const problems: string[] = [];
  if (respond.error && (respond.text !== undefined || respond.json !== undefined || respond.refusal !== undefined || respond.calls || respond.hosted || respond.fail || respond.incomplete)) {
    problems.push(`${path}: 'error' answers with an HTTP error; it cannot be combined with text, json, refusal, calls, hosted, fail or incomplete`);
  }
  const messages = (['text', 'json', 'refusal'] as const).filter((key) => respond[key] !== undefined);
  if (messages.length > 1) problems.push(`${path}: ${messages.map((key) => `'${key}'`).join(' and ')} each give the message; choose one`);
  if (respond.fail && respond.incomplete) problems.push(`${path}: 'fail' and 'incomplete' are exclusive`);
  problems.push(...headerProblems(respond.error?.headers, `${path}.error.headers`));
  problems.push(...replayProblems(respond, path));
  return problems;
}

function matchProblems(match: Match | undefined, path: string): string[] {
  if (!match) return [];
  const problems = regexProblems(match, path);
  if (typeof match.turn === 'object' && match.turn.min !== undefined && match.turn.max !== undefined && match.turn.min > match.turn.max) {
    problems.push(`${path}.turn: min ${match.turn.min} is above max ${match.turn.max}`);
  }
  for (const name of Object.keys(match.headers ?? {})) {
    if (name !== name.toLowerCase()) problems.push(`${path}.headers.${name}: header names must be lower case`);
  }
  return problems;
}
