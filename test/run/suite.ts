// Runs every `*.test.ts` below some folders in ONE process: tap starts a process per suite file, not per
// test file (a TypeScript process costs seconds to start, more than most files take to run). Each file's
// top-level tests are timed and the slowest files are listed when the suite ends.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import t from 'tap';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SHOWN = 5;

/** Every test file below the folders (relative to the repository root), sorted, for a stable order. */
export function testFiles(folders: string[]): string[] {
  return folders.flatMap((folder) => readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => join(folder, name)))
    .sort();
}

type TestArgs = unknown[];

export async function runSuite(folders: string[]): Promise<void> {
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
  declare(`every test file of ${folders.join(', ')} is imported`, () => loading);
  for (const file of testFiles(folders)) {
    current = file;
    await import(pathToFileURL(join(ROOT, file)).href);
  }
  loaded();
  t.teardown(() => {
    const slowest = [...spent].sort((a, b) => b[1] - a[1]).slice(0, SHOWN);
    const lines = slowest.map(([file, ms]) => `  ${(ms / 1000).toFixed(1).padStart(5)} s  ${relative('.', file)}`);
    console.error(`slowest files of ${folders.join(', ')}:\n${lines.join('\n')}`);
  });
}
