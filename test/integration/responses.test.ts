// POST /api/v1/responses and /v1/responses through inject: response shapes per provider, tool-calling
// semantics end to end, determinism under a seed.
import t from 'tap';
import { OPENAI, OPENROUTER, post, testApp, timeTool, weatherTool } from '../helpers/app.js';
import { eventsOf, parseSse } from '../helpers/sse.js';

const OPENROUTER_KEYS = [
  'id', 'object', 'created_at', 'model', 'status', 'completed_at', 'output', 'error', 'incomplete_details', 'tools',
  'tool_choice', 'parallel_tool_calls', 'max_output_tokens', 'temperature', 'top_p', 'presence_penalty',
  'frequency_penalty', 'top_logprobs', 'max_tool_calls', 'metadata', 'background', 'previous_response_id',
  'service_tier', 'truncation', 'store', 'instructions', 'text', 'reasoning', 'safety_identifier', 'prompt_cache_key',
  'prompt_cache_options', 'usage',
];

t.test('OpenRouter: a tool call with the wire field set and ids', async (t) => {
  const app = testApp();
  const { status, body, headers } = await post(app, { url: OPENROUTER, body: { model: 'openai/gpt-4o-mini', input: 'What is the weather in Paris?', tools: [weatherTool], temperature: 0 } });
  t.equal(status, 200);
  t.match(headers['content-type'], /^application\/json/);
  t.same(Object.keys(body), OPENROUTER_KEYS, 'the 32 keys in wire order');
  t.match(body.id, /^gen-\d{10}-[A-Za-z0-9]{20}$/);
  t.equal(body.status, 'completed');
  t.equal(body.temperature, 0, 'temperature echoed');
  t.equal(body.store, false);
  const [call] = body.output!;
  t.same(Object.keys(call!), ['id', 'type', 'status', 'call_id', 'name', 'arguments']);
  t.match(call!.id, /^fc_tmp_[a-z0-9]{10,11}$/);
  t.match(call!.call_id, /^call_[A-Za-z0-9]{24}$/);
  t.equal(call!.name, 'get_weather');
  t.doesNotThrow(() => JSON.parse(call!.arguments as string), 'arguments are a JSON string');
  const usage = body.usage as { input_tokens: number; output_tokens: number; total_tokens: number; cost: number; cost_details: { upstream_inference_cost: number; upstream_inference_input_cost: number; upstream_inference_output_cost: number } };
  t.equal(usage.total_tokens, usage.input_tokens + usage.output_tokens);
  t.equal(usage.cost, usage.cost_details.upstream_inference_cost);
  t.ok(Math.abs(usage.cost - (usage.cost_details.upstream_inference_input_cost + usage.cost_details.upstream_inference_output_cost)) < 1e-12);
  t.same((body.tools as unknown[])[0], { type: 'function', name: 'get_weather', description: weatherTool.description, parameters: weatherTool.parameters }, 'tools echoed, strict only when sent');
});

t.test('OpenAI: a text answer with OpenAI ids, snapshot model and resolved strict', async (t) => {
  const app = testApp();
  const { status, body } = await post(app, { url: OPENAI, body: { model: 'gpt-4o-mini', input: 'Reply exactly with: Hello!', tools: [weatherTool] } });
  t.equal(status, 200);
  t.match(body.id, /^resp_[0-9a-f]{50}$/);
  t.equal(body.model, 'gpt-4o-mini-2024-07-18');
  t.equal(body.store, true);
  const [message] = body.output!;
  t.match(message!.id, /^msg_[0-9a-f]{50}$/);
  t.same(message!.content, [{ type: 'output_text', annotations: [], logprobs: [], text: 'Hello!' }]);
  t.same((body.tools as Array<Record<string, unknown>>)[0]!.strict, true, 'strict resolved for a strict-compatible schema');
  t.same((body.tools as Array<Record<string, unknown>>)[0]!.description, weatherTool.description);
});

t.test('tool_choice and parallel_tool_calls are enforced over HTTP', async (t) => {
  const app = testApp();
  const ask = async (extra: object) => (await post(app, { url: OPENROUTER, body: { model: 'm', tools: [weatherTool, timeTool], ...extra } })).body;
  const types = (body: { output?: Array<Record<string, unknown>> }) => body.output!.map((item) => item.name ?? item.type);
  t.same(types(await ask({ input: 'What is the weather in Paris?', tool_choice: 'none' })), ['message']);
  t.same(types(await ask({ input: 'Tell me a story', tool_choice: 'required' })), ['get_weather']);
  t.same(types(await ask({ input: 'What is the weather?', tool_choice: { type: 'function', name: 'get_time' } })), ['get_time']);
  const parallel = await ask({ input: 'What is the weather and the time in Tokyo?' });
  t.same(types(parallel), ['get_weather', 'get_time']);
  t.not(parallel.output![0]!.call_id, parallel.output![1]!.call_id, 'distinct call ids');
  t.not(parallel.output![0]!.id, parallel.output![1]!.id, 'distinct item ids');
  t.same(types(await ask({ input: 'What is the weather and the time in Tokyo?', parallel_tool_calls: false })), ['get_weather']);
  const echoed = await ask({ input: 'x', tool_choice: { type: 'function', name: 'get_time' }, parallel_tool_calls: false });
  t.same(echoed.tool_choice, { type: 'function', name: 'get_time' });
  t.equal(echoed.parallel_tool_calls, false);
});

t.test('the full loop: call, then outputs, then a text answer', async (t) => {
  const app = testApp();
  const first = await post(app, { url: OPENROUTER, body: { model: 'm', input: 'What is the weather in Paris?', tools: [weatherTool] } });
  const call = first.body.output![0]!;
  const second = await post(app, {
    url: OPENROUTER,
    body: {
      model: 'm', tools: [weatherTool],
      input: [
        { role: 'user', content: 'What is the weather in Paris?' },
        { type: 'function_call', id: call.id, call_id: call.call_id, name: call.name, arguments: call.arguments },
        { type: 'function_call_output', id: 'out_1', call_id: call.call_id, output: '{"temperature":22}' },
      ],
    },
  });
  t.equal(second.status, 200);
  t.equal(second.body.output![0]!.type, 'message');
  t.match(second.body.output![0]!.content, [{ text: 'The weather in Paris: temperature 22.' }]);
});

t.test('the text style: --text-style for the server, respond.textStyle for a scenario rule', async (t) => {
  const body = { model: 'gpt-4o-mini', input: 'What is the weather in Paris?' };
  const textOf = (posted: Awaited<ReturnType<typeof post>>) => (posted.body.output![0]!.content as Array<{ text: string }>)[0]!.text;
  t.equal(textOf(await post(testApp(), { url: OPENAI, body })), 'Here is a short answer about weather and Paris.', 'summary by default');
  t.equal(textOf(await post(testApp({ textStyle: 'echo' }), { url: OPENAI, body })), 'This is a mock response to: "What is the weather in Paris?"');
  const scripted = testApp({ textStyle: 'echo', scenarios: { fixed: { rules: [{ respond: { textStyle: 'fixed' }, times: 'always' }] } } });
  t.equal(textOf(await post(scripted, { url: OPENROUTER, body: { ...body, model: 'openai/gpt-4o-mini' }, headers: { 'x-mock-scenario': 'fixed' } })), 'This is a mock response.', 'the rule wins');
  t.equal(textOf(await post(scripted, { url: OPENROUTER, body: { ...body, model: 'openai/gpt-4o-mini' } })), 'This is a mock response to: "What is the weather in Paris?"');
});

t.test('same request + same seed → byte-identical answer; another seed → other ids', async (t) => {
  const body = { model: 'openai/gpt-4o-mini', input: 'What is the weather in Paris?', tools: [weatherTool] };
  const a = await post(testApp({ seed: 42 }), { url: OPENROUTER, body });
  const b = await post(testApp({ seed: 42 }), { url: OPENROUTER, body });
  const c = await post(testApp({ seed: 43 }), { url: OPENROUTER, body });
  t.equal(a.raw, b.raw);
  t.not(a.raw, c.raw);
  const viaHeader = await post(testApp({ seed: undefined }), { url: OPENROUTER, body, headers: { 'x-mock-seed': '42' } });
  t.equal(viaHeader.raw, a.raw, 'x-mock-seed equals --seed');
  const unseeded1 = await post(testApp({ seed: undefined }), { url: OPENROUTER, body });
  const unseeded2 = await post(testApp({ seed: undefined }), { url: OPENROUTER, body });
  t.not(unseeded1.body.id, unseeded2.body.id, 'fresh ids without a seed');
  t.equal(unseeded1.body.output![0]!.arguments, unseeded2.body.output![0]!.arguments, 'but the same decision');
});

t.test('max_output_tokens cuts a text answer and marks it incomplete', async (t) => {
  const { body } = await post(testApp(), { url: OPENAI, body: { model: 'gpt-4o', input: `Reply exactly with: ${'lorem ipsum '.repeat(50)}`, max_output_tokens: 16 } });
  t.equal(body.status, 'incomplete');
  t.same(body.incomplete_details, { reason: 'max_output_tokens' });
  t.equal(body.output![0]!.status, 'incomplete');
});

t.test('namespace tools: calls carry their namespace', async (t) => {
  const tools = [{ type: 'namespace', name: 'crm', description: 'CRM tools', tools: [{ type: 'function', name: 'lookup', description: 'Look up a reference value', parameters: { type: 'object', properties: { query: { type: 'string' } }, required: ['query'] } }] }];
  const { body } = await post(testApp(), { url: OPENROUTER, body: { model: 'meta/muse-spark-1.3', input: 'Call crm.lookup with query ping.', tools } });
  const call = body.output!.find((item) => item.type === 'function_call')!;
  t.equal(call.name, 'lookup');
  t.equal(call.namespace, 'crm');
  t.match(call.call_id, /^call_[0-9a-f]{32}$/, 'Meta-style call id');
  t.same(body.tools, tools, 'namespace tools echoed verbatim');
});

t.test('vendor call ids follow the model', async (t) => {
  const { body } = await post(testApp(), { url: OPENROUTER, body: { model: 'x-ai/grok-4.3', input: 'weather in Paris?', tools: [weatherTool] } });
  t.match(body.output![0]!.call_id, /^call-[0-9a-f-]{36}-0$/);
});

t.test('repeated requests (answered from a template after the first) stay byte-identical under a seed', async (t) => {
  const app = testApp({ seed: 5 });
  for (const [url, body] of [
    [OPENROUTER, { model: 'openai/gpt-4o-mini', input: 'What is the weather and the time in Tokyo?', tools: [weatherTool, timeTool] }],
    [OPENAI, { model: 'gpt-4o', input: 'What is the weather in Paris?', tools: [weatherTool], stream: true }],
  ] as const) {
    const answers = [];
    for (let i = 0; i < 4; i += 1) answers.push((await post(app, { url, body })).raw);
    t.equal(new Set(answers).size, 1, `${url}: direct, template build and template fills agree`);
    t.equal((await post(testApp({ seed: 5 }), { url, body })).raw, answers[0], 'and agree with a fresh server');
  }
});

t.test('without a seed, repeated requests keep fresh ids', async (t) => {
  const app = testApp({ seed: undefined });
  const body = { model: 'gpt-4o', input: 'What is the weather in Paris?', tools: [weatherTool] };
  const ids = new Set<unknown>();
  for (let i = 0; i < 4; i += 1) ids.add((await post(app, { url: OPENAI, body })).body.output![0]!.call_id);
  t.equal(ids.size, 4);
});

t.test('OpenAI: the echo of what the request set (service tier, prompt cache retention)', async (t) => {
  const app = testApp();
  t.teardown(() => app.close());
  const echo = async (extra: Record<string, unknown>) => (await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: 'hi', ...extra } })).body;
  t.match(await echo({}), { service_tier: 'default', prompt_cache_retention: null }, 'the defaults, as on the wire');
  t.match(await echo({ service_tier: 'auto' }), { service_tier: 'default' }, 'auto resolves to the tier that served it');
  t.match(await echo({ service_tier: 'flex', prompt_cache_retention: '24h' }), { service_tier: 'flex', prompt_cache_retention: '24h' }, 'a named tier and a retention are echoed');
});

t.test("OpenRouter: the upstream's reasoning and tier once answered, by vendor", async (t) => {
  const app = testApp();
  const answer = async (model: string, reasoning?: Record<string, unknown>) =>
    (await post(app, { url: OPENROUTER, body: { model, input: 'hi', ...(reasoning ? { reasoning } : {}) } })).body;
  const gpt = await answer('openai/gpt-5.5', { effort: 'high', max_tokens: 500 });
  t.same(gpt.reasoning, { context: 'current_turn', effort: 'high', mode: 'standard', summary: 'detailed' }, "OpenAI's four keys, what only OpenRouter reads left out");
  t.equal(gpt.service_tier, 'default');
  t.equal((await answer('openai/gpt-4o-mini')).reasoning, null, 'a model that does not reason reports none');
  t.same((await answer('x-ai/grok-4.3', { effort: 'none' })).reasoning, { effort: 'none', summary: 'none' });
  t.same((await answer('x-ai/grok-4.3', { effort: 'low', summary: 'concise' })).reasoning, { effort: 'low', summary: 'concise' }, 'a summary asked for is kept');
  const muse = await answer('meta/muse-spark-1.3', { effort: 'minimal' });
  t.same([muse.reasoning, muse.service_tier], [{ effort: 'minimal' }, 'auto'], "Meta's models report nothing of their own");
  // A summary streams in one delta from grok (as recorded), in word-sized pieces from the others.
  const deltas = async (model: string) => {
    const { raw } = await post(app, { url: OPENROUTER, body: { model, input: 'hi', stream: true, reasoning: { effort: 'low', summary: 'auto' } } });
    return eventsOf(parseSse(raw)).filter((event) => event.type === 'response.reasoning_summary_text.delta').length;
  };
  t.equal(await deltas('x-ai/grok-4.3'), 1);
  t.ok(await deltas('meta/muse-spark-1.3') > 1, 'muse-spark: pieces');
});
