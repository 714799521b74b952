// Tests of a pattern that only the backtracking engine runs: on input up to 256 characters, under one budget per
// request shared by every such pattern (time and number of tests). A request that spends it on an input of up to
// 24 characters gets the pattern that was running refused at its place (a longer input is then no match); the
// next request starts with the whole budget again.
import { watchedTest } from '../../../../regexp-watchdog.js';
import { BACKTRACKING_BUDGET_MS, LONG_INPUT_TEST_MS, MAX_BACKTRACKING_INPUT, MAX_BACKTRACKING_TESTS, REFUSING_INPUT } from '../limits.js';
import { groupDigits } from '../../../digits.js';

interface Budget { spentMs: number; tests: number }

// Ajv's compiled validators (cached across requests) call the tests with no context of their own, so the
// request's budget is held here while the request runs (requests run one at a time: the work is synchronous).
let current: Budget | undefined;

/**
 * `run` under one backtracking budget: the budget of the request already running, or a new one that ends with
 * `run` (the pipeline starts one per request; generation and the schema check nest inside it).
 */
export function withBacktrackingBudget<T>(run: () => T): T {
  if (current !== undefined) return run();
  current = { spentMs: 0, tests: 0 };
  try {
    return run();
  } finally {
    current = undefined;
  }
}

export const TOO_SLOW = `pattern needs the backtracking engine (it uses look-around, a back-reference, or repeat counts past RE2's 1,000) and the request ran past the ${BACKTRACKING_BUDGET_MS} ms (or ${groupDigits(MAX_BACKTRACKING_TESTS)} tests) of that engine the mock gives a request`;

/**
 * Results remembered per pattern, and the characters of the texts they are for (whichever bound comes first: 8 KB
 * at most, within what the matcher cache counts a pattern).
 */
const MEMO_ENTRIES = 256;
const MEMO_CHARS = 4096;

/**
 * The test of `native`, which calls `refuse` (and throws what it throws) once the request's budget is spent on a
 * short input; a long one (past REFUSING_INPUT) is then, or when its own test runs out, no match. Every test is
 * charged the CPU time it took. Each distinct text is tested once per pattern (a memo of the last 256 results,
 * which do not depend on time); a remembered result is charged as its test was, so that a request spends the
 * same budget however many times it is sent.
 */
export function backtrackingTest(native: RegExp, refuse: () => never): (text: string) => boolean {
  const memo = new Map<string, { matched: boolean; ms: number }>();
  let memoChars = 0;
  return (text) => {
    if (text.length > MAX_BACKTRACKING_INPUT) return false;
    const long = text.length > REFUSING_INPUT;
    const budget = current ?? { spentMs: 0, tests: 0 };
    if (budget.tests >= MAX_BACKTRACKING_TESTS || budget.spentMs >= BACKTRACKING_BUDGET_MS) {
      if (long) return false;
      refuse();
    }
    budget.tests += 1;
    const known = memo.get(text);
    if (known !== undefined) {
      budget.spentMs += known.ms;
      return known.matched;
    }
    const allowance = (): number => Math.min(BACKTRACKING_BUDGET_MS - budget.spentMs, long ? LONG_INPUT_TEST_MS : Infinity);
    let left = allowance();
    let tried = watchedTest(native, text, left);
    budget.spentMs += tried.ms;
    // Stopped by the clock while the process waited for a core (it ran for under half the time): tried again.
    for (let retries = 0; tried.matched === 'timeout' && tried.ms < left / 2 && retries < 2; retries += 1) {
      left = allowance();
      tried = watchedTest(native, text, left);
      budget.spentMs += tried.ms;
    }
    if (tried.matched === 'timeout' && !long) {
      budget.spentMs = BACKTRACKING_BUDGET_MS;
      refuse();
    }
    const matched = tried.matched === true;
    if (memo.size >= MEMO_ENTRIES || memoChars + text.length > MEMO_CHARS) {
      memo.clear();
      memoChars = 0;
    }
    // A copy of its own (joined anew from its code units): a word cut from a prompt would otherwise keep the whole
    // prompt alive with the pattern.
    memo.set(text.split('').join(''), { matched, ms: tried.ms });
    memoChars += text.length;
    return matched;
  };
}
