// Ajv's errors on a fixture document, worded as `path: reason`: unknown fields with the closest known name,
// unions by their branches, and an object given where a union takes one by that object's own problems.
import type { ErrorObject } from 'ajv';
import { closestName } from '../closest-name.js';
import { formatPath, joinPath } from '../validation/paths.js';

/** The flags a fixture regex takes (src/domain/scenarios/regex.ts says what each does). */
const REGEX_FLAGS = 'i, m, s (and u, v, g, y, d, which change nothing here)';

export function describeSchemaErrors(errors: ErrorObject[], base: string): string[] {
  const unions = unionsByInstancePath(errors);
  const enclosing = errors.map((error) => enclosingUnions(error, unions));
  // A union given an object, where exactly one branch is an object, is reported by that branch's own errors
  // (`flags`, an unknown key): "must be a string or an object with …" would not say what is wrong.
  const chosen = new Map<ErrorObject, string>();
  errors.forEach((error, index) => {
    for (const union of enclosing[index]!) {
      const branch = objectBranch(union);
      const prefix = `${union.schemaPath}/${branch}/`;
      if (branch >= 0 && error.schemaPath.startsWith(prefix)) chosen.set(union, prefix);
    }
  });
  const relevant = errors.filter((error, index) => !chosen.has(error) && !enclosing[index]!.some((union) => {
    const prefix = chosen.get(union);
    return prefix === undefined || !error.schemaPath.startsWith(prefix);
  }));
  const lines = relevant.map((error) => {
    const path = joinPath(base, formatPath(error.instancePath)) || '(top level)';
    return `${path}: ${reason(error)}`;
  });
  return [...new Set(lines)];
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

/** The index of the one object branch of a union whose value is an object, else -1. */
function objectBranch(union: ErrorObject): number {
  const value: unknown = union.data;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return -1;
  const branches = (union.schema as Array<Record<string, unknown>>).map((branch, index) => [branch, index] as const).filter(([branch]) => branch.type === 'object');
  return branches.length === 1 ? branches[0]![1] : -1;
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
      const guess = closestName(extra, known);
      return `unknown field '${extra}'${guess ? ` (did you mean '${guess}'?)` : ''}; known fields: ${known.join(', ')}`;
    }
    case 'anyOf': return `must be ${describeUnion(error.schema as Array<Record<string, unknown>>)}`;
    case 'type': return `must be ${article(String(params.type))}`;
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
    if ('const' in branch) return `'${String(branch.const)}'`;
    if (branch.type === 'object' && branch.properties) return `an object with ${Object.keys(branch.properties).join('/')}`;
    return article(String(branch.type ?? 'value'));
  });
  return kinds.join(' or ');
}

const article = (type: string): string => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);
