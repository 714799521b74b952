// The one place a regular expression runs under a clock: a backtracking test that V8 interrupts once it has run
// too long (a `vm` script's timeout stops a regexp mid-match), with the time it took.
import vm from 'node:vm';

const context = vm.createContext({ re: /(?:)/, text: '' }) as { re: RegExp; text: string };
const script = new vm.Script('re.test(text)');

/** What a watched test found: a match or not, or nothing within `timeoutMs`; and the milliseconds it took. */
export interface WatchedTest { matched: boolean | 'timeout'; ms: number }

/** `re.test(text)`, stopped after `timeoutMs` (at least 1). */
export function watchedTest(re: RegExp, text: string, timeoutMs: number): WatchedTest {
  const started = performance.now();
  context.re = re;
  context.text = text;
  try {
    return { matched: script.runInContext(context, { timeout: Math.max(1, Math.ceil(timeoutMs)) }) === true, ms: performance.now() - started };
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return { matched: 'timeout', ms: performance.now() - started };
    throw error;
  } finally {
    context.re = /(?:)/;
    context.text = '';
  }
}
