// Turns the first failure of a request validator into a MockError whose message reads like the real API's
// ("Missing required parameter: 'input[1].call_id'.") and whose param is the JSON path. The validators are
// compiled at build time (src/schemas/validators.ts → src/generated/{request-body,item,tool}-validators.ts).
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { MockError } from '../../types.js';
import { describeValue, formatPath, joinPath, quoteList } from '../paths.js';

export type Checker = (value: unknown, basePath: string) => MockError | null;

export function toChecker(validate: ValidateFunction): Checker {
  return (value, basePath) => (validate(value) ? null : describeErrors(validate, basePath));
}

function describeErrors(validate: ValidateFunction, basePath: string): MockError {
  const errors = validate.errors ?? [];
  const last = errors[errors.length - 1];
  if (!last) return { code: 'invalid_value', message: `Invalid '${basePath || 'body'}'.`, param: basePath || null };
  // Ajv reports a failed union after its branches: explain the union, or dive into the branch that fits. A
  // property name too long comes after the name's own error, which does not say it is about a name.
  return describeError({ error: union(last) || last.keyword === 'propertyNames' ? last : errors[0]!, all: errors, basePath });
}

const union = (error: ErrorObject): boolean => error.keyword === 'anyOf' || error.keyword === 'oneOf';

interface Described {
  error: ErrorObject;
  all: ErrorObject[];
  basePath: string;
}

function describeError({ error, all, basePath }: Described): MockError {
  const path = joinPath(basePath, formatPath(error.instancePath));
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const missing = joinPath(path, String(params.missingProperty));
      return { code: 'missing_required_parameter', message: `Missing required parameter: '${missing}'.`, param: missing };
    }
    case 'type':
      return typeError(path, expectedTypes(error.schema), error.data);
    case 'const':
    case 'enum':
      return invalidValue(path, error.data, allowedValues(error));
    case 'anyOf':
    case 'oneOf':
      return describeUnion({ error, all, basePath }, path);
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return rangeError(path, error);
    case 'maxLength':
      return stringTooLong(path, { limit: Number(params.limit), length: (error.data as string).length });
    case 'minLength':
      return {
        code: 'invalid_value',
        message: `Invalid '${path}': empty string. Expected a string with minimum length ${String(params.limit)}, but got a string with length ${String((error.data as string).length)} instead.`,
        param: path,
        providerCode: 'empty_string',
      };
    case 'maxProperties':
      return {
        code: 'object_above_max_properties',
        message: `Invalid '${path}': too many properties. Expected an object with at most ${String(params.limit)} properties, but got an object with ${String(Object.keys(error.data as object).length)} properties instead.`,
        param: path,
      };
    case 'maxItems':
      return arrayTooLong(path, { limit: Number(params.limit), length: (error.data as unknown[]).length });
    case 'propertyNames': {
      // The real wording: `Invalid property name in 'metadata': '<key>' is too long. Expected a string with …`.
      const key = String(params.propertyName);
      const inner = all.find((found) => found.keyword === 'maxLength' && (found as { propertyName?: string }).propertyName === key);
      const limit = String((inner?.params as { limit?: number } | undefined)?.limit ?? 64);
      return {
        code: 'string_above_max_length',
        message: `Invalid property name in '${path}': '${key.slice(0, 80)}' is too long. Expected a string with maximum length ${limit}, but got a string with length ${key.length} instead.`,
        param: `${path}.${key.slice(0, 80)}`,
      };
    }
    default:
      return { code: 'invalid_value', message: `Invalid '${path}': ${error.message ?? 'invalid value'}.`, param: path };
  }
}

function describeUnion(described: Described, path: string): MockError {
  const { error, all } = described;
  const branches = (error.schema as Array<Record<string, unknown>>) ?? [];
  const literals = branches.flatMap(literalValues);
  // A string against a union of literals (tool_choice: "sometimes"): an invalid value, not a type error.
  if (typeof error.data === 'string' && literals.length > 0) return invalidValue(path, error.data, literals);
  const fitting = branches.findIndex((branch) => fitsType(branch, error.data));
  if (fitting >= 0) {
    const prefix = `${error.schemaPath}/${fitting}/`;
    const inner = all.find((e) => e.schemaPath.startsWith(prefix));
    if (inner && !union(inner)) return describeError({ ...described, error: inner });
  }
  return typeError(path, branches.flatMap(branchTypes), error.data);
}

function literalValues(branch: Record<string, unknown>): unknown[] {
  if ('const' in branch) return [branch.const];
  if (Array.isArray(branch.enum)) return branch.enum as unknown[];
  if (Array.isArray(branch.anyOf)) return (branch.anyOf as Array<Record<string, unknown>>).flatMap(literalValues);
  return [];
}

function branchTypes(branch: Record<string, unknown>): string[] {
  if (Array.isArray(branch.anyOf)) return (branch.anyOf as Array<Record<string, unknown>>).flatMap(branchTypes);
  if (typeof branch.type === 'string') {
    const items = branch.items as Record<string, unknown> | undefined;
    return [branch.type === 'array' && items?.type === 'object' ? 'array of objects' : branch.type];
  }
  if (Array.isArray(branch.type)) return branch.type as string[];
  return [];
}

function fitsType(branch: Record<string, unknown>, data: unknown): boolean {
  const actual = jsonType(data);
  return branchTypes(branch).some((type) => type === actual || (type === 'number' && actual === 'integer')
    || (type === 'array of objects' && actual === 'array'));
}

function expectedTypes(schema: unknown): string[] {
  return (Array.isArray(schema) ? schema : [schema]).map(String);
}

export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

export function typeError(path: string, expected: string[], data: unknown): MockError {
  const names = [...new Set(expected.filter((t) => t !== 'null'))].map(article);
  const wanted = names.length > 1 ? `one of ${names.join(' or ')}` : (names[0] ?? 'null');
  return {
    code: 'invalid_type',
    message: `Invalid type for '${path}': expected ${wanted}, but got ${describeValue(data)} instead.`,
    param: path,
  };
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** `Invalid 'tools[0].name': string too long. Expected a string with maximum length 64, but got … 70 instead.` */
export function stringTooLong(path: string, size: { limit: number; length: number }): MockError {
  return {
    code: 'string_above_max_length',
    message: `Invalid '${path}': string too long. Expected a string with maximum length ${size.limit}, but got a string with length ${size.length} instead.`,
    param: path,
  };
}

/** `Invalid 'tools': array too long. Expected an array with maximum length 128, but got … 133 instead.` */
export function arrayTooLong(path: string, size: { limit: number; length: number }): MockError {
  return {
    code: 'array_above_max_length',
    message: `Invalid '${path}': array too long. Expected an array with maximum length ${size.limit}, but got an array with length ${size.length} instead.`,
    param: path,
  };
}

export function invalidValue(path: string, data: unknown, allowed: unknown[]): MockError {
  const shown = typeof data === 'string' ? data.slice(0, 100) : JSON.stringify(data)?.slice(0, 100);
  return {
    code: 'invalid_value',
    message: `Invalid value: '${shown}'. Supported values are: ${quoteList(allowed.map(String))}.`,
    param: path,
  };
}

function allowedValues(error: ErrorObject): unknown[] {
  const params = error.params as { allowedValue?: unknown; allowedValues?: unknown[] };
  return params.allowedValues ?? [params.allowedValue];
}

function rangeError(path: string, error: ErrorObject): MockError {
  const params = error.params as { comparison: string; limit: number };
  const above = params.comparison.startsWith('<');
  const kind = Number.isInteger(error.data) && Number.isInteger(params.limit) ? 'integer' : 'decimal';
  return {
    code: 'value_out_of_range',
    message: `Invalid '${path}': ${kind} ${above ? 'above maximum' : 'below minimum'} value. Expected a value ${params.comparison} ${String(params.limit)}, but got ${String(error.data)} instead.`,
    param: path,
    providerCode: `${kind}_${above ? 'above_max' : 'below_min'}_value`,
  };
}
