// What a tool schema says of one place in it, read for prompt extraction: its allowed types, enum, formats,
// patterns, length bound, items and properties. Local `$ref`s are followed, `allOf` is merged, `anyOf`/`oneOf`
// contribute types; depth is bounded, and each place is read once however many references lead to it.
import { isRecord } from '../../is-record.js';
import { encodePointerToken, valueAtPointer } from '../schema/types.js';

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'array' | 'object';

export interface Facts {
  types: Set<JsonType>;
  enumValues: unknown[];
  fixed: boolean;
  formats: string[];
  maxLength: number | undefined;
  /** A number's declared `minimum` and `maximum`, when it declares both: a scale ("0-100") its ends may be named on. */
  scale: { minimum: number; maximum: number } | undefined;
  patterns: string[];
  description: string | undefined;
  items: unknown;
  itemsPointer: string;
  properties: Map<string, { schema: unknown; pointers: string[] }>;
  required: Set<string>;
}

const MAX_DEPTH = 12;
const JSON_TYPES = new Set<string>(['string', 'number', 'integer', 'boolean', 'null', 'array', 'object']);

function emptyFacts(): Facts {
  return {
    types: new Set(), enumValues: [], fixed: false, formats: [], maxLength: undefined, scale: undefined, patterns: [], description: undefined,
    items: undefined, itemsPointer: '', properties: new Map(), required: new Set(),
  };
}

/** The target of a local `#/...` reference; undefined for remote or broken ones. */
export function refTarget(ref: string, root: unknown): unknown {
  return ref.startsWith('#') ? valueAtPointer(root, ref.slice(1)) : undefined;
}

/** Follows local `#/...` references; remote or broken ones resolve to `{}` (unconstrained). */
export function resolveRef(schema: unknown, root: unknown): unknown {
  return resolveAt({ schema, pointer: '' }, root).schema;
}

export interface Located { schema: unknown; pointer: string }

function resolveAt(located: Located, root: unknown): Located {
  let current = located;
  for (let hops = 0; hops < MAX_DEPTH && isRecord(current.schema) && typeof current.schema.$ref === 'string'; hops += 1) {
    const ref: string = current.schema.$ref;
    const target = refTarget(ref, root);
    if (target === undefined) return { schema: {}, pointer: current.pointer };
    current = { schema: target, pointer: ref.slice(1) };
  }
  return current;
}

function addTypes(facts: Facts, schema: Record<string, unknown>): void {
  const declared = Array.isArray(schema.type) ? schema.type : [schema.type];
  for (const type of declared) if (typeof type === 'string' && JSON_TYPES.has(type)) facts.types.add(type as JsonType);
  if (schema.nullable === true && facts.types.size > 0) facts.types.add('null');
}

/**
 * The places one reading has met: a place merged whole adds nothing when met again, one read as an alternative
 * adds nothing more as another; without this, a chain of definitions each merging the next ten times through
 * `allOf` (or offering it ten times through `anyOf`) was read ten to the power of its depth times.
 */
interface Reading { root: unknown; depth: number; merged: Set<object>; widened: Set<object>; widening: boolean }

function collect(facts: Facts, located: Located, context: Reading): void {
  if (context.depth > MAX_DEPTH) return;
  const { schema: resolved, pointer } = resolveAt(located, context.root);
  if (!isRecord(resolved)) return;
  if (context.merged.has(resolved) || (context.widening && context.widened.has(resolved))) return;
  (context.widening ? context.widened : context.merged).add(resolved);
  const deeper = { ...context, depth: context.depth + 1 };
  addTypes(facts, resolved);
  // Loops, not push(...list): a list of a million values passes the call stack's limit on arguments.
  if (Array.isArray(resolved.enum)) for (const value of resolved.enum) facts.enumValues.push(value);
  if ('const' in resolved) { facts.enumValues.push(resolved.const); facts.fixed = true; }
  if (typeof resolved.format === 'string') facts.formats.push(resolved.format);
  if (typeof resolved.pattern === 'string') facts.patterns.push(resolved.pattern);
  if (typeof resolved.maxLength === 'number') facts.maxLength ??= resolved.maxLength;
  if (typeof resolved.minimum === 'number' && typeof resolved.maximum === 'number') facts.scale ??= { minimum: resolved.minimum, maximum: resolved.maximum };
  if (typeof resolved.description === 'string') facts.description ??= resolved.description;
  if (resolved.items !== undefined && !Array.isArray(resolved.items) && facts.items === undefined) {
    facts.items = resolved.items;
    facts.itemsPointer = `${pointer}/items`;
  }
  if (isRecord(resolved.properties)) {
    for (const [name, sub] of Object.entries(resolved.properties)) {
      const at = `${pointer}/properties/${encodePointerToken(name)}`;
      const known = facts.properties.get(name);
      if (known === undefined) facts.properties.set(name, { schema: sub, pointers: [at] });
      else known.pointers.push(at);
    }
  }
  if (Array.isArray(resolved.required)) for (const name of resolved.required) if (typeof name === 'string') facts.required.add(name);
  if (Array.isArray(resolved.allOf)) resolved.allOf.forEach((member, index) => collect(facts, { schema: member, pointer: `${pointer}/allOf/${index}` }, deeper));
  // Alternatives only widen what a value may be; their properties are not merged into the object view.
  for (const key of ['anyOf', 'oneOf'] as const) {
    const branches = resolved[key];
    if (!Array.isArray(branches)) continue;
    for (const [index, branch] of branches.entries()) {
      const branchFacts = emptyFacts();
      collect(branchFacts, { schema: branch, pointer: `${pointer}/${key}/${index}` }, { ...deeper, widening: true });
      branchFacts.types.forEach((type) => facts.types.add(type));
      for (const value of branchFacts.enumValues) facts.enumValues.push(value);
      for (const format of branchFacts.formats) facts.formats.push(format);
      for (const pattern of branchFacts.patterns) facts.patterns.push(pattern);
      facts.maxLength ??= branchFacts.maxLength;
      if (facts.items === undefined) { facts.items = branchFacts.items; facts.itemsPointer = branchFacts.itemsPointer; }
    }
  }
}

function typeOfValue(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' || type === 'object' ? type : 'null';
}

/**
 * The facts already read for one schema, by the place each reference resolved to: a definition that many `$ref`s
 * point at is read once (one of 2,000 properties referred to 2,900 times was read 5.8 million times, and the
 * server ran out of memory). Every reference resolves to the same place, so the facts are the same.
 */
export interface FactsContext { root: unknown; facts: Map<unknown, Map<string, Facts>> }

export function factsOf(located: Located, context: FactsContext): Facts {
  const resolved = resolveAt(located, context.root);
  const byPointer = context.facts.get(resolved.schema);
  const known = byPointer?.get(resolved.pointer);
  if (known !== undefined) return known;
  const facts = emptyFacts();
  collect(facts, resolved, { root: context.root, depth: 0, merged: new Set(), widened: new Set(), widening: false });
  if (facts.types.size === 0) {
    for (const value of facts.enumValues) facts.types.add(typeOfValue(value));
  }
  if (isRecord(resolved.schema)) {
    if (byPointer === undefined) context.facts.set(resolved.schema, new Map([[resolved.pointer, facts]]));
    else byPointer.set(resolved.pointer, facts);
  }
  return facts;
}

