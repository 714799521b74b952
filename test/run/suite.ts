// Runs every `*.test.ts` of one group in ONE process: `npm test` (and tap) start a process per suite file, not
// per test file (a process costs seconds to start, more than most files take to run). GROUPS says which group
// each file belongs to; a file in none stops every suite. Each file's top-level tests are timed: the slowest
// are listed when the suite ends, or written for `npm test` to list (scripts/test/times.ts).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { writeTimes } from '../../scripts/test/times.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SHOWN = 5;
/** Where tap's test files live (examples/node-test runs under node:test). */
const FOLDERS = ['test', 'examples/tap'];

interface Group {
  name: string;
  prefixes: string[];
}

/**
 * Each file goes to the first group with a prefix of its path. `npm test` runs 4 suites at a time (`jobs` in
 * package.json's `tap`), in the order of their names: the first four wait the most (a browser, child processes, real
 * clients) or take the longest; the files that mostly wait on child processes (the CLI, the package, the
 * client examples) have a process of their own so that their waiting overlaps the others' work.
 */
export const GROUPS: Group[] = [
  // Asserts that the CLI exits within 2 s of a signal: `npm test` runs it alone, before everything else.
  { name: 'time-limits', prefixes: ['test/integration/process/server-signals.test.ts'] },
  { name: 'child-processes', prefixes: ['test/integration/process/', 'test/integration/credentials.test.ts',
    'test/integration/recording/verify-recordings.test.ts', 'test/contract/examples.test.ts', 'test/contract/python-admin.test.ts'] },
  { name: 'browser', prefixes: ['test/browser/'] },
  { name: 'contract', prefixes: ['test/contract/'] },
  { name: 'integration', prefixes: ['test/integration/'] },
  { name: 'unit', prefixes: ['test/unit/'] },
  { name: 'other', prefixes: ['test/conformance/', 'test/property/', 'examples/tap/'] },
];

/** Every test file of the group (relative to the repository root), sorted, for a stable order. */
export function testFiles(group: string): string[] {
  const all = FOLDERS.flatMap((folder) => readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => join(folder, name)));
  const groupOf = (file: string) => GROUPS.find(({ prefixes }) => prefixes.some((prefix) => file.startsWith(prefix)))?.name;
  const lost = all.filter((file) => groupOf(file) === undefined);
  if (lost.length > 0) throw new Error(`test files in no group of test/run/suite.ts: ${lost.join(', ')}`);
  return all.filter((file) => groupOf(file) === group).sort();
}

type TestArgs = unknown[];

export async function runSuite(group: string): Promise<void> {
  const spent = new Map<string, number>();
  let current = '';
  const declare = t.test.bind(t) as (...args: TestArgs) => unknown;
  // Top-level tests are attributed to the file being imported when they are declared.
  (t as unknown as { test: (...args: TestArgs) => unknown }).test = (...args: TestArgs) => {
    const file = current;
    const at = args.findIndex((arg) => typeof arg === 'function');
    if (at >= 0) {
      const body = args[at] as (...inner: unknown[]) => unknown;
      args[at] = async (...inner: unknown[]) => {
        const start = performance.now();
        try {
          return await body(...inner);
        } finally {
          spent.set(file, (spent.get(file) ?? 0) + performance.now() - start);
        }
      };
    }
    return declare(...args);
  };
  // A file that registers a top-level teardown makes tap end the run as soon as it is idle: while the next file
  // is still being compiled and imported, this first test keeps it busy.
  let loaded: () => void = () => {};
  const loading = new Promise<void>((resolve) => { loaded = resolve; });
  declare(`every test file of the ${group} group is imported`, () => loading);
  for (const file of testFiles(group)) {
    current = file;
    // Relative to this module and named `.js`: from test/ through tsx that is the TypeScript file, and from
    // the compiled copy that `npm test` runs (scripts/test/compile.ts) it is the compiled one beside this module.
    await import(`../../${file.replace(/\.ts$/, '.js')}`);
  }
  loaded();
  t.teardown(() => {
    const dir = process.env.TEST_TIMES_DIR;
    if (dir) {
      const files = Object.fromEntries([...spent].map(([file, ms]) => [file, ms / 1000]));
      writeTimes(dir, { suite: group, seconds: performance.now() / 1000, files });
      return;
    }
    const slowest = [...spent].sort((a, b) => b[1] - a[1]).slice(0, SHOWN);
    const lines = slowest.map(([file, ms]) => `  ${(ms / 1000).toFixed(1).padStart(5)} s  ${file}`);
    console.error(`slowest files of the ${group} group:\n${lines.join('\n')}`);
  });
}
