// Tests of a pattern that only the backtracking engine runs: on short input only, and under a budget of time per
// pattern and per request. A pattern that spends it is refused from then on, in this request and the next.
import { watchedTest } from '../../../regexp-watchdog.js';
import { BACKTRACKING_BUDGET_MS, MAX_BACKTRACKING_INPUT } from './limits.js';

let request = 0;

/** A new request: every backtracking pattern has its whole budget again. */
export function startBacktrackingBudget(): void {
  request += 1;
}

export const TOO_SLOW = `pattern needs the backtracking engine (it uses look-around, a back-reference, or repeat counts past RE2's 1,000) and ran past the ${BACKTRACKING_BUDGET_MS} ms the mock gives it in a request`;

/** Tests below this many milliseconds of CPU are not charged: what they take is the watchdog's own cost. */
const FREE_MS = 1;
const MEMO_ENTRIES = 256;

/**
 * The test of `native`, which calls `refuse` (and throws what it throws) once the pattern has run past its budget.
 * Each distinct text is tested once per pattern (a memo of the last 256).
 */
export function backtrackingTest(native: RegExp, refuse: () => never): (text: string) => boolean {
  const memo = new Map<string, boolean>();
  let refused = false;
  let spent = 0;
  let spentIn = request;
  return (text) => {
    if (refused) refuse();
    if (text.length > MAX_BACKTRACKING_INPUT) return false;
    const known = memo.get(text);
    if (known !== undefined) return known;
    if (spentIn !== request) { spent = 0; spentIn = request; }
    let tried = watchedTest(native, text, BACKTRACKING_BUDGET_MS - spent);
    // Stopped by the clock while the process waited for a core (it ran for under half the time): tried again.
    for (let retries = 0; tried.matched === 'timeout' && tried.ms < (BACKTRACKING_BUDGET_MS - spent) / 2 && retries < 2; retries += 1) {
      tried = watchedTest(native, text, BACKTRACKING_BUDGET_MS - spent);
    }
    const { matched, ms } = tried;
    spent += Math.max(0, ms - FREE_MS);
    if (matched === 'timeout' || spent >= BACKTRACKING_BUDGET_MS) {
      refused = true;
      refuse();
    }
    if (memo.size >= MEMO_ENTRIES) memo.clear();
    memo.set(text, matched);
    return matched;
  };
}
