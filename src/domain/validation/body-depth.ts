// How deep a request body may nest (128 levels, the body itself being level 1), and the one walk of nesting
// every limit uses (request bodies, recordings, scenarios): an explicit stack, so that a hostile value nested
// thousands deep cannot overflow the call stack, and no array per object, as it runs on every request.

import type { MockError } from '../types.js';

export const MAX_BODY_DEPTH = 128;

/** Keys and array indices from a value down to one of the values inside it. */
export type Trail = Array<string | number>;

export interface NestingWalk {
  /** Levels of objects and arrays allowed, the value itself being level 1. */
  limit: number;
  /**
   * Called for each member of an object (its key) and each element of an array (its index) within the limit,
   * with the level of the object or array holding it; returning true ends the walk there.
   */
  member?: (key: string | number, value: unknown, depth: number) => boolean;
  /** Go on past an object or array nested too deep (it is not entered) rather than stop at the first. */
  pastTooDeep?: boolean;
}

/**
 * The trail to the first object or array found nested deeper than `walk.limit` (the last member's subtree is
 * walked first), or null (also when `member` ended the walk before). Meant for parsed JSON: an object's
 * inherited enumerable keys would be walked too.
 */
export function tooDeepTrail(value: unknown, walk: NestingWalk): Trail | null {
  if (!walked(value, walk, null)) return null;
  // Walked again for the trail, which only a value nested too deep needs: kept on every step, it costs the
  // walk of every request a tenth of its time. The second walk meets the same value first and stops there.
  const trail: Trail = [];
  walked(value, { limit: walk.limit }, trail);
  return trail;
}

/**
 * Whether anything inside `value` nests deeper than the limit; `trail` (when given) receives the keys and
 * indices to the first such object or array.
 */
function walked(value: unknown, walk: NestingWalk, trail: Trail | null): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (walk.limit < 1) return true;
  const state: WalkState = { walk, trail, values: [value], depths: [1], steps: [''], depth: 1, found: false };
  const { values, depths, steps } = state;
  while (values.length > 0) {
    const current = values.pop()!;
    const depth = depths.pop()!;
    const step = steps.pop()!;
    state.depth = depth;
    // An entry's parent is always walked just before its subtree: the trail so far leads to it.
    if (trail !== null && depth > 1) trail[depth - 2] = step;
    // Index and key loops rather than Object.entries/values: no array is built for each object.
    if (Array.isArray(current)) {
      for (let index = 0; index < current.length; index += 1) if (visit(state, index, current[index])) return state.found;
      continue;
    }
    // for-in: a parsed object's own keys (no prototype of ours has enumerable ones), without an array of them.
    for (const key in current) if (visit(state, key, (current as Record<string, unknown>)[key])) return state.found;
  }
  return state.found;
}

/** One walk's stack (objects and arrays still to enter, their levels and the steps to them) and what it found. */
interface WalkState {
  walk: NestingWalk;
  trail: Trail | null;
  values: object[];
  depths: number[];
  steps: Trail;
  /** The level of the object or array whose members are being visited. */
  depth: number;
  found: boolean;
}

/** One member of the object or array being visited: queued to be entered, or the end of the walk (true). */
function visit(state: WalkState, step: string | number, child: unknown): boolean {
  const { member, limit } = state.walk;
  const { depth } = state;
  if (member !== undefined && member(step, child, depth)) return true;
  if (typeof child !== 'object' || child === null) return false;
  if (depth < limit) {
    state.values.push(child); state.depths.push(depth + 1); state.steps.push(step);
    return false;
  }
  state.found = true;
  if (state.walk.pastTooDeep === true) return false;
  finish(state.trail, depth, step);
  return true;
}

/** Ends the trail (if one is kept) with the step to the member nested too deep. */
function finish(trail: Trail | null, depth: number, step: string | number): void {
  if (trail === null) return;
  trail[depth - 1] = step;
  trail.length = depth;
}

/** Whether a parsed JSON value nests deeper than `limit` levels (the value itself being level 1). */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  return walkNesting(value, { limit });
}

/** Walks `value` for its members alone: whether anything inside it nests deeper than the limit. */
export function walkNesting(value: unknown, walk: NestingWalk): boolean {
  return walked(value, walk, null);
}

/** The 400 for a body nested too deep under `field` (HTTP bodies and socket messages alike). */
export function tooDeeplyNested(field: string): MockError {
  return { code: 'too_deeply_nested', message: `Invalid '${field}': the request body is nested more than ${MAX_BODY_DEPTH} levels deep there.`, param: field };
}

const BODY_WALK: NestingWalk = { limit: MAX_BODY_DEPTH };

/** The top-level field under which the body nests deeper than MAX_BODY_DEPTH levels, or null. */
export function fieldNestedTooDeep(body: object): string | null {
  const trail = tooDeepTrail(body, BODY_WALK);
  return trail === null ? null : String(trail[0]);
}
