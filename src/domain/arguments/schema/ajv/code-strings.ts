// What of a tool schema becomes code when it is compiled, bounded before compiling: the texts (property names,
// `$ref`s and anchors, formats, patterns) in length, and the objects and arrays in number. A megabyte `$ref` or
// property name, or a million properties, would otherwise cost the validator compiler seconds to minutes (or the
// process its heap), blocking every other request meanwhile.
import { MAX_SCHEMA_NAME_LENGTH, MAX_SCHEMA_NODES, MAX_SCHEMA_PATTERN_LENGTH } from '../limits.js';
import { encodePointerToken, type Problem } from '../types.js';
import { groupDigits } from '../../../digits.js';

/** Keywords whose string value is a reference, an anchor or a format name: bounded like a name. */
const NAMED = new Set(['$ref', '$dynamicRef', '$recursiveRef', '$id', '$anchor', '$dynamicAnchor', '$schema', 'format']);
/** Keywords whose object keys are regular expressions. */
const PATTERN_KEYS = new Set(['patternProperties']);

export interface SchemaCode {
  /** Objects and arrays in the schema, itself included (counted up to one past `MAX_SCHEMA_NODES`). */
  nodes: number;
  /** The first over-long code-bearing text, or the place where the schema passes `MAX_SCHEMA_NODES`. */
  problem?: Problem;
}

interface Walk {
  pending: Array<{ value: object; pointer: string; keysArePatterns: boolean }>;
  /** Objects and arrays met so far (each counted when first seen, before it is looked into). */
  nodes: number;
}

/**
 * Whether the schema holds more objects and arrays than the mock compiles: a count alone, stopping one past
 * the bound, cheap enough for every tool of every request (the place is found by `schemaCode`).
 */
export function hasTooManyNodes(schema: unknown): boolean {
  return countNodes(schema, MAX_SCHEMA_NODES) > MAX_SCHEMA_NODES;
}

/** The objects and arrays in `schema`, itself included, counted up to one past `limit`. */
export function countNodes(schema: unknown, limit: number): number {
  if (typeof schema !== 'object' || schema === null) return 0;
  const pending: object[] = [schema];
  let nodes = 1;
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (Array.isArray(node)) {
      for (const child of node as unknown[]) {
        if (typeof child !== 'object' || child === null) continue;
        if ((nodes += 1) > limit) return nodes;
        pending.push(child);
      }
      continue;
    }
    for (const key in node) {
      const child = (node as Record<string, unknown>)[key];
      if (typeof child !== 'object' || child === null) continue;
      if ((nodes += 1) > limit) return nodes;
      pending.push(child);
    }
  }
  return nodes;
}

/** How much code the schema makes, and whether it is within what the mock compiles. */
export function schemaCode(schema: unknown): SchemaCode {
  if (typeof schema !== 'object' || schema === null) return { nodes: 0 };
  const walk: Walk = { pending: [{ value: schema, pointer: '', keysArePatterns: false }], nodes: 1 };
  while (walk.pending.length > 0) {
    const problem = nodeProblem(walk.pending.pop()!, walk);
    if (problem) return { nodes: walk.nodes, problem };
  }
  return { nodes: walk.nodes };
}

/** Counts a child object or array and queues it; the problem when it is one too many. */
function meet(walk: Walk, child: { value: object; pointer: string; keysArePatterns: boolean }): Problem | undefined {
  walk.nodes += 1;
  if (walk.nodes > MAX_SCHEMA_NODES) return tooMany(child.pointer);
  walk.pending.push(child);
  return undefined;
}

/** The node's over-long text or one child too many, if any; its object and array children are queued. */
function nodeProblem(at: { value: object; pointer: string; keysArePatterns: boolean }, walk: Walk): Problem | undefined {
  const { value, pointer, keysArePatterns } = at;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const child: unknown = value[index];
      if (typeof child !== 'object' || child === null) continue;
      const problem = meet(walk, { value: child, pointer: `${pointer}/${index}`, keysArePatterns: false });
      if (problem) return problem;
    }
    return undefined;
  }
  for (const key of Object.keys(value)) {
    const limit = keysArePatterns ? MAX_SCHEMA_PATTERN_LENGTH : MAX_SCHEMA_NAME_LENGTH;
    if (key.length > limit) return tooLong({ pointer, what: keysArePatterns ? 'a pattern' : 'a key', length: key.length, limit });
    const child = (value as Record<string, unknown>)[key];
    const childAt = `${pointer}/${encodePointerToken(key)}`;
    if (typeof child === 'string') {
      const bound = key === 'pattern' ? MAX_SCHEMA_PATTERN_LENGTH : NAMED.has(key) ? MAX_SCHEMA_NAME_LENGTH : undefined;
      if (bound !== undefined && child.length > bound) return tooLong({ pointer: childAt, what: `'${key}'`, length: child.length, limit: bound });
      continue;
    }
    if (typeof child !== 'object' || child === null) continue;
    if (key === 'required' && Array.isArray(child)) {
      const long = child.findIndex((name) => typeof name === 'string' && name.length > MAX_SCHEMA_NAME_LENGTH);
      if (long >= 0) return tooLong({ pointer: `${childAt}/${long}`, what: 'a required name', length: (child[long] as string).length, limit: MAX_SCHEMA_NAME_LENGTH });
    }
    const problem = meet(walk, { value: child, pointer: childAt, keysArePatterns: PATTERN_KEYS.has(key) });
    if (problem) return problem;
  }
  return undefined;
}

function tooMany(pointer: string): Problem {
  return { pointer, reason: `the schema holds more than ${groupDigits(MAX_SCHEMA_NODES)} objects and arrays, beyond what the mock compiles` };
}

function tooLong(args: { pointer: string; what: string; length: number; limit: number }): Problem {
  return { pointer: args.pointer, reason: `${args.what} of ${args.length} characters is beyond what the mock compiles (at most ${args.limit})` };
}
