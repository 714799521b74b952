// The tests as plain JavaScript, for `npm test`: every TypeScript file of src/, test/, scripts/ and examples/
// compiled once by esbuild into a copy of the repository's tree (TESTS_JS) where every other file, and each
// folder without TypeScript in it, is a symbolic link to the original. Suites run from there on plain Node:
// through tsx, every module a process loads (the SDKs' too) passes through loader hooks, which on Node 20 run
// on a thread of their own and cost each suite process seconds of CPU. Built afresh on each run.
import { transform } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const TESTS_JS = join(ROOT, 'node_modules/.cache/responses-mock/tests-js');
/** The folders whose TypeScript is compiled; everything else at the top level is linked. */
const COMPILED = new Set(['src', 'test', 'scripts', 'examples']);
const isTypeScript = (name: string) => name.endsWith('.ts') && !name.endsWith('.d.ts');

function holdsTypeScript(dir: string): boolean {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).some(isTypeScript);
}

/** As old as the original: tests that refuse a dist/ older than src/ look at the copy's src/ too. */
function sameTimes(original: string, copy: string): void {
  const { atime, mtime } = statSync(original);
  utimesSync(copy, atime, mtime);
}

async function compile(path: string): Promise<void> {
  const source = join(ROOT, path);
  const { code } = await transform(readFileSync(source, 'utf8'), {
    loader: 'ts', format: 'esm', target: 'node20', sourcefile: source, sourcemap: 'inline',
  });
  const compiled = join(TESTS_JS, path.replace(/\.ts$/, '.js'));
  // `wx`: never through a link of the same name (a JavaScript file beside its TypeScript namesake) onto the original.
  writeFileSync(compiled, code, { flag: 'wx' });
  sameTimes(source, compiled);
}

/** Mirrors folder `dir` (relative to the root) into TESTS_JS; the compilations it started; the folders it made. */
function mirror(dir: string, compiling: Promise<void>[], folders: string[]): void {
  mkdirSync(join(TESTS_JS, dir), { recursive: true });
  folders.push(dir);
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && holdsTypeScript(join(ROOT, path))) {
      mirror(path, compiling, folders);
      continue;
    }
    // The TypeScript too: tests name some files by path (a child process started through tsx).
    symlinkSync(join(ROOT, path), join(TESTS_JS, path));
    if (entry.isFile() && isTypeScript(entry.name)) compiling.push(compile(path));
  }
}

/** TESTS_JS afresh: src/'s generated modules must exist (the JavaScript build writes them). */
export async function compileTests(): Promise<void> {
  rmSync(TESTS_JS, { recursive: true, force: true });
  mkdirSync(TESTS_JS, { recursive: true });
  const compiling: Promise<void>[] = [];
  const folders: string[] = [];
  for (const entry of readdirSync(ROOT, { withFileTypes: true })) {
    if (entry.name === '.git') continue;
    if (entry.isDirectory() && COMPILED.has(entry.name)) mirror(entry.name, compiling, folders);
    else symlinkSync(join(ROOT, entry.name), join(TESTS_JS, entry.name));
  }
  await Promise.all(compiling);
  for (const folder of folders) sameTimes(join(ROOT, folder), join(TESTS_JS, folder));
}
