// Keys written twice in one mapping of a YAML document, found in one pass: the parser's own check compares
// each key with every key before it in its mapping (100,000 keys took minutes), so it is turned off and this
// one, a set per mapping, takes its place. Keys are the same as the parser takes them: equal scalar values.
import type * as Yaml from 'yaml';
import { lineColumn } from './json-text.js';

/** At most this many are listed, as for JSON. */
const MAX_LISTED = 20;

/** `(file): invalid YAML at line L, column C: the key 'k' is written twice in one mapping (keys must be unique)`, each. */
export function repeatedYamlKeys(yaml: typeof Yaml, args: { document: Yaml.Document; text: string }): string[] {
  const { isMap, isPair, isScalar, isSeq } = yaml;
  const repeats: Array<{ offset: number; key: unknown }> = [];
  const stack: unknown[] = [args.document.contents];
  while (stack.length > 0 && repeats.length < MAX_LISTED) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        if (repeats.length >= MAX_LISTED) break;
        if (!isPair(pair)) continue;
        stack.push(pair.key, pair.value);
        if (!isScalar(pair.key)) continue;
        const key: unknown = pair.key.value;
        // NaN is never equal to itself, so never a repeat, as the parser compares keys.
        if (seen.has(key) && !Number.isNaN(key)) repeats.push({ offset: pair.key.range?.[0] ?? 0, key });
        seen.add(key);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  // The walk meets mappings last first: listed in the order they are written.
  return repeats.sort((a, b) => a.offset - b.offset).map(({ offset, key }) => (
    `(file): invalid YAML at ${lineColumn(args.text, offset)}: the key '${String(key).slice(0, 200)}' is written twice in one mapping (keys must be unique)`
  ));
}
