// A Node: the constraints of several schema objects that must hold at once, folded into one record
// (types and enums intersected, bounds tightened, properties and items gathered as sources of child
// nodes), with the types no value can take within the mock's bounds ruled out and the reason kept.
import { encodePointerToken, JSON_TYPES, type Built, type Fragment, type JsonType, type Node, type Problem } from './types.js';
import { isRecord } from '../../is-record.js';
import { typeProblem } from './viable.js';

const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const tighterMin = (a: number | undefined, b: number | undefined): number | undefined => (a === undefined ? b : b === undefined ? a : Math.max(a, b));
const tighterMax = (a: number | undefined, b: number | undefined): number | undefined => (a === undefined ? b : b === undefined ? a : Math.min(a, b));

interface Fold {
  types: Set<JsonType> | undefined;
  typeSources: string[];
  enumValues: unknown[] | undefined;
  node: Node;
}

function emptyNode(args: { key: string; fragments: readonly Fragment[]; decided: ReadonlySet<string>; pointer: string }): Node {
  return {
    ...args,
    children: new Map(),
    viable: [],
    enumValues: undefined,
    preferred: [],
    choices: [],
    string: { minLength: 0, maxLength: Infinity, patterns: [], formats: [] },
    number: { multipleOf: [] },
    array: { minItems: 0, maxItems: Infinity, unique: false, prefix: [], items: [], closed: false, contains: [], maxContains: Infinity },
    object: {
      properties: new Map(), required: [], additional: [], closed: false, patternProperties: [], minProperties: 0,
      maxProperties: Infinity, dependentRequired: new Map(), propertyNames: [],
    },
  };
}

function foldTypes(fold: Fold, fragment: Fragment): void {
  const { schema } = fragment;
  if (schema.type === undefined) return;
  const declared = (Array.isArray(schema.type) ? schema.type : [schema.type]).filter((type): type is JsonType => JSON_TYPES.includes(type as JsonType));
  const own = new Set<JsonType>(declared);
  if (own.has('number')) own.add('integer');
  if (schema.nullable === true) own.add('null');
  fold.types = fold.types === undefined ? own : new Set([...fold.types].filter((type) => own.has(type)));
  fold.typeSources.push(`${fragment.pointer || '/'} allows ${declared.join(', ') || 'no known type'}`);
}

function foldEnum(fold: Fold, schema: Record<string, unknown>): void {
  const listed = Array.isArray(schema.enum) ? schema.enum : Object.hasOwn(schema, 'const') ? [schema.const] : undefined;
  if (listed === undefined) return;
  if (fold.enumValues === undefined) { fold.enumValues = [...listed]; return; }
  const keys = new Set(listed.map((value) => JSON.stringify(value)));
  fold.enumValues = fold.enumValues.filter((value) => keys.has(JSON.stringify(value)));
}

function foldScalars(node: Node, schema: Record<string, unknown>): void {
  const { string, number } = node;
  string.minLength = Math.max(string.minLength, num(schema.minLength) ?? 0);
  string.maxLength = Math.min(string.maxLength, num(schema.maxLength) ?? Infinity);
  if (typeof schema.pattern === 'string') string.patterns.push(schema.pattern);
  if (typeof schema.format === 'string') string.formats.push(schema.format);
  // Draft-04 spelled exclusivity as booleans beside minimum/maximum.
  const exclusiveMin = schema.exclusiveMinimum === true ? num(schema.minimum) : num(schema.exclusiveMinimum);
  const exclusiveMax = schema.exclusiveMaximum === true ? num(schema.maximum) : num(schema.exclusiveMaximum);
  if (schema.exclusiveMinimum !== true) number.minimum = tighterMin(number.minimum, num(schema.minimum));
  if (schema.exclusiveMaximum !== true) number.maximum = tighterMax(number.maximum, num(schema.maximum));
  number.exclusiveMinimum = tighterMin(number.exclusiveMinimum, exclusiveMin);
  number.exclusiveMaximum = tighterMax(number.exclusiveMaximum, exclusiveMax);
  const multipleOf = num(schema.multipleOf);
  if (multipleOf !== undefined && multipleOf > 0) number.multipleOf.push(multipleOf);
  if (Object.hasOwn(schema, 'default')) node.preferred.unshift(schema.default);
  if (Array.isArray(schema.examples)) node.preferred.push(...schema.examples.slice(0, 8));
}

function foldArray(node: Node, fragment: Fragment): void {
  const { schema, pointer } = fragment;
  const { array } = node;
  array.minItems = Math.max(array.minItems, num(schema.minItems) ?? 0);
  array.maxItems = Math.min(array.maxItems, num(schema.maxItems) ?? Infinity);
  if (schema.uniqueItems === true) array.unique = true;
  // 2020-12 tuples are prefixItems + items; draft-07 tuples are items: [...] + additionalItems.
  const tuple = Array.isArray(schema.prefixItems) ? { list: schema.prefixItems, key: 'prefixItems', rest: 'items' }
    : Array.isArray(schema.items) ? { list: schema.items, key: 'items', rest: 'additionalItems' } : undefined;
  tuple?.list.forEach((item, index) => {
    (array.prefix[index] ??= []).push({ schema: item, pointer: `${pointer}/${tuple.key}/${index}` });
  });
  const restKey = tuple?.rest ?? 'items';
  const rest = schema[restKey];
  if (rest === false) array.closed = true;
  else if (rest !== undefined && !Array.isArray(rest)) array.items.push({ schema: rest, pointer: `${pointer}/${restKey}` });
  if (schema.contains !== undefined) array.contains.push({ schema: schema.contains, pointer: `${pointer}/contains` });
  // minContains and maxContains (2019-09 on) count the items `contains` matches.
  const minContains = num(schema.minContains);
  if (minContains !== undefined) array.minContains = Math.max(array.minContains ?? 0, minContains);
  array.maxContains = Math.min(array.maxContains, num(schema.maxContains) ?? Infinity);
}

function foldObject(node: Node, fragment: Fragment): void {
  const { schema, pointer } = fragment;
  const { object } = node;
  if (isRecord(schema.properties)) {
    for (const [name, sub] of Object.entries(schema.properties)) {
      const sources = object.properties.get(name) ?? [];
      sources.push({ schema: sub, pointer: `${pointer}/properties/${encodePointerToken(name)}` });
      object.properties.set(name, sources);
    }
  }
  if (Array.isArray(schema.required)) {
    const known = new Set(object.required);
    for (const name of schema.required) if (typeof name === 'string' && !known.has(name)) { known.add(name); object.required.push(name); }
  }
  if (schema.additionalProperties === false) object.closed = true;
  else if (isRecord(schema.additionalProperties)) object.additional.push({ schema: schema.additionalProperties, pointer: `${pointer}/additionalProperties` });
  if (isRecord(schema.patternProperties)) {
    for (const [pattern, sub] of Object.entries(schema.patternProperties)) {
      object.patternProperties.push({ pattern, source: { schema: sub, pointer: `${pointer}/patternProperties/${encodePointerToken(pattern)}` } });
    }
  }
  if (schema.propertyNames !== undefined) object.propertyNames.push({ schema: schema.propertyNames, pointer: `${pointer}/propertyNames` });
  object.minProperties = Math.max(object.minProperties, num(schema.minProperties) ?? 0);
  object.maxProperties = Math.min(object.maxProperties, num(schema.maxProperties) ?? Infinity);
  const dependent = isRecord(schema.dependentRequired) ? schema.dependentRequired : isRecord(schema.dependencies) ? schema.dependencies : {};
  for (const [name, needs] of Object.entries(dependent)) {
    if (Array.isArray(needs)) object.dependentRequired.set(name, [...(object.dependentRequired.get(name) ?? []), ...needs.filter((need): need is string => typeof need === 'string')]);
  }
}

function foldChoices(node: Node, fragment: Fragment): void {
  const { schema, pointer, id } = fragment;
  for (const keyword of ['anyOf', 'oneOf'] as const) {
    const branches = schema[keyword];
    const choiceId = `${id}:${keyword}`;
    if (!Array.isArray(branches) || branches.length === 0 || node.decided.has(choiceId)) continue;
    node.choices.push({ id: choiceId, branches: branches.map((branch, index) => [{ schema: branch, pointer: `${pointer}/${keyword}/${index}` }]) });
  }
  const choiceId = `${id}:if`;
  if (schema.if !== undefined && !node.decided.has(choiceId)) {
    // Meeting `if` and `then` together is certain to satisfy the conditional; `else` alone is a guess.
    const satisfied = [{ schema: schema.if, pointer: `${pointer}/if` }, ...(schema.then === undefined ? [] : [{ schema: schema.then, pointer: `${pointer}/then` }])];
    const otherwise = schema.else === undefined ? [] : [{ schema: schema.else, pointer: `${pointer}/else` }];
    node.choices.push({ id: choiceId, branches: [satisfied, otherwise] });
  }
}

function typeOfValue(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value === 'string' ? 'string' : typeof value === 'boolean' ? 'boolean' : 'object';
}

/** When the schema names no type: the one its keywords speak of, else any. */
function impliedTypes(node: Node, fragments: readonly Fragment[]): JsonType[] {
  const has = (...keys: string[]): boolean => fragments.some((fragment) => keys.some((key) => Object.hasOwn(fragment.schema, key)));
  const implied: JsonType[] = [];
  if (has('properties', 'required', 'additionalProperties', 'patternProperties', 'minProperties', 'maxProperties', 'dependentRequired', 'propertyNames')) implied.push('object');
  if (has('items', 'prefixItems', 'minItems', 'maxItems', 'contains', 'uniqueItems', 'minContains', 'maxContains')) implied.push('array');
  if (has('minLength', 'maxLength', 'pattern', 'format')) implied.push('string');
  if (has('minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf')) implied.push('number', 'integer');
  if (implied.length > 0) return implied;
  return node.pointer === '' && node.choices.length === 0 ? ['object'] : ['string', 'integer', 'number', 'boolean', 'object', 'array', 'null'];
}

const emptyEnum = (fragments: readonly Fragment[]): boolean => fragments.some(({ schema }) => Array.isArray(schema.enum) && schema.enum.length === 0);

export function buildNode(args: { key: string; fragments: readonly Fragment[]; decided: ReadonlySet<string>; pointer: string }): Built<Node> {
  const node = emptyNode(args);
  const fold: Fold = { types: undefined, typeSources: [], enumValues: undefined, node };
  for (const fragment of args.fragments) {
    foldTypes(fold, fragment);
    foldEnum(fold, fragment.schema);
    foldScalars(node, fragment.schema);
    foldArray(node, fragment);
    foldObject(node, fragment);
    foldChoices(node, fragment);
  }
  const fail = (reason: string): Built<Node> => ({ ok: false, problem: { pointer: args.pointer, reason } satisfies Problem });
  if (fold.types !== undefined && fold.types.size === 0) return fail(`no value has every type required at once (${fold.typeSources.join('; ')})`);
  const candidates = fold.types === undefined ? impliedTypes(node, args.fragments) : JSON_TYPES.filter((type) => fold.types?.has(type));
  const problems = new Map<JsonType, string>();
  for (const type of candidates) {
    const problem = typeProblem(node, type);
    if (problem === undefined) node.viable.push(type);
    else problems.set(type, problem);
  }
  if (fold.enumValues !== undefined) {
    node.enumValues = fold.enumValues.filter((value) => node.viable.includes(typeOfValue(value)) || (typeOfValue(value) === 'integer' && node.viable.includes('number')));
    if (node.enumValues.length === 0) return fail(fold.enumValues.length > 0 ? 'no enum/const value has an allowed type' : emptyEnum(args.fragments) ? 'the enum is empty: no value is valid here' : 'no value is in every enum/const that applies here');
  }
  if (node.viable.length === 0) return fail([...problems.values()][0] ?? 'no value can be generated here');
  return { ok: true, value: node };
}
