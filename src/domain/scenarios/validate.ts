// Checks a fixture document (a whole file, or one scenario sent to the admin API) and lists every problem
// as `path: reason`, schema failures and semantic ones (bad regexes, contradictory responds) alike.
import type { ValidateFunction } from 'ajv';
import { loadFixtureValidators } from '../../lazy-modules.js';
import { SCENARIO_NAME_PATTERN, type FixtureFile, type Scenario } from '../../schemas/fixtures.js';
import { isRecord } from '../is-record.js';
import { scenarioSizeProblem } from './scenario-size.js';
import { describeSchemaErrors } from './schema-problems.js';
import { scenarioPointer, semanticProblems, type ScenarioAt } from './rule-checks.js';

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
 * Too deep or too large first (nothing else walks such a document); then the schema; then what the schema cannot
 * say, on every rule part whose shape holds (and the regexes of those that do not), so that one pass lists all.
 */
function validateWith<T>(args: { document: unknown; check: ValidateFunction; file: boolean }): Checked<T> {
  const { document, check } = args;
  const scenarios: ScenarioAt[] = args.file ? scenariosOf(document) : [{ path: '', pointer: '', scenario: document }];
  const oversized = scenarios.map(({ path, scenario }) => scenarioSizeProblem(scenario, path)).filter((problem) => problem !== null);
  if (oversized.length > 0) return failure(oversized);
  const valid = check(document);
  const errors = valid ? [] : check.errors ?? [];
  const semantic = semanticProblems(scenarios, errors);
  if (!valid) {
    const schema = describeSchemaErrors(errors, { base: '', limit: MAX_LISTED });
    return failure([...schema.lines, ...semantic], { unlisted: schema.more, unknown: schema.unread });
  }
  return semantic.length > 0 ? failure(semantic) : { ok: true, value: document as T };
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

/** A file's scenarios by path (`scenarios.name`) and pointer. */
function scenariosOf(document: unknown): ScenarioAt[] {
  if (!isRecord(document) || !isRecord(document.scenarios)) return [];
  return Object.entries(document.scenarios).map(([name, scenario]) => ({ path: `scenarios.${name}`, pointer: scenarioPointer(name), scenario }));
}
