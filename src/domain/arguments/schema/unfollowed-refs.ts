// Where a schema still holds a `$dynamicRef` once its own references are pointers (`own-ids.ts`): one to no
// anchor or place of the document, to another document, or in a schema whose embedded resources declare
// `$dynamicAnchor`s, so that where it lands depends on the path taken. The generator follows none of these and the
// validator (Ajv) sends them to the root, so no value is answered for them: the problem names the keyword.
import { isRecord } from '../../is-record.js';
import { encodePointerToken, type Problem } from './types.js';

/** Keywords whose values are data, not subschemas: an object in them is never looked into. */
const DATA_KEYWORDS = new Set(['const', 'default', 'examples', 'enum']);

/** Keywords whose values map names to subschemas: a name there is a property's, not a keyword. */
const MAP_KEYWORDS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'dependencies']);

/** Schema objects and arrays looked at most (`MAX_SCHEMA_NODES` is below it). */
const MAX_VISITS = 20_000;

/** The problem of the first `$dynamicRef` left in `schema` (depth first, in order), when its dialect reads the keyword. */
export function unfollowedDynamicRef(schema: Record<string, unknown>): Problem | undefined {
  // Draft-04 to 07 and 2019-09 have no `$dynamicRef`: there it is an unknown word, ignored by both sides.
  if (typeof schema.$schema === 'string' && /draft-0[4-7]|2019-09/.test(schema.$schema)) return undefined;
  // `names`: the node maps names to subschemas (or lists them): it is no schema object itself.
  const pending: Array<{ node: unknown; pointer: string; names?: boolean }> = [{ node: schema, pointer: '' }];
  for (let visits = 0; pending.length > 0 && visits < MAX_VISITS; visits += 1) {
    const { node, pointer, names } = pending.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    const schemaObject = names !== true && isRecord(node);
    if (schemaObject && node.$dynamicRef !== undefined) return problemAt(`${pointer}/$dynamicRef`, node.$dynamicRef);
    const entries = Array.isArray(node) ? node.map((child, index) => [String(index), child] as const) : Object.entries(node);
    // Pushed in reverse, so the first child is looked at first.
    for (let index = entries.length - 1; index >= 0; index -= 1) {
      const [key, child] = entries[index]!;
      if (schemaObject && DATA_KEYWORDS.has(key)) continue;
      const names = schemaObject && (MAP_KEYWORDS.has(key) || Array.isArray(child));
      pending.push({ node: child, pointer: `${pointer}/${encodePointerToken(key)}`, names });
    }
  }
  return undefined;
}

function problemAt(pointer: string, reference: unknown): Problem {
  const written = typeof reference === 'string' ? `'${reference.length > 200 ? `${reference.slice(0, 197)}...` : reference}'` : 'this $dynamicRef';
  return {
    pointer,
    reason: `the mock cannot follow ${written}: it follows a $dynamicRef only to an anchor or a '#/…' pointer of this schema, and only while no embedded resource (a subschema with its own $id) declares a $dynamicAnchor`,
  };
}
