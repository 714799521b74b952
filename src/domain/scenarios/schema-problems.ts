// Ajv's errors on a fixture document, worded as `path: reason`: unknown fields with the closest known name,
// unions by their branches, and a value of the type one branch takes by that branch's own problems.
import type { ErrorObject } from 'ajv';
import { closestName } from '../closest-name.js';
import { formatPath, joinPath } from '../validation/paths.js';

/** The flags a fixture regex takes (src/domain/scenarios/regex.ts says what each does). */
const REGEX_FLAGS = 'i, m, s (and u, v, g, y, d, which change nothing here)';

/** Ajv errors read closely: far more than the problems listed need (a union's errors come before it). */
const ERRORS_READ = 10_000;

/**
 * The problems, worded, the first `limit` of them (a document with a million unknown keys has a million errors;
 * wording each costs a look for the closest name); how many of those read were left unworded, and whether some
 * were not read at all (then how many problems they hold is not known).
 */
export function describeSchemaErrors(all: ErrorObject[], args: { base: string; limit: number }): { lines: string[]; more: number; unread: boolean } {
  const { base, limit } = args;
  // Those past the first ERRORS_READ are counted, not read: each is looked at several times below.
  const errors = all.length > ERRORS_READ ? all.slice(0, ERRORS_READ) : all;
  const unions = unionsByInstancePath(errors);
  const enclosing = errors.map((error) => enclosingUnions(error, unions));
  // A union given a value of the type exactly one branch takes is reported by that branch's own errors (an
  // object's `flags` or unknown key, an integer's minimum): "must be an integer or 'always'" said of `times: 0`
  // would not say what is wrong.
  const chosen = new Map<ErrorObject, string>();
  errors.forEach((error, index) => {
    for (const union of enclosing[index]!) {
      const branch = typedBranch(union);
      const prefix = `${union.schemaPath}/${branch}/`;
      if (branch >= 0 && error.schemaPath.startsWith(prefix)) chosen.set(union, prefix);
    }
  });
  const relevant = errors.filter((error, index) => !chosen.has(error) && !enclosing[index]!.some((union) => {
    const prefix = chosen.get(union);
    return prefix === undefined || !error.schemaPath.startsWith(prefix);
  }));
  const kept = withoutMistypedRequired(relevant);
  const lines = new Set<string>();
  let worded = 0;
  for (; worded < kept.length && lines.size < limit; worded += 1) {
    const error = kept[worded]!;
    lines.add(`${joinPath(base, formatPath(error.instancePath)) || '(top level)'}: ${reason(error)}`);
  }
  return { lines: [...lines], more: kept.length - worded, unread: all.length > errors.length };
}

function unionsByInstancePath(errors: ErrorObject[]): Map<string, ErrorObject[]> {
  const byPath = new Map<string, ErrorObject[]>();
  for (const error of errors) {
    if (error.keyword !== 'anyOf') continue;
    const list = byPath.get(error.instancePath);
    if (list) list.push(error);
    else byPath.set(error.instancePath, [error]);
  }
  return byPath;
}

/**
 * The unions an error sits under: at its own value or one that holds it (`/rules/1` never holds `/rules/10`),
 * and in its schema. Looked up by each enclosing instance path, so one rule's error meets only its rule's unions.
 */
function enclosingUnions(error: ErrorObject, unions: Map<string, ErrorObject[]>): ErrorObject[] {
  const found: ErrorObject[] = [];
  const path = error.instancePath;
  for (let end = 0; ; end = nextSegmentEnd(path, end)) {
    for (const union of unions.get(path.slice(0, end)) ?? []) if (error.schemaPath.startsWith(`${union.schemaPath}/`)) found.push(union);
    if (end === path.length) return found;
  }
}

function nextSegmentEnd(path: string, end: number): number {
  const slash = path.indexOf('/', end + 1);
  return slash === -1 ? path.length : slash;
}

/** The index of the one branch of a union that takes the value's type (not a constant's), else -1. */
function typedBranch(union: ErrorObject): number {
  const type = jsonType(union.data);
  const takes = (branch: Record<string, unknown>) => !('const' in branch) && !('enum' in branch) && (branch.type === type || (type === 'integer' && branch.type === 'number'));
  const branches = (union.schema as Array<Record<string, unknown>>).map((branch, index) => [branch, index] as const).filter(([branch]) => takes(branch));
  return branches.length === 1 ? branches[0]![1] : -1;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/**
 * A required field that is only mistyped (`respnd` for `respond`) is one mistake: the unknown field's line names
 * it (`did you mean 'respond'?`), so "'respond' is required" beside it is left out.
 */
function withoutMistypedRequired(errors: ErrorObject[]): ErrorObject[] {
  // Guessed only where a field is missing: the guess costs an edit distance to every known name.
  const missing = new Set(errors.filter((error) => error.keyword === 'required').map((error) => error.instancePath));
  if (missing.size === 0) return errors;
  const guessed = new Set(errors.filter((error) => error.keyword === 'additionalProperties' && missing.has(error.instancePath)).map((error) => `${error.instancePath}\0${unknownField(error).guess ?? ''}`));
  return errors.filter((error) => error.keyword !== 'required' || !guessed.has(`${error.instancePath}\0${String((error.params as { missingProperty?: unknown }).missingProperty)}`));
}

/** An unknown field, the object's known fields and the nearest of them. */
function unknownField(error: ErrorObject): { extra: string; known: string[]; guess: string | undefined } {
  const known = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
  const extra = String((error.params as { additionalProperty?: unknown }).additionalProperty);
  return { extra, known, guess: closestName(extra, known) };
}

function reason(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': return `'${String(params.missingProperty)}' is required`;
    case 'additionalProperties': {
      if ((error.parentSchema as { patternProperties?: object }).patternProperties) {
        return `name '${String(params.additionalProperty)}' is not allowed (letters, digits, _ . : -; at most 128 characters, starting with a letter or digit)`;
      }
      const { extra, known, guess } = unknownField(error);
      return `unknown field '${extra}'${guess ? ` (did you mean '${guess}'?)` : ''}; known fields: ${known.join(', ')}`;
    }
    case 'anyOf': return `must be ${describeUnion(error.schema as Array<Record<string, unknown>>)} (got ${describeValue(error.data)})`;
    case 'type': return `must be ${article(String(params.type))} (got ${describeValue(error.data)})`;
    case 'const': return `must be '${String(params.allowedValue)}'`;
    case 'enum': return `must be one of ${(params.allowedValues as unknown[]).map((v) => `'${String(v)}'`).join(', ')}`;
    case 'pattern': {
      if (error.schemaPath.endsWith('/flags/pattern')) return `'${String(error.data).slice(0, 40)}' is not a set of supported regex flags: ${REGEX_FLAGS}`;
      return `must match ${String(params.pattern)}`;
    }
    case 'propertyNames': return `name '${String(params.propertyName)}' is not allowed (letters, digits, _ . : - ; at most 128)`;
    case 'minItems': return `must have at least ${String(params.limit)} item(s)`;
    case 'minProperties': return `must not be empty`;
    default: return error.message ?? 'is invalid';
  }
}

function describeUnion(branches: Array<Record<string, unknown>>): string {
  const kinds = branches.map((branch) => {
    if ('const' in branch) return typeof branch.const === 'string' ? `'${branch.const}'` : String(branch.const);
    if (branch.type === 'object' && branch.properties) return `an object with ${Object.keys(branch.properties).join('/')}`;
    return article(String(branch.type ?? 'value'));
  });
  return kinds.join(' or ');
}

/** What was given instead: `the string '429'`, `the number 0`, `an object`. */
function describeValue(value: unknown): string {
  const type = jsonType(value);
  if (type === 'string') return `the string '${(value as string).slice(0, 40)}${(value as string).length > 40 ? '…' : ''}'`;
  if (type === 'integer' || type === 'number') return `the number ${String(value)}`;
  if (type === 'boolean' || type === 'null') return String(value);
  return article(type);
}

const article = (type: string): string => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);
