// The JSON text of a schema object, made once per object: the compiled-schema cache, token estimates and the
// strict-mode check all key on it, and a request's tools would otherwise be serialised once for each of them.
import { RecentMemo } from '../recent-memo.js';

/** Enough for every tool of a request with many tools; the texts of larger schemas are not remembered. */
const texts = new RecentMemo<object, string>(32);
const MAX_REMEMBERED_TEXT = 64 * 1024;

/** `JSON.stringify(schema)` ('null' for undefined), or undefined when the value cannot be serialised. */
export function schemaText(schema: unknown): string | undefined {
  const keyed = typeof schema === 'object' && schema !== null;
  if (keyed) {
    const known = texts.get(schema);
    if (known !== undefined) return known;
  }
  let text: string;
  try {
    text = JSON.stringify(schema) ?? 'null';
  } catch {
    return undefined;
  }
  if (keyed && text.length <= MAX_REMEMBERED_TEXT) texts.set(schema, text);
  return text;
}
