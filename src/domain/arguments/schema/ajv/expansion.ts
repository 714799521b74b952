// How many subschemas checking one value may take, read from the schema before it is compiled. `$ref`, `allOf`,
// `anyOf`, `oneOf`, `not`, `if`/`then`/`else` and `dependentSchemas` check the same value again, and properties or
// items reached through several of them check their value once for each: a chain of ten definitions each
// naming the next ten times in `allOf` is small as written but checks one value ten billion times. Each place
// is weighed once, however many references lead to it; recursion is left to the value's own depth.
import { isRecord } from '../../../is-record.js';
import { MAX_SCHEMA_CHECKS } from '../limits.js';
import { decodePointerToken, encodePointerToken, type Problem } from '../types.js';

/** Keywords that check the value itself against one subschema, a list of them, or a map of them. */
const SAME_VALUE_ONE = ['not', 'if', 'then', 'else'];
const SAME_VALUE_LIST = ['allOf', 'anyOf', 'oneOf'];
const SAME_VALUE_MAP = ['dependentSchemas', 'dependencies'];
/** Keywords that check any member (property or item) of the value. */
const ANY_MEMBER = ['additionalProperties', 'propertyNames', 'unevaluatedProperties', 'additionalItems', 'unevaluatedItems', 'contains'];
/** The key of members a subschema applies to whatever their name. */
const ANY = '*';

interface Weight {
  /** Subschemas checked against the value itself. */
  same: number;
  /** By member key (`p:name`, `i:index`, ANY): the checks one member of the value costs. */
  members: Map<string, number>;
  /** The most checks any one value in the place's reach costs. */
  worst: number;
}

interface Walk {
  root: unknown;
  weights: Map<object, Weight>;
  /** Places being weighed: a reference back to one of them is recursion, which the value's depth bounds. */
  open: Set<object>;
  problem?: Problem;
}

const NOTHING: Weight = { same: 0, members: new Map(), worst: 0 };

/** Where checking one value of the schema would take more than `MAX_SCHEMA_CHECKS` subschemas, if anywhere. */
export function expansionProblem(schema: unknown): Problem | undefined {
  const walk: Walk = { root: schema, weights: new Map(), open: new Set() };
  weigh({ schema, pointer: '' }, walk);
  return walk.problem;
}

function target(ref: string, root: unknown): { schema: unknown; pointer: string } | undefined {
  if (!ref.startsWith('#')) return undefined;
  let found: unknown = root;
  const tokens = ref.slice(1).split('/').filter((part) => part !== '').map(decodePointerToken);
  for (const key of tokens) {
    if (!(isRecord(found) || Array.isArray(found)) || !Object.hasOwn(found, key)) return undefined;
    found = (found as Record<string, unknown>)[key];
  }
  return { schema: found, pointer: tokens.map((token) => `/${encodePointerToken(token)}`).join('') };
}

function weigh(at: { schema: unknown; pointer: string }, walk: Walk): Weight {
  const { schema, pointer } = at;
  if (!isRecord(schema) || walk.problem !== undefined || walk.open.has(schema)) return NOTHING;
  const known = walk.weights.get(schema);
  if (known !== undefined) return known;
  walk.open.add(schema);
  const weight: Weight = { same: 1, members: new Map(), worst: 1 };
  // A place that only refers to another shares its members' map: 2,900 references to a definition of 2,000
  // properties are 2,900 maps no more than one.
  let shared = false;
  const own = (): Map<string, number> => {
    if (shared) { weight.members = new Map(weight.members); shared = false; }
    return weight.members;
  };
  const member = (key: string, sub: unknown, place: string): void => {
    const child = weigh({ schema: sub, pointer: place }, walk);
    const members = own();
    members.set(key, (members.get(key) ?? 0) + child.worst);
  };
  const sameValue = (sub: unknown, place: string): void => {
    const child = weigh({ schema: sub, pointer: place }, walk);
    weight.same += child.same;
    if (child.members.size === 0) return;
    if (weight.members.size === 0) { weight.members = child.members; shared = true; return; }
    const members = own();
    for (const [key, checks] of child.members) members.set(key, (members.get(key) ?? 0) + checks);
  };
  if (typeof schema.$ref === 'string') {
    const found = target(schema.$ref, walk.root);
    if (found !== undefined) sameValue(found.schema, found.pointer);
  }
  for (const key of SAME_VALUE_ONE) if (schema[key] !== undefined) sameValue(schema[key], `${pointer}/${key}`);
  for (const key of SAME_VALUE_LIST) {
    const list = schema[key];
    if (Array.isArray(list)) list.forEach((sub, index) => sameValue(sub, `${pointer}/${key}/${index}`));
  }
  for (const key of SAME_VALUE_MAP) {
    const map = schema[key];
    if (isRecord(map)) for (const [name, sub] of Object.entries(map)) sameValue(sub, `${pointer}/${key}/${encodePointerToken(name)}`);
  }
  if (isRecord(schema.properties)) {
    for (const [name, sub] of Object.entries(schema.properties)) member(`p:${name}`, sub, `${pointer}/properties/${encodePointerToken(name)}`);
  }
  if (isRecord(schema.patternProperties)) {
    for (const [name, sub] of Object.entries(schema.patternProperties)) member(ANY, sub, `${pointer}/patternProperties/${encodePointerToken(name)}`);
  }
  const tuple = Array.isArray(schema.prefixItems) ? 'prefixItems' : Array.isArray(schema.items) ? 'items' : undefined;
  if (tuple !== undefined) (schema[tuple] as unknown[]).forEach((sub, index) => member(`i:${index}`, sub, `${pointer}/${tuple}/${index}`));
  if (isRecord(schema.items)) member(ANY, schema.items, `${pointer}/items`);
  for (const key of ANY_MEMBER) if (isRecord(schema[key])) member(ANY, schema[key], `${pointer}/${key}`);
  const any = weight.members.get(ANY) ?? 0;
  let worst = Math.max(weight.same, any);
  for (const [key, checks] of weight.members) if (key !== ANY) worst = Math.max(worst, checks + any);
  weight.worst = worst;
  walk.open.delete(schema);
  walk.weights.set(schema, weight);
  if (worst > MAX_SCHEMA_CHECKS && walk.problem === undefined) walk.problem = tooMany(pointer);
  return weight;
}

function tooMany(pointer: string): Problem {
  return {
    pointer,
    reason: `checking one value here takes more than ${MAX_SCHEMA_CHECKS.toLocaleString('en-US')} subschemas (through $ref, allOf, anyOf, oneOf, not, if/then/else), beyond what the mock compiles`,
  };
}
