// OpenAI path state: store, GET/DELETE, input_items, previous_response_id, item_reference, and sessions.
import t from 'tap';
import { OPENAI, OPENROUTER, post, testApp, weatherTool } from '../helpers/app.js';

t.test('a stored response can be fetched, listed and deleted', async (t) => {
  const app = testApp();
  const created = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: 'Reply exactly with: hi' } });
  const id = created.body.id as string;
  const fetched = await app.inject({ method: 'GET', url: `/v1/responses/${id}` });
  t.equal(fetched.statusCode, 200);
  t.same(fetched.json(), created.body);
  const items = await app.inject({ method: 'GET', url: `/v1/responses/${id}/input_items` });
  t.match(items.json(), { object: 'list', data: [{ id: /^msg_[0-9a-f]{50}$/, type: 'message', role: 'user', content: [{ type: 'input_text', text: 'Reply exactly with: hi' }], status: 'completed' }], has_more: false });
  const deleted = await app.inject({ method: 'DELETE', url: `/v1/responses/${id}` });
  t.same(deleted.json(), { id, object: 'response.deleted', deleted: true });
  const gone = await app.inject({ method: 'GET', url: `/v1/responses/${id}` });
  t.equal(gone.statusCode, 404);
  t.match(gone.json(), { error: { type: 'invalid_request_error', message: new RegExp(id) } });
});

t.test('store: false keeps nothing', async (t) => {
  const app = testApp();
  const created = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: 'hi', store: false } });
  t.equal(created.body.store, false);
  t.equal((await app.inject({ method: 'GET', url: `/v1/responses/${created.body.id as string}` })).statusCode, 404);
});

t.test('previous_response_id continues a stored conversation', async (t) => {
  const app = testApp();
  const first = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: 'What is the weather in Paris?', tools: [weatherTool] } });
  const call = first.body.output![0]!;
  t.equal(call.type, 'function_call');
  const second = await post(app, {
    url: OPENAI,
    body: { model: 'gpt-4o', tools: [weatherTool], previous_response_id: first.body.id, input: [{ type: 'function_call_output', call_id: call.call_id, output: '{"temperature":22}' }] },
  });
  t.equal(second.status, 200, 'the output pairs with the call stored in the chain');
  t.equal(second.body.previous_response_id, first.body.id);
  t.equal(second.body.output![0]!.type, 'message');
  const orphan = await post(app, { url: OPENAI, body: { model: 'gpt-4o', tools: [weatherTool], input: [{ type: 'function_call_output', call_id: call.call_id, output: 'x' }] } });
  t.equal(orphan.status, 400, 'without the chain the same output is an orphan');
  const duplicate = await post(app, {
    url: OPENAI,
    body: { model: 'gpt-4o', tools: [weatherTool], previous_response_id: first.body.id, input: [{ type: 'function_call', id: call.id, call_id: call.call_id, name: 'get_weather', arguments: '{}' }, { type: 'function_call_output', call_id: call.call_id, output: 'x' }] },
  });
  t.equal(duplicate.status, 400);
  t.match((duplicate.body.error as { message: string }).message, /Duplicate item found/);
});

t.test('item_reference resolves stored items (the Vercel ai loop)', async (t) => {
  const app = testApp();
  const first = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: 'Reply exactly with: hello' } });
  const message = first.body.output![0]!;
  const second = await post(app, {
    url: OPENAI,
    body: { model: 'gpt-4o', input: [{ role: 'user', content: 'Reply exactly with: hello' }, { type: 'item_reference', id: message.id }, { role: 'user', content: 'Reply exactly with: again' }] },
  });
  t.equal(second.status, 200);
  t.same(second.body.output![0]!.content, [{ type: 'output_text', annotations: [], logprobs: [], text: 'again' }]);
});

t.test('sessions isolate stored responses', async (t) => {
  const app = testApp();
  const created = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: 'hi' }, headers: { 'x-mock-session': 'test-a' } });
  const id = created.body.id as string;
  t.equal((await app.inject({ method: 'GET', url: `/v1/responses/${id}`, headers: { 'x-mock-session': 'test-a' } })).statusCode, 200);
  t.equal((await app.inject({ method: 'GET', url: `/v1/responses/${id}`, headers: { 'x-mock-session': 'test-b' } })).statusCode, 404);
  t.equal((await app.inject({ method: 'GET', url: `/v1/responses/${id}` })).statusCode, 404, 'nor the default session');
});

t.test('the store is bounded', async (t) => {
  const app = testApp({ storeLimit: 2 });
  const ids: string[] = [];
  for (const word of ['a', 'b', 'c']) ids.push((await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: word } })).body.id as string);
  t.equal((await app.inject({ method: 'GET', url: `/v1/responses/${ids[0]!}` })).statusCode, 404, 'oldest evicted');
  t.equal((await app.inject({ method: 'GET', url: `/v1/responses/${ids[2]!}` })).statusCode, 200);
});

t.test('OpenRouter has no stored responses', async (t) => {
  const app = testApp();
  t.equal((await app.inject({ method: 'GET', url: '/api/v1/responses/gen-1' })).statusCode, 404);
  const reference = await post(app, { url: OPENROUTER, body: { model: 'm', input: [{ type: 'item_reference', id: 'msg_1' }] } });
  t.equal(reference.status, 400);
});

t.test('models and health', async (t) => {
  const app = testApp();
  const openrouter = (await app.inject({ method: 'GET', url: '/api/v1/models' })).json();
  t.ok(openrouter.data.some((model: { id: string }) => model.id === 'openai/gpt-4o-mini'));
  t.match(openrouter.data[0], { id: String, context_length: Number, pricing: { prompt: String, completion: String } });
  const openai = (await app.inject({ method: 'GET', url: '/v1/models' })).json();
  t.equal(openai.object, 'list');
  t.match(openai.data[0], { id: String, object: 'model', owned_by: 'system' });
  t.equal((await app.inject({ method: 'GET', url: '/v1/models/gpt-4o-mini' })).statusCode, 200);
  t.equal((await app.inject({ method: 'GET', url: '/v1/models/nope' })).statusCode, 404);
  t.match((await app.inject({ method: 'GET', url: '/health' })).json(), { status: 'ok' });
});

t.test('a background run not yet run, or cancelled before its output, counts no web search of the run to come', async (t) => {
  const app = testApp();
  const ask = { model: 'gpt-5.4', input: 'Search the web for the weather in Paris', tools: [{ type: 'web_search' }], background: true };
  const searches = (body: Record<string, unknown>) => (body.tool_usage as { web_search: { num_requests: number } }).web_search.num_requests;
  const queued = await post(app, { url: OPENAI, body: ask });
  t.match(queued.body, { status: 'queued', output: [] });
  t.equal(searches(queued.body), 0, 'queued: none yet');
  const id = queued.body.id as string;
  const running = (await app.inject({ method: 'GET', url: `/v1/responses/${id}` })).json() as Record<string, unknown>;
  t.match(running, { status: 'in_progress', output: [] });
  t.equal(searches(running), 0, 'in progress with no output: none yet');
  const cancelled = (await app.inject({ method: 'POST', url: `/v1/responses/${id}/cancel` })).json() as Record<string, unknown>;
  t.match(cancelled, { status: 'cancelled', output: [] });
  t.equal(searches(cancelled), 0, 'cancelled before any output: none');
  const finished = await post(app, { url: OPENAI, body: { ...ask, background: false } });
  t.match(finished.body.output, [{ type: 'web_search_call' }]);
  t.equal(searches(finished.body), 1, 'the run itself makes one');
});
