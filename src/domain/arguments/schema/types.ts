// The vocabulary of compiled schemas: where a subschema sits (a JSON pointer), the merged Node the
// generator walks, and the failure that names where and why a schema is beyond the mock.
import { isRecord } from '../../is-record.js';

/** One schema object and where it sits in the tool schema (a JSON pointer, '' for the root). */
export interface Source {
  schema: unknown;
  pointer: string;
}

export interface Fragment {
  schema: Record<string, unknown>;
  pointer: string;
  id: number;
}

/** Why a schema cannot be generated for: where (a JSON pointer into the tool schema) and what. */
export interface Problem {
  pointer: string;
  reason: string;
}

export type Built<T> = { ok: true; value: T } | { ok: false; problem: Problem };

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'array' | 'object';
export const JSON_TYPES: readonly JsonType[] = ['string', 'integer', 'number', 'boolean', 'object', 'array', 'null'];

/** A set of alternatives from anyOf, oneOf or if/then/else: each branch a list of sources to merge in. */
export interface Choice {
  id: string;
  branches: Source[][];
}

export interface Node {
  key: string;
  pointer: string;
  fragments: readonly Fragment[];
  decided: ReadonlySet<string>;
  /** Child nodes (a property's, an item's, a branch's) by a short key, built on first use. */
  children: Map<string, Built<Node>>;
  /** Types a value may take here, in the order to try them; never empty. */
  viable: JsonType[];
  enumValues: unknown[] | undefined;
  /** `default`s then `examples`, most model-like first. */
  preferred: unknown[];
  choices: Choice[];
  string: { minLength: number; maxLength: number; patterns: string[]; formats: string[] };
  number: { minimum?: number; exclusiveMinimum?: number; maximum?: number; exclusiveMaximum?: number; multipleOf: number[] };
  array: {
    minItems: number; maxItems: number; unique: boolean; prefix: Source[][]; items: Source[]; closed: boolean; contains: Source[];
    /** How many items must match `contains` (1 when minContains is not given), and at most how many may. */
    minContains?: number; maxContains: number;
  };
  object: {
    properties: Map<string, Source[]>;
    required: string[];
    additional: Source[];
    closed: boolean;
    patternProperties: Array<{ pattern: string; source: Source }>;
    minProperties: number;
    maxProperties: number;
    dependentRequired: Map<string, string[]>;
    /** The schemas every property name must meet (`propertyNames`). */
    propertyNames: Source[];
  };
}


export function decodePointerToken(token: string): string {
  let decoded = token;
  try {
    decoded = decodeURIComponent(token);
  } catch {
    // keep the raw token: a malformed escape is just a property name with a percent sign
  }
  return decoded.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function encodePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * The value at a JSON pointer within `root` (`/$defs/a`, tokens escaped as written; empty tokens are skipped, so
 * `#/` is the root), through own keys only (`/constructor` names nothing in a client's schema); undefined when
 * absent.
 */
export function valueAtPointer(root: unknown, pointer: string): unknown {
  let node = root;
  for (const token of pointer.split('/')) {
    if (token === '') continue;
    const key = decodePointerToken(token);
    if (!(isRecord(node) || Array.isArray(node)) || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** A JSON pointer as the dotted path users read: '/properties/a b/items' → `.properties["a b"].items`. */
export function pointerToPath(pointer: string): string {
  if (pointer === '') return '';
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((token) => (/^[A-Za-z_$][\w$]*$/.test(token) ? `.${token}` : /^\d+$/.test(token) ? `[${token}]` : `[${JSON.stringify(token)}]`))
    .join('');
}
