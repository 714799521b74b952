// The rule-based decision obeys the tool policy: none → text, auto → matching tools or text,
// required → at least one call, forced → exactly that tool, parallel off → at most one call.
import t from 'tap';
import { createRandom } from '../../../src/deps.js';
import { buildPlan, decide as decideResult, type Decision } from '../../../src/domain/engine/plan.js';
import { modelProfile } from '../../../src/domain/models.js';
import { prepareRequest, type PreparedRequest } from '../../../src/domain/validation/prepare.js';
import { openRouterProfile } from '../../../src/providers/index.js';
import { EMPTY_HISTORY } from '../../../src/state/responses/response-store.js';
import { timeTool, weatherTool } from '../../helpers/app.js';

function prepared(body: object): PreparedRequest {
  const result = prepareRequest({ model: 'openai/gpt-4o-mini', tools: [weatherTool, timeTool], ...body }, {
    rules: openRouterProfile.rules('lenient'),
    history: EMPTY_HISTORY,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const random = () => createRandom([1, 2, 3, 4]);

function decide(request: PreparedRequest, source: ReturnType<typeof random>): Decision {
  const decided = decideResult(request, source);
  if (!decided.ok) throw new Error(decided.error.message);
  return decided.value;
}
const names = (body: object) => decide(prepared(body), random()).calls.map((call) => call.tool.name);
const decided = (request: PreparedRequest): Decision => decide(request, random());
const ids = () => {
  let n = 0;
  return { message: () => `msg_${++n}`, functionCall: () => `fc_${++n}`, customToolCall: () => `ctc_${++n}`, reasoning: () => `rs_${++n}`, encryptedContent: () => `gAAAA${++n}`, callId: () => `call_${++n}` };
};

t.test('tool_choice semantics', async (t) => {
  t.same(names({ input: 'What is the weather in Paris?' }), ['get_weather'], 'auto calls the matching tool');
  t.same(names({ input: 'Tell me a joke' }), [], 'auto answers with text when nothing matches');
  t.ok(decided(prepared({ input: 'Tell me a joke' })).text, 'that text is present');
  t.same(names({ input: 'What is the weather in Paris?', tool_choice: 'none' }), [], 'none never calls');
  t.same(names({ input: 'Tell me a joke', tool_choice: 'required' }), ['get_weather'], 'required falls back to the first tool');
  t.same(names({ input: 'What time is it?', tool_choice: 'required' }), ['get_time'], 'required prefers the best match');
  t.same(names({ input: 'What is the weather?', tool_choice: { type: 'function', name: 'get_time' } }), ['get_time'], 'forced uses the named tool');
  t.same(names({ input: 'weather and time please', tool_choice: { type: 'allowed_tools', mode: 'auto', tools: [{ type: 'function', name: 'get_time' }] } }), ['get_time'], 'allowed_tools restricts');
});

t.test('parallel calls', async (t) => {
  t.same(names({ input: 'What is the weather and the time in Tokyo?' }), ['get_weather', 'get_time'], 'one call per tool asked for');
  t.same(names({ input: 'What is the weather and the time in Tokyo?', parallel_tool_calls: false }), ['get_weather'], 'at most one without parallel');
});

t.test('several tools asked for in one message: each reads its own stretch of it', async (t) => {
  const calls = (input: string) => decide(prepared({ input }), random()).calls.map((call) => [call.tool.name, JSON.parse('arguments' in call ? call.arguments : '{}') as unknown]);
  t.same(calls('What is the weather in Paris and the time in Tokyo?'), [['get_weather', { city: 'Paris' }], ['get_time', { timezone: 'Asia/Tokyo' }]]);
  t.same(calls('Get the time in Tokyo, then the weather in Paris.'), [['get_weather', { city: 'Paris' }], ['get_time', { timezone: 'Asia/Tokyo' }]], 'in either order');
  t.same(calls('What is the weather and the time in Tokyo?'), [['get_weather', { city: 'Tokyo' }], ['get_time', { timezone: 'Asia/Tokyo' }]], 'a stretch naming only its tool reads the whole message');
  t.same(calls('What time is it in Europe/Berlin?'), [['get_time', { timezone: 'Europe/Berlin' }]], 'a zone the message writes');
  t.same(calls('What time is it in Springfield?'), [['get_time', { timezone: 'Springfield' }]], 'a place the table does not know, as named');
});

t.test('after tool outputs, auto answers with text built from them', async (t) => {
  const input = [
    { role: 'user', content: 'What is the weather in Paris?' },
    { type: 'function_call', call_id: 'c1', name: 'get_weather', arguments: '{"city":"Paris"}' },
    { type: 'function_call_output', call_id: 'c1', output: '{"temperature":22}' },
  ];
  const decision = decided(prepared({ input }));
  t.same(decision.calls, []);
  t.equal(decision.text, 'The weather in Paris: temperature 22.');
  const echoed = decideResult(prepared({ input }), random(), { style: 'echo' });
  t.equal(echoed.ok && echoed.value.text, 'get_weather returned {"temperature":22}.', 'the echo style');
  t.same(decided(prepared({ input, tool_choice: 'required' })).calls.map((c) => c.tool.name), ['get_weather'], 'required still calls');
});

t.test('plans carry distinct ids, usage and the truncation status', async (t) => {
  const request = prepared({ input: 'What is the weather and the time in Tokyo?' });
  const plan = buildPlan(decided(request), { request, ids: ids(), model: modelProfile('openai/gpt-4o-mini') });
  t.equal(plan.status, 'completed');
  t.equal(plan.items.length, 2);
  const callIds = plan.items.map((item) => (item.type === 'function_call' ? item.callId : ''));
  t.equal(new Set(callIds).size, 2, 'distinct call ids');
  t.ok(plan.usage.inputTokens > 0 && plan.usage.outputTokens > 0);

  const long = prepared({ input: `Reply exactly with: ${'word '.repeat(100)}`, max_output_tokens: 16 });
  const cut = buildPlan(decided(long), { request: long, ids: ids(), model: modelProfile('openai/gpt-4o-mini') });
  t.equal(cut.status, 'incomplete');
  t.equal(cut.incompleteReason, 'max_output_tokens');
  t.equal(cut.items[0]?.type === 'message' && cut.items[0].text.length, 64);
  t.equal(cut.items[0]?.type === 'message' && cut.items[0].status, 'incomplete');
});

t.test('answers carry phase final_answer from gpt-5.3-codex on, not before', async (t) => {
  const phase = (model: string) => {
    const request = prepared({ model, input: 'hello' });
    const plan = buildPlan(decided(request), { request, ids: ids(), model: modelProfile(model) });
    return plan.items.find((item) => item.type === 'message')?.phase;
  };
  for (const model of ['openai/gpt-5.5', 'gpt-5.3-codex', 'gpt-5.4', 'gpt-5.6-sol']) t.equal(phase(model), 'final_answer', model);
  for (const model of ['gpt-5-mini', 'gpt-5-nano', 'gpt-5.1-codex-max', 'gpt-5.2', 'gpt-4o']) t.equal(phase(model), undefined, model);
});

t.test('a tool schema beyond the bounds is a failure naming the tool and the schema path', async (t) => {
  const tool = { type: 'function', name: 'huge', parameters: { type: 'object', properties: { a: { type: 'string', minLength: 1e9 } }, required: ['a'] } };
  const decided = decideResult(prepared({ input: 'call huge', tools: [weatherTool, tool], tool_choice: 'required' }), random());
  t.notOk(decided.ok);
  if (decided.ok) return;
  t.equal(decided.error.code, 'invalid_function_parameters');
  t.equal(decided.error.param, 'tools[1].parameters.properties.a');
  t.match(decided.error.message, /^Invalid schema for function 'huge': tools\[1\]\.parameters\.properties\.a: minLength 1000000000 is beyond what the mock generates \(max \d+\)\.$/);
  const namespaced = decideResult(prepared({ input: 'x', tools: [{ type: 'namespace', name: 'ns', description: 'd', tools: [tool] }], tool_choice: 'required' }), random());
  t.equal(!namespaced.ok && namespaced.error.param, 'tools[0].tools[0].parameters.properties.a', 'inside a namespace');
});
