// One value for a node: the schema's own default or example when it fits, an enum member, else a value of
// the first workable type; objects get their required properties (a model fills what it must), arrays a
// short run of items. Every step counts against the document's budget and depth.
import type { Random } from '../../../deps.js';
import type { SchemaContext } from './context.js';
import { encodePointerToken, type Built, type Source } from './types.js';
import { MAX_ARRAY_ITEMS, MAX_ATTEMPTS, MAX_DEPTH, MAX_ENUM_SCAN, MAX_TOTAL_CHARACTERS, MAX_VALUES } from './limits.js';
import type { JsonType, Node } from './types.js';
import { patternMatcher } from './pattern/patterns.js';
import { fits, makeNumber, makeString } from './scalars.js';
import { objectNames } from './object-names.js';

export interface GenerateState {
  context: SchemaContext;
  random: Random;
  /** Which whole-document try this is: later tries take other branches and types. */
  attempt: number;
  /** Minimal values only (required properties, fewest items): a try after the budget ran out. */
  minimal: boolean;
  values: number;
  characters: number;
}

const fail = (pointer: string, reason: string): Built<never> => ({ ok: false, problem: { pointer, reason } });

/** Sets an own property, `__proto__` included, as JSON.parse would. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

const copy = (value: unknown): unknown => (typeof value === 'object' && value !== null ? structuredClone(value) : value);

interface ChildSpec {
  sources: readonly Source[];
  pointer: string;
  decided?: readonly string[];
  /** Set when no value may stand here at all. */
  problem?: string;
}

/** A value for the node `built` (a failure passes through). */
export function generateAt(built: Built<Node>, state: GenerateState, depth: number): Built<unknown> {
  return built.ok ? generateNode(built.value, state, depth) : built;
}

/** A child of `parent` under `key`, compiled on first use and remembered in the parent. */
function generateChild(parent: Node, state: GenerateState, child: { key: string; depth: number; spec: () => ChildSpec }): Built<unknown> {
  let built = parent.children.get(child.key);
  if (built === undefined) {
    const { sources, pointer, decided, problem } = child.spec();
    built = problem !== undefined ? fail(pointer, problem) : state.context.node(sources, { pointer, ...(decided ? { decided } : {}) });
    parent.children.set(child.key, built);
  }
  return built.ok ? generateNode(built.value, state, child.depth) : built;
}

function generateNode(node: Node, state: GenerateState, depth: number): Built<unknown> {
  if (depth > MAX_DEPTH) return fail(node.pointer, `values nest deeper than ${MAX_DEPTH} levels here (a $ref recursion that never ends?), beyond what the mock generates`);
  state.values += 1;
  if (state.values > MAX_VALUES) return fail(node.pointer, `the value would hold more than ${MAX_VALUES} parts, beyond what the mock generates`);
  const [choice] = node.choices;
  if (choice !== undefined) {
    // Decide one choice at a time; the merged node offers the others.
    let first: Built<unknown> | undefined;
    for (let offset = 0; offset < choice.branches.length; offset += 1) {
      const index = (state.attempt + offset) % choice.branches.length;
      const result = generateChild(node, state, {
        key: `branch:${index}`,
        depth,
        spec: () => ({
          sources: [...node.fragments.map((fragment) => ({ schema: fragment.schema, pointer: fragment.pointer })), ...(choice.branches[index] ?? [])],
          pointer: node.pointer,
          decided: [...node.decided, choice.id],
        }),
      });
      if (result.ok) return result;
      first ??= result;
    }
    return first ?? fail(node.pointer, 'no branch can be generated');
  }
  if (state.attempt === 0) {
    const preferred = node.preferred.find((value) => fits(node, value) && (node.enumValues === undefined || node.enumValues.some((member) => JSON.stringify(member) === JSON.stringify(value))));
    if (preferred !== undefined) return { ok: true, value: copy(preferred) };
  }
  if (node.enumValues !== undefined) return pickEnum(node, state);
  const ordered = [...node.viable.filter((type) => type !== 'null'), ...node.viable.filter((type) => type === 'null')];
  const type = ordered[state.attempt % ordered.length] ?? 'null';
  return generateType(node, { state, depth, type });
}

function pickEnum(node: Node, state: GenerateState): Built<unknown> {
  const members = node.enumValues ?? [];
  const start = state.random.int(members.length);
  for (let offset = 0; offset < Math.min(members.length, MAX_ENUM_SCAN); offset += 1) {
    const member = members[(start + offset) % members.length];
    if (fits(node, member)) return { ok: true, value: copy(member) };
  }
  return fail(node.pointer, 'the mock found no enum/const value that meets the other constraints here');
}

function generateType(node: Node, args: { state: GenerateState; depth: number; type: JsonType }): Built<unknown> {
  const { state, depth, type } = args;
  switch (type) {
    case 'string': {
      const made = makeString(node, state.random);
      if (!made.ok) return fail(node.pointer, made.reason);
      state.characters += made.value.length;
      if (state.characters > MAX_TOTAL_CHARACTERS) return fail(node.pointer, `the value would hold more than ${MAX_TOTAL_CHARACTERS} characters of text, beyond what the mock generates`);
      return { ok: true, value: made.value };
    }
    case 'integer': case 'number': {
      const made = makeNumber(node, { integer: type === 'integer', random: state.random });
      return made.ok ? made : fail(node.pointer, made.reason);
    }
    case 'boolean': return { ok: true, value: state.random.int(2) === 1 };
    case 'null': return { ok: true, value: null };
    case 'array': return generateArray(node, state, depth);
    default: return generateObject(node, state, depth);
  }
}

function generateArray(node: Node, state: GenerateState, depth: number): Built<unknown> {
  const { minItems, maxItems, prefix, closed, contains, minContains } = node.array;
  const cap = Math.min(maxItems, MAX_ARRAY_ITEMS, closed ? prefix.length : Infinity);
  // The first items meet `contains` too, as many as minContains asks (one when it is not given).
  const containing = contains.length > 0 ? Math.min(minContains ?? 1, MAX_ARRAY_ITEMS) : 0;
  // A model lists an item or so where nothing asks for more; deep down, as few as allowed.
  const wanted = state.minimal ? Math.max(minItems, containing) : Math.max(minItems, depth < 3 ? 1 : 0, containing);
  const first = layItems(node, state, { depth, count: Math.min(wanted, cap), containing: { from: 0, to: containing } });
  // Where a prefix item cannot also meet `contains` (prefixItems of another type), the contained items follow the prefix.
  const after = prefix.length;
  if (first.ok || containing === 0 || after === 0 || after + containing > cap) return first;
  const laid = layItems(node, state, { depth, count: Math.max(Math.min(wanted, cap), after + containing), containing: { from: after, to: after + containing } });
  return laid.ok ? laid : first;
}

/** `count` items, those from `containing.from` up to `containing.to` meeting `contains` as well. */
function layItems(node: Node, state: GenerateState, layout: { depth: number; count: number; containing: { from: number; to: number } }): Built<unknown> {
  const { prefix, items, contains, unique } = node.array;
  const { depth, count } = layout;
  const out: unknown[] = [];
  const seen = new Set<string>();
  for (let index = 0; index < count; index += 1) {
    const tuple = index < prefix.length;
    const withContains = index >= layout.containing.from && index < layout.containing.to;
    const key = `item:${tuple ? index : 'rest'}${withContains ? ':contains' : ''}`;
    const spec = (): ChildSpec => {
      const base = tuple ? prefix[index] ?? [] : items;
      return { sources: withContains ? [...base, ...contains] : base, pointer: tuple ? base[0]?.pointer ?? `${node.pointer}/items` : `${node.pointer}/items` };
    };
    for (let tries = 0; ; tries += 1) {
      const item = generateChild(node, state, { key, depth: depth + 1, spec });
      if (!item.ok) return item;
      const text = unique ? JSON.stringify(item.value) : '';
      if (!unique || !seen.has(text)) { seen.add(text); out.push(item.value); break; }
      if (tries >= MAX_ATTEMPTS) return fail(node.pointer, `uniqueItems: the mock found no ${count} different items here`);
    }
  }
  return { ok: true, value: out };
}

function generateObject(node: Node, state: GenerateState, depth: number): Built<unknown> {
  const { properties, closed, additional, patternProperties } = node.object;
  const names = objectNames(node, state);
  if (!names.ok) return names;
  const out: Record<string, unknown> = {};
  for (const name of names.value) {
    const spec = (): ChildSpec => {
      const sources = [...(properties.get(name) ?? [])];
      for (const { pattern, source } of patternProperties) if (patternMatcher(pattern)?.test(name) === true) sources.push(source);
      if (!properties.has(name) && sources.length === 0) {
        if (closed) return { sources, pointer: node.pointer, problem: `property ${JSON.stringify(name)} must be present but is not allowed (additionalProperties is false)` };
        sources.push(...additional);
      }
      return { sources, pointer: sources[0]?.pointer ?? `${node.pointer}/properties/${encodePointerToken(name)}` };
    };
    const value = generateChild(node, state, { key: `property:${name}`, depth: depth + 1, spec });
    if (!value.ok) return value;
    setOwn(out, name, value.value);
  }
  return { ok: true, value: out };
}
