// dist/ starts from the code cache the build made (src/code-cache.ts), and loads each file of dist/vendor/
// from its own: this Node takes them, and a dist/app.cjs of another build, a damaged cache, one V8 refuses
// (other flags) or no cache at all still loads (compiled as usual) rather than running stale code or crashing.
import { execFile } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
/** A create request whose tool schema has a `pattern`: it loads the schema engines, RE2 and randexp. */
const PATTERN_TOOL_REQUEST = JSON.stringify({
  model: 'gpt-4o-mini',
  input: 'Look up the airport code',
  tool_choice: 'required',
  tools: [{ type: 'function', name: 'airport', parameters: { type: 'object', properties: { code: { type: 'string', pattern: '^[A-Z]{3}$' } }, required: ['code'], additionalProperties: false } }],
});
const ENGINES = 'vendor/json-schema-engines.cjs';

interface Started {
  /** Whether dist/app.cjs was compiled from its cache. */
  cached: boolean;
  health: number;
  created: number;
  /** The dist/vendor/ files loaded by then, each with how it was compiled. */
  vendored: Record<string, string>;
}

/** Runs `script` in a fresh Node with `flags`; the last line it prints, as JSON. */
function runNode<T>(script: string, flags: string[] = []): Promise<T> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [...flags, '-e', script], { timeout: 60_000 }, (error, out, err) =>
      (error ? reject(new Error(`${error.message}\n${err}`)) : resolve(JSON.parse(out.trim().split('\n').at(-1)!) as T)));
  });
}

/** dist/load.cjs under `root` in a fresh Node: startMockServer() answering /health, then a create request with a tool. */
function start(root: string, flags: string[] = []): Promise<Started> {
  return runNode<Started>(`
    const loaded = require(${JSON.stringify(join(root, 'dist/load.cjs'))}).loadApp();
    loaded.app.startMockServer().then(async (server) => {
      const health = (await fetch(server.url + '/health')).status;
      const created = (await fetch(server.url + '/v1/responses', { method: 'POST', headers: { 'content-type': 'application/json' }, body: ${JSON.stringify(PATTERN_TOOL_REQUEST)} })).status;
      await server.close();
      console.log(JSON.stringify({ cached: loaded.cached, health, created, vendored: Object.fromEntries(loaded.vendored()) }));
    });`, flags);
}

/** A copy of dist/'s script, loader, vendor files and caches (with package.json, which the script reads) under a new root. */
function copyOfDist(): string {
  const root = mkdtempSync(join(tmpdir(), 'code-cache-'));
  mkdirSync(join(root, 'dist'));
  for (const file of ['dist/app.cjs', 'dist/load.cjs', 'dist/app.cache', 'package.json']) copyFileSync(join(ROOT, file), join(root, file));
  cpSync(join(ROOT, 'dist/vendor'), join(root, 'dist/vendor'), { recursive: true });
  return root;
}

const USED_BY_THE_REQUEST = [ENGINES, 'vendor/re2js.cjs', 'vendor/randexp.cjs'];
const all = (use: string, files = USED_BY_THE_REQUEST): Record<string, string> => Object.fromEntries(files.map((file) => [file, use]));

t.test('the built dist/ starts from its code cache, and loads the vendor files a request needs from theirs', async (t) => {
  t.same(await start(ROOT), { cached: true, health: 200, created: 200, vendored: all('accepted') });
});

t.test('from the code cache, the journal\'s scan of a text of many colons stays linear once optimised', async (t) => {
  // Searched for \\u before its loop, the scan ran about 100 times slower once V8 optimised it from the cache
  // (not from source): a 1.2 MB prompt of 'a: ' took seconds a request instead of milliseconds.
  const worst = await runNode<{ cached: boolean; ms: number }>(`
    const loaded = require(${JSON.stringify(join(ROOT, 'dist/load.cjs'))}).loadApp();
    const app = loaded.app.buildApp({ logger: false });
    const text = JSON.stringify({ model: 'gpt-4o-mini', input: 'a: '.repeat(400000) });
    let ms = 0;
    for (let round = 0; round < 8; round += 1) {
      const start = performance.now();
      app.mock.redactor.redactJsonText(text);
      if (round >= 3) ms = Math.max(ms, performance.now() - start);
    }
    app.close().then(() => console.log(JSON.stringify({ cached: loaded.cached, ms })));`);
  t.ok(worst.cached, 'compiled from the cache');
  t.ok(worst.ms < 1500, `the slowest of the optimised rounds took ${worst.ms.toFixed(0)} ms (about 10 when linear; seconds when not)`);
});

t.test('the build gives every file of dist/vendor/ a cache that this Node takes', async (t) => {
  const files = readdirSync(join(ROOT, 'dist/vendor'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.cjs')).map((file) => `vendor/${file}`);
  t.ok(files.includes(ENGINES), 'dist/vendor/ is listed');
  const vendored = await runNode<Record<string, string>>(`
    const loaded = require(${JSON.stringify(join(ROOT, 'dist/load.cjs'))}).loadApp();
    for (const file of ${JSON.stringify(files)}) loaded.requireVendored('./' + file);
    console.log(JSON.stringify(Object.fromEntries(loaded.vendored())));`);
  t.same(vendored, all('accepted', files));
});

t.test('a cache of another build is not used; no cache compiles as usual', async (t) => {
  const other = copyOfDist();
  const none = copyOfDist();
  t.teardown(() => [other, none].forEach((root) => rmSync(root, { recursive: true, force: true })));
  // Another build: the same text but for the id on its first line (V8 itself checks only the length).
  const script = readFileSync(join(other, 'dist/app.cjs'), 'latin1');
  writeFileSync(join(other, 'dist/app.cjs'), script.replace(/^(\/\/ responses-mock build )./, (_all, line: string) => `${line}${script[24] === 'f' ? 'e' : 'f'}`), 'latin1');
  for (const file of ['dist/app.cache', ...USED_BY_THE_REQUEST.map((file) => `dist/${file.replace(/\.cjs$/, '.cache')}`)]) rmSync(join(none, file));
  t.same(await Promise.all([start(other), start(none)]), [
    { cached: false, health: 200, created: 200, vendored: all('accepted') },
    { cached: false, health: 200, created: 200, vendored: all('none') },
  ]);
});

t.test('a damaged cache, or one V8 refuses, is rejected and the script still loads', async (t) => {
  const damaged = copyOfDist();
  t.teardown(() => rmSync(damaged, { recursive: true, force: true }));
  // Bytes in the middle of V8's data, which V8 does not check (given to it, they would crash the process).
  const file = join(damaged, `dist/${ENGINES.replace(/\.cjs$/, '.cache')}`);
  const cache = readFileSync(file);
  for (let at = cache.length >> 1; at < (cache.length >> 1) + 64; at += 1) cache[at]! ^= 0x5a;
  writeFileSync(file, cache);
  // Other V8 flags: V8 itself rejects every cache (cachedDataRejected).
  const [fromDamaged, underOtherFlags] = await Promise.all([start(damaged), start(ROOT, ['--no-opt'])]);
  t.same(fromDamaged, { cached: true, health: 200, created: 200, vendored: { ...all('accepted'), [ENGINES]: 'rejected' } });
  t.same(underOtherFlags, { cached: false, health: 200, created: 200, vendored: all('rejected') });
});
