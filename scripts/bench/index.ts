// `npm run bench`: every benchmark in turn, each in its own process (run it on a quiet machine: the figures
// are ratios against baselines measured in the same run, but other load still skews them).
// Usage: npm run bench [-- --only throughput,startup]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const HERE = fileURLToPath(new URL('.', import.meta.url));
/** In the order they run; a missing file is skipped. */
const BENCHES = ['throughput', 'startup', 'growth', 'websocket'];

const { values } = parseArgs({ options: { only: { type: 'string' } } });
const only = values.only?.split(',');
let failed = false;
for (const name of BENCHES) {
  if (only && !only.includes(name)) continue;
  const file = `${HERE}${name}.ts`;
  if (!existsSync(file)) continue;
  console.log(`\n== ${name}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit' });
  if (run.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
