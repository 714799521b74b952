// Loading a whole fixture file through the admin API (POST /__mock/scenarios, JSON or YAML): every scenario in
// it or none; and the admin API's words for a body of the wrong shape (nothing, a file where one scenario goes).
import t from 'tap';
import { OPENAI, post, testApp } from '../../helpers/app.js';

const FILE = `scenarios:
  first:
    rules:
      - respond: { text: one }
  basic-tool-call:
    rules:
      - respond: { text: replaced }
`;

t.test('POST /__mock/scenarios loads or replaces every scenario of a fixture file', async (t) => {
  const app = testApp();
  const loaded = await app.inject({ method: 'POST', url: '/__mock/scenarios', headers: { 'content-type': 'application/yaml' }, payload: FILE });
  t.equal(loaded.statusCode, 200);
  t.same(loaded.json(), { loaded: ['first', 'basic-tool-call'], replaced: ['basic-tool-call'] });
  const answer = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: 'x' }, headers: { 'x-mock-scenario': 'basic-tool-call' } });
  t.match(answer.body.output, [{ content: [{ text: 'replaced' }] }], 'the replaced scenario answers');
  const json = await app.inject({ method: 'POST', url: '/__mock/scenarios', payload: { scenarios: { second: { rules: [{ respond: { text: 'two' } }] } } } });
  t.same(json.json(), { loaded: ['second'], replaced: [] }, 'as JSON too');
});

t.test('an invalid file loads nothing and lists every problem with its path', async (t) => {
  const app = testApp();
  const refused = await app.inject({ method: 'POST', url: '/__mock/scenarios', payload: { scenarios: { good: { rules: [{ respond: { text: 'x' } }] }, bad: { rules: [{ respnd: {} }] } } } });
  t.equal(refused.statusCode, 400);
  t.same(refused.json(), { error: {
    code: 'admin_invalid_scenario',
    message: 'The fixture file is invalid: 1 problem(s).',
    problems: ["scenarios.bad.rules[0]: unknown field 'respnd' (did you mean 'respond'?); known fields: name, match, respond, times"],
  } });
  t.equal((await app.inject({ method: 'GET', url: '/__mock/scenarios/good' })).statusCode, 404, 'nothing loaded');
  const one = await app.inject({ method: 'POST', url: '/__mock/scenarios', payload: { rules: [{ respond: {} }] } });
  t.same(one.json().error.problems, ['(top level): this is one scenario (\'rules\'), not a fixture file; a fixture file holds named scenarios: {"scenarios": {"<name>": {"rules": […]}}}']);
});

t.test('PUT /__mock/scenarios/:name says what is wrong with a body of the wrong shape', async (t) => {
  const app = testApp();
  const problems = async (payload: string, type = 'application/json') => (await app.inject({ method: 'PUT', url: '/__mock/scenarios/x', headers: { 'content-type': type }, payload })).json().error.problems;
  t.same(await problems(''), ['(top level): no scenario given; a scenario is an object with its \'rules\' ({"rules": [{"respond": {"text": "…"}}]})'], 'an empty body');
  t.same(await problems('', 'application/yaml'), await problems(''), 'an empty YAML body');
  t.same(await problems(JSON.stringify({ scenarios: { x: { rules: [{ respond: {} }] } } })), ["(top level): this is a fixture file ('scenarios' by name), not one scenario: give the object under one name (with its 'rules')"], 'a whole file');
});

t.test('a body that is not JSON is refused saying where', async (t) => {
  const app = testApp();
  const answer = await app.inject({ method: 'PUT', url: '/__mock/scenarios/x', headers: { 'content-type': 'application/json' }, payload: '{\n  "rules": [\n    {"respond": {"text": "a"}\n  ]\n}' });
  t.equal(answer.statusCode, 400);
  t.match(answer.json(), { error: { code: 'admin_bad_request', message: /^The body is not valid JSON: at line 4, column 3: / } });
});

t.test('a key written twice in a JSON body is refused, as a fixture file with it is, and nothing is loaded', async (t) => {
  const app = testApp();
  const payload = '{"scenarios": {\n  "s": {"rules": [{"respond": {"text": "one {\\"s\\": 1}"}}]},\n  "s": {"rules": [{"respond": {"text": "two"}}]}\n}}';
  const refused = await app.inject({ method: 'POST', url: '/__mock/scenarios', headers: { 'content-type': 'application/json' }, payload });
  t.equal(refused.statusCode, 400);
  t.same(refused.json(), { error: { code: 'admin_bad_request', message: "scenarios: the key 's' is written twice (again at line 3, column 3); JSON would keep only the last" } });
  t.equal((await app.inject({ method: 'GET', url: '/__mock/scenarios/s' })).statusCode, 404, 'nothing loaded');
  const put = await app.inject({ method: 'PUT', url: '/__mock/scenarios/x', headers: { 'content-type': 'application/json' }, payload: '{"rules": [{"respond": {"text": "a"}}], "rules": [{"respond": {"text": "b"}}]}' });
  t.equal(put.statusCode, 400, 'one scenario too');
});
