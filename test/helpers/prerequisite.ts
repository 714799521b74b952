// Tests that need a program from outside npm (Chromium, the Python SDK's venv, the Codex binary): skipped with
// the reason on a developer's machine that lacks it, but failed under CI, where .ci/run installs every one of
// them, so that a missing prerequisite there breaks the run instead of passing it with a test left out.
import t from 'tap';

/** Whether this run is CI's (`CI` set to anything but empty, `0` or `false`). */
export function underCI(): boolean {
  const value = (process.env.CI ?? '').trim().toLowerCase();
  return value !== '' && value !== '0' && value !== 'false';
}

/**
 * tap's `skip` option for a test whose prerequisite may be missing: false when it is there (`reason` false),
 * the reason otherwise; under CI a failure with the reason is recorded too (not thrown: the other files that
 * share the process still run).
 */
export function skipWithout(reason: string | false): string | false {
  if (reason === false) return false;
  if (underCI()) t.fail(`${reason} (CI installs it: .ci/run; a skip would leave this test out)`);
  return reason;
}
