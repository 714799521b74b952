// max_output_tokens bounds all the output: reasoning tokens first, then each item in order. A function call's
// arguments past the limit are cut as a model stopped mid-arguments leaves them (status incomplete), later items
// are left out, and the response is incomplete with reason max_output_tokens, in the JSON body and the stream alike.
import t from 'tap';
import { capOutput } from '../../../src/domain/engine/output-cap.js';
import type { PlannedItem } from '../../../src/domain/types.js';
import { OPENAI, OPENROUTER, post, testApp } from '../../helpers/app.js';

const call = (id: string, args: string): PlannedItem => ({ type: 'function_call', id, callId: `call_${id}`, name: 'summarize', arguments: args });

t.test('capOutput: items within the limit pass whole; the one past it is cut, the rest left out', async (t) => {
  const items = [call('a', '{"text":"short"}'), call('b', `{"text":"${'x'.repeat(400)}"}`), call('c', '{}')];
  t.same(capOutput(items, { limit: undefined, reasoningTokens: 0 }), { items, cut: false }, 'no limit: as they are');
  t.same(capOutput(items, { limit: 1000, reasoningTokens: 0 }).cut, false);
  const capped = capOutput(items, { limit: 20, reasoningTokens: 4 });
  t.equal(capped.cut, true);
  t.equal(capped.items.length, 2, 'the third call is never written');
  t.same(capped.items[0], items[0]);
  // 20 - 4 reasoning - (3 + 4) for the first call = 9 left; the name takes 3, so 6 tokens (24 characters) of arguments.
  t.match(capped.items[1], { id: 'b', status: 'incomplete', arguments: `{"text":"${'x'.repeat(15)}` });
  const noRoom = capOutput([call('a', '{"text":"a long enough value"}')], { limit: 16, reasoningTokens: 14 });
  t.same(noRoom, { items: [], cut: true }, 'a call whose name does not fit is not written at all');
  const text: PlannedItem = { type: 'message', id: 'm', text: 'word '.repeat(40) };
  t.match(capOutput([text, call('a', '{}')], { limit: 16, reasoningTokens: 8 }), { cut: true, items: [{ type: 'message', status: 'incomplete', text: 'word '.repeat(7).slice(0, 32) }] });
});

interface StreamedEvent { type: string; delta?: string; response?: Record<string, unknown> }

const summarize = { type: 'function', name: 'summarize_text', parameters: { type: 'object', properties: { text: { type: 'string' } }, required: ['text'] } };
const longCall = { model: 'gpt-4o-mini', input: `Summarize this: ${'word '.repeat(300)}`, max_output_tokens: 16, tools: [summarize], tool_choice: 'required' };

t.test('a function call past max_output_tokens: incomplete, within the limit, on both paths', async (t) => {
  const app = testApp();
  t.teardown(() => app.close());
  for (const url of [OPENAI, OPENROUTER]) {
    const { status, body } = await post(app, { url, body: longCall });
    t.equal(status, 200);
    t.match(body, { status: 'incomplete', incomplete_details: { reason: 'max_output_tokens' }, max_output_tokens: 16 }, url);
    const usage = body.usage as { output_tokens: number; total_tokens: number; input_tokens: number };
    t.ok(usage.output_tokens <= 16, `${url}: output_tokens ${usage.output_tokens} within 16`);
    t.equal(usage.total_tokens, usage.input_tokens + usage.output_tokens);
    const [item] = body.output ?? [];
    t.match(item, { type: 'function_call', status: 'incomplete', name: 'summarize_text' });
    t.ok(String(item?.arguments).length <= 48 && String(item?.arguments).startsWith('{"text":'), String(item?.arguments));
  }
});

t.test('streamed: the cut arguments, their .done, output_item.done incomplete, then response.incomplete equal to the body', async (t) => {
  const app = testApp();
  t.teardown(() => app.close());
  const headers = { 'x-mock-seed': '11' };
  const json = await post(app, { url: OPENAI, body: longCall, headers });
  const streamed = await post(app, { url: OPENAI, body: { ...longCall, stream: true }, headers });
  const events = streamed.raw.split('\n').filter((line) => line.startsWith('data: {')).map((line) => JSON.parse(line.slice(6)) as StreamedEvent);
  const types = events.map((event) => event.type);
  const arguments_ = String(json.body.output?.[0]?.arguments);
  t.equal(events.filter((event) => event.type === 'response.function_call_arguments.delta').map((event) => event.delta).join(''), arguments_, 'the deltas are the cut arguments');
  t.match(events.find((event) => event.type === 'response.function_call_arguments.done'), { arguments: arguments_ });
  t.match(events.find((event) => event.type === 'response.output_item.done'), { item: { type: 'function_call', status: 'incomplete' } });
  t.equal(types.at(-1), 'response.incomplete');
  t.notOk(types.includes('response.completed'));
  const terminal = events.at(-1)?.response;
  t.match(terminal, { status: 'incomplete', incomplete_details: { reason: 'max_output_tokens' }, usage: json.body.usage });
});

t.test('reasoning tokens count against max_output_tokens', async (t) => {
  const app = testApp();
  t.teardown(() => app.close());
  for (const url of [OPENAI, OPENROUTER]) {
    const body = { model: 'gpt-5.5', input: 'Explain in detail how tides work on Earth and the role of the moon', max_output_tokens: 16, reasoning: { effort: 'high' } };
    const answered = await post(app, { url, body });
    const usage = answered.body.usage as { output_tokens: number; output_tokens_details: { reasoning_tokens: number } };
    t.ok(usage.output_tokens_details.reasoning_tokens > 0, `${url}: reasoned`);
    t.ok(usage.output_tokens <= 16, `${url}: output_tokens ${usage.output_tokens} within 16, reasoning included`);
    t.match(answered.body, { status: 'incomplete', incomplete_details: { reason: 'max_output_tokens' } });
    t.match(answered.body.output?.find((item) => item.type === 'message'), { status: 'incomplete' });
  }
});

t.test('an answer within the limit stays completed', async (t) => {
  const app = testApp();
  t.teardown(() => app.close());
  const { body } = await post(app, { url: OPENAI, body: { ...longCall, input: 'Summarize this: hello', max_output_tokens: 400 } });
  t.match(body, { status: 'completed', incomplete_details: null, output: [{ type: 'function_call', status: 'completed' }] });
});

t.test('a scripted refusal past the limit is cut as text is (review30 R3)', async (t) => {
  const refusal = 'I am sorry but I cannot help with that request at all because '.repeat(5);
  const app = testApp({ scenarios: { refuses: { rules: [{ respond: { refusal }, times: 'always' }] } } });
  t.teardown(() => app.close());
  const headers = { 'x-mock-scenario': 'refuses' };
  const body = { model: 'gpt-4o-mini', input: 'please refuse', max_output_tokens: 16 };
  const json = await post(app, { url: OPENAI, body, headers });
  t.match(json.body, { status: 'incomplete', incomplete_details: { reason: 'max_output_tokens' }, usage: { output_tokens: 16 } });
  t.match(json.body.output, [{ type: 'message', status: 'incomplete', content: [{ type: 'refusal', refusal: refusal.slice(0, 64) }] }]);
  const streamed = await post(app, { url: OPENAI, body: { ...body, stream: true }, headers });
  const events = streamed.raw.split('\n').filter((line) => line.startsWith('data: {')).map((line) => JSON.parse(line.slice(6)) as StreamedEvent);
  t.equal(events.filter((event) => event.type === 'response.refusal.delta').map((event) => event.delta).join(''), refusal.slice(0, 64));
  t.equal(events.at(-1)?.type, 'response.incomplete');
});

t.test('an item left out for the limit still spent it: output_tokens is the limit (review30 R4)', async (t) => {
  const app = testApp();
  t.teardown(() => app.close());
  const tool = { type: 'function', name: 'summarize_the_given_text_into_a_short_paragraph_please', parameters: { type: 'object', properties: { text: { type: 'string' } }, required: ['text'] } };
  const reasoned = { model: 'gpt-5.5', input: 'Summarize this: hello world and more', max_output_tokens: 16, reasoning: { effort: 'high' }, tools: [tool], tool_choice: 'required' };
  const openai = await post(app, { url: OPENAI, body: reasoned });
  t.match(openai.body, { status: 'incomplete', incomplete_details: { reason: 'max_output_tokens' }, usage: { output_tokens: 16 } });
  t.notOk(openai.body.output?.some((item) => item.type === 'function_call'), 'the call whose name does not fit is left out');
  const usage = openai.body.usage as { input_tokens: number; output_tokens: number; total_tokens: number };
  t.equal(usage.total_tokens, usage.input_tokens + usage.output_tokens);
  const openrouter = await post(app, { url: OPENROUTER, body: { ...reasoned, model: 'openai/gpt-4o-mini', reasoning: undefined, max_output_tokens: 1 } });
  t.match(openrouter.body, { status: 'incomplete', output: [], usage: { output_tokens: 1 } });
});
