// Scenarios too deep, too large or expanding without bound are refused before anything is stored, from every
// source (admin API in JSON and YAML, fixture files, code); what is stored always serialises again.
import t from 'tap';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMockServer } from '../../../src/index.js';
import { loadFixtures } from '../../../src/scenarios/load.js';
import { OPENAI, post, testApp } from '../../helpers/app.js';

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const deepJson = (depth: number) => `{"rules":[{"times":"always","respond":{"json":${nested(depth)}}}]}`;
const DEEP_PROBLEM = /^rules\[0\]\.respond\.json\[0\]\[0\]\[0\]\[0\]…: nests more than 256 levels deep$/;

t.test('a scenario nested 20,000 deep is a 400, and nothing is stored', async (t) => {
  const app = testApp();
  const put = await app.inject({ method: 'PUT', url: '/__mock/scenarios/deep', headers: { 'content-type': 'application/json' }, payload: deepJson(20_000) });
  t.equal(put.statusCode, 400);
  t.equal(put.json().error.code, 'admin_invalid_scenario');
  t.match(put.json().error.problems, [DEEP_PROBLEM]);
  t.equal((await app.inject({ method: 'GET', url: '/__mock/scenarios/deep' })).statusCode, 404, 'not stored');
  const list = await app.inject({ method: 'GET', url: '/__mock/scenarios' });
  t.equal(list.statusCode, 200);
  t.ok(list.json().scenarios['basic-tool-call'], 'the list still serialises');
  const created = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: 'hi' }, headers: { 'x-mock-scenario': 'deep' } });
  t.equal(created.status, 400, 'an unknown scenario, not a 500');
});

t.test('nesting up to the limit is kept and lists again', async (t) => {
  const app = testApp({ fixtures: false });
  const put = await app.inject({ method: 'PUT', url: '/__mock/scenarios/ok', headers: { 'content-type': 'application/json' }, payload: deepJson(252) });
  t.equal(put.statusCode, 201);
  t.equal((await app.inject({ method: 'GET', url: '/__mock/scenarios' })).json().scenarios.ok.rules[0].respond.json.length, 1);
  const over = await app.inject({ method: 'PUT', url: '/__mock/scenarios/over', headers: { 'content-type': 'application/json' }, payload: deepJson(253) });
  t.equal(over.statusCode, 400, 'the scenario, rules, the rule and respond are 4 levels: 253 more make 257');
});

t.test('a deep YAML scenario is refused the same way', async (t) => {
  const yaml = `rules:\n  - respond:\n      json: ${nested(400)}\n`;
  const put = await testApp().inject({ method: 'PUT', url: '/__mock/scenarios/deep', headers: { 'content-type': 'application/yaml' }, payload: yaml });
  t.equal(put.statusCode, 400);
  t.match(put.json().error.problems, [DEEP_PROBLEM]);
});

t.test('YAML nested 20,000 deep, in flow or block style, is a 400 naming where, not the parser\'s stack', async (t) => {
  const app = testApp();
  const documents = {
    flow: `rules:\n  - respond:\n      json: ${nested(20_000)}\n`,
    block: `rules:\n  - respond:\n      json:\n        ${'- '.repeat(20_000)}1\n`,
  };
  for (const [style, yaml] of Object.entries(documents)) {
    const put = await app.inject({ method: 'PUT', url: `/__mock/scenarios/${style}`, headers: { 'content-type': 'application/yaml' }, payload: yaml });
    t.equal(put.statusCode, 400, style);
    t.equal(put.json().error.code, 'admin_bad_request', style);
    t.match(put.json().error.message, /^invalid YAML at line [34], column \d+: nests more than 256 levels deep$/, style);
  }
  const dir = mkdtempSync(join(tmpdir(), 'fixtures-'));
  writeFileSync(join(dir, 'deep.yaml'), `scenarios:\n  deep:\n    rules:\n      - respond:\n          json: ${nested(20_000)}\n`);
  const result = loadFixtures(dir, { displayBase: dir });
  t.same(result.ok ? [] : result.problems.map((problem) => problem.replace(/column \d+/, 'column C')), ['deep.yaml: (file): invalid YAML at line 5, column C: nests more than 256 levels deep']);
});

t.test('a YAML scenario whose aliases expand more than 100 times is a 400 naming it', async (t) => {
  const yaml = `x: &x 1\nrules:\n  - respond: {text: hi}\n    list: [${Array(101).fill('*x').join(',')}]\n`;
  const put = await testApp().inject({ method: 'PUT', url: '/__mock/scenarios/bomb', headers: { 'content-type': 'application/yaml' }, payload: yaml });
  t.equal(put.statusCode, 400);
  t.equal(put.json().error.code, 'admin_bad_request');
  t.match(put.json().error.message, /invalid YAML: its aliases \(\*name\) expand to more than 100 copies/);
});

t.test('fixture files: too deep, too many aliases', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'fixtures-'));
  writeFileSync(join(dir, 'deep.json'), `{"scenarios":{"deep":${deepJson(20_000)}}}`);
  writeFileSync(join(dir, 'bomb.yaml'), `x: &x 1\nscenarios:\n  b:\n    rules:\n      - respond: {text: hi}\n        list: [${Array(101).fill('*x').join(',')}]\n`);
  const result = loadFixtures(dir, { displayBase: dir });
  t.notOk(result.ok);
  t.match(result.ok ? [] : result.problems, [
    /^bomb\.yaml: \(file\): invalid YAML: its aliases \(\*name\) expand to more than 100 copies/,
    /^deep\.json: scenarios\.deep\.rules\[0\]\.respond\.json\[0\]\[0\]\[0\]\[0\]…: nests more than 256 levels deep$/,
  ]);
});

t.test('scenarios from code: too deep, cyclic or too large', async (t) => {
  const deep = JSON.parse(deepJson(20_000)) as never;
  t.throws(() => testApp({ scenarios: { deep } }), /scenarios\.deep: rules\[0\]\.respond\.json\[0\]\[0\]\[0\]\[0\]…: nests more than 256 levels deep/);
  const server = await startMockServer({ fixtures: false });
  t.teardown(() => server.close());
  t.throws(() => server.useScenario(deep), /nests more than 256 levels deep/);
  const cyclic = { rules: [{ respond: { json: {} as Record<string, unknown> } }] };
  cyclic.rules[0]!.respond.json.self = cyclic;
  t.throws(() => server.useScenario(cyclic as never), /nests more than 256 levels deep/);
  t.throws(() => server.useScenario({ rules: [{ respond: { text: 'x'.repeat(65 * 1024 * 1024) } }] }), /\(top level\): the scenario is too large \(more than 64 MiB as JSON\)/);
  t.same(server.app.mock.scenarios.names(), [], 'nothing stored');
});
