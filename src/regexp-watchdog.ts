// The one place a regular expression runs under a clock: a backtracking test that V8 interrupts once it has run
// too long (a `vm` script's timeout stops a regexp mid-match), with the CPU time it took.
import vm from 'node:vm';

// Made on the first test: most runs never meet a pattern RE2 cannot run.
let made: { context: { re: RegExp; text: string }; script: vm.Script } | undefined;

/**
 * What a watched test found: a match or not, or nothing within `timeoutMs`; and the milliseconds of CPU it took
 * (the process's: a test that waited for a core costs nothing).
 */
export interface WatchedTest { matched: boolean | 'timeout'; ms: number }

/** `re.test(text)`, stopped after `timeoutMs` (at least 1). */
export function watchedTest(re: RegExp, text: string, timeoutMs: number): WatchedTest {
  made ??= { context: vm.createContext({ re: /(?:)/, text: '' }) as { re: RegExp; text: string }, script: new vm.Script('re.test(text)') };
  const { context, script } = made;
  const started = process.cpuUsage();
  const took = (): number => { const used = process.cpuUsage(started); return (used.user + used.system) / 1000; };
  context.re = re;
  context.text = text;
  try {
    return { matched: script.runInContext(context, { timeout: Math.max(1, Math.ceil(timeoutMs)) }) === true, ms: took() };
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return { matched: 'timeout', ms: took() };
    throw error;
  } finally {
    context.re = /(?:)/;
    context.text = '';
  }
}
