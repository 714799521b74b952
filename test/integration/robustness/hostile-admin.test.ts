// Admin bodies written to hurt: JSON that ends thousands of levels deep, text that is not JSON at all, a key
// written twice under thousands of long keys, thousands of unknown options, a megabyte option name (past 200,000
// JSON values, refused before they are parsed). Each is a JSON 400 that says where, answered without holding the
// server for seconds, and no larger than a page of text;
// YAML with a key written 40,000 times or nested 60,000 deep, likewise; YAML past 256 KiB is refused unread.
// A rule matching a header that plain objects inherit (`constructor`, or `__proto__` as YAML keeps it) is a
// header that is absent, not a server error on every request.
import t from 'tap';
import { testApp } from '../../helpers/app.js';

/** Runs `work` while a timer measures the longest time the event loop went without running it. */
async function longestStall<T>(work: () => Promise<T>): Promise<{ result: T; stallMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 5);
  try {
    const result = await work();
    stallMs = Math.max(stallMs, performance.now() - last);
    return { result, stallMs };
  } finally {
    clearInterval(timer);
  }
}

const postJson = (app: ReturnType<typeof testApp>, args: { method?: 'POST' | 'PUT'; url: string; payload: string }) =>
  app.inject({ method: args.method ?? 'POST', url: args.url, headers: { 'content-type': 'application/json' }, payload: args.payload });

t.test('JSON that ends too soon, 150,000 levels deep, is placed at its end at once; a million is refused by its count', async (t) => {
  const app = testApp();
  await postJson(app, { url: '/__mock/scenarios', payload: '{"scenarios":{}}' });
  // The place was once looked for by the YAML parser: 10 to 30 s and a gigabyte for a megabyte of this.
  const { result, stallMs } = await longestStall(() => postJson(app, { url: '/__mock/scenarios', payload: '['.repeat(150_000) }));
  t.equal(result.statusCode, 400);
  t.equal(result.json().error.message, 'The body is not valid JSON: at line 1, column 150001: Unexpected end of JSON input');
  t.ok(stallMs < 5_000, `the event loop ran again within ${Math.round(stallMs)} ms`);
  // Each '[' opens an array: past 200,000 values the body is refused before it is parsed.
  const million = await longestStall(() => postJson(app, { url: '/__mock/scenarios', payload: '['.repeat(1_000_000) }));
  t.match(million.result.json().error, { code: 'admin_bad_request', message: /^The request body holds more than 200,000 JSON values/ });
  t.ok(million.stallMs < 5_000, `the event loop ran again within ${Math.round(million.stallMs)} ms`);
});

t.test('the place of a mistake JSON.parse names without a position', async (t) => {
  const app = testApp();
  const cases: Array<[string, string]> = [
    ['x'.repeat(1 << 20), 'line 1, column 1'],
    ['{"scenarios": {\n  "a": {"rules": [tru]}}}', 'line 2, column 22'],
    ['{"scenarios": {\n  "a": {"rules": [1,\n', 'line 3, column 1'],
    ['{"a": \'b\'}', 'line 1, column 7'],
  ];
  for (const [payload, place] of cases) {
    const response = await postJson(app, { url: '/__mock/scenarios', payload });
    t.equal(response.statusCode, 400, place);
    t.match(response.json().error.message, new RegExp(`^The body is not valid JSON: at ${place}: `), JSON.stringify(payload.slice(0, 40)));
  }
});

t.test('a key written twice under 20,000 long keys is named in brief', async (t) => {
  const app = testApp();
  const open = `{"${'k'.repeat(200)}":`.repeat(20_000);
  const payload = `${open}{${Array.from({ length: 30 }, () => '"x":1').join(',')}}${'}'.repeat(20_000)}`;
  const response = await postJson(app, { url: '/__mock/scenarios', payload });
  t.equal(response.statusCode, 400);
  // Each of the 20 problems once carried the whole 4 MB path: an 80 MB answer.
  t.ok(response.body.length < 20_000, `an answer of ${response.body.length} characters`);
  t.match(response.json().error.message, /^k{200}…: the key 'x' is written twice \(again at line 1, column \d+\); JSON would keep only the last/);
});

t.test('thousands of unknown options: the first hundred listed and the rest counted', async (t) => {
  const app = testApp();
  const respond = Object.fromEntries(Array.from({ length: 5_000 }, (_, index) => [`option${index}`, 1]));
  for (const [method, url, payload] of [
    ['PUT', '/__mock/sessions/s1/scenario', { scenario: { rules: [{ respond }] } }],
    ['PUT', '/__mock/scenarios/many', { rules: [{ respond }] }],
    ['POST', '/__mock/scenarios', { scenarios: { many: { rules: [{ respond }] } } }],
  ] as const) {
    const response = await postJson(app, { method, url, payload: JSON.stringify(payload) });
    t.equal(response.statusCode, 400, url);
    const { error } = response.json() as { error: { message: string; problems: string[] } };
    t.match(error.message, /invalid: 5000 problem\(s\)\.$/, `${url}: all are counted`);
    t.equal(error.problems.length, 101, `${url}: a hundred are listed`);
    t.match(error.problems[0], /respond: unknown field 'option0'; known fields: text, json/);
    t.equal(error.problems[100], '… and 4900 more problem(s), not listed');
  }
});

t.test('a megabyte option name is cut in the problem that names it', async (t) => {
  const app = testApp();
  const payload = JSON.stringify({ scenario: { rules: [{ respond: { ['t'.repeat(1 << 20)]: 1 } }] } });
  const response = await postJson(app, { method: 'PUT', url: '/__mock/sessions/s1/scenario', payload });
  t.equal(response.statusCode, 400);
  t.ok(response.body.length < 5_000, `an answer of ${response.body.length} characters`);
  t.match(response.json().error.problems, [/^rules\[0\]\.respond: unknown field 'tttt+…t+'; known fields: text, json/]);
});

t.test('90,000 unknown keys: a bounded answer, and the server still answers; a million are refused by their count', async (t) => {
  const app = testApp();
  const keys = (count: number): string => `{${Array.from({ length: count }, (_, index) => `"k${index}":1`).join(',')}}`;
  const response = await postJson(app, { url: '/__mock/scenarios', payload: keys(90_000) });
  t.equal(response.statusCode, 400);
  // Once 73 MB listing every key of a million (and 12 s to word them).
  t.ok(response.body.length < 50_000, `an answer of ${response.body.length} characters`);
  t.match(response.json().error.message, /^The fixture file is invalid: more than 100 problem\(s\)\.$/);
  t.equal((await app.inject({ method: 'GET', url: '/health' })).statusCode, 200);
  const million = await postJson(app, { url: '/__mock/scenarios', payload: keys(1_000_000) });
  t.match(million.json().error, { code: 'admin_bad_request', message: /^The request body holds more than 200,000 JSON values/ });
});

t.test('YAML: 40,000 keys written alike are found in one pass, the first 20 listed', async (t) => {
  const app = testApp();
  await app.inject({ method: 'PUT', url: '/__mock/scenarios/warm', headers: { 'content-type': 'application/yaml' }, payload: 'rules:\n  - respond: {text: hi}\n' });
  const payload = Array.from({ length: 40_000 }, () => 'k: 1').join('\n');
  // The parser's own check compares each key with all before it, and each repeat was then looked up again: over
  // five minutes here.
  const { result, stallMs } = await longestStall(() => app.inject({ method: 'PUT', url: '/__mock/scenarios/keys', headers: { 'content-type': 'application/yaml' }, payload }));
  t.equal(result.statusCode, 400);
  const problems = String(result.json().error.message).split('; ');
  t.equal(problems.length, 20, 'twenty listed, not 39,999');
  t.equal(problems[0], "invalid YAML at line 2, column 1: the key 'k' is written twice in one mapping (keys must be unique)");
  t.ok(stallMs < 10_000, `the event loop ran again within ${Math.round(stallMs)} ms`);
});

t.test('YAML nested 60,000 deep: one problem for the nesting, and at most 20 in all', async (t) => {
  const app = testApp();
  const response = await app.inject({ method: 'PUT', url: '/__mock/scenarios/deep', headers: { 'content-type': 'application/yaml' }, payload: '{a: '.repeat(60_000) });
  t.equal(response.statusCode, 400);
  const message = String(response.json().error.message);
  t.match(message, /^invalid YAML at line 1, column \d+: nests more than 256 levels deep; /);
  t.ok(message.split('; ').length <= 20, `${message.split('; ').length} problems listed`);
  t.ok(response.body.length < 5_000, `an answer of ${response.body.length} characters`);
});

t.test('thousands of scenarios: an unknown name is answered with their number and the nearest names, not all of them', async (t) => {
  const app = testApp({ fixtures: false });
  const scenarios = Object.fromEntries(Array.from({ length: 5_000 }, (_, index) => [`s${String(index).padStart(4, '0')}`, { rules: [{ respond: { text: 'x' } }] }]));
  t.equal((await postJson(app, { url: '/__mock/scenarios', payload: JSON.stringify({ scenarios }) })).statusCode, 200);
  const create = await app.inject({ method: 'POST', url: '/v1/responses', headers: { 'content-type': 'application/json', 'x-mock-scenario': 'nope' }, payload: '{"model":"gpt-4o","input":"hi"}' });
  t.equal(create.statusCode, 400);
  const get = await app.inject({ method: 'GET', url: '/__mock/scenarios/nope' });
  const chosen = await postJson(app, { method: 'PUT', url: '/__mock/sessions/a/scenario', payload: '{"scenario":"s00001"}' });
  // Each of these once listed all 5,000 names.
  for (const [what, answer] of [['x-mock-scenario', create], ['GET /__mock/scenarios/:name', get], ['a session\'s choice', chosen]] as const) {
    const message = String(answer.json().error.message);
    t.ok(message.length < 400, `${what}: a message of ${message.length} characters`);
    t.match(message, /5000 scenarios are loaded/, `${what}: says how many`);
  }
  t.match(chosen.json().error.message, /s0000/, 'a near miss names its nearest');
});

t.test('a YAML body past 256 KiB is refused before it is parsed, saying to send JSON; the same file as JSON loads', async (t) => {
  const app = testApp({ fixtures: false });
  const scenarios = Object.fromEntries(Array.from({ length: 6_000 }, (_, index) => [`s${index}`, { rules: [{ respond: { text: 'x' } }] }]));
  const yaml = `scenarios:\n${Object.keys(scenarios).map((name) => `  ${name}:\n    rules:\n      - respond: {text: x}\n`).join('')}`;
  t.ok(yaml.length > 256 * 1024, `${yaml.length} characters of YAML`);
  const { result, stallMs } = await longestStall(() => app.inject({ method: 'POST', url: '/__mock/scenarios', headers: { 'content-type': 'application/yaml' }, payload: yaml }));
  t.equal(result.statusCode, 400);
  t.same(result.json().error, { code: 'admin_bad_request', message: 'The YAML body is larger than 256 KiB, the limit for YAML (it parses slowly): send it as JSON (application/json), up to --body-limit.' });
  t.ok(stallMs < 1_000, `the event loop ran again within ${Math.round(stallMs)} ms`);
  const json = await postJson(app, { url: '/__mock/scenarios', payload: JSON.stringify({ scenarios }) });
  t.equal(json.statusCode, 200);
  t.equal(json.json().loaded.length, 6_000);
});

t.test('with --body-limit below 256 KiB, a YAML body past it is told of --body-limit, not of the YAML limit', async (t) => {
  const app = testApp({ fixtures: false, bodyLimit: 4096 });
  const yaml = `rules:\n${'  - respond: {text: x}\n'.repeat(400)}`;
  const response = await app.inject({ method: 'PUT', url: '/__mock/scenarios/big', headers: { 'content-type': 'application/yaml' }, payload: yaml });
  t.equal(response.statusCode, 400);
  t.same(response.json().error, { code: 'admin_bad_request', message: 'Request body is too large: it exceeds the body limit of 4096 bytes. Raise it with --body-limit or RESPONSES_MOCK_BODY_LIMIT.' });
});

t.test('a rule on a header named constructor or __proto__: the header is absent, the next rule answers', async (t) => {
  const app = testApp();
  t.teardown(() => app.close());
  const yaml = (name: string) => `rules:\n  - match:\n      headers:\n        ${name}: {contains: "n"}\n    respond: {text: matched}\n  - respond: {text: not matched}\n`;
  for (const name of ['constructor', '__proto__']) {
    const put = await app.inject({ method: 'PUT', url: `/__mock/scenarios/on-${name.replaceAll('_', '')}`, headers: { 'content-type': 'application/yaml' }, payload: yaml(name) });
    t.equal(put.statusCode, 201, put.body);
    const answer = await app.inject({
      method: 'POST',
      url: '/v1/responses',
      headers: { 'content-type': 'application/json', 'x-mock-scenario': `on-${name.replaceAll('_', '')}` },
      payload: JSON.stringify({ model: 'gpt-4o-mini', input: 'hi' }),
    });
    t.equal(answer.statusCode, 200, `${name}: ${answer.body.slice(0, 200)}`);
    t.equal(JSON.parse(answer.body).output?.[0]?.content?.[0]?.text, 'not matched', name);
  }
});
