// The texts of a tool schema that become code when it is compiled — property names, `$ref`s and anchors,
// formats, patterns — bounded in length before compiling: a megabyte `$ref` or property name would otherwise
// cost the validator compiler seconds to minutes, blocking every other request meanwhile.
import { MAX_SCHEMA_NAME_LENGTH, MAX_SCHEMA_PATTERN_LENGTH } from '../limits.js';
import { encodePointerToken, type Problem } from '../types.js';

/** Keywords whose string value is a reference, an anchor or a format name: bounded like a name. */
const NAMED = new Set(['$ref', '$dynamicRef', '$recursiveRef', '$id', '$anchor', '$dynamicAnchor', '$schema', 'format']);
/** Keywords whose object keys are regular expressions. */
const PATTERN_KEYS = new Set(['patternProperties']);

/** The first over-long code-bearing text of the schema, with its JSON pointer; undefined when all fit. */
export function codeStringProblem(schema: unknown): Problem | undefined {
  const pending: Array<{ value: unknown; pointer: string; keysArePatterns: boolean }> = [{ value: schema, pointer: '', keysArePatterns: false }];
  while (pending.length > 0) {
    const { value, pointer, keysArePatterns } = pending.pop()!;
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index += 1) {
        if (typeof value[index] === 'object' && value[index] !== null) pending.push({ value: value[index], pointer: `${pointer}/${index}`, keysArePatterns: false });
      }
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    for (const key of Object.keys(value)) {
      const limit = keysArePatterns ? MAX_SCHEMA_PATTERN_LENGTH : MAX_SCHEMA_NAME_LENGTH;
      if (key.length > limit) return tooLong({ pointer, what: keysArePatterns ? 'a pattern' : 'a key', length: key.length, limit });
      const child = (value as Record<string, unknown>)[key];
      const at = `${pointer}/${encodePointerToken(key)}`;
      if (typeof child === 'string') {
        const bound = key === 'pattern' ? MAX_SCHEMA_PATTERN_LENGTH : NAMED.has(key) ? MAX_SCHEMA_NAME_LENGTH : undefined;
        if (bound !== undefined && child.length > bound) return tooLong({ pointer: at, what: `'${key}'`, length: child.length, limit: bound });
      } else if (key === 'required' && Array.isArray(child)) {
        const long = child.findIndex((name) => typeof name === 'string' && name.length > MAX_SCHEMA_NAME_LENGTH);
        if (long >= 0) return tooLong({ pointer: `${at}/${long}`, what: 'a required name', length: (child[long] as string).length, limit: MAX_SCHEMA_NAME_LENGTH });
      } else if (typeof child === 'object' && child !== null) {
        pending.push({ value: child, pointer: at, keysArePatterns: PATTERN_KEYS.has(key) });
      }
    }
  }
  return undefined;
}

function tooLong(args: { pointer: string; what: string; length: number; limit: number }): Problem {
  return { pointer: args.pointer, reason: `${args.what} of ${args.length} characters is beyond what the mock compiles (at most ${args.limit})` };
}
