// Where a failed check stands in the client's schema. Ajv compiles a referenced definition as a function of its
// own and reports a failure inside it from that definition's root (`/properties/k/type` for
// `/$defs/leaf/properties/k/type`); the subschema object that failed places it again.
import type { ErrorObject } from 'ajv';
import { isRecord } from '../../../is-record.js';
import { encodePointerToken, valueAtPointer } from '../types.js';

/** More than the schema may hold (`MAX_SCHEMA_NODES`): the search for the failed subschema ends within it. */
const MAX_VISITS = 20_000;


/** The JSON pointer of `target` within `root`, found by identity. */
function pointerTo(root: unknown, target: object): string | undefined {
  const stack: { node: unknown; pointer: string }[] = [{ node: root, pointer: '' }];
  for (let visits = 0; stack.length > 0 && visits < MAX_VISITS; visits += 1) {
    const { node, pointer } = stack.pop()!;
    if (node === target) return pointer;
    // Only objects and lists can be the subschema looked for: an enum of values adds nothing to search.
    if (Array.isArray(node)) node.forEach((child, index) => { if (typeof child === 'object' && child !== null) stack.push({ node: child, pointer: `${pointer}/${index}` }); });
    else if (isRecord(node)) for (const key of Object.keys(node)) if (typeof node[key] === 'object' && node[key] !== null) stack.push({ node: node[key], pointer: `${pointer}/${encodePointerToken(key)}` });
  }
  return undefined;
}

/** The schema path (`/properties/x/minimum`) of the first error, from the root of the schema Ajv was given. */
export function failurePlace(errors: ErrorObject[] | null | undefined, root: Record<string, unknown>): string | undefined {
  const first = errors?.[0];
  if (first === undefined) return undefined;
  const path = first.schemaPath.replace(/^#/, '');
  const owner: unknown = first.parentSchema;
  const cut = path.lastIndexOf('/');
  if (!isRecord(owner) || cut < 0 || valueAtPointer(root, path.slice(0, cut)) === owner) return path;
  const placed = pointerTo(root, owner);
  return placed === undefined ? path : `${placed}${path.slice(cut)}`;
}
