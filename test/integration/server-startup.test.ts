// The CLI refuses invalid fixtures before listening: every problem as `file: path: reason`, non-zero exit.
import t from 'tap';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/server.ts', '--port', '0', ...args], { encoding: 'utf8', timeout: 20_000 });

t.test('invalid fixtures stop start-up with file: path: reason', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'bad-fixtures-'));
  writeFileSync(join(dir, 'broken.yaml'), 'scenarios:\n  x:\n    rules:\n      - respond: { calls: [ { arguments: {} } ] }\n        tims: 2\n');
  writeFileSync(join(dir, 'fine.json'), JSON.stringify({ scenarios: { ok: { rules: [{ respond: { text: 'x' } }] } } }));
  const result = run(['--fixtures', dir]);
  t.equal(result.status, 1);
  t.match(result.stderr, /broken\.yaml: scenarios\.x\.rules\[0\]: unknown field 'tims' \(did you mean 'times'\?\)/);
  t.match(result.stderr, /broken\.yaml: scenarios\.x\.rules\[0\]\.respond\.calls\[0\]: 'name' is required/);
  t.match(result.stderr, /not started \(2 problem\(s\) above\)/);
  t.notMatch(result.stdout, /listening/);
});

t.test('an unknown default scenario stops start-up', async (t) => {
  const result = run(['--scenario', 'nope']);
  t.equal(result.status, 1);
  t.match(result.stderr, /--scenario: no scenario named 'nope' \(known: .*basic-tool-call/);
});
