// The /__mock admin API: scenarios round-trip in the file format, invalid ones list every problem, sessions
// can be inspected and reset, the token guards it and --no-admin removes it; --watch reloads fixtures.
import t from 'tap';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OPENAI, post, testApp, weatherTool } from '../../helpers/app.js';

t.test('scenarios: list, fetch, edit and send back, delete', async (t) => {
  const app = testApp();
  const all = (await app.inject({ method: 'GET', url: '/__mock/scenarios' })).json();
  t.ok(all.scenarios['basic-tool-call'], 'shipped scenarios are listed in the file format');
  const one = (await app.inject({ method: 'GET', url: '/__mock/scenarios/basic-tool-call' })).json();
  t.same(one, all.scenarios['basic-tool-call']);
  one.rules[1].respond.text = 'Edited answer.';
  const put = await app.inject({ method: 'PUT', url: '/__mock/scenarios/basic-tool-call', payload: one });
  t.equal(put.statusCode, 200, 'replaced');
  t.equal((await app.inject({ method: 'GET', url: '/__mock/scenarios/basic-tool-call' })).json().rules[1].respond.text, 'Edited answer.');
  const created = await app.inject({ method: 'PUT', url: '/__mock/scenarios/mine', payload: { rules: [{ respond: { text: 'hi' } }] } });
  t.equal(created.statusCode, 201);
  const used = await post(app, { url: OPENAI, body: { model: 'm', input: 'x' }, headers: { 'x-mock-scenario': 'mine' } });
  t.equal(used.body.output![0]!.content && (used.body.output![0]!.content as Array<{ text: string }>)[0]!.text, 'hi');
  t.equal((await app.inject({ method: 'DELETE', url: '/__mock/scenarios/mine' })).statusCode, 200);
  t.equal((await app.inject({ method: 'DELETE', url: '/__mock/scenarios/mine' })).statusCode, 404);
  t.equal((await app.inject({ method: 'GET', url: '/__mock/scenarios/mine' })).statusCode, 404);
});

t.test('an invalid scenario is refused with every problem listed', async (t) => {
  const response = await testApp().inject({ method: 'PUT', url: '/__mock/scenarios/bad', payload: { rules: [{ respnd: {} }, { respond: { calls: [{}] }, times: -1 }] } });
  t.equal(response.statusCode, 400);
  const { error } = response.json();
  t.match(error.message, /Scenario 'bad' is invalid/);
  t.match(error.problems, [/^rules\[0\]: unknown field 'respnd' \(did you mean 'respond'\?\)/, /^rules\[1\]\.respond\.calls\[0\]: 'name' is required$/, /^rules\[1\]\.times: must be >= 1$/]);
  t.equal(error.problems.length, 3, "a mistyped 'respond' is one problem, not also a missing one");
});

t.test('sessions: inspect, default scenario, reset', async (t) => {
  const app = testApp();
  const tools = [{ ...weatherTool, name: 'get_weather' }];
  await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: 'x', tools }, headers: { 'x-mock-session': 's', 'x-mock-scenario': 'basic-tool-call' } });
  const state = (await app.inject({ method: 'GET', url: '/__mock/sessions/s' })).json();
  t.match(state, { id: 's', progress: { 'basic-tool-call': { turn: 1, uses: [1, 0] } }, storedResponses: 1, journalEntries: 1 });
  t.equal((await app.inject({ method: 'PUT', url: '/__mock/sessions/s/scenario', payload: { scenario: 'nope' } })).statusCode, 404);
  t.equal((await app.inject({ method: 'POST', url: '/__mock/reset?session=s' })).statusCode, 200);
  t.equal((await app.inject({ method: 'GET', url: '/__mock/sessions/s' })).statusCode, 404, 'forgotten');
  await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: 'x' }, headers: { 'x-mock-session': 'u' } });
  await app.inject({ method: 'POST', url: '/__mock/reset' });
  t.equal((await app.inject({ method: 'GET', url: '/__mock/sessions/u' })).statusCode, 404, 'reset without a session resets all');
});

t.test('the admin token and --no-admin', async (t) => {
  const guarded = testApp({ adminToken: 's3cret' });
  t.equal((await guarded.inject({ method: 'GET', url: '/__mock/scenarios' })).statusCode, 401);
  t.equal((await guarded.inject({ method: 'GET', url: '/__mock/scenarios', headers: { authorization: 'Bearer wrong' } })).statusCode, 401);
  t.equal((await guarded.inject({ method: 'GET', url: '/__mock/scenarios', headers: { authorization: 'Bearer s3cret' } })).statusCode, 200);
  t.equal((await guarded.inject({ method: 'GET', url: '/__mock/requests', headers: { 'x-mock-admin-token': 's3cret' } })).statusCode, 200);
  const off = testApp({ admin: false });
  t.equal((await off.inject({ method: 'GET', url: '/__mock/scenarios' })).statusCode, 404);
});

t.test('--watch reloads fixtures and keeps the old ones when an edit is broken', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'watch-'));
  const file = join(dir, 'a.yaml');
  writeFileSync(file, 'scenarios:\n  w:\n    rules:\n      - respond: { text: one }\n        times: always\n');
  const app = testApp({ fixtures: dir, watch: true });
  t.teardown(() => app.close());
  await app.ready();
  const text = async () => ((await post(app, { url: OPENAI, body: { model: 'm', input: 'x' }, headers: { 'x-mock-scenario': 'w' } })).body.output?.[0]?.content as Array<{ text: string }> | undefined)?.[0]?.text;
  t.equal(await text(), 'one');
  writeFileSync(file, 'scenarios:\n  w:\n    rules:\n      - respond: { text: two }\n        times: always\n');
  t.ok(await until(async () => (await text()) === 'two'), 'reloaded');
  writeFileSync(file, 'scenarios:\n  w:\n    rules: []\n');
  await new Promise((resolve) => setTimeout(resolve, 400));
  t.equal(await text(), 'two', 'a broken edit keeps the previous scenarios');
});

async function until(check: () => Promise<boolean>, ms = 3000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

t.test('a session is given a scenario definition of its own in one call, as workers in parallel need', async (t) => {
  const app = testApp();
  const give = (session: string, payload: object) => app.inject({ method: 'PUT', url: `/__mock/sessions/${session}/scenario`, payload });
  const define = (text: string) => ({ rules: [{ respond: { text }, times: 'always' } ] });
  t.same((await give('w1', { scenario: define('worker one'), name: 'weather' })).json(), { session: 'w1', scenario: 'weather' });
  t.same((await give('w2', { scenario: define('worker two'), name: 'weather' })).json(), { session: 'w2', scenario: 'weather' });
  const textOf = async (session: string) => ((await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: 'x' }, headers: { 'x-mock-session': session } })).body.output![0]!.content as Array<{ text: string }>)[0]!.text;
  t.same([await textOf('w1'), await textOf('w2')], ['worker one', 'worker two'], 'each session answers from its own definition');
  t.match((await give('w3', { scenario: define('x') })).json(), { session: 'w3', scenario: /^inline-\d+$/ }, 'a definition without a name gets one');
  const invalid = await give('w4', { scenario: { rules: [{ respnd: {} }] }, name: 'no good' });
  t.equal(invalid.statusCode, 400);
  t.same(invalid.json().error, {
    code: 'admin_invalid_scenario',
    message: "The scenario for session 'w4' is invalid: 2 problem(s).",
    problems: ["(name): 'no good' is not a scenario name (letters, digits, _ . : -; at most 128 characters, starting with a letter or digit)", "rules[0]: unknown field 'respnd' (did you mean 'respond'?); known fields: name, match, respond, times"],
  });
  t.equal((await give('w5', { scenario: 'nope' })).statusCode, 404, 'an unknown name');
});
