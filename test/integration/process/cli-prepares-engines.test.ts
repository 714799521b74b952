// The CLI loads the engines of tool schemas (dist/vendor/json-schema-engines.cjs) by itself a moment after it
// listens, so that a client's first create request after its health check does not wait for them.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import t from 'tap';
import { startServer } from '../../helpers/child-server.js';

/** Preloaded into the server: says on stderr when the engines enter the require cache. */
const WATCH = `const timer = setInterval(() => {
  if (!Object.keys(require.cache).some((file) => file.endsWith('/dist/vendor/json-schema-engines.cjs'))) return;
  clearInterval(timer);
  process.stderr.write('json-schema-engines loaded\\n');
}, 5);
timer.unref();`;
const WAIT_MS = 20_000;

t.test('the CLI, asked for /health only, loads the tool-schema engines once it has listened', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'prepare-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'watch.cjs'), WATCH);
  const server = await startServer(t, { NODE_OPTIONS: `--require ${join(dir, 'watch.cjs')}` });
  t.equal((await fetch(new URL('/health', server.url))).status, 200);
  for (const started = Date.now(); !server.output().includes('json-schema-engines loaded') && Date.now() - started < WAIT_MS;) await sleep(20);
  t.match(server.output(), /json-schema-engines loaded/, 'loaded without any create request');
});
