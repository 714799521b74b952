// A read-only view of the parts of a tool schema that prompt extraction needs: the properties of an
// object schema and, per property, its allowed types, enum, format and string length bounds. Local
// `$ref`s are followed, `allOf` is merged, `anyOf`/`oneOf` contribute types; depth is bounded throughout.
import { enumIndex, type EnumIndex } from '../prompt/phrases/extract-enum.js';
import { vocabularyOf } from '../prompt/phrases/extract-terms.js';
import { timeUnitOf } from '../prompt/shapes/extract-durations.js';
import { countsMinorUnits } from '../prompt/shapes/extract-numbers.js';
import { descriptionWords, propertyKind, type FormatKind, type Role } from '../prompt/kinds.js';
import { nameWords } from '../prompt/names.js';
import { isRecord } from '../../is-record.js';

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'array' | 'object';

export interface PropertyView {
  name: string;
  /** The name's lower-case words (`cityName` → city, name), its role and the format kinds it suggests. */
  words: readonly string[];
  role: Role;
  /** Format kinds to look for in the prompt: the declared formats, else those the name (or description) suggests. */
  formatKinds: readonly FormatKind[];
  /** The name is only a direction (`to`, `from`): a place, or an address when the prompt has no place for it. */
  bareDirection: boolean;
  required: boolean;
  /** Allowed types; empty when the schema does not constrain the type. */
  types: ReadonlySet<JsonType>;
  enumValues: readonly unknown[];
  /** True for `const`: there is nothing to choose. */
  fixed: boolean;
  /** Declared formats, including those of alternatives and of array items. */
  formats: readonly string[];
  maxLength: number | undefined;
  /** Declared `pattern`s (own, alternatives', items'): prompt tokens of that shape are worth trying. */
  patterns: readonly string[];
  /** For a number that counts time (`duration_seconds`, `minutes`): its unit, in seconds. */
  timeUnit: number | undefined;
  /** For a number that counts money in cents (`amount_cents`, "in the smallest currency unit"). */
  minorUnits: boolean;
  /** For arrays: the allowed types of the items. */
  itemTypes: ReadonlySet<JsonType>;
  /** For objects: the nested properties (bounded depth). */
  properties: readonly PropertyView[];
  /** For arrays of objects: the items' properties (bounded depth). */
  itemProperties: readonly PropertyView[];
  /** JSON pointers of every subschema declaring this property: a value is checked against each alone. */
  pointers: readonly string[];
  /** The enum prepared for finding its values in a prompt. */
  enumIndex: EnumIndex;
  /** Enum members by their spelling folded (lower case, `_`/`-`/spaces as one space). */
  enumByText: ReadonlyMap<string, readonly unknown[]>;
}

/** How a prompt may spell an enum value: case, `_`, `-` and runs of spaces do not matter. */
export function enumSpelling(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/gu, ' ').trim();
}

function enumByText(values: readonly unknown[]): Map<string, unknown[]> {
  const map = new Map<string, unknown[]>();
  for (const value of values) {
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    const key = enumSpelling(String(value));
    const known = map.get(key);
    if (known === undefined) map.set(key, [value]);
    else known.push(value);
  }
  return map;
}

interface Facts {
  types: Set<JsonType>;
  enumValues: unknown[];
  fixed: boolean;
  formats: string[];
  maxLength: number | undefined;
  patterns: string[];
  description: string | undefined;
  items: unknown;
  itemsPointer: string;
  properties: Map<string, { schema: unknown; pointers: string[] }>;
  required: Set<string>;
}

const MAX_DEPTH = 12;
const MAX_NESTED_OBJECTS = 3;
const JSON_TYPES = new Set<string>(['string', 'number', 'integer', 'boolean', 'null', 'array', 'object']);

function emptyFacts(): Facts {
  return {
    types: new Set(), enumValues: [], fixed: false, formats: [], maxLength: undefined, patterns: [], description: undefined,
    items: undefined, itemsPointer: '', properties: new Map(), required: new Set(),
  };
}

function decodePointerToken(token: string): string {
  let decoded = token;
  try {
    decoded = decodeURIComponent(token);
  } catch {
    // keep the raw token: a malformed escape is just a property name with a percent sign
  }
  return decoded.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The target of a local `#/...` reference; undefined for remote or broken ones. */
export function refTarget(ref: string, root: unknown): unknown {
  if (!ref.startsWith('#')) return undefined;
  let target: unknown = root;
  for (const token of ref.slice(1).split('/').filter((part) => part !== '')) {
    const key = decodePointerToken(token);
    // Own properties only: `#/constructor` names nothing in the client's schema.
    target = (isRecord(target) || Array.isArray(target)) && Object.hasOwn(target, key) ? (target as Record<string, unknown>)[key] : undefined;
  }
  return target;
}

/** Follows local `#/...` references; remote or broken ones resolve to `{}` (unconstrained). */
export function resolveRef(schema: unknown, root: unknown): unknown {
  return resolveAt({ schema, pointer: '' }, root).schema;
}

interface Located { schema: unknown; pointer: string }

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

const encodeToken = (token: string): string => token.replace(/~/g, '~0').replace(/\//g, '~1');

function addTypes(facts: Facts, schema: Record<string, unknown>): void {
  const declared = Array.isArray(schema.type) ? schema.type : [schema.type];
  for (const type of declared) if (typeof type === 'string' && JSON_TYPES.has(type)) facts.types.add(type as JsonType);
  if (schema.nullable === true && facts.types.size > 0) facts.types.add('null');
}

function collect(facts: Facts, located: Located, context: { root: unknown; depth: number }): void {
  if (context.depth > MAX_DEPTH) return;
  const { schema: resolved, pointer } = resolveAt(located, context.root);
  if (!isRecord(resolved)) return;
  const deeper = { root: context.root, depth: context.depth + 1 };
  addTypes(facts, resolved);
  // Loops, not push(...list): a list of a million values passes the call stack's limit on arguments.
  if (Array.isArray(resolved.enum)) for (const value of resolved.enum) facts.enumValues.push(value);
  if ('const' in resolved) { facts.enumValues.push(resolved.const); facts.fixed = true; }
  if (typeof resolved.format === 'string') facts.formats.push(resolved.format);
  if (typeof resolved.pattern === 'string') facts.patterns.push(resolved.pattern);
  if (typeof resolved.maxLength === 'number') facts.maxLength ??= resolved.maxLength;
  if (typeof resolved.description === 'string') facts.description ??= resolved.description;
  if (resolved.items !== undefined && !Array.isArray(resolved.items) && facts.items === undefined) {
    facts.items = resolved.items;
    facts.itemsPointer = `${pointer}/items`;
  }
  if (isRecord(resolved.properties)) {
    for (const [name, sub] of Object.entries(resolved.properties)) {
      const at = `${pointer}/properties/${encodeToken(name)}`;
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
      collect(branchFacts, { schema: branch, pointer: `${pointer}/${key}/${index}` }, deeper);
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

function factsOf(located: Located, root: unknown): Facts {
  const facts = emptyFacts();
  collect(facts, located, { root, depth: 0 });
  if (facts.types.size === 0) {
    for (const value of facts.enumValues) facts.types.add(typeOfValue(value));
  }
  return facts;
}

function propertiesOf(facts: Facts, context: { root: unknown; nesting: number }): PropertyView[] {
  if (context.nesting > MAX_NESTED_OBJECTS) return [];
  return [...facts.properties].map(([name, { schema: sub, pointers }]) => {
    const own = factsOf({ schema: sub, pointer: pointers[0] ?? '' }, context.root);
    const isObject = own.types.has('object') || (own.types.size === 0 && own.properties.size > 0);
    const items = own.items === undefined ? undefined : factsOf({ schema: own.items, pointer: own.itemsPointer }, context.root);
    const words = nameWords(name);
    const formats = [...own.formats, ...(items?.formats ?? [])];
    const kind = propertyKind(words, { declared: formats, description: own.description ?? items?.description });
    // An enum of currency codes, language codes or unit symbols says what it is whatever its name (`from`, `to`).
    const vocabulary = kind.role === 'location' || kind.role === 'other' ? vocabularyOf(own.enumValues) : undefined;
    return {
      name,
      words,
      role: vocabulary ?? kind.role,
      formatKinds: kind.formatKinds,
      bareDirection: kind.bareDirection,
      required: facts.required.has(name),
      types: own.types,
      enumValues: own.enumValues,
      fixed: own.fixed,
      formats,
      maxLength: own.maxLength,
      patterns: [...own.patterns, ...(items?.patterns ?? [])],
      timeUnit: own.types.has('number') || own.types.has('integer') ? timeUnitOf(words, descriptionWords(own.description ?? '')) : undefined,
      minorUnits: (own.types.has('number') || own.types.has('integer')) && countsMinorUnits(words, own.description),
      itemTypes: items?.types ?? new Set<JsonType>(),
      properties: isObject ? propertiesOf(own, { root: context.root, nesting: context.nesting + 1 }) : [],
      itemProperties: items !== undefined && items.properties.size > 0 ? propertiesOf(items, { root: context.root, nesting: context.nesting + 1 }) : [],
      pointers,
      enumIndex: enumIndex(own.enumValues),
      enumByText: enumByText(own.enumValues),
    };
  });
}

/** The properties of the root object schema (empty for non-object roots). */
export function rootProperties(schema: unknown): PropertyView[] {
  return propertiesOf(factsOf({ schema, pointer: '' }, schema), { root: schema, nesting: 0 });
}
