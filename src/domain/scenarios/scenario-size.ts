// How deep and how large a scenario may be, checked before anything else looks at it: what is stored must
// always serialise again (the admin API lists it, a create echoes it). Walked with an explicit stack, so a
// hostile document cannot overflow the call stack, and given up as soon as a limit is passed.
import { tooDeepTrail, type Trail } from '../validation/body-depth.js';
import { joinPath } from '../validation/paths.js';

/** Levels of nesting in one scenario (the scenario object itself is level 1). */
export const MAX_SCENARIO_DEPTH = 256;
/** Characters of one scenario written as JSON (an estimate that leaves out escapes). */
export const MAX_SCENARIO_CHARS = 64 * 1024 * 1024;

const SHOWN_LEVELS = 8;

/** The problem with a scenario that nests too deep or is too large, as `path: reason`, or null. */
export function scenarioSizeProblem(scenario: unknown, base: string): string | null {
  let chars = 2;
  let tooLarge = false;
  const deep = tooDeepTrail(scenario, {
    limit: MAX_SCENARIO_DEPTH,
    member: (key, value) => {
      chars += 1 + (typeof key === 'number' ? 0 : key.length + 3) + primitiveChars(value);
      tooLarge = chars > MAX_SCENARIO_CHARS;
      return tooLarge;
    },
  });
  if (tooLarge) return `${base || '(top level)'}: the scenario is too large (more than ${MAX_SCENARIO_CHARS / 1024 ** 2} MiB as JSON)`;
  return deep === null ? null : `${pathOf(deep, base)}: nests more than ${MAX_SCENARIO_DEPTH} levels deep`;
}

/** Characters a value adds besides its children: a string's text and quotes, a number's digits, brackets. */
function primitiveChars(value: unknown): number {
  if (typeof value === 'string') return value.length + 2;
  if (typeof value === 'object' && value !== null) return 2;
  return String(value).length;
}

/** Where the problem lies, shown to the first few levels below the scenario (a deep path is mostly `[0]`s). */
function pathOf(trail: Trail, base: string): string {
  let path = base;
  for (const step of trail.slice(0, SHOWN_LEVELS)) path = joinPath(path, typeof step === 'number' ? `[${step}]` : step);
  return (path || '(top level)') + (trail.length > SHOWN_LEVELS ? '…' : '');
}
