// References that only require again what is already being required of the same value: `allOf: [{ $ref: '#' }]`
// in the schema it names (or `$ref: '#'` beside the root's own keywords) asks that a value satisfy the schema and
// the schema, so the schema without that reference is the same schema, and Ajv, which follows it without end, can
// check the copy without it. A reference is left out only when whatever applies it applies its target first: the
// path from the target down to it runs through `allOf` members and `$defs` entries that nothing else reaches.
// Any other reference back (through anyOf, not, if, or reachable another way) is left as written: its check
// cannot end, and the value is refused for that.
import { isRecord } from '../../is-record.js';
import { backWalks } from './back-walks.js';
import { decodePointerToken, encodePointerToken } from './types.js';

/** Keywords whose values are data or names, not subschemas: an object in them is never looked into. */
const DATA_KEYWORDS = new Set(['const', 'default', 'examples', 'enum', 'dependentRequired', '$vocabulary']);

/**
 * Keywords that name places other than by a JSON pointer: a schema holding one is left as written. Anchors
 * (`$anchor`, `$dynamicAnchor`) are not among them: every `$ref` to one of them is a pointer by now (`own-ids.ts`),
 * and one that is not stops the walk as any `#name` does.
 */
const ELSEWHERE = new Set(['$dynamicRef', '$recursiveRef', '$recursiveAnchor']);

/** Keywords whose values map names to subschemas. */
const MAP_KEYWORDS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'dependencies']);

/** Of those, where definitions stand: a subschema there is applied only through references. */
const DEFINITIONS = new Set(['$defs', 'definitions']);

/** Schema objects and arrays looked at most (`MAX_SCHEMA_NODES` is below it). */
const MAX_VISITS = 20_000;

/**
 * Places the walks back from all references may meet together (a backstop: each place is met once, and a schema
 * holds fewer); past it, every reference stays.
 */
const MAX_WALKED_PLACES = 200_000;

interface Reference { at: string; target: string }

/** The schema's references, and the places with one way in other than references. */
interface Graph {
  references: Reference[];
  /** Each place's referrers (the pointers of the `$ref`s that name it). */
  entries: Map<string, string[]>;
  /** Places that are members of an `allOf`, each with its parent: applied wherever the parent is. */
  allOfMembers: Map<string, string>;
  /** Places in `$defs` or `definitions`, applied only through references. */
  definitions: Set<string>;
}

/** The copy without the references that require nothing new, or undefined when there are none (or past the bound). */
export function withoutSelfConjunctions(schema: Record<string, unknown>): Record<string, unknown> | undefined {
  const graph = graphOf(schema);
  if (graph === undefined) return undefined;
  const passesThrough = backWalks({ starts: graph.references.map((reference) => reference.at), wayIn: (place) => wayIn(graph, place), maxPlaces: MAX_WALKED_PLACES });
  if (passesThrough === undefined) return undefined;
  const redundant = graph.references.filter((reference) => passesThrough({ from: reference.at, to: reference.target })).map((reference) => reference.at);
  return redundant.length === 0 ? undefined : withoutRefs(schema, redundant);
}

type Kind = 'schema' | 'map' | 'list';
/** `allOfOf`: for the list of an `allOf`, the pointer of the schema object holding it. */
interface Pending { node: unknown; pointer: string; kind: Kind; definitions?: boolean; allOfOf?: string }

/** The references and places of the schema, or undefined when a reference names a place another way. */
function graphOf(root: Record<string, unknown>): Graph | undefined {
  const graph: Graph = { references: [], entries: new Map(), allOfMembers: new Map(), definitions: new Set() };
  const pending: Pending[] = [{ node: root, pointer: '', kind: 'schema' }];
  for (let visits = 0; pending.length > 0; visits += 1) {
    if (visits > MAX_VISITS) return undefined;
    const at = pending.pop()!;
    if (at.kind !== 'schema') {
      for (const [key, child] of Array.isArray(at.node) ? at.node.entries() : Object.entries(at.node as object)) {
        const pointer = `${at.pointer}/${encodePointerToken(String(key))}`;
        if (at.definitions === true) graph.definitions.add(pointer);
        if (at.allOfOf !== undefined) graph.allOfMembers.set(pointer, at.allOfOf);
        pending.push({ node: child, pointer, kind: 'schema' });
      }
      continue;
    }
    if (!isRecord(at.node)) continue;
    if (!schemaPlaces(at, { graph, pending })) return undefined;
  }
  return graph;
}

/** Notes the schema object's `$ref` and queues its subschemas; false when it names a place other than by a pointer. */
function schemaPlaces(at: Pending, into: { graph: Graph; pending: Pending[] }): boolean {
  for (const [key, value] of Object.entries(at.node as Record<string, unknown>)) {
    // An embedded `$id` names a document; an anchor id (`$id: '#name'`) names a place every `$ref` to it now points at.
    if (ELSEWHERE.has(key) || (key === '$id' && at.pointer !== '' && !(typeof value === 'string' && /^#[^/]/.test(value)))) return false;
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#')) {
      const target = canonicalPointer(value);
      if (target === undefined) return false;
      into.graph.references.push({ at: at.pointer, target });
      const referrers = into.graph.entries.get(target);
      if (referrers === undefined) into.graph.entries.set(target, [at.pointer]);
      else referrers.push(at.pointer);
    }
    if (DATA_KEYWORDS.has(key) || typeof value !== 'object' || value === null) continue;
    const pointer = `${at.pointer}/${encodePointerToken(key)}`;
    if (Array.isArray(value)) into.pending.push({ node: value, pointer, kind: 'list', ...(key === 'allOf' ? { allOfOf: at.pointer } : {}) });
    else if (MAP_KEYWORDS.has(key)) into.pending.push({ node: value, pointer, kind: 'map', definitions: DEFINITIONS.has(key) });
    else into.pending.push({ node: value, pointer, kind: 'schema' });
  }
  return true;
}

/** `#/a%20b/c` as the pointer `/a b/c` (tokens escaped with `~` only); undefined for an anchor. */
function canonicalPointer(reference: string): string | undefined {
  if (reference === '#') return '';
  if (!reference.startsWith('#/')) return undefined;
  return reference.slice(2).split('/').map((token) => `/${encodePointerToken(decodePointerToken(token))}`).join('');
}

/**
 * A place's one way in, when it has one: an `allOf` member no reference names is applied wherever its parent is,
 * and a definition exactly one reference names wherever that reference is. A reference is redundant when the
 * walk back from its holder along these ways passes through its target: then whatever applies it applies its
 * target first.
 */
function wayIn(graph: Graph, place: string): string | undefined {
  const referrers = graph.entries.get(place) ?? [];
  if (graph.definitions.has(place)) return referrers.length === 1 ? referrers[0] : undefined;
  const parent = graph.allOfMembers.get(place);
  return parent !== undefined && referrers.length === 0 ? parent : undefined;
}

/** A copy sharing what it does not change, with `$ref` taken off the objects at `pointers`. */
function withoutRefs(schema: Record<string, unknown>, pointers: readonly string[]): Record<string, unknown> {
  const copies = new Map<string, Record<string, unknown> | unknown[]>();
  const root = copyOf(schema);
  copies.set('', root);
  for (const pointer of pointers) {
    let parent = root;
    let at = '';
    for (const token of pointer.split('/').slice(1)) {
      at = `${at}/${token}`;
      const key = token.replaceAll('~1', '/').replaceAll('~0', '~');
      let copy = copies.get(at);
      if (copy === undefined) {
        copy = copyOf((parent as Record<string, unknown>)[key] as Record<string, unknown> | unknown[]);
        copies.set(at, copy);
        setOwn(parent, key, copy);
      }
      parent = copy;
    }
    delete (parent as Record<string, unknown>).$ref;
  }
  return root as Record<string, unknown>;
}

function copyOf(node: Record<string, unknown> | unknown[]): Record<string, unknown> | unknown[] {
  if (Array.isArray(node)) return [...node];
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) setOwn(copy, key, value);
  return copy;
}

function setOwn(target: Record<string, unknown> | unknown[], key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else (target as Record<string, unknown>)[key] = value;
}
