// Rule selection: first unused matching rule in order; `times` and 'always'; closest rule and reasons.
import t from 'tap';
import { createRandom } from '../../../src/deps.js';
import { mismatches, toolChoiceName, type MatchContext } from '../../../src/domain/scenarios/match.js';
import { scriptedDecision as scriptedResult, scriptedError } from '../../../src/domain/scenarios/respond.js';
import type { DecidedCall, Decision } from '../../../src/domain/engine/plan.js';
import { selectRule } from '../../../src/domain/scenarios/select.js';
import { prepareRequest, type PreparedRequest } from '../../../src/domain/validation/prepare.js';
import { openRouterProfile } from '../../../src/providers/index.js';
import type { Scenario } from '../../../src/schemas/fixtures.js';
import { EMPTY_HISTORY } from '../../../src/state/responses/response-store.js';
import { timeTool, weatherTool } from '../../helpers/app.js';

function request(body: object): PreparedRequest {
  const result = prepareRequest({ model: 'openai/gpt-4o-mini', tools: [weatherTool, timeTool], ...body }, { rules: openRouterProfile.rules('lenient'), history: EMPTY_HISTORY });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const context = (body: object, extra: Partial<MatchContext> = {}): MatchContext => ({ provider: 'openrouter', request: request(body), headers: {}, turn: 1, ...extra });
const loop = [
  { role: 'user', content: 'weather in Paris?' },
  { type: 'function_call', call_id: 'call_1', name: 'get_weather', arguments: '{}' },
  { type: 'function_call_output', call_id: 'call_1', output: 'sunny' },
];

t.test('each condition, and its explanation', async (t) => {
  t.same(mismatches({ message: 'WEATHER' }, context({ input: 'the weather?' })), []);
  t.same(mismatches({ message: { equals: 'hi' } }, context({ input: 'hi there' })), ['message should equal "hi", but the last user message is "hi there"']);
  t.same(mismatches({ message: { regex: '^hi\\b', flags: 'i' } }, context({ input: 'Hi there' })), []);
  t.same(mismatches({ tools: ['get_weather', 'get_stock'] }, context({ input: 'x' })), ["tool 'get_stock' is not offered (offered: get_weather, get_time)"]);
  t.same(mismatches({ toolChoice: 'get_time' }, context({ input: 'x', tool_choice: { type: 'function', name: 'get_time' } })), []);
  t.same(mismatches({ toolChoice: 'none' }, context({ input: 'x' })), ["toolChoice should be 'none', but is 'auto'"]);
  t.same(mismatches({ model: { contains: 'mini' } }, context({ input: 'x' })), []);
  t.same(mismatches({ afterToolOutput: true }, context({ input: loop })), []);
  t.same(mismatches({ afterToolOutput: 'get_weather' }, context({ input: loop })), []);
  t.same(mismatches({ afterToolOutput: { callId: 'call_1' } }, context({ input: loop })), []);
  t.same(mismatches({ afterToolOutput: 'get_time' }, context({ input: loop })), ["the input should end with a tool output for 'get_time' (it ends with outputs for 'get_weather')"]);
  t.same(mismatches({ afterToolOutput: false }, context({ input: loop })), ['the input should not end with a tool output']);
  t.same(mismatches({ turn: { min: 2 } }, context({ input: 'x' })), ['turn should be at least 2, but this is turn 1']);
  t.same(mismatches({ headers: { 'x-test': 'abc' } }, context({ input: 'x' }, { headers: { 'x-test': 'xabcx' } })), []);
  t.same(mismatches({ headers: { 'x-test': 'abc' } }, context({ input: 'x' })), ["header 'x-test' should contain \"abc\", but is absent"]);
  // A header object inherits from Object.prototype (Node's does): a name it inherits is a header that is absent.
  t.same(mismatches({ headers: { constructor: 'n' } }, context({ input: 'x' })), ["header 'constructor' should contain \"n\", but is absent"]);
  const ownProto = JSON.parse('{"headers":{"__proto__":"n"}}') as { headers: Record<string, string> };
  t.same(mismatches(ownProto, context({ input: 'x' })), ["header '__proto__' should contain \"n\", but is absent"]);
  t.same(mismatches({ stream: true, provider: 'openai' }, context({ input: 'x' })), ['stream should be true', "provider should be 'openai', but the openrouter path was called"]);
  t.equal(toolChoiceName({ type: 'allowed_tools', mode: 'required', tools: [] }), 'required');
});

const scenario: Scenario = {
  rules: [
    { name: 'first', match: { message: 'weather' }, respond: { text: 'a' } },
    { name: 'twice', respond: { text: 'b' }, times: 2 },
    { name: 'forever', match: { afterToolOutput: true }, respond: { text: 'c' }, times: 'always' },
  ],
};

t.test('first unused matching rule wins; times are honoured', async (t) => {
  const uses = [0, 0, 0];
  const pick = (body: object) => {
    const selection = selectRule(scenario, { uses, context: context(body) });
    if (selection.matched) uses[selection.index]! += 1;
    return selection.matched ? selection.rule.name : `none (closest ${selection.closest?.rule.name}: ${selection.closest?.reasons.join('; ')})`;
  };
  t.equal(pick({ input: 'weather?' }), 'first');
  t.equal(pick({ input: 'weather?' }), 'twice', 'first is used up');
  t.equal(pick({ input: 'hello' }), 'twice');
  t.equal(pick({ input: loop }), 'forever');
  t.equal(pick({ input: loop }), 'forever');
  t.equal(pick({ input: 'hello' }), 'none (closest twice: it matches but is used up (answered 2 time(s), times: 2))');
});

t.test('scripted responds become decisions', async (t) => {
  const random = createRandom([1, 2, 3, 4]);
  const req = request({ input: 'What is the weather in Paris?' });
  const scriptedDecision = (...args: Parameters<typeof scriptedResult>): Decision => {
    const decided = scriptedResult(...args);
    if (!decided.ok) throw new Error(decided.error.message);
    return decided.value;
  };
  const args = (call: DecidedCall) => ('arguments' in call ? call.arguments : call.input);
  const explicit = scriptedDecision({ text: 'Checking.', calls: [{ name: 'get_weather', arguments: { city: 'Rome' } }, { name: 'nope', arguments: '{"broken' }] }, { request: req, random });
  t.equal(explicit.text, 'Checking.');
  t.same(explicit.calls.map((c) => [c.tool.name, args(c)]), [['get_weather', '{"city":"Rome"}'], ['nope', '{"broken']]);
  const generated = scriptedDecision({ calls: [{ name: 'get_weather' }] }, { request: req, random });
  t.same(JSON.parse(args(generated.calls[0]!)), { city: 'Paris' }, 'arguments generated from the schema and the prompt');
  const engine = scriptedDecision({ usage: { output_tokens: 99 }, incomplete: 'max_output_tokens' }, { request: req, random });
  t.same(engine.calls.map((c) => c.tool.name), ['get_weather'], 'an empty respond uses the rule-based engine');
  t.same(engine.outcome, { status: 'incomplete', reason: 'max_output_tokens' });
  t.same(engine.usage, { outputTokens: 99 });
  const failed = scriptedDecision({ fail: { code: 'server_error', message: 'boom' } }, { request: req, random });
  t.same(failed, { calls: [], reasoning: false, outcome: { status: 'failed', error: { code: 'server_error', message: 'boom' } } }, 'a failure alone says nothing first');
  const partial = scriptedDecision({ text: 'Part', fail: { code: 'server_error', message: 'boom' } }, { request: req, random });
  t.same([partial.text, partial.reasoning], ['Part', undefined], 'what is scripted beside it comes first');
});

t.test('the quota error: its own type and message unless given', async (t) => {
  t.match(scriptedError({ status: 429, code: 'insufficient_quota' }, 'openai'), { type: 'insufficient_quota', providerCode: 'insufficient_quota', message: /^You exceeded your current quota, please check your plan and billing details\./ });
  t.match(scriptedError({ status: 429, code: 'insufficient_quota', type: 'tokens', message: 'm' }, 'openai'), { type: 'tokens', message: 'm' });
  t.match(scriptedError({ status: 429, code: 'insufficient_quota' }, 'openrouter'), { message: 'Rate limit reached for requests. Please try again later.', providerCode: 'insufficient_quota' }, "OpenAI's quota wording stays on the OpenAI path");
});

t.test('scripted errors per provider', async (t) => {
  const openrouter = scriptedError({ status: 429, headers: { 'retry-after': '1' } }, 'openrouter');
  t.match(openrouter, { code: 'injected_fault', status: 429, providerCode: 429, headers: { 'retry-after': '1' } });
  const openai = scriptedError({ status: 429 }, 'openai');
  t.match(openai, { providerCode: 'rate_limit_exceeded', type: 'requests' });
  t.match(openRouterProfile.errorReply(openrouter), { status: 429, body: { error: { code: 429, message: /Rate limit/ } } });
  t.match(scriptedError({ status: 503, code: 'overloaded', message: 'busy' }, 'openrouter'), { providerCode: 'overloaded', message: 'busy' });
});
