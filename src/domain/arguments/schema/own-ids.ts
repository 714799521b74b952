// References a schema makes to itself through its own identifiers, rewritten as pointers within the document:
// `$ref: 'https://example.com/tool.json#/$defs/A'` under the root `$id: 'https://example.com/tool.json'`, or
// `$ref: 'addr.json'` to a bundled `$defs/addr` whose `$id` is `https://example.com/addr.json`. The validator
// replaces the root `$id` with one of its own (a client's id may collide with another tool's), and the generator
// follows only `#…` references, so neither could follow these. In the copy every reference that resolves to the
// document itself (root or embedded id, `$id` or draft-04's `id`) becomes `#/pointer…` from the root, and
// embedded ids are left out, with their anchors. Anchors become pointers too (`$ref: '#name'` →
// `#/$defs/x`; the first of a name in a document wins): `$anchor: 'name'` and `$dynamicAnchor: 'name'`, which the
// generator would not follow, draft-06/07's anchor ids (`$id: '#name'`), and draft-04's (`id: '#name'`), which no
// dialect here resolves, read only when the schema declares draft-04 or no dialect; never over a `$anchor` of the
// same name. A `$dynamicRef` becomes a `$ref` where it lands as one would (see `Rewriting`). A reference to any
// other document stays as written.
import { isRecord } from '../../is-record.js';
import { ambiguousAnchorReason } from './ajv/compile-refusals.js';
import type { Problem } from './types.js';
import { landsAsRef, readsDynamicRefs } from './unfollowed-refs.js';

/** Keywords whose values are data or names, not subschemas: an object in them is never rewritten. */
const DATA_KEYWORDS = new Set(['const', 'default', 'examples', 'enum', 'dependentRequired', '$vocabulary']);

/** Keywords whose values map names to subschemas. */
const MAP_KEYWORDS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'dependencies']);

/** Schema objects and arrays visited at most, on each of the two walks (`MAX_SCHEMA_NODES` is below it). */
const MAX_VISITS = 20_000;

/** The base of a root that names none: relative ids and references resolve against it. */
const NAMELESS_ROOT = 'https://schemas.responses-mock.invalid/root.json';

/**
 * `copy`: the schema with self-references as root pointers, or undefined when it has none to rewrite (or is past the
 * bound). `duplicate`: an anchor declared twice in one embedded resource, whose anchors the copy leaves out (the
 * root's stay, for the validator to refuse), placed at the second declaration.
 */
export interface OwnIds { copy: Record<string, unknown> | undefined; duplicate: Problem | undefined }

export function withOwnIdsResolved(schema: Record<string, unknown>): OwnIds {
  const rootBase = resolved(identifier(schema) ?? '', NAMELESS_ROOT) ?? NAMELESS_ROOT;
  const documents = new Map<string, string>([[rootBase, '']]);
  const anchors = new Map<string, string>();
  const idAnchors = new Map<string, string>();
  const collect: Walk = { visits: 0, embedded: 0, dynamicElsewhere: new Set(), rootBase };
  collectIds({ node: schema, pointer: '', base: rootBase }, { documents, anchors: { named: anchors, ids: idAnchors, draft04: readsIdAnchors(schema) }, walk: collect });
  if (collect.visits > MAX_VISITS) return { copy: undefined, duplicate: undefined };
  const { duplicate } = collect;
  // A `$anchor` wherever it stands beats an `id` anchor of the same name.
  for (const [name, pointer] of idAnchors) if (!anchors.has(name)) anchors.set(name, pointer);
  const state = { visits: 0, changed: collect.embedded > 0 };
  const dynamicRefs = readsDynamicRefs(schema) ? collect.dynamicElsewhere : undefined;
  const copy = rewrite({ node: schema, pointer: '', base: rootBase }, { documents, anchors, state, dynamicRefs, rootBase });
  return { copy: state.changed && state.visits <= MAX_VISITS && isRecord(copy) ? copy : undefined, duplicate };
}

interface Place { node: unknown; pointer: string; base: string }

/** What the first walk counts: visits, embedded documents, and the names of the `$dynamicAnchor`s those declare. */
interface Walk { visits: number; embedded: number; dynamicElsewhere: Set<string>; rootBase: string; duplicate?: Problem }

/** Draft-04's `id` names anchors unless the schema declares a later dialect (draft-06 on), where `id` is no keyword. */
function readsIdAnchors(schema: Record<string, unknown>): boolean {
  // As for draft-04's boolean bounds (ajv/validator.ts): every dialect but the later ones, whose `id` is no keyword.
  return typeof schema.$schema !== 'string' || !/draft-0[6-7]|2019-09|2020-12/.test(schema.$schema);
}

/**
 * Anchors by `document#name`: `$anchor`s and `$dynamicAnchor`s (`named`); anchor ids (`ids`): draft-06/07's
 * `$id: '#name'`, which Ajv reads in every dialect (2019-09 and 2020-12's meta-schemas refuse it first), and
 * draft-04's `id: '#name'` when the dialect reads it (`draft04`).
 */
interface Anchors { named: Map<string, string>; ids: Map<string, string>; draft04: boolean }

/** An anchor id's name (`#name`, not `#/…`), or undefined. */
function anchorName(id: unknown): string | undefined {
  return typeof id === 'string' && id.length > 1 && id.startsWith('#') && !id.startsWith('#/') ? id.slice(1) : undefined;
}

/** Draft-04's anchor id (`id: '#name'`, no `$id` beside it): the name, or undefined. */
function draft04Anchor(schema: Record<string, unknown>): string | undefined {
  return schema.$id === undefined ? anchorName(schema.id) : undefined;
}

/** A schema object's own identifier: `$id`, else draft-04's `id` (a string either way). */
function identifier(schema: Record<string, unknown>): string | undefined {
  if (typeof schema.$id === 'string') return schema.$id;
  return schema.$id === undefined && typeof schema.id === 'string' ? schema.id : undefined;
}

/** `reference` resolved against `base`, without its fragment; undefined when it does not resolve. */
function resolved(reference: string, base: string): string | undefined {
  try {
    const url = new URL(reference, base);
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

/** Each embedded identifier's absolute document name, mapped to its pointer from the root. */
function collectIds(place: Place, into: { documents: Map<string, string>; anchors: Anchors; walk: Walk }): void {
  const { node, pointer } = place;
  if (typeof node !== 'object' || node === null) return;
  into.walk.visits += 1;
  if (into.walk.visits > MAX_VISITS) return;
  if (Array.isArray(node)) {
    for (const [index, child] of node.entries()) collectIds({ node: child, pointer: `${pointer}/${index}`, base: place.base }, into);
    return;
  }
  const schema = node as Record<string, unknown>;
  let base = place.base;
  const own = pointer === '' ? undefined : identifier(schema);
  // A fragment-only id (draft-04's `id: '#name'`) names an anchor, not a document.
  if (own !== undefined && !own.startsWith('#')) {
    const document = resolved(own, base);
    if (document !== undefined && !into.documents.has(document)) { into.documents.set(document, pointer); base = document; into.walk.embedded += 1; }
  }
  const { named, ids, draft04 } = into.anchors;
  if (typeof schema.$dynamicAnchor === 'string' && base !== into.walk.rootBase) into.walk.dynamicElsewhere.add(schema.$dynamicAnchor);
  // A `$dynamicAnchor` is a plain anchor too (2020-12; Ajv reads both in every dialect).
  for (const keyword of ['$anchor', '$dynamicAnchor'] as const) {
    const name = schema[keyword];
    if (typeof name !== 'string' || name === '') continue;
    if (!named.has(`${base}#${name}`)) named.set(`${base}#${name}`, pointer);
    else noteDuplicate({ walk: into.walk, base, pointer: `${pointer}/${keyword}`, name });
  }
  const idAnchor = anchorName(schema.$id);
  // Draft-07's anchor id is Ajv's anchor as a `$anchor` is (draft-04's `id` is the generator's alone).
  if (idAnchor !== undefined && (named.has(`${base}#${idAnchor}`) || ids.has(`${base}#${idAnchor}`))) noteDuplicate({ walk: into.walk, base, pointer: `${pointer}/$id`, name: idAnchor });
  for (const name of [idAnchor, draft04 ? draft04Anchor(schema) : undefined]) {
    if (name !== undefined && !ids.has(`${base}#${name}`)) ids.set(`${base}#${name}`, pointer);
  }
  for (const [key, value] of Object.entries(schema)) {
    if (DATA_KEYWORDS.has(key)) continue;
    if (MAP_KEYWORDS.has(key) && isRecord(value)) {
      for (const [name, child] of Object.entries(value)) collectIds({ node: child, pointer: `${pointer}/${key}/${token(name)}`, base }, into);
    } else {
      collectIds({ node: value, pointer: `${pointer}/${token(key)}`, base }, into);
    }
  }
}

/** The first anchor declared twice in an embedded resource (the root's duplicates are the validator's to refuse). */
function noteDuplicate(found: { walk: Walk; base: string; pointer: string; name: string }): void {
  if (found.base !== found.walk.rootBase) found.walk.duplicate ??= { pointer: found.pointer, reason: ambiguousAnchorReason(found.name) };
}

/**
 * `dynamicRefs` (undefined where `$dynamicRef` is no keyword): the `$dynamicAnchor` names embedded resources
 * declare. Each `$dynamicRef` to a place of this document becomes a `$ref` to it: one to a pointer always (it is
 * a `$ref` by the spec), one to an anchor when no embedded resource declares a `$dynamicAnchor` of that name, so
 * that the outermost resource of every dynamic scope declaring it is the root and it lands where a `$ref` would.
 * The validator, Ajv, sends a `$dynamicRef` to the root whenever the anchor's schema was not compiled before it,
 * and the generator follows none.
 */
interface Rewriting {
  documents: Map<string, string>;
  anchors: Map<string, string>;
  state: { visits: number; changed: boolean };
  dynamicRefs: Set<string> | undefined;
  rootBase: string;
}

function rewrite(place: Place, job: Rewriting): unknown {
  const { node, pointer } = place;
  if (typeof node !== 'object' || node === null) return node;
  job.state.visits += 1;
  if (job.state.visits > MAX_VISITS) return node;
  if (Array.isArray(node)) return node.map((child, index) => rewrite({ node: child, pointer: `${pointer}/${index}`, base: place.base }, job));
  const schema = node as Record<string, unknown>;
  const own = pointer === '' ? undefined : identifier(schema);
  const document = own === undefined || own.startsWith('#') ? undefined : resolved(own, place.base);
  const embedded = document !== undefined && job.documents.get(document) === pointer;
  const base = embedded ? document : place.base;
  const copy: Record<string, unknown> = {};
  let dynamic: string | undefined;
  for (const [key, value] of Object.entries(schema)) {
    // The embedded id is left out: its references are root pointers now.
    if (embedded && (key === '$id' || key === 'id') && value === own) continue;
    // So are the anchors of embedded documents: every reference to one is a pointer now, and left in they would join
    // the root's, where one of the same name is legal in another document but ambiguous in the root's.
    const anchorKey = key === '$anchor' || key === '$dynamicAnchor' || (key === '$id' && anchorName(value) !== undefined);
    if (anchorKey && base !== job.rootBase) continue;
    // Beside a `$ref` it joins an `allOf`: one that is no list is the meta-schema's to refuse, so it stays as written.
    const joinable = schema.$ref === undefined || schema.allOf === undefined || Array.isArray(schema.allOf);
    if (key === '$dynamicRef' && typeof value === 'string' && joinable && landsAsRef(value, job.dynamicRefs)) {
      dynamic = pointerTo(value, { base, documents: job.documents, anchors: job.anchors });
      if (dynamic !== undefined) { job.state.changed = true; continue; }
    }
    let rewritten: unknown;
    if (key === '$ref' && typeof value === 'string') {
      rewritten = localReference(value, { base, documents: job.documents, anchors: job.anchors }) ?? value;
      if (rewritten !== value) job.state.changed = true;
    } else if (DATA_KEYWORDS.has(key)) rewritten = value;
    else if (MAP_KEYWORDS.has(key) && isRecord(value)) rewritten = rewriteMap({ map: value, pointer: `${pointer}/${key}`, base }, job);
    else rewritten = rewrite({ node: value, pointer: `${pointer}/${token(key)}`, base }, job);
    setOwn(copy, key, rewritten);
  }
  if (dynamic !== undefined) {
    if (copy.$ref === undefined) copy.$ref = dynamic;
    else copy.allOf = [...((copy.allOf as unknown[] | undefined) ?? []), { $ref: dynamic }];
  }
  return copy;
}

/** `reference` as `#/pointer…` (or `#`) from the root when it names a place of this document; else undefined. */
function pointerTo(reference: string, within: { base: string; documents: Map<string, string>; anchors: Map<string, string> }): string | undefined {
  const local = localReference(reference, within) ?? reference;
  return local === '#' || local.startsWith('#/') ? local : undefined;
}

function rewriteMap(place: { map: Record<string, unknown>; pointer: string; base: string }, job: Rewriting): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(place.map)) setOwn(copy, name, rewrite({ node: value, pointer: `${place.pointer}/${token(name)}`, base: place.base }, job));
  return copy;
}

/** `reference` as `#…` from the root when it names this document (or one embedded in it); else undefined. */
function localReference(reference: string, within: { base: string; documents: Map<string, string>; anchors: Map<string, string> }): string | undefined {
  const hash = reference.indexOf('#');
  const fragment = hash < 0 ? '' : reference.slice(hash + 1);
  const document = hash === 0 ? within.base : resolved(hash < 0 ? reference : reference.slice(0, hash), within.base);
  const at = document === undefined ? undefined : within.documents.get(document);
  if (at === undefined) return undefined;
  const anchored = fragment === '' || fragment.startsWith('/') ? undefined : within.anchors.get(`${document}#${fragment}`);
  if (anchored !== undefined) return `#${anchored}`;
  // An anchor keeps its name: with the embedded ids gone, it is the root's.
  const local = fragment === '' || fragment.startsWith('/') ? `#${at}${fragment}` : `#${fragment}`;
  return local === reference ? undefined : local;
}

/** A JSON pointer token as it may stand in a URI fragment. */
function token(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1').replace(/[^A-Za-z0-9\-._~$]/gu, (character) => encodeURIComponent(character));
}

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
