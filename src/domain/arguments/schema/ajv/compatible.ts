// A copy of a tool schema Ajv compiles where it refuses the original for a form whose meaning is plain: an empty
// `enum` (no value is valid: the subschema becomes `false`), OpenAPI's `nullable` beside no `type` (an unknown
// keyword to JSON Schema, which Ajv alone rejects) and draft-04's forms (a boolean `exclusiveMinimum` makes
// `minimum` exclusive, the later numeric form; the identifier `id`, left out). Same JSON pointers as the
// original, but for a `minimum` moved into `exclusiveMinimum`; data (const, default, examples, enum members) is
// left as written. Used once the original failed to compile; the boolean bounds alone are rewritten before
// a schema that declares no `$schema` is judged and compiled (`draft04BoundsCopy`): a boolean there is draft-04's
// and can mean nothing else, so the real API takes it from old clients.
import { isRecord } from '../../../is-record.js';

/** Keywords whose values are data, not subschemas: an object in them is never rewritten. */
const DATA_KEYWORDS = new Set(['const', 'default', 'examples', 'enum']);

/** Keywords whose values map names to subschemas: the map itself is no schema (a property may be named `nullable`). */
const MAP_KEYWORDS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'dependencies']);

/** Schema objects rewritten at most: more than a schema may hold (`MAX_SCHEMA_NODES`). */
const MAX_VISITS = 20_000;

/** The rewritten copy, or undefined when nothing in `schema` needed rewriting (or it is past the bound). */
export function compatibleCopy(schema: Record<string, unknown>): Record<string, unknown> | undefined {
  return copied(schema, { boundsOnly: false });
}

/**
 * The copy with only draft-04's boolean `exclusiveMinimum`/`exclusiveMaximum` rewritten (as `compatibleCopy`
 * does), or undefined when the schema has none: what the meta-schema judges of it stays where it was written.
 */
export function draft04BoundsCopy(schema: Record<string, unknown>): Record<string, unknown> | undefined {
  return copied(schema, { boundsOnly: true });
}

function copied(schema: Record<string, unknown>, forms: { boundsOnly: boolean }): Record<string, unknown> | undefined {
  const state = { visits: 0, changed: false, boundsOnly: forms.boundsOnly };
  const copy = rewrite(schema, state);
  return state.changed && state.visits <= MAX_VISITS && isRecord(copy) ? copy : undefined;
}

interface Walk { visits: number; changed: boolean; boundsOnly: boolean }

function rewrite(node: unknown, state: Walk): unknown {
  if (typeof node !== 'object' || node === null) return node;
  state.visits += 1;
  if (state.visits > MAX_VISITS) return node;
  if (Array.isArray(node)) return node.map((child) => rewrite(child, state));
  const schema = node as Record<string, unknown>;
  if (!state.boundsOnly && Array.isArray(schema.enum) && schema.enum.length === 0) {
    state.changed = true;
    return false;
  }
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (!state.boundsOnly && key === 'nullable' && schema.type === undefined) { state.changed = true; continue; }
    if (draft04Form(schema, { key, boundsOnly: state.boundsOnly })) { state.changed = true; continue; }
    if (key === 'minimum' || key === 'maximum') {
      const exclusive = key === 'minimum' ? 'exclusiveMinimum' : 'exclusiveMaximum';
      if (schema[exclusive] === true && typeof value === 'number') { state.changed = true; setOwn(copy, exclusive, value); continue; }
    }
    const rewritten = DATA_KEYWORDS.has(key) ? value : MAP_KEYWORDS.has(key) && isRecord(value) ? rewriteMap(value, state) : rewrite(value, state);
    setOwn(copy, key, rewritten);
  }
  return copy;
}

/**
 * A draft-04 keyword left out of the copy: `id` (a string; Ajv refuses the keyword, and the validator puts an
 * id of its own at the root) and a boolean exclusive bound (`true` is written on its `minimum` or `maximum`).
 */
function draft04Form(schema: Record<string, unknown>, at: { key: string; boundsOnly: boolean }): boolean {
  const { key } = at;
  if (key === 'id') return !at.boundsOnly && typeof schema.id === 'string' && schema.$id === undefined;
  return (key === 'exclusiveMinimum' || key === 'exclusiveMaximum') && typeof schema[key] === 'boolean';
}

function rewriteMap(map: Record<string, unknown>, state: Walk): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(map)) setOwn(copy, name, rewrite(value, state));
  return copy;
}

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
