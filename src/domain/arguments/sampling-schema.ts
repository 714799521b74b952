// The schema as handed to json-schema-faker, which speaks 2020-12: draft-07 tuples (`items: [...]`,
// `additionalItems`) become `prefixItems`/`items`, long `maxLength`s are capped (a model does not write
// 5,000 random characters), and a root that says nothing of its type is an object.
// Validation always uses the original schema; this copy only steers sampling.
import type { JsonSchema } from 'json-schema-faker';
import { refTarget } from './schema-view.js';
import { isRecord } from './validator.js';

const MAX_DEPTH = 64;
const SAMPLED_MAX_LENGTH = 48;
const COMPOSITION_KEYS = ['$ref', 'allOf', 'anyOf', 'oneOf', 'enum', 'const', 'not', 'if'];

function rewrite(node: unknown, depth: number): unknown {
  if (depth > MAX_DEPTH) return node;
  if (Array.isArray(node)) return node.map((item) => rewrite(item, depth + 1));
  if (!isRecord(node)) return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) copy[key] = rewrite(value, depth + 1);
  if (typeof copy.maxLength === 'number' && copy.maxLength > SAMPLED_MAX_LENGTH) {
    copy.maxLength = Math.max(SAMPLED_MAX_LENGTH, typeof copy.minLength === 'number' ? copy.minLength : 0);
  }
  if (Array.isArray(copy.items)) {
    copy.prefixItems = copy.items;
    delete copy.items;
    if ('additionalItems' in copy) copy.items = copy.additionalItems;
    delete copy.additionalItems;
  }
  return copy;
}

export function samplingSchema(schema: unknown): JsonSchema {
  if (schema === true || schema === undefined || schema === null) return { type: 'object' };
  const rewritten = rewrite(schema, 0);
  if (!isRecord(rewritten)) return rewritten as JsonSchema;
  if ('type' in rewritten || COMPOSITION_KEYS.some((key) => key in rewritten)) return rewritten as JsonSchema;
  return { ...rewritten, type: 'object' };
}

const MAX_NODES = 20000;

function objectNodes(schema: unknown): Record<string, unknown>[] {
  const nodes: Record<string, unknown>[] = [];
  const pending: unknown[] = [schema];
  while (pending.length > 0 && nodes.length < MAX_NODES) {
    const node = pending.pop();
    if (Array.isArray(node)) pending.push(...node);
    else if (isRecord(node)) { nodes.push(node); pending.push(...Object.values(node)); }
  }
  return nodes;
}

/**
 * Whether `$ref`s and `allOf`s form a cycle ({ allOf: [{ $ref: '#' }] }): json-schema-faker merges
 * `allOf` eagerly and would recurse until memory runs out, so such schemas are not sampled at all.
 */
export function hasCompositionCycle(schema: unknown): boolean {
  const state = new Map<object, 'active' | 'done'>();
  const successors = (node: Record<string, unknown>): unknown[] => [
    ...(typeof node.$ref === 'string' ? [refTarget(node.$ref, schema)] : []),
    ...(Array.isArray(node.allOf) ? node.allOf : []),
  ];
  for (const start of objectNodes(schema)) {
    if (state.has(start)) continue;
    // Iterative depth-first search: a schema may be deeper than the call stack.
    const stack: { node: Record<string, unknown>; next: unknown[] }[] = [{ node: start, next: successors(start) }];
    state.set(start, 'active');
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top === undefined) break;
      const child = top.next.pop();
      if (child === undefined) { state.set(top.node, 'done'); stack.pop(); continue; }
      if (!isRecord(child)) continue;
      const seen = state.get(child);
      if (seen === 'active') return true;
      if (seen === undefined) { state.set(child, 'active'); stack.push({ node: child, next: successors(child) }); }
    }
  }
  return false;
}

/** A schema that names no properties and composes nothing: `{}` is the natural answer when valid. */
export function namesNothing(schema: unknown): boolean {
  if (schema === true || schema === undefined || schema === null) return true;
  if (!isRecord(schema) || 'properties' in schema || 'required' in schema) return false;
  return !COMPOSITION_KEYS.some((key) => key in schema);
}
