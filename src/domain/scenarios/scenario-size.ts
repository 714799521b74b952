// How deep and how large a scenario may be, checked before anything else looks at it: what is stored must
// always serialise again (the admin API lists it, a create echoes it). Walked with an explicit stack, so a
// hostile document cannot overflow the call stack, and given up as soon as a limit is passed.
import { joinPath } from '../validation/paths.js';

/** Levels of nesting in one scenario (the scenario object itself is level 1). */
export const MAX_SCENARIO_DEPTH = 256;
/** Characters of one scenario written as JSON (an estimate that leaves out escapes). */
export const MAX_SCENARIO_CHARS = 64 * 1024 * 1024;

const SHOWN_LEVELS = 8;

interface Frame {
  value: object;
  /** An object's keys (null for an array). */
  keys: string[] | null;
  next: number;
  /** How it is reached from its parent: a key, or `[3]`. */
  step: string;
}

/** The problem with a scenario that nests too deep or is too large, as `path: reason`, or null. */
export function scenarioSizeProblem(scenario: unknown, base: string): string | null {
  if (typeof scenario !== 'object' || scenario === null) return null;
  const stack: Frame[] = [frame(scenario, '')];
  let chars = 2;
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const length = top.keys ? top.keys.length : (top.value as unknown[]).length;
    if (top.next >= length) {
      stack.pop();
      continue;
    }
    const index = top.next;
    top.next += 1;
    const key = top.keys ? top.keys[index]! : undefined;
    const child: unknown = key === undefined ? (top.value as unknown[])[index] : (top.value as Record<string, unknown>)[key];
    chars += 1 + (key === undefined ? 0 : key.length + 3) + primitiveChars(child);
    if (chars > MAX_SCENARIO_CHARS) return `${base || '(top level)'}: the scenario is too large (more than ${MAX_SCENARIO_CHARS / 1024 ** 2} MiB as JSON)`;
    if (typeof child !== 'object' || child === null) continue;
    stack.push(frame(child, key === undefined ? `[${index}]` : key));
    if (stack.length > MAX_SCENARIO_DEPTH) return `${pathOf(stack, base)}: nests more than ${MAX_SCENARIO_DEPTH} levels deep`;
  }
  return null;
}

function frame(value: object, step: string): Frame {
  return { value, keys: Array.isArray(value) ? null : Object.keys(value), next: 0, step };
}

/** Characters a value adds besides its children: a string's text and quotes, a number's digits, brackets. */
function primitiveChars(value: unknown): number {
  if (typeof value === 'string') return value.length + 2;
  if (typeof value === 'object' && value !== null) return 2;
  return String(value).length;
}

/** Where the problem lies, shown to the first few levels below the scenario (a deep path is mostly `[0]`s). */
function pathOf(stack: Frame[], base: string): string {
  let path = base;
  for (const entry of stack.slice(1, 1 + SHOWN_LEVELS)) path = joinPath(path, entry.step);
  return (path || '(top level)') + (stack.length > 1 + SHOWN_LEVELS ? '…' : '');
}
