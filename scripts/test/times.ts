// How long each test file took: each tap suite process (test/run/suite.ts) writes its files' times to the
// folder named by TEST_TIMES_DIR, and `npm test` (scripts/test/index.ts) lists the slowest of all suites.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SuiteTimes {
  suite: string;
  /** Seconds from the suite process's start to its last test's end. */
  seconds: number;
  /** Seconds spent in each file's top-level tests, by path from the repository root. */
  files: Record<string, number>;
}

export function writeTimes(dir: string, times: SuiteTimes): void {
  writeFileSync(join(dir, `${times.suite}.json`), JSON.stringify(times));
}

const line = (seconds: number, what: string) => `  ${seconds.toFixed(1).padStart(5)} s  ${what}`;

/** The `count` slowest files of every suite that wrote its times, then each suite's own time. */
export function slowestFiles(dir: string, count: number): string {
  const suites = readdirSync(dir).filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as SuiteTimes);
  const files = suites.flatMap((suite) => Object.entries(suite.files)).sort((a, b) => b[1] - a[1]).slice(0, count);
  const bySuite = [...suites].sort((a, b) => b.seconds - a.seconds);
  return [...files.map(([file, seconds]) => line(seconds, file)), 'suites (one process each):',
    ...bySuite.map((suite) => line(suite.seconds, `test/run/${suite.suite}.suite.ts`))].join('\n');
}
