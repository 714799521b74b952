// Where a schema still holds a `$dynamicRef` once its own references are pointers (`own-ids.ts`): one to no
// anchor or place of the document, to another document, or to an anchor an embedded resource re-declares as a
// `$dynamicAnchor`, so that where it lands depends on the path taken. The generator follows none of these and the
// validator (Ajv) sends them to the root: when no value generated passes the check, the problem names the keyword
// (a schema that holds one where no value reaches it, or where any value passes, is answered).
import { isRecord } from '../../is-record.js';
import { encodePointerToken, type Problem } from './types.js';

/** Keywords whose value is one subschema (or, for `items`, a list of them). */
const SCHEMA_KEYWORDS = new Set([
  'additionalProperties', 'additionalItems', 'items', 'contains', 'propertyNames', 'not', 'if', 'then', 'else',
  'unevaluatedItems', 'unevaluatedProperties', 'contentSchema',
]);

/** Keywords whose value lists subschemas. */
const LIST_KEYWORDS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems', 'items']);

/** Keywords whose values map names to subschemas: a name there is a property's, not a keyword. */
const MAP_KEYWORDS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'dependencies']);

/** Schema objects looked at most (`MAX_SCHEMA_NODES` is below it). */
const MAX_VISITS = 20_000;

/**
 * Whether `$dynamicRef` is a keyword (2020-12, the dialect tried first unless `$schema` names draft-04 to 07 or
 * 2019-09), as in the validator's `dialectsFor`. Elsewhere it is an unknown word, ignored by both sides.
 */
export function readsDynamicRefs(schema: Record<string, unknown>): boolean {
  return typeof schema.$schema !== 'string' || !/draft-0[4-7]|2019-09/.test(schema.$schema);
}

/**
 * Whether a `$dynamicRef` lands where a `$ref` would (`own-ids.ts` then makes it one): to a pointer, always, or to
 * an anchor whose name no embedded resource re-declares as a `$dynamicAnchor` (`elsewhere`; undefined where the
 * keyword is not read).
 */
export function landsAsRef(reference: string, elsewhere: ReadonlySet<string> | undefined): boolean {
  if (elsewhere === undefined) return false;
  const hash = reference.indexOf('#');
  const fragment = hash < 0 ? '' : reference.slice(hash + 1);
  return fragment === '' || fragment.startsWith('/') || !elsewhere.has(fragment);
}

/**
 * The problem of the first `$dynamicRef` left in `schema` (depth first, in order), when its dialect reads the
 * keyword; only keywords in schema places are read (a property named `$dynamicRef` is none).
 */
export function unfollowedDynamicRef(schema: Record<string, unknown>): Problem | undefined {
  if (!readsDynamicRefs(schema)) return undefined;
  const pending: Array<{ node: unknown; pointer: string }> = [{ node: schema, pointer: '' }];
  for (let visits = 0; pending.length > 0 && visits < MAX_VISITS; visits += 1) {
    const { node, pointer } = pending.pop()!;
    if (!isRecord(node)) continue;
    if (node.$dynamicRef !== undefined) return problemAt(`${pointer}/$dynamicRef`, node.$dynamicRef);
    const children: Array<{ node: unknown; pointer: string }> = [];
    for (const [key, value] of Object.entries(node)) {
      const at = `${pointer}/${encodePointerToken(key)}`;
      if (LIST_KEYWORDS.has(key) && Array.isArray(value)) children.push(...value.map((child, index) => ({ node: child, pointer: `${at}/${index}` })));
      else if (MAP_KEYWORDS.has(key) && isRecord(value)) children.push(...Object.entries(value).map(([name, child]) => ({ node: child, pointer: `${at}/${encodePointerToken(name)}` })));
      else if (SCHEMA_KEYWORDS.has(key)) children.push({ node: value, pointer: at });
    }
    // Pushed in reverse, so the first child is looked at first.
    for (let index = children.length - 1; index >= 0; index -= 1) pending.push(children[index]!);
  }
  return undefined;
}

function problemAt(pointer: string, reference: unknown): Problem {
  const written = typeof reference === 'string' ? `'${reference.length > 200 ? `${reference.slice(0, 197)}...` : reference}'` : 'this $dynamicRef';
  return {
    pointer,
    reason: `the mock cannot follow ${written}: it follows a $dynamicRef only to a '#/…' pointer of this schema, or to an anchor of it that no embedded resource (a subschema with its own $id) declares as a $dynamicAnchor`,
  };
}
