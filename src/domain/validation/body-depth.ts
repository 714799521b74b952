// How deep a request body may nest (128 levels, the body itself being level 1), and the top-level field under
// which a body nests deeper: walked with an explicit stack, so a hostile body cannot overflow the call stack.

import type { MockError } from '../types.js';

export const MAX_BODY_DEPTH = 128;

/** The 400 for a body nested too deep under `field` (HTTP bodies and socket messages alike). */
export function tooDeeplyNested(field: string): MockError {
  return { code: 'too_deeply_nested', message: `Invalid '${field}': the request body is nested more than ${MAX_BODY_DEPTH} levels deep there.`, param: field };
}

/**
 * The top-level field under which the body nests deeper than MAX_BODY_DEPTH levels (the body itself is level
 * 1), or null; computed without recursion so hostile bodies cannot overflow the stack.
 */
export function fieldNestedTooDeep(body: object): string | null {
  const values: object[] = [];
  const depths: number[] = [];
  const fields: string[] = [];
  // Index and key loops rather than Object.entries/values: this walks every object of every request.
  for (const field of Object.keys(body)) {
    const child = (body as Record<string, unknown>)[field];
    if (typeof child === 'object' && child !== null) { values.push(child); depths.push(2); fields.push(field); }
  }
  while (values.length > 0) {
    const current = values.pop()!;
    const depth = depths.pop()!;
    const field = fields.pop()!;
    if (depth > MAX_BODY_DEPTH) return field;
    if (Array.isArray(current)) {
      for (let index = 0; index < current.length; index += 1) {
        const child: unknown = current[index];
        if (typeof child === 'object' && child !== null) { values.push(child); depths.push(depth + 1); fields.push(field); }
      }
      continue;
    }
    // for-in: a parsed object's own keys (no prototype of ours has enumerable ones), without an array of them.
    for (const key in current) {
      const child = (current as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) { values.push(child); depths.push(depth + 1); fields.push(field); }
    }
  }
  return null;
}
