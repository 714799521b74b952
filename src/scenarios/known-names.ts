// How an error names the scenarios a mistyped name may have meant: all of them when they are few (the nearest
// first, when one is within two edits), else how many are loaded and the nearest few, so that the message stays
// short however many are loaded.
import { closestName, closestNames } from '../domain/closest-name.js';

/** Up to this many names are listed in full. */
const LISTED = 50;
/** Names suggested when there are more. */
const NEAREST = 3;

/**
 * `names` in any order. `a, b, c`, or with one near the name `b (the nearest), a, c`; or `2000 scenarios are
 * loaded; the nearest: a, b (GET /__mock/scenarios lists them)`; or `none`.
 */
export function knownScenarios(name: string, names: readonly string[], args: { none: string }): string {
  if (names.length === 0) return args.none;
  if (names.length <= LISTED) {
    const sorted = [...names].sort();
    const nearest = closestName(name, sorted);
    return nearest === undefined ? sorted.join(', ') : [`${nearest} (the nearest)`, ...sorted.filter((known) => known !== nearest)].join(', ');
  }
  const nearest = closestNames(name, names, NEAREST);
  const near = nearest.length > 0 ? `the nearest: ${nearest.join(', ')}` : 'none is within two edits of this name';
  return `${names.length} scenarios are loaded; ${near} (GET /__mock/scenarios lists them)`;
}
