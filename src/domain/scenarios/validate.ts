// Checks a fixture document (a whole file, or one scenario sent to the admin API) and lists every problem
// as `path: reason`, schema failures and semantic ones (bad regexes, contradictory responds) alike.
import type { ValidateFunction } from 'ajv';
import { loadFixtureValidators } from '../../lazy-modules.js';
import { SCENARIO_NAME_PATTERN, type FixtureFile, type Match, type Rule, type Scenario } from '../../schemas/fixtures.js';
import { isRecord } from '../is-record.js';
import { joinPath } from '../validation/paths.js';
import { regexProblems } from './regex-checks.js';
import { scenarioSizeProblem } from './scenario-size.js';
import { describeSchemaErrors } from './schema-problems.js';
import { headerProblems } from './header-checks.js';
import { hostedProblems } from './hosted-checks.js';
import { replayProblems } from './replay-checks.js';

// Compiled at build time (src/schemas/validators.ts → src/generated/fixture-validators.ts), loaded when
// the first fixture is checked: the largest generated module, and a run may load no fixture at all.

/** A failure lists at most MAX_LISTED problems (then one line saying how many more); `count` says how many in all ('16000', 'more than 100'). */
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: string[]; count: string };

/** Problems listed, and characters of one problem: a hostile document's errors are bounded in count and size. */
const MAX_LISTED = 100;
const MAX_PROBLEM_CHARS = 1000;

export function validateFixtureFile(document: unknown): Checked<FixtureFile> {
  const misshapen = fileShapeProblem(document);
  if (misshapen) return failure([misshapen]);
  return validateWith({ document, check: loadFixtureValidators().validators.fixtureFile, file: true });
}

/** A name given in code or to the admin API that a fixture file could not hold, said as a file's would be. */
export function scenarioNameProblem(name: string): string | undefined {
  return new RegExp(SCENARIO_NAME_PATTERN).test(name) ? undefined : `'${name.slice(0, 60)}' is not a scenario name (letters, digits, _ . : -; at most 128 characters, starting with a letter or digit)`;
}

/** One scenario (the body of PUT /__mock/scenarios/:name). */
export function validateScenario(document: unknown): Checked<Scenario> {
  const misshapen = scenarioShapeProblem(document);
  if (misshapen) return failure([misshapen]);
  return validateWith({ document, check: loadFixtureValidators().validators.scenario, file: false });
}

/** What a fixture file holds, for messages about one that holds something else. */
export const FILE_SHAPE = "a fixture file holds named scenarios: {\"scenarios\": {\"<name>\": {\"rules\": […]}}}";

/** Nothing at all, or one scenario where a file belongs: said as such, not as a missing 'scenarios'. */
function fileShapeProblem(document: unknown): string | undefined {
  if (document === undefined || document === null || document === '') return `(top level): holds nothing; ${FILE_SHAPE}`;
  if (isRecord(document) && 'rules' in document && !('scenarios' in document)) return `(top level): this is one scenario ('rules'), not a fixture file; ${FILE_SHAPE}`;
  return undefined;
}

/** Nothing at all, or a whole file where one scenario belongs: said as such, not as a missing 'rules'. */
function scenarioShapeProblem(document: unknown): string | undefined {
  if (document === undefined || document === null || document === '') return "(top level): no scenario given; a scenario is an object with its 'rules' ({\"rules\": [{\"respond\": {\"text\": \"…\"}}]})";
  if (isRecord(document) && isRecord(document.scenarios) && !('rules' in document)) {
    return "(top level): this is a fixture file ('scenarios' by name), not one scenario: give the object under one name (with its 'rules')";
  }
  return undefined;
}

/**
 * Too deep or too large first (nothing else walks such a document); then the schema, with the regexes that
 * have the right shape checked too, so that one pass lists both; then what only a valid document can show.
 */
function validateWith<T>(args: { document: unknown; check: ValidateFunction; file: boolean }): Checked<T> {
  const { document, check } = args;
  const scenarios = args.file ? scenariosOf(document) : [['', document] as const];
  const oversized = scenarios.map(([base, scenario]) => scenarioSizeProblem(scenario, base)).filter((problem) => problem !== null);
  if (oversized.length > 0) return failure(oversized);
  if (!check(document)) {
    const regexes = scenarios.flatMap(([base, scenario]) => scenarioRegexProblems(scenario, base));
    const schema = describeSchemaErrors(check.errors ?? [], { base: '', limit: MAX_LISTED });
    return failure([...schema.lines, ...regexes], { unlisted: schema.more, unknown: schema.unread });
  }
  const problems = semanticProblems(scenarios as Array<readonly [string, Scenario]>);
  return problems.length > 0 ? failure(problems) : { ok: true, value: document as T };
}

/** The first MAX_LISTED problems, each cut in its middle past MAX_PROBLEM_CHARS (a megabyte key), and a count of the rest. */
function failure(problems: string[], rest: { unlisted: number; unknown: boolean } = { unlisted: 0, unknown: false }): { ok: false; problems: string[]; count: string } {
  const total = problems.length + rest.unlisted;
  const listed = problems.slice(0, MAX_LISTED).map((problem) => (problem.length > MAX_PROBLEM_CHARS
    ? `${problem.slice(0, MAX_PROBLEM_CHARS / 2)}…${problem.slice(-MAX_PROBLEM_CHARS / 2 + 1)}`
    : problem));
  if (rest.unknown) listed.push(`… and more problems past these ${listed.length}, not listed`);
  else if (total > listed.length) listed.push(`… and ${total - listed.length} more problem(s), not listed`);
  return { ok: false, problems: listed, count: rest.unknown ? `more than ${listed.length - 1}` : String(total) };
}

/** A file's scenarios by path (`scenarios.name`). */
function scenariosOf(document: unknown): Array<readonly [string, unknown]> {
  return isRecord(document) && isRecord(document.scenarios) ? Object.entries(document.scenarios).map(([name, s]) => [`scenarios.${name}`, s] as const) : [];
}

/** The regex problems of a scenario not known to be valid: each rule's match read with care. */
function scenarioRegexProblems(scenario: unknown, base: string): string[] {
  if (!isRecord(scenario) || !Array.isArray(scenario.rules)) return [];
  return scenario.rules.flatMap((rule: unknown, index) => (isRecord(rule) && isRecord(rule.match) ? regexProblems(rule.match, joinPath(base, `rules[${index}].match`)) : []));
}

/** Problems the schema cannot express: regexes that do not compile, responds that contradict themselves. */
function semanticProblems(scenarios: Array<readonly [string, Scenario]>): string[] {
  const problems: string[] = [];
  for (const [base, scenario] of scenarios) {
    scenario.rules.forEach((rule, index) => problems.push(...ruleProblems(rule, joinPath(base, `rules[${index}]`))));
  }
  return problems;
}

function ruleProblems(rule: Rule, path: string): string[] {
  const problems: string[] = [];
  const respond = rule.respond;
  if (respond.error && (respond.text !== undefined || respond.json !== undefined || respond.refusal !== undefined || respond.calls || respond.hosted || respond.fail || respond.incomplete)) {
    problems.push(`${path}.respond: 'error' answers with an HTTP error; it cannot be combined with text, json, refusal, calls, hosted, fail or incomplete`);
  }
  const messages = (['text', 'json', 'refusal'] as const).filter((key) => respond[key] !== undefined);
  if (messages.length > 1) problems.push(`${path}.respond: ${messages.map((key) => `'${key}'`).join(' and ')} each give the message; choose one`);
  if (respond.fail && respond.incomplete) problems.push(`${path}.respond: 'fail' and 'incomplete' are exclusive`);
  problems.push(...headerProblems(respond.error?.headers, `${path}.respond.error.headers`));
  problems.push(...replayProblems(respond, `${path}.respond`));
  problems.push(...hostedProblems(rule, `${path}.respond.hosted`));
  problems.push(...matchProblems(rule.match, `${path}.match`));
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
