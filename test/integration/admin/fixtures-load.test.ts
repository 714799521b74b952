// Loading fixture folders: JSON and YAML, every problem as `file: path: reason`, shipped files valid and
// the exported JSON Schema up to date.
import t from 'tap';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConfig } from '../../../src/config/config.js';
import { loadFixtures } from '../../../src/scenarios/load.js';
import { fixtureJsonSchema } from '../../../src/scenarios/json-schema.js';
import { OPENAI, post, testApp } from '../../helpers/app.js';

const shipped = fileURLToPath(new URL('../../../fixtures', import.meta.url));

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
    /^schema\.yaml: scenarios\.w\.rules\[0\]\.times: must be >= 1$/,
    /^dup2\.json: scenarios\.same: the name is already used in dup1\.json$/,
  ];
  for (const pattern of expect) t.ok(problems.some((p) => pattern.test(p)), `${pattern} in:\n${problems.join('\n')}`);
});

t.test('an empty file, or one scenario without its file around it, is said as such', async (t) => {
  const dir = folder({
    'a.yaml': '',
    'b.yaml': '# to do\n\n  # later\n',
    'c.json': ' \n',
    'd.yaml': 'rules:\n  - respond: { text: x }\n',
    'e.yaml': '~\n',
  });
  const result = loadFixtures(dir, { displayBase: dir });
  const shape = 'a fixture file holds named scenarios: {"scenarios": {"<name>": {"rules": […]}}}';
  t.same(result.ok ? [] : result.problems, [
    `a.yaml: (file): is empty (blank lines and comments only); ${shape}`,
    `b.yaml: (file): is empty (blank lines and comments only); ${shape}`,
    `c.json: (file): is empty; ${shape}`,
    `d.yaml: (top level): this is one scenario ('rules'), not a fixture file; ${shape}`,
    `e.yaml: (top level): holds nothing; ${shape}`,
  ]);
});

t.test('a key written twice is refused in JSON as in YAML, naming it and where', async (t) => {
  const dir = folder({
    'a.json': '{\n  "scenarios": {\n    "s": {"rules": [{"respond": {"text": "a", "te\\u0078t": "b"}}]},\n    "s": {"rules": [{"respond": {}}]}\n  }\n}\n',
    'b.yaml': 'scenarios:\n  s:\n    rules: [{ respond: {} }]\n  "s":\n    rules: [{ respond: {} }]\n',
  });
  const result = loadFixtures(dir, { displayBase: dir });
  t.same(result.ok ? [] : result.problems, [
    "a.json: scenarios.s.rules[0].respond: the key 'text' is written twice (again at line 3, column 47); JSON would keep only the last",
    "a.json: scenarios: the key 's' is written twice (again at line 4, column 5); JSON would keep only the last",
    "b.yaml: (file): invalid YAML at line 4, column 3: the key 's' is written twice in one mapping (keys must be unique)",
  ]);
});

t.test('a missing folder is a clear problem', async (t) => {
  const result = loadFixtures('/nonexistent/fixtures');
  t.same(result.ok ? [] : result.problems, ['/nonexistent/fixtures: no such directory']);
});

t.test('one fixture file given where a folder goes is loaded alone', async (t) => {
  const dir = folder({ 'a.yaml': 'scenarios:\n  one:\n    rules:\n      - respond: { text: x }\n', 'b.yaml': 'not: loaded\n', 'notes.txt': 'x' });
  const result = loadFixtures(join(dir, 'a.yaml'), { displayBase: dir });
  t.same(result.ok && [[...result.scenarios.keys()], result.files, result.scenarios.get('one')!.source], [['one'], 1, 'a.yaml']);
  t.same([loadFixtures(join(dir, 'c.yaml')), loadFixtures(join(dir, 'notes.txt'))].map((missing) => (missing.ok ? [] : missing.problems)), [
    [`${join(dir, 'c.yaml')}: no such file`],
    [`${join(dir, 'notes.txt')}: neither a folder nor a fixture file (*.json, *.yaml, *.yml)`],
  ]);
  const app = testApp({ fixtures: join(dir, 'a.yaml'), shippedFixtures: false });
  t.same(app.mock.scenarios.names(), ['one'], 'as the fixtures option');
});

t.test('several folders load over the shipped ones: a later folder wins by name; --no-shipped-fixtures drops them', async (t) => {
  const first = folder({ 'a.yaml': 'scenarios:\n  mine:\n    rules:\n      - respond: { text: first }\n        times: always\n  server-error:\n    rules:\n      - respond: { text: not an error }\n        times: always\n' });
  const second = folder({ 'b.json': JSON.stringify({ scenarios: { mine: { rules: [{ respond: { text: 'second' }, times: 'always' }] } } }) });
  const parsed = parseConfig(['--fixtures', first, '--fixtures', second], {});
  t.same(parsed.ok === true && parsed.config.fixtures, [first, second], 'the flag repeats');
  const fromEnv = parseConfig([], { RESPONSES_MOCK_FIXTURES: `${first}, ${second}` });
  t.same(fromEnv.ok === true && fromEnv.config.fixtures, [first, second], 'the variable is a comma-separated list');
  const textOf = async (app: ReturnType<typeof testApp>, scenario: string) => {
    const answer = await post(app, { url: OPENAI, body: { model: 'gpt-4o-mini', input: 'hi' }, headers: { 'x-mock-scenario': scenario } });
    return { status: answer.status, text: (answer.body.output?.[0]?.content as Array<{ text: string }> | undefined)?.[0]?.text };
  };
  const layered = testApp({ fixtures: [first, second] });
  t.same(await textOf(layered, 'mine'), { status: 200, text: 'second' }, 'the later folder wins');
  t.same(await textOf(layered, 'server-error'), { status: 200, text: 'not an error' }, 'a folder of the user\'s replaces a shipped scenario of its name');
  t.equal((await textOf(layered, 'rate-limited-then-ok')).status, 429, 'the other shipped scenarios stay');
  const own = testApp({ fixtures: [first], shippedFixtures: false });
  t.equal((await textOf(own, 'mine')).text, 'first');
  t.equal((await textOf(own, 'rate-limited-then-ok')).status, 400, 'without the shipped ones');
  const broken = folder({ 'x.yaml': 'scenarios:\n  bad:\n    rules: []\n' });
  t.throws(() => testApp({ fixtures: [first, broken] }), { message: /x\.yaml: scenarios\.bad\.rules/ }, 'a broken folder stops start-up');
});
