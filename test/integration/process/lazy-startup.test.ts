// Start-up stays lazy: a server started as users start it (startMockServer() from dist/ and, as our tests
// do, from src/) answers /health without loading what only some requests or modes need — the recording proxy
// and its YAML writer, the fixture validators, Fastify's route-schema and response-schema compilers and its
// inject() (light-my-request), the JSON Schema engines of tool schemas (Ajv, ajv-formats), RE2 and randexp,
// and in dist/ the ws package until a WebSocket upgrade, and node:https and node:http2. Each is then shown to
// load when it is used (or, for those two, loaded from src/), so that the check can tell. Modules are listed
// by a load hook, require.cache and process.moduleLoadList, not timed.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import t, { type Test } from 'tap';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const REGISTER = fileURLToPath(new URL('../../helpers/module-log/register.mjs', import.meta.url));

interface Loaded {
  /** ES modules, as file paths. */
  modules: string[];
  /** Packages, and modules of src/ (by file name), that CommonJS require() loaded; node:https, node:http2 and node:tls if started with. */
  required: string[];
}

/** Runs `steps` (a module body with `server` started) in a fresh process; what it had loaded by the end. */
async function loadedBy(t: Test, args: { entry: string; options?: string; steps?: string }): Promise<Loaded> {
  const dir = mkdtempSync(join(tmpdir(), 'lazy-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const log = join(dir, 'modules.txt');
  const script = `
    import { createRequire } from 'node:module';
    const { startMockServer } = await import(${JSON.stringify(args.entry)});
    const server = await startMockServer(${args.options ?? '{}'});
    // Before fetch(), which loads them itself.
    const builtins = process.moduleLoadList.filter((name) => /^NativeModule (https|http2|tls)$/.test(name)).map((name) => 'node:' + name.slice(13));
    const health = await fetch(server.url + '/health');
    if (health.status !== 200) throw new Error('health ' + health.status);
    ${args.steps ?? ''}
    await server.close();
    const required = Object.keys(createRequire(import.meta.url).cache).map((file) => /node_modules\\/((?:@[^/]+\\/)?[^/]+)\\/(?!.*node_modules\\/)/.exec(file)?.[1] ?? /\\/dist\\/vendor\\/(.+)\\.cjs$/.exec(file)?.[1] ?? /\\/src\\/(?:.+\\/)?([^/]+)\\.ts$/.exec(file)?.[1]);
    console.log(JSON.stringify([...new Set(required.filter(Boolean)), ...builtins]));`;
  const stdout = await new Promise<string>((resolve, reject) => {
    // dist/ runs on plain Node, as users run it; src/ through tsx, as our tests do.
    const loader = args.entry.endsWith('.ts') ? ['--import', 'tsx'] : [];
    execFile(process.execPath, [...loader, '--import', REGISTER, '--input-type=module', '-e', script], {
      cwd: ROOT,
      env: { ...process.env, MODULE_LOG: log, RESPONSES_MOCK_LOG_LEVEL: 'silent' },
      timeout: 60_000,
    }, (error, out, err) => (error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out)));
  });
  const modules = readFileSync(log, 'utf8').split('\n').filter((url) => url.startsWith('file:')).map((url) => fileURLToPath(url));
  return { modules, required: JSON.parse(stdout.trim().split('\n').at(-1)!) as string[] };
}

/**
 * In dist/ only (src/ runs the packages, which require them at once): @fastify/websocket's ws and duplexify,
 * and Fastify's node:https and node:http2 (with node:tls), for HTTPS and HTTP/2 servers the mock never makes.
 */
const ON_DEMAND_IN_DIST = ['ws', 'duplexify', 'node:https', 'node:http2', 'node:tls'];
/** A WebSocket handshake on the OpenAI path, by hand (a `ws` client would load the package it checks). */
const UPGRADE = `await new Promise((resolve, reject) => {
  const request = (createRequire(import.meta.url)('node:http')).request(server.url + '/v1/responses', { headers: {
    connection: 'Upgrade', upgrade: 'websocket', 'sec-websocket-version': '13', 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==' } });
  request.once('upgrade', (response, socket) => { socket.destroy(); resolve(); });
  request.once('response', (response) => reject(new Error('upgrade refused: ' + response.statusCode)));
  request.once('error', reject).end();
});`;
const ON_DEMAND_PACKAGES = ['yaml', 'fixture-validators', '@fastify/ajv-compiler', '@fastify/fast-json-stringify-compiler', 'light-my-request', 'json-schema-engines', 'ajv-formats', 'randexp', 're2js'];
/** A create request whose tool schema has a `pattern`: compiled by Ajv, tested on RE2, generated from by randexp. */
const PATTERN_TOOL_REQUEST = JSON.stringify({
  model: 'gpt-4o-mini',
  input: 'Look up the airport code',
  tool_choice: 'required',
  tools: [{ type: 'function', name: 'airport', parameters: { type: 'object', properties: { code: { type: 'string', pattern: '^[A-Z]{3}$' } }, required: ['code'], additionalProperties: false } }],
});
/**
 * Loaded files of the recording proxy (src/record/). dist/ holds it in dist/app.cjs, the one script whose
 * modules each run on first use (src/code-cache.ts): which ran does not show there, src/ shows it.
 */
const recordingFiles = (loaded: Loaded): string[] => loaded.modules.filter((file) => file.includes('/src/record/'));

for (const entry of ['./dist/index.js', './src/index.ts']) {
  t.test(`${entry}: /health answers with none of the on-demand modules loaded`, async (t) => {
    const loaded = await loadedBy(t, { entry });
    t.ok(loaded.modules.some((file) => file.includes(entry.slice(2, entry.indexOf('/', 2)))), 'the module log sees the server load');
    t.ok(loaded.required.includes('fastify') || entry.startsWith('./dist'), 'require.cache is read');
    t.same(recordingFiles(loaded), [], 'no recording proxy');
    t.same(ON_DEMAND_PACKAGES.filter((name) => loaded.required.includes(name)), [], 'none of the on-demand modules');
    if (entry.startsWith('./dist')) t.same(ON_DEMAND_IN_DIST.filter((name) => loaded.required.includes(name)), [], 'no ws, duplexify, HTTPS or HTTP/2');
    else t.ok(loaded.required.includes('node:http2'), "the check sees Fastify's own require of node:http2");
  });

  t.test(`${entry}: each loads once used`, async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'lazy-record-'));
    t.teardown(() => rmSync(dir, { recursive: true, force: true }));
    // In one run: a route with a query schema (compiled on first use), a tool with a pattern, the scenario
    // list (the shipped fixtures are read on first use), an inject() and a WebSocket upgrade. A recording run
    // (its proxy is loaded at start-up).
    const [used, recording] = await Promise.all([
      loadedBy(t, { entry, steps: `await fetch(server.url + '/v1/responses/resp_missing/input_items?limit=5');
        const created = await fetch(server.url + '/v1/responses', { method: 'POST', headers: { 'content-type': 'application/json' }, body: ${JSON.stringify(PATTERN_TOOL_REQUEST)} });
        if (created.status !== 200) throw new Error('create ' + created.status);
        if ((await fetch(server.url + '/__mock/scenarios')).status !== 200) throw new Error('scenarios');
        ${UPGRADE}
        const { buildApp } = await import(${JSON.stringify(entry)});
        const app = buildApp({ fixtures: false });
        if ((await app.inject({ url: '/health' })).statusCode !== 200) throw new Error('inject');
        await app.close();` }),
      loadedBy(t, { entry, options: JSON.stringify({ record: dir, upstreamOpenai: 'http://127.0.0.1:9/v1', fixtures: false }) }),
    ]);
    t.ok(used.required.includes('@fastify/ajv-compiler'), 'a query schema loads the route-schema compiler');
    t.same(['json-schema-engines', 're2js', 'randexp'].filter((name) => !used.required.includes(name)), [], 'a tool schema with a pattern loads the schema engines, RE2 and randexp');
    t.same(['yaml', 'fixture-validators'].filter((name) => !used.required.includes(name)), [], 'listing the scenarios loads the shipped fixtures with their validators');
    t.ok(used.required.includes('light-my-request'), 'inject() loads light-my-request');
    t.ok(used.required.includes('ws'), 'a WebSocket upgrade loads ws');
    if (entry.endsWith('.ts')) t.not(recordingFiles(recording).length, 0, 'a recording run loads the recording proxy');
  });
}

/**
 * The process's first Intl call loads its locale data (about 9 ms): start-up and /health make none, so messages
 * built when a module loads write their numbers without it (src/domain/digits.ts). Counted by wrapping
 * toLocaleString and the Intl constructors before the server loads; the script's own call shows the count works.
 */
t.test('./dist/index.js: /health answers without a call into Intl', async (t) => {
  const script = `
    const calls = [];
    for (const [owner, name] of [[Number.prototype, 'toLocaleString'], [Date.prototype, 'toLocaleString'], [Date.prototype, 'toLocaleDateString'], [String.prototype, 'localeCompare'], [String.prototype, 'normalize']]) {
      const original = owner[name];
      owner[name] = function (...args) { calls.push(name); return original.apply(this, args); };
    }
    for (const name of Object.getOwnPropertyNames(Intl).filter((name) => typeof Intl[name] === 'function' && /^[A-Z]/.test(name))) {
      Intl[name] = new Proxy(Intl[name], { construct(target, args) { calls.push('Intl.' + name); return Reflect.construct(target, args); }, apply(target, self, args) { calls.push('Intl.' + name); return Reflect.apply(target, self, args); } });
    }
    const { startMockServer } = await import('./dist/index.js');
    const server = await startMockServer({ fixtures: false });
    const health = await fetch(server.url + '/health');
    if (health.status !== 200) throw new Error('health ' + health.status);
    const atStart = calls.length;
    await server.close();
    (1000).toLocaleString('en-US');
    console.log(JSON.stringify({ atStart: calls.slice(0, atStart), after: calls.slice(atStart) }));`;
  const stdout = await new Promise<string>((resolve, reject) => {
    execFile(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, env: { ...process.env, RESPONSES_MOCK_LOG_LEVEL: 'silent' }, timeout: 60_000 },
      (error, out, err) => (error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out)));
  });
  const { atStart, after } = JSON.parse(stdout.trim().split('\n').at(-1)!) as { atStart: string[]; after: string[] };
  t.same(atStart, [], 'no Intl call while starting and answering /health');
  t.same(after, ['toLocaleString'], 'the wrapper counts a call');
});
