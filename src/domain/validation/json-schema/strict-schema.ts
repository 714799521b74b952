// OpenAI's strict-mode rules for a function's parameters or a json_schema text format (`strict: true`): the
// root is an object, every object lists all its properties in `required` and sets `additionalProperties:
// false`, every array has `items`, a string's `format` is one strict mode knows; structured output also refuses
// keywords strict mode does not support. The array rule holds for every function tool, strict or not
// (`missingArrayItems`).

import { BoundedCache, cacheKey } from '../../arguments/cache.js';
import { schemaText } from '../../arguments/schema-text.js';
import { isRecord } from '../../is-record.js';

type Schema = Record<string, unknown>;

/** The first violation, worded as the real API words it, or null when the schema obeys strict mode. */
export function strictSchemaViolation(schema: unknown): string | null {
  if (!isRecord(schema) || schema.type !== 'object') {
    const got = isRecord(schema) && typeof schema.type === 'string' ? schema.type : 'None';
    return `schema must be a JSON Schema of 'type: "object"', got 'type: "${got}"'.`;
  }
  return visit(schema, { context: [], check: (node) => (isObjectSchema(node) ? objectProblem(node) : arrayProblem(node) ?? formatProblem(node)) });
}

/**
 * An array schema without `items`, anywhere a strict check looks, worded as the real API words it
 * (`In context=('properties', 'paths'), array schema missing items.`); null when every array has items. Asked
 * for every function tool of every OpenAI request: remembered per distinct schema.
 */
export function missingArrayItems(schema: unknown): string | null {
  if (!isRecord(schema)) return null;
  const text = schemaText(schema);
  if (text === undefined) return visit(schema, { context: [], check: arrayProblem });
  const key = cacheKey(text);
  let found = withoutItems.get(key);
  if (found === undefined) {
    found = visit(schema, { context: [], check: arrayProblem }) ?? '';
    withoutItems.set(key, found);
  }
  return found === '' ? null : found;
}

const withoutItems = new BoundedCache<string>({ maxEntries: 2048, maxBytes: 2 * 1024 * 1024, sizeOf: (found) => 16 + 2 * found.length });

/** True when the schema already obeys strict mode (OpenAI then echoes `strict: true` for an omitted strict). */
export function isStrictCompatible(schema: unknown): boolean {
  const text = schemaText(schema);
  if (text === undefined) return strictSchemaViolation(schema) === null;
  // Asked for every function tool without `strict` of every response: the same schemas recur.
  const key = cacheKey(text);
  let compatible = compatibility.get(key);
  if (compatible === undefined) {
    compatible = strictSchemaViolation(schema) === null;
    compatibility.set(key, compatible);
  }
  return compatible;
}

const compatibility = new BoundedCache<boolean>({ maxEntries: 2048, maxBytes: 2 * 1024 * 1024, sizeOf: () => 16 });

const MAX_DEPTH = 64;

/** A node's problem, and where under the node it lies (`['type', '1']`: the second entry of a type list). */
type NodeProblem = string | { problem: string; under: Array<string | number> };
type NodeCheck = (schema: Schema) => NodeProblem | null;

function visit(schema: Schema, at: { context: Array<string | number>; check: NodeCheck }): string | null {
  const { context, check } = at;
  if (context.length > MAX_DEPTH) return null;
  const found = check(schema);
  if (found) {
    const { problem, under } = typeof found === 'string' ? { problem: found, under: [] } : found;
    return `In context=${formatContext([...context, ...under])}, ${problem}`;
  }
  for (const [key, child] of children(schema)) {
    const inner = visit(child, { context: [...context, ...key], check });
    if (inner) return inner;
  }
  return null;
}

/** Keywords strict mode refuses wherever they appear (OpenAI's structured outputs: "… is not permitted."). */
const NOT_PERMITTED = [
  'uniqueItems', 'contains', 'minContains', 'maxContains', 'patternProperties', 'propertyNames', 'unevaluatedProperties',
  'unevaluatedItems', 'minProperties', 'maxProperties', 'dependentRequired', 'dependentSchemas', 'if', 'then', 'else', 'not',
  'allOf', 'oneOf',
];

/** The first keyword strict mode does not permit, worded as the real API words it (structured output). */
export function unsupportedStrictKeyword(schema: unknown): string | null {
  if (!isRecord(schema)) return null;
  return visit(schema, {
    context: [],
    check: (node) => {
      const keyword = NOT_PERMITTED.find((key) => Object.hasOwn(node, key));
      return keyword ? `'${keyword}' is not permitted.` : null;
    },
  });
}

function objectProblem(schema: Schema): string | null {
  if (schema.additionalProperties !== false) {
    return `'additionalProperties' is required to be supplied and to be false.`;
  }
  const keys = Object.keys(isRecord(schema.properties) ? schema.properties : {});
  // Not String(): a client's `{"toString": 1}` in `required` would throw.
  const required = Array.isArray(schema.required) ? (schema.required as unknown[]).map((key) => (typeof key === 'string' ? key : JSON.stringify(key))) : null;
  // Sets: a list of a million names against thousands of properties is one pass over each.
  const requiredSet = new Set(required);
  const missing = keys.find((key) => !requiredSet.has(key));
  if (required === null || missing !== undefined) {
    const suffix = missing !== undefined ? ` Missing '${missing}'.` : '';
    return `'required' is required to be supplied and to be an array including every key in properties.${suffix}`;
  }
  const keySet = new Set(keys);
  const extra = required.find((key) => !keySet.has(key));
  if (extra !== undefined) return `Extra required key '${extra}' supplied.`;
  return null;
}

const MISSING_ITEMS = 'array schema missing items.';

/** `type: "array"` without `items`; in a list of types, the context names the list entry (`'type', '1'`). */
function arrayProblem(schema: Schema): NodeProblem | null {
  if (Object.hasOwn(schema, 'items')) return null;
  const { type } = schema;
  if (type === 'array') return MISSING_ITEMS;
  const index = Array.isArray(type) ? type.indexOf('array') : -1;
  return index < 0 ? null : { problem: MISSING_ITEMS, under: ['type', index] };
}

/** The string formats strict mode supports (OpenAI's structured-outputs guide); any other is refused. */
const STRICT_FORMATS = new Set(['date-time', 'time', 'date', 'duration', 'email', 'hostname', 'ipv4', 'ipv6', 'uuid']);

/** `format: "uri"` on a string in strict mode: `'uri' is not a valid format.` (zod's `.url()` makes it). */
function formatProblem(schema: Schema): string | null {
  const { format, type } = schema;
  if (typeof format !== 'string' || STRICT_FORMATS.has(format)) return null;
  const isString = type === 'string' || (Array.isArray(type) && type.includes('string'));
  return isString ? `'${format}' is not a valid format.` : null;
}

function* children(schema: Schema): Generator<[Array<string | number>, Schema]> {
  for (const group of ['properties', '$defs', 'definitions'] as const) {
    const members = schema[group];
    if (!isRecord(members)) continue;
    for (const [name, child] of Object.entries(members)) if (isRecord(child)) yield [[group, name], child];
  }
  if (isRecord(schema.items)) yield [['items'], schema.items];
  for (const group of ['anyOf', 'allOf'] as const) {
    const branches = schema[group];
    if (!Array.isArray(branches)) continue;
    for (const [index, child] of branches.entries()) if (isRecord(child)) yield [[group, index], child];
  }
}

function isObjectSchema(schema: Schema): boolean {
  const type = schema.type;
  return type === 'object' || (Array.isArray(type) && type.includes('object'));
}

/**
 * Python's tuple repr of the path, as the real message shows it: `()`, `('properties', 'meta')`, `('items',)`;
 * list indices are strings there too (`('properties', 'center', 'anyOf', '0')`).
 */
function formatContext(context: Array<string | number>): string {
  const parts = context.map((part) => `'${part}'`);
  return parts.length === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`;
}
