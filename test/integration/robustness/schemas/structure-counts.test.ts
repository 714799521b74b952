// Bodies whose arrays hold tens of thousands of entries where a request usually has a few (up to the 200,000 JSON
// values a body may hold: body-values.test.ts): a schema's `enum` and `required` lists, a conversation's
// input, `allowed_tools` naming every tool, `item_reference`s to every item of a stored input, a scenario rule
// naming thousands of tools. Each gets its ordinary answer in time linear in the list, never a 500 from the
// call stack's limit on arguments or a heap filled by repeated lists, nor a server blocked for minutes by a
// scan of one list for each entry of another.
import t from 'tap';
import { OPENAI, OPENROUTER, post, testApp } from '../../../helpers/app.js';

const names = (count: number, prefix: string): string[] => Array.from({ length: count }, (_, index) => `${prefix}${index}`);

t.test('an enum of 150,000 values is filled from, on both paths', async (t) => {
  const app = testApp();
  const tool = { type: 'function', name: 'pick', parameters: { type: 'object', properties: { choice: { enum: names(150_000, 'v') } }, required: ['choice'] } };
  for (const url of [OPENAI, OPENROUTER]) {
    const response = await post(app, { url, body: { model: 'gpt-4o', input: 'Pick v42', tools: [tool], tool_choice: 'required' } });
    t.equal(response.status, 200, url);
    const call = response.body.output?.find((item) => item.type === 'function_call');
    t.match(JSON.parse(String(call?.arguments)), { choice: /^v\d+$/ }, `${url}: a value of the enum`);
  }
});

t.test('a required list of 150,000 names is the usual 400', async (t) => {
  const app = testApp();
  const tool = { type: 'function', name: 'f', parameters: { type: 'object', properties: { a: { type: 'string' } }, required: names(150_000, 'r') } };
  const response = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: 'Call f', tools: [tool], tool_choice: 'required' } });
  t.equal(response.status, 400);
  t.match(response.body.error, { message: /^Invalid schema for function 'f': tools\[0\]\.parameters: 150000 required properties are beyond what the mock generates/, param: 'tools[0].parameters' });
});

t.test('a conversation takes 30,000 input items at once', async (t) => {
  const app = testApp();
  const headers = { 'x-mock-session': 'counts' };
  const created = await post(app, { url: '/v1/conversations', body: {}, headers });
  const conversation = String(created.body.id);
  const input = Array.from({ length: 30_000 }, (_, index) => ({ role: 'user', content: `m${index}` }));
  const response = await post(app, { url: OPENAI, body: { model: 'gpt-4o', conversation, input }, headers });
  t.equal(response.status, 200);
  const listed = await app.inject({ method: 'GET', url: `/v1/conversations/${conversation}/items?limit=1&order=asc`, headers });
  t.match(JSON.parse(listed.body), { data: [{ content: [{ text: 'm0' }] }], has_more: true }, 'the first item is kept');
});

t.test('allowed_tools naming each of 8,000 tools is looked up once per entry, on both paths', async (t) => {
  const app = testApp();
  const functions = names(8_000, 'f').map((name) => ({ type: 'function', name, parameters: { type: 'object', properties: { a: { type: 'string' } } } }));
  const choice = { type: 'allowed_tools', mode: 'required', tools: names(8_000, 'f').map((name) => ({ type: 'function', name })) };
  const bodies = [
    { url: OPENROUTER, tools: functions },
    { url: OPENAI, tools: [{ type: 'namespace', name: 'ns', description: 'Many functions', tools: functions }] },
  ];
  for (const { url, tools } of bodies) {
    const response = await post(app, { url, body: { model: 'gpt-4o', input: 'Call f7', tools, tool_choice: choice } });
    t.equal(response.status, 200, url);
    t.match(response.body.output?.find((item) => item.type === 'function_call'), { name: /^f\d+$/ }, `${url}: an allowed tool is called`);
  }
});

t.test('20,000 item_references into one stored input resolve, each through an index', async (t) => {
  const app = testApp();
  const headers = { 'x-mock-session': 'references' };
  const count = 20_000;
  const stored = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: names(count, 'm').map((text, index) => ({ type: 'message', id: `msg_${index}`, role: 'user', content: text })) }, headers });
  t.equal(stored.status, 200, 'stored');
  const references = Array.from({ length: count }, (_, index) => ({ type: 'item_reference', id: `msg_${count - 1 - index}` }));
  const response = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: [...references, { role: 'user', content: 'Again' }] }, headers });
  t.equal(response.status, 200);
  const listed = await app.inject({ method: 'GET', url: `/v1/responses/${String(response.body.id)}/input_items?limit=1&order=asc`, headers });
  t.match(JSON.parse(listed.body), { data: [{ id: `msg_${count - 1}`, content: [{ text: `m${count - 1}` }] }] }, 'the first reference is the last stored item');
});

t.test('a rule naming 10,000 tools, none of them among the 10,000 offered, is a miss of bounded words', async (t) => {
  const rules = [{ match: { tools: names(10_000, 'g') }, respond: { text: 'Never' } }];
  const app = testApp({ scenarios: { wide: { rules } }, strictScenarios: true, fixtures: false });
  const tools = names(10_000, 'f').map((name) => ({ type: 'function', name, parameters: { type: 'object', properties: {} } }));
  const response = await post(app, { url: OPENROUTER, body: { model: 'gpt-4o', input: 'Go', tools }, headers: { 'x-mock-scenario': 'wide' } });
  t.equal(response.status, 400);
  const error = response.body.error as { message: string };
  t.match(error, { message: /^No rule of scenario 'wide' matches turn 1 of session 'default'\. The closest is rule 1: tool 'g0' is not offered \(offered: f0, f1, .*, f19, … \(10000 in all\)\); .*; … and 9980 more\.$/ });
  t.ok(error.message.length < 10_000, `the message stays short (${error.message.length} characters)`);
});

t.test('5,000 function calls in history against 5,000 tools are each looked up once', async (t) => {
  const app = testApp();
  const count = 5_000;
  const tools = names(count, 'f').map((name) => ({ type: 'function', name, parameters: { type: 'object', properties: {} } }));
  const last = `f${count - 1}`;
  const history = Array.from({ length: count }, (_, index) => [
    { type: 'function_call', id: `fc_${index}`, call_id: `c${index}`, name: last, arguments: '{}' },
    { type: 'function_call_output', id: `fo_${index}`, call_id: `c${index}`, output: 'ok' },
  ]).flat();
  const response = await post(app, { url: OPENROUTER, body: { model: 'gpt-4o', input: [{ role: 'user', content: 'Go' }, ...history], tools } });
  t.equal(response.status, 200);
  const unknown = await post(app, { url: OPENROUTER, body: { model: 'gpt-4o', input: [{ role: 'user', content: 'Go' }, ...history, { type: 'function_call', id: 'fc_x', call_id: 'cx', name: 'g', arguments: '{}' }, { type: 'function_call_output', id: 'fo_x', call_id: 'cx', output: 'ok' }], tools: tools.slice(-3) } });
  t.match(unknown.body.error, { message: /^Invalid value for 'input\[10001\]\.name': 'g' matches no function in 'tools' \(defined: 'f4997', 'f4998', 'f4999'\)/ }, 'an unknown name is still refused');
});

t.test('a rule scripting 8,000 calls for a request of 8,000 tools and messages reads them once', async (t) => {
  const count = 8_000;
  const last = `f${count - 1}`;
  const app = testApp({ scenarios: { many: { rules: [{ respond: { calls: Array.from({ length: count }, () => ({ name: last, arguments: {} })) } }] } }, fixtures: false });
  const tools = names(count, 'f').map((name) => ({ type: 'function', name, parameters: { type: 'object', properties: {} } }));
  const input = names(count, 'm').map((text) => ({ role: 'user', content: text }));
  const response = await post(app, { url: OPENROUTER, body: { model: 'gpt-4o', input, tools }, headers: { 'x-mock-scenario': 'many' } });
  t.equal(response.status, 200);
  const calls = (response.body.output ?? []).filter((item) => item.type === 'function_call');
  t.equal(calls.length, count, 'every scripted call');
  t.ok(calls.every((call) => call.name === last), 'each to the offered tool');
});
