// How many subschemas checking one value may take, read from the schema before it is compiled. `$ref`, `allOf`,
// `anyOf`, `oneOf`, `not`, `if`/`then`/`else` and `dependentSchemas` check the same value again, and properties or
// items reached through several of them check their value once for each: a chain of ten definitions each
// naming the next ten times in `allOf` is small as written but checks one value ten billion times. Each place
// is weighed once, however many references lead to it. Recursion is left to the value's own depth, unless it
// checks one member of a value twice or more against the place it came from (the checks then double at every
// level of the value): that is refused too.
import { isRecord } from '../../../is-record.js';
import { MAX_SCHEMA_CHAIN, MAX_SCHEMA_CHECKS } from '../limits.js';
import { patternMatcher } from '../pattern/patterns.js';
import { pairwiseDisjoint } from './disjoint-patterns.js';
import { decodePointerToken, encodePointerToken, valueAtPointer, type Problem } from '../types.js';
import { groupDigits } from '../../../digits.js';

/** Keywords that check the value itself against one subschema, a list of them, or a map of them. */
const SAME_VALUE_ONE = ['not', 'if', 'then', 'else'];
const SAME_VALUE_LIST = ['allOf', 'anyOf', 'oneOf'];
/** Of those, the ones where a value takes one branch: a recursion through them is not counted twice (`then` and `else` neither). */
const ALTERNATIVES = new Set(['anyOf', 'oneOf']);
const SAME_VALUE_MAP = ['dependentSchemas', 'dependencies'];
/** Keywords that check any property, or any item, of the value, by the member key they check. */
const ANY_PROPERTY = 'p*';
const ANY_ITEM = 'i*';
const ANY_MEMBER = new Map([
  ['additionalProperties', ANY_PROPERTY], ['propertyNames', ANY_PROPERTY], ['unevaluatedProperties', ANY_PROPERTY],
  ['additionalItems', ANY_ITEM], ['unevaluatedItems', ANY_ITEM], ['contains', ANY_ITEM],
]);

interface Weight {
  /** Subschemas checked against the value itself. */
  same: number;
  /** By member key (`p:name`, `i:index`, any property, any item): the checks one member of the value costs. */
  members: Map<string, number>;
  /** The most checks any one value in the place's reach costs. */
  worst: number;
  /** Ways the value itself is checked again against a place still being weighed (a recursion), by that place. */
  loops: Loops;
  /** The same through one member, by member key. */
  memberLoops: Map<string, Loops>;
}

/** Paths back to each place still being weighed. */
type Loops = Map<object, number>;

function addLoops(into: Loops, from: Loops, combine: (a: number, b: number) => number = (a, b) => a + b): void {
  for (const [place, paths] of from) into.set(place, combine(into.get(place) ?? 0, paths));
}

interface Walk {
  root: unknown;
  weights: Map<object, Weight>;
  /** Places being weighed: a reference back to one of them is recursion, which the value's depth bounds. */
  open: Set<object>;
  /** Places being weighed now, one inside the other (`open`'s size, counted where a place is entered). */
  depth: number;
  /** Property names tried against patterns so far (at most `MAX_SCHEMA_CHECKS`; past that, every pattern matches). */
  tried: number;
  problem?: Problem;
}

const NOTHING: Weight = { same: 0, members: new Map(), worst: 0, loops: new Map(), memberLoops: new Map() };

/** Where checking one value of the schema would take more than `MAX_SCHEMA_CHECKS` subschemas, if anywhere. */
export function expansionProblem(schema: unknown): Problem | undefined {
  const walk: Walk = { root: schema, weights: new Map(), open: new Set(), depth: 0, tried: 0 };
  weigh({ schema, pointer: '' }, walk);
  return walk.problem;
}

function target(ref: string, root: unknown): { schema: unknown; pointer: string } | undefined {
  if (!ref.startsWith('#')) return undefined;
  const found = valueAtPointer(root, ref.slice(1));
  if (found === undefined) return undefined;
  const pointer = ref.slice(1).split('/').filter((part) => part !== '').map((token) => `/${encodePointerToken(decodePointerToken(token))}`).join('');
  return { schema: found, pointer };
}

function weigh(at: { schema: unknown; pointer: string }, walk: Walk): Weight {
  const { schema, pointer } = at;
  if (!isRecord(schema) || walk.problem !== undefined) return NOTHING;
  if (walk.open.has(schema)) return { ...NOTHING, loops: new Map([[schema, 1]]) };
  const known = walk.weights.get(schema);
  if (known !== undefined) return known;
  if (walk.depth >= MAX_SCHEMA_CHAIN) {
    walk.problem = { pointer, reason: `the schema goes more than ${MAX_SCHEMA_CHAIN} places deep here (through $ref, properties, items, allOf, …), beyond what the mock compiles` };
    return NOTHING;
  }
  walk.depth += 1;
  walk.open.add(schema);
  const weight: Weight = { same: 1, members: new Map(), worst: 1, loops: new Map(), memberLoops: new Map() };
  // A place that only refers to another shares its members' map: 2,900 references to a definition of 2,000
  // properties are 2,900 maps no more than one.
  let shared = false;
  const own = (): Map<string, number> => {
    if (shared) { weight.members = new Map(weight.members); shared = false; }
    return weight.members;
  };
  /** A member's checks counted; its recursions returned for the caller to join. */
  const memberApart = (key: string, sub: unknown, place: string): Loops => {
    const child = weigh({ schema: sub, pointer: place }, walk);
    const members = own();
    members.set(key, (members.get(key) ?? 0) + child.worst);
    return belowLoops(child);
  };
  const member = (key: string, sub: unknown, place: string): Loops => {
    const through = memberApart(key, sub, place);
    if (through.size > 0) addLoops(memberLoopsOf(weight, key), through);
    return through;
  };
  /** `branches`: where the recursions of alternatives gather (the most of them), before they join the place's. */
  const sameValue = (sub: unknown, place: string, branches?: Weight): void => {
    const child = weigh({ schema: sub, pointer: place }, walk);
    weight.same += child.same;
    mergeLoops(branches ?? weight, child, { alternative: branches !== undefined });
    if (child.members.size === 0) return;
    if (weight.members.size === 0) { weight.members = child.members; shared = true; return; }
    const members = own();
    for (const [key, checks] of child.members) members.set(key, (members.get(key) ?? 0) + checks);
  };
  if (typeof schema.$ref === 'string') {
    const found = target(schema.$ref, walk.root);
    if (found !== undefined) sameValue(found.schema, found.pointer);
  }
  // A value takes `then` or `else`, not both: their recursions are alternatives.
  const conditional = { ...NOTHING, loops: new Map(), memberLoops: new Map() };
  for (const key of SAME_VALUE_ONE) if (schema[key] !== undefined) sameValue(schema[key], `${pointer}/${key}`, key === 'then' || key === 'else' ? conditional : undefined);
  mergeLoops(weight, conditional, { alternative: false });
  for (const key of SAME_VALUE_LIST) {
    const list = schema[key];
    if (!Array.isArray(list)) continue;
    const branches = ALTERNATIVES.has(key) ? { ...NOTHING, loops: new Map(), memberLoops: new Map() } : undefined;
    list.forEach((sub, index) => sameValue(sub, `${pointer}/${key}/${index}`, branches));
    if (branches !== undefined) mergeLoops(weight, branches, { alternative: false });
  }
  for (const key of SAME_VALUE_MAP) {
    const map = schema[key];
    if (isRecord(map)) for (const [name, sub] of Object.entries(map)) sameValue(sub, `${pointer}/${key}/${encodePointerToken(name)}`);
  }
  if (isRecord(schema.properties)) {
    for (const [name, sub] of Object.entries(schema.properties)) member(`p:${name}`, sub, `${pointer}/properties/${encodePointerToken(name)}`);
  }
  if (isRecord(schema.patternProperties)) {
    const recursive: { source: string; loops: Loops }[] = [];
    for (const [source, sub] of Object.entries(schema.patternProperties)) {
      const loops = memberApart(ANY_PROPERTY, sub, `${pointer}/patternProperties/${encodePointerToken(source)}`);
      if (loops.size > 0) recursive.push({ source, loops });
    }
    // A name matches at most one of patterns proven disjoint (`^a_`, `^b_`): their recursions are alternatives.
    // They gather apart first: what the same member already meets through other subschemas adds to them.
    const apart = recursive.length > 1 && pairwiseDisjoint(recursive.map(({ source }) => source));
    const gathered: Loops = new Map();
    for (const { loops } of recursive) addLoops(gathered, loops, apart ? Math.max : undefined);
    if (gathered.size > 0) addLoops(memberLoopsOf(weight, ANY_PROPERTY), gathered);
    if (recursive.length > 0 && isRecord(schema.properties)) patternsOverNames(weight, { names: Object.keys(schema.properties), recursive }, walk);
  }
  const tuple = Array.isArray(schema.prefixItems) ? 'prefixItems' : Array.isArray(schema.items) ? 'items' : undefined;
  if (tuple !== undefined) (schema[tuple] as unknown[]).forEach((sub, index) => member(`i:${index}`, sub, `${pointer}/${tuple}/${index}`));
  if (isRecord(schema.items)) member(ANY_ITEM, schema.items, `${pointer}/items`);
  for (const [key, memberKey] of ANY_MEMBER) {
    if (!isRecord(schema[key])) continue;
    const loops = member(memberKey, schema[key], `${pointer}/${key}`);
    // `contains` checks the tuple's items too: their recursions join.
    if (key === 'contains' && tuple !== undefined && loops.size > 0) (schema[tuple] as unknown[]).forEach((_, index) => addLoops(memberLoopsOf(weight, `i:${index}`), loops));
  }
  const anyProperty = weight.members.get(ANY_PROPERTY) ?? 0;
  const anyItem = weight.members.get(ANY_ITEM) ?? 0;
  let worst = Math.max(weight.same, anyProperty, anyItem);
  for (const [key, checks] of weight.members) {
    if (key !== ANY_PROPERTY && key !== ANY_ITEM) worst = Math.max(worst, checks + (key.startsWith('p:') ? anyProperty : anyItem));
  }
  weight.worst = worst;
  walk.depth -= 1;
  walk.open.delete(schema);
  walk.weights.set(schema, weight);
  if (worst > MAX_SCHEMA_CHECKS && walk.problem === undefined) walk.problem = tooMany(pointer);
  for (const loops of weight.memberLoops.values()) {
    const paths = loops.get(schema) ?? 0;
    if (paths > 1 && walk.problem === undefined) walk.problem = doubling({ pointer, paths });
  }
  return weight;
}

/**
 * A named property whose name a pattern of `patternProperties` matches is checked against both: the recursions
 * through the pattern join the name's own (`properties: {a: {$ref: '#'}}, patternProperties: {'^a$': {$ref:
 * '#'}}` checks `a` twice at every level).
 */
function patternsOverNames(weight: Weight, at: { names: readonly string[]; recursive: readonly { source: string; loops: Loops }[] }, walk: Walk): void {
  for (const name of at.names) {
    for (const { source, loops } of at.recursive) {
      walk.tried += 1;
      const matcher = walk.tried > MAX_SCHEMA_CHECKS ? undefined : patternMatcher(source);
      if (matcher === undefined || matcher.test(name)) addLoops(memberLoopsOf(weight, `p:${name}`), loops);
    }
  }
}


function memberLoopsOf(weight: Weight, key: string): Loops {
  let loops = weight.memberLoops.get(key);
  if (loops === undefined) { loops = new Map(); weight.memberLoops.set(key, loops); }
  return loops;
}

/** The recursions a member of the value leads into: the value's own, and the most of any one of its members. */
function belowLoops(child: Weight): Loops {
  if (child.memberLoops.size === 0) return child.loops;
  const below = new Map(child.loops);
  const deepest = new Map<object, number>();
  for (const loops of child.memberLoops.values()) addLoops(deepest, loops, Math.max);
  addLoops(below, deepest);
  return below;
}

/**
 * A subschema of the same value brings its recursions along: added up when every one is checked, the most of
 * them for alternatives (a value takes one branch of an `anyOf` or `oneOf`).
 */
function mergeLoops(weight: Weight, child: Weight, how: { alternative: boolean }): void {
  const combine = how.alternative ? Math.max : (a: number, b: number): number => a + b;
  addLoops(weight.loops, child.loops, combine);
  for (const [key, loops] of child.memberLoops) addLoops(memberLoopsOf(weight, key), loops, combine);
}

function doubling(args: { pointer: string; paths: number }): Problem {
  return {
    pointer: args.pointer,
    reason: `the schema refers back here ${args.paths} times for one member of a value (through $ref, allOf, not, if/then/else, dependentSchemas, patternProperties or contains), so checking a value takes ${args.paths} times as many subschemas at every level it nests, beyond what the mock compiles`,
  };
}

function tooMany(pointer: string): Problem {
  return {
    pointer,
    reason: `checking one value here takes more than ${groupDigits(MAX_SCHEMA_CHECKS)} subschemas (through $ref, allOf, anyOf, oneOf, not, if/then/else), beyond what the mock compiles`,
  };
}
