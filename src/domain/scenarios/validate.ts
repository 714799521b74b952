// Checks a fixture document (a whole file, or one scenario sent to the admin API) and lists every problem
// as `path: reason`, schema failures and semantic ones (bad regexes, contradictory responds) alike.
import type { ErrorObject, ValidateFunction } from 'ajv';
import { loadFixtureValidators } from '../../lazy-modules.js';
import type { FixtureFile, Match, Rule, Scenario } from '../../schemas/fixtures.js';
import { formatPath, joinPath } from '../validation/paths.js';
import { compileRegex } from './regex.js';
import { headerProblems } from './header-checks.js';
import { hostedProblems } from './hosted-checks.js';
import { replayProblems } from './replay-checks.js';

// Compiled at build time (src/schemas/validators.ts → src/generated/fixture-validators.ts), loaded when
// the first fixture is checked: the largest generated module, and a run may load no fixture at all.

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: string[] };

export function validateFixtureFile(document: unknown): Checked<FixtureFile> {
  return validateWith({ document, check: loadFixtureValidators().validators.fixtureFile, base: '' });
}

/** One scenario (the body of PUT /__mock/scenarios/:name). */
export function validateScenario(document: unknown): Checked<Scenario> {
  return validateWith({ document, check: loadFixtureValidators().validators.scenario, base: '' });
}

function validateWith<T>(args: { document: unknown; check: ValidateFunction; base: string }): Checked<T> {
  const { document, check, base } = args;
  if (!check(document)) return { ok: false, problems: describe(check.errors ?? [], base) };
  const problems = semanticProblems(document as Record<string, unknown>);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: document as T };
}

function describe(errors: ErrorObject[], base: string): string[] {
  const unions = errors.filter((e) => e.keyword === 'anyOf');
  const relevant = errors.filter((e) => !unions.some((u) => e !== u && e.schemaPath.startsWith(`${u.schemaPath}/`)));
  const lines = relevant.map((error) => {
    const path = joinPath(base, formatPath(error.instancePath)) || '(top level)';
    return `${path}: ${reason(error)}`;
  });
  return [...new Set(lines)];
}

function reason(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': return `'${String(params.missingProperty)}' is required`;
    case 'additionalProperties': {
      if ((error.parentSchema as { patternProperties?: object }).patternProperties) {
        return `name '${String(params.additionalProperty)}' is not allowed (letters, digits, _ . : -; at most 128 characters, starting with a letter or digit)`;
      }
      const known = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      const extra = String(params.additionalProperty);
      const guess = closest(extra, known);
      return `unknown field '${extra}'${guess ? ` (did you mean '${guess}'?)` : ''}; known fields: ${known.join(', ')}`;
    }
    case 'anyOf': return `must be ${describeUnion(error.schema as Array<Record<string, unknown>>)}`;
    case 'type': return `must be ${article(String(params.type))}`;
    case 'const': return `must be '${String(params.allowedValue)}'`;
    case 'enum': return `must be one of ${(params.allowedValues as unknown[]).map((v) => `'${String(v)}'`).join(', ')}`;
    case 'pattern': return `must match ${String(params.pattern)}`;
    case 'propertyNames': return `name '${String(params.propertyName)}' is not allowed (letters, digits, _ . : - ; at most 128)`;
    case 'minItems': return `must have at least ${String(params.limit)} item(s)`;
    case 'minProperties': return `must not be empty`;
    default: return error.message ?? 'is invalid';
  }
}

function describeUnion(branches: Array<Record<string, unknown>>): string {
  const kinds = branches.map((branch) => {
    if ('const' in branch) return `'${String(branch.const)}'`;
    if (branch.type === 'object' && branch.properties) return `an object with ${Object.keys(branch.properties).join('/')}`;
    return article(String(branch.type ?? 'value'));
  });
  return kinds.join(' or ');
}

const article = (type: string): string => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) { best = candidate; bestDistance = distance; }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** Problems the schema cannot express: regexes that do not compile, responds that contradict themselves. */
function semanticProblems(document: Record<string, unknown>): string[] {
  const scenarios = 'scenarios' in document
    ? Object.entries(document.scenarios as Record<string, Scenario>).map(([name, s]) => [`scenarios.${name}`, s] as const)
    : [['', document as unknown as Scenario] as const];
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
  const problems: string[] = [];
  const regexes: Array<[string, unknown]> = [['message', match.message], ['model', match.model], ...Object.entries(match.headers ?? {}).map(([k, v]) => [`headers.${k}`, v] as [string, unknown])];
  for (const [field, value] of regexes) {
    if (typeof value !== 'object' || value === null || !('regex' in value)) continue;
    const { regex, flags } = value as { regex: string; flags?: string };
    const compiled = compileRegex(regex, flags);
    if (!compiled.ok) problems.push(`${path}.${field}.regex: ${compiled.reason}`);
  }
  if (typeof match.turn === 'object' && match.turn.min !== undefined && match.turn.max !== undefined && match.turn.min > match.turn.max) {
    problems.push(`${path}.turn: min ${match.turn.min} is above max ${match.turn.max}`);
  }
  for (const name of Object.keys(match.headers ?? {})) {
    if (name !== name.toLowerCase()) problems.push(`${path}.headers.${name}: header names must be lower case`);
  }
  return problems;
}
