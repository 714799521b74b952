// How an error names the scenarios a mistyped name may have meant: all of them when they are few, else how many
// are loaded and the nearest few, so that the message stays short however many are loaded.
import { closestNames } from '../domain/closest-name.js';

/** Up to this many names are listed in full. */
const LISTED = 50;
/** Names suggested when there are more. */
const NEAREST = 3;

/** `names` in any order. `a, b, c`; or `2000 scenarios are loaded; the nearest: a, b (GET /__mock/scenarios lists them)`; or `none`. */
export function knownScenarios(name: string, names: readonly string[], args: { none: string }): string {
  if (names.length === 0) return args.none;
  if (names.length <= LISTED) return [...names].sort().join(', ');
  const nearest = closestNames(name, names, NEAREST);
  const near = nearest.length > 0 ? `the nearest: ${nearest.join(', ')}` : 'none is within two edits of this name';
  return `${names.length} scenarios are loaded; ${near} (GET /__mock/scenarios lists them)`;
}
