// Namespaces, defer_loading and tool search through inject: server- and client-executed searches, the call to
// the loaded tool, replays of both in history, additional_tools, and the requests the services refuse.
import t from 'tap';
import { OPENAI, OPENROUTER, post, testApp, timeTool, weatherTool } from '../../helpers/app.js';
import type { Wire } from '../../helpers/wire.js';

const deferred = { ...weatherTool, defer_loading: true };
const prompt = 'What is the weather in Paris?';
const types = (output: Wire[] | undefined) => (output ?? []).map((item) => item.type);

t.test('server tool search: tool_search_call, tool_search_output, then the call namespaced by its own name', async (t) => {
  const app = testApp();
  const { status, body } = await post(app, { url: OPENAI, body: { model: 'gpt-4.1', input: prompt, tools: [deferred, timeTool, { type: 'tool_search' }] } });
  t.equal(status, 200);
  t.same(types(body.output), ['tool_search_call', 'tool_search_output', 'function_call']);
  const [search, loaded, call] = body.output as Wire[];
  t.same(search, { id: search!.id, type: 'tool_search_call', status: 'completed', arguments: { paths: ['get_weather'] }, call_id: null, execution: 'server' });
  t.match(search!.id, /^tsc_[0-9a-f]{50}$/);
  t.match(loaded, { id: /^tso_[0-9a-f]{50}$/, status: 'completed', call_id: null, execution: 'server', tools: [{ type: 'function', name: 'get_weather', defer_loading: true }] });
  t.match(call, { type: 'function_call', name: 'get_weather', namespace: 'get_weather', arguments: /Paris/ });
  t.same((body.tools as Wire[]).at(-1), { type: 'tool_search', description: null, parameters: null }, 'tool_search echoed with nulls');
  t.same(Object.keys((body.tools as Wire[])[0]!), ['type', 'defer_loading', 'description', 'name', 'parameters', 'strict'], 'deferred function echo order');
  const next = await post(app, { url: OPENAI, body: {
    model: 'gpt-4.1', tools: [deferred, timeTool, { type: 'tool_search' }], store: false,
    input: [{ role: 'user', content: prompt }, search, loaded, call, { type: 'function_call_output', call_id: call!.call_id, output: 'sunny' }],
  } });
  t.equal(next.status, 200, 'the replayed search items and the namespaced call are accepted');
  t.same(types(next.body.output), ['message']);
  const again = await post(app, { url: OPENROUTER, body: {
    model: 'openai/gpt-4.1', tools: [deferred, timeTool, { type: 'openrouter:tool_search' }],
    input: [{ role: 'user', content: prompt }, { ...call, id: 'fc_1' }, { type: 'function_call_output', id: 'fco_1', call_id: call!.call_id, output: 'sunny' }],
  } });
  t.equal(again.status, 200, 'OpenRouter strict history knows the namespaced call');
});

t.test('client tool search: the response ends with the call, the client loads the tool, then it is called', async (t) => {
  const app = testApp();
  const search = { type: 'tool_search', execution: 'client', description: 'Find tools.', parameters: { type: 'object', properties: { goal: { type: 'string' } }, required: ['goal'], additionalProperties: false } };
  const tools = [deferred, search];
  const first = await post(app, { url: OPENAI, body: { model: 'gpt-4.1', input: prompt, tools, store: false } });
  t.same(types(first.body.output), ['tool_search_call']);
  const call = first.body.output![0] as Wire;
  t.match(call, { id: /^tsc_/, status: 'completed', call_id: /^call_[A-Za-z0-9]{24}$/, execution: 'client', arguments: { goal: /Paris/ } });
  const second = await post(app, { url: OPENAI, body: {
    model: 'gpt-4.1', tools, store: false,
    input: [{ role: 'user', content: prompt }, call, { type: 'tool_search_output', call_id: call.call_id, execution: 'client', status: 'completed', tools: [weatherTool] }],
  } });
  t.equal(second.status, 200);
  t.match(second.body.output, [{ type: 'function_call', name: 'get_weather', namespace: 'get_weather' }]);
  t.match((second.body.tools as Wire[]).at(-1), { type: 'namespace', name: 'get_weather', tools: [{ type: 'function', name: 'get_weather' }] }, 'the loaded tool echoed as a namespace');
});

t.test('namespaces: the call names the inner tool and carries the namespace; outputs may carry name and namespace', async (t) => {
  const app = testApp();
  const crm = { type: 'namespace', name: 'crm', description: 'CRM tools.', tools: [{ type: 'function', name: 'lookup', description: 'Look up a customer record', parameters: { type: 'object', properties: { query: { type: 'string' } }, required: ['query'] } }] };
  const first = await post(app, { url: OPENAI, body: { model: 'gpt-4.1', input: 'Call crm.lookup with query ping.', tools: [crm] } });
  t.match(first.body.output, [{ type: 'function_call', name: 'lookup', namespace: 'crm' }]);
  const call = first.body.output![0] as Wire;
  const second = await post(app, { url: OPENAI, body: { model: 'gpt-4.1', tools: [crm], input: [{ role: 'user', content: 'Call crm.lookup with query ping.' }, call, { type: 'function_call_output', call_id: call.call_id, name: 'lookup', namespace: 'crm', output: 'pong' }] } });
  t.equal(second.status, 200);
});

t.test('additional_tools input items offer more tools', async (t) => {
  const app = testApp();
  const answer = await post(app, { url: OPENAI, body: { model: 'gpt-4.1', input: [{ type: 'additional_tools', role: 'developer', tools: [weatherTool] }, { role: 'user', content: prompt }] } });
  t.match(answer.body.output, [{ type: 'function_call', name: 'get_weather' }]);
  const bad = await post(app, { url: OPENAI, body: { model: 'gpt-4.1', input: [{ type: 'additional_tools', role: 'developer', tools: [{ type: 'function' }] }, { role: 'user', content: prompt }] } });
  t.equal(bad.status, 400);
  t.match(bad.body.error, { param: 'input[0].tools[0].name' });
});

t.test('refusals: deferred tools without tool search; tool_choice against openrouter:tool_search', async (t) => {
  const app = testApp();
  const missing = await post(app, { url: OPENAI, body: { model: 'gpt-4.1', input: prompt, tools: [deferred] } });
  t.equal(missing.status, 400);
  t.same(missing.body.error, { message: "Invalid Value: 'tools.defer_loading'. Deferred tools require tools.tool_search.", type: 'invalid_request_error', param: 'tools.defer_loading', code: 'invalid_value' });
  const conflict = await post(app, { url: OPENROUTER, body: { model: 'openai/gpt-4o', input: prompt, tools: [deferred, timeTool, { type: 'openrouter:tool_search' }], tool_choice: 'required' } });
  t.equal(conflict.status, 400);
  t.match(conflict.body.error, { message: /^`tool_choice` conflicts with `openrouter:tool_search`/ });
  const allowed = await post(app, { url: OPENROUTER, body: { model: 'openai/gpt-4o', input: prompt, tools: [deferred, timeTool, { type: 'openrouter:tool_search' }] } });
  t.same(types(allowed.body.output), ['openrouter:tool_search', 'function_call']);
  t.match(allowed.body.output![0], { status: 'completed', query: 'get_weather' });
  t.match((allowed.body.output![0] as Wire).id, /^ts_tmp_[a-z0-9]{11}$/);
});
