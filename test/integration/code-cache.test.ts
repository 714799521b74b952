// dist/ starts from the code cache the build made (src/code-cache.ts): this Node takes it, and a dist/app.cjs
// of another build, or no cache at all, still starts (compiled as usual) rather than running stale code.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** In a fresh Node: whether dist/load.cjs under `root` used the cache, and /health's status from startMockServer(). */
function start(root: string): Promise<{ cached: boolean; health: number }> {
  const script = `
    const { app, cached } = require(${JSON.stringify(join(root, 'dist/load.cjs'))}).loadApp();
    app.startMockServer().then(async (server) => {
      const health = (await fetch(server.url + '/health')).status;
      await server.close();
      console.log(JSON.stringify({ cached, health }));
    });`;
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['-e', script], { timeout: 60_000 }, (error, out, err) =>
      (error ? reject(new Error(`${error.message}\n${err}`)) : resolve(JSON.parse(out.trim().split('\n').at(-1)!) as { cached: boolean; health: number })));
  });
}

/** A copy of dist/'s script, loader and cache (with package.json, which the script reads) under a new root. */
function copyOfDist(): string {
  const root = mkdtempSync(join(tmpdir(), 'code-cache-'));
  mkdirSync(join(root, 'dist'));
  for (const file of ['dist/app.cjs', 'dist/load.cjs', 'dist/app.cache', 'package.json']) copyFileSync(join(ROOT, file), join(root, file));
  return root;
}

t.test('the built dist/ starts from its code cache', async (t) => {
  t.same(await start(ROOT), { cached: true, health: 200 });
});

t.test('a cache of another build is not used; no cache compiles as usual', async (t) => {
  const other = copyOfDist();
  const none = copyOfDist();
  t.teardown(() => [other, none].forEach((root) => rmSync(root, { recursive: true, force: true })));
  // Another build: the same text but for the id on its first line (V8 itself checks only the length).
  const script = readFileSync(join(other, 'dist/app.cjs'), 'latin1');
  writeFileSync(join(other, 'dist/app.cjs'), script.replace(/^(\/\/ responses-mock build )./, (_all, line: string) => `${line}${script[24] === 'f' ? 'e' : 'f'}`), 'latin1');
  rmSync(join(none, 'dist/app.cache'));
  t.same(await Promise.all([start(other), start(none)]), [{ cached: false, health: 200 }, { cached: false, health: 200 }]);
});
