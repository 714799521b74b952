// Build step: dist/app.cache, the V8 code cache of dist/app.cjs, and one beside each file of dist/vendor/
// (see src/code-cache.ts). A plain `node` (no NODE_OPTIONS: V8 takes a cache only under the flags it was made
// with) loads dist/ as the entries do, starts the server as the CLI and startMockServer() do, answers /health
// and a create request, JSON then streamed, loads the vendor files that none of that needed, then writes the
// code of everything compiled by then: most of what a start and a first request run, and each vendor file's
// own start.
import { spawnSync } from 'node:child_process';

const WARM_UP = `
  import { createRequire } from 'node:module';
  import { readdirSync, writeFileSync } from 'node:fs';
  const { app, requireVendored, codeCaches } = createRequire(process.cwd() + '/dist/')('./load.cjs').loadApp();
  const create = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({
    model: 'gpt-4o-mini', input: 'What is the weather in Paris?',
    tools: [{ type: 'function', name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } }],
  }) };
  for (const options of [{ logger: true, logLevel: 'info', logStream: { write() {} } }, {}]) {
    const server = await app.startMockServer(options);
    const streamed = { ...create, body: create.body.replace(/}$/, ',"stream":true}') };
    for (const [path, init] of [['/health'], ['/v1/responses', create], ['/v1/responses', streamed]]) {
      const response = await fetch(server.url + path, init);
      if (response.status !== 200) throw new Error(path + ' answered ' + response.status);
      await response.text();
    }
    await server.close();
  }
  for (const file of readdirSync('dist/vendor', { recursive: true, encoding: 'utf8' })) if (file.endsWith('.cjs')) requireVendored('./vendor/' + file);
  for (const [file, cache] of codeCaches()) writeFileSync(file, cache);`;

/**
 * Writes dist/app.cache and dist/vendor/'s caches. Where the built server cannot start here (a build sandbox
 * without a loopback interface, say), dist/ works without them, only slower: a warning, not a failed build.
 */
export function writeCodeCache(root: string): void {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', WARM_UP], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.status !== 0) console.warn(`dist/'s code caches not written: the built server did not start and answer (exit ${run.status ?? run.signal}); dist/ starts without it, slower`);
}
