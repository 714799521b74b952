// The JSON text of a schema object, made once per object: the compiled-schema cache, token estimates and the
// strict-mode check all key on it, and a request's tools would otherwise be serialised once for each of them.
const texts = new WeakMap<object, string>();

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
  if (keyed) texts.set(schema, text);
  return text;
}
