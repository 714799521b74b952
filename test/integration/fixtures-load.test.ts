// Loading fixture folders: JSON and YAML, every problem as `file: path: reason`, shipped files valid and
// the exported JSON Schema up to date.
import t from 'tap';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadFixtures } from '../../src/scenarios/load.js';
import { fixtureJsonSchema } from '../../src/scenarios/json-schema.js';

const shipped = fileURLToPath(new URL('../../fixtures', import.meta.url));

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'fixtures-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

t.test('the shipped fixtures load', async (t) => {
  const result = loadFixtures(shipped);
  t.ok(result.ok, result.ok ? '' : result.problems.join('\n'));
  if (result.ok) t.ok(result.scenarios.size >= 12);
});

t.test('the exported JSON Schema is up to date', async (t) => {
  t.equal(readFileSync(join(shipped, 'responses-mock.schema.json'), 'utf8'), fixtureJsonSchema(), 'run npm run export-fixture-schema');
});

t.test('JSON and YAML files both load; other files are ignored', async (t) => {
  const dir = folder({
    'a.json': JSON.stringify({ scenarios: { one: { rules: [{ respond: { text: 'x' } }] } } }),
    'b.yaml': 'scenarios:\n  two:\n    rules:\n      - respond: { text: y }\n',
    'c.yml': 'scenarios: {}\n',
    'notes.txt': 'not a fixture',
    'x.schema.json': '{"not":"a fixture"}',
  });
  const result = loadFixtures(dir, { displayBase: dir });
  t.ok(result.ok);
  if (result.ok) {
    t.same([...result.scenarios.keys()], ['one', 'two']);
    t.equal(result.files, 3);
    t.equal(result.scenarios.get('two')!.source, 'b.yaml');
  }
});

t.test('every problem of every file, as file: path: reason', async (t) => {
  const dir = folder({
    'broken.json': '{\n  "scenarios": {\n    "x": \n  }\n}',
    'bad.yaml': 'scenarios:\n  a: [unclosed\n',
    'schema.yaml': 'scenarios:\n  w:\n    rules:\n      - respond: { calls: [ { arguments: {} } ] }\n        times: 0\n',
    'dup1.json': JSON.stringify({ scenarios: { same: { rules: [{ respond: {} }] } } }),
    'dup2.json': JSON.stringify({ scenarios: { same: { rules: [{ respond: {} }] } } }),
  });
  const result = loadFixtures(dir, { displayBase: dir });
  t.notOk(result.ok);
  const problems = result.ok ? [] : result.problems;
  const expect = [
    /^broken\.json: \(file\): invalid JSON( at line \d+, column \d+)?: Unexpected token/,
    /^bad\.yaml: \(file\): invalid YAML at line \d+, column \d+:/,
    /^schema\.yaml: scenarios\.w\.rules\[0\]\.respond\.calls\[0\]: 'name' is required$/,
    /^schema\.yaml: scenarios\.w\.rules\[0\]\.times: must be an integer or 'always'$/,
    /^dup2\.json: scenarios\.same: the name is already used in dup1\.json$/,
  ];
  for (const pattern of expect) t.ok(problems.some((p) => pattern.test(p)), `${pattern} in:\n${problems.join('\n')}`);
});

t.test('a missing folder is a clear problem', async (t) => {
  const result = loadFixtures('/nonexistent/fixtures');
  t.same(result.ok ? [] : result.problems, ['/nonexistent/fixtures: no such directory']);
});
