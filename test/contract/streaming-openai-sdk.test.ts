// The official openai SDK, unmodified, streaming from both base paths on a real port: responses.stream()
// with its accumulator checks (finalResponse holds the call, text deltas add up to output_text), and raw
// responses.create({ stream: true }) iteration.
import OpenAI from 'openai';
import type { ParsedResponseFunctionToolCall, ParsedResponseOutputItem, ResponseStreamEvent } from 'openai/resources/responses/responses';
import t, { type Test } from 'tap';
import { timeTool, weatherTool } from '../helpers/app.js';
import { listen } from '../helpers/server.js';

const strictTools = [{ ...weatherTool, strict: true }, { ...timeTool, strict: true }] as OpenAI.Responses.Tool[];

const clients = async (t: Test) => {
  const server = await listen(t);
  return [
    ['OpenRouter', new OpenAI({ apiKey: 'k', baseURL: server.openrouterBaseURL, maxRetries: 0 }), 'openai/gpt-4o-mini'],
    ['OpenAI', new OpenAI({ apiKey: 'k', baseURL: server.openaiBaseURL, maxRetries: 0 }), 'gpt-4o-mini'],
  ] as const;
};

t.test('responses.stream(): finalResponse() holds the function call', async (t) => {
  for (const [name, client, model] of await clients(t)) {
    const stream = client.responses.stream({ model, input: 'What is the weather in Paris?', tools: strictTools, tool_choice: 'required', store: false });
    let argumentText = '';
    stream.on('response.function_call_arguments.delta', (event) => (argumentText += event.delta));
    const final = await stream.finalResponse();
    t.equal(final.status, 'completed', `${name}: completed`);
    const calls = final.output.filter((item: ParsedResponseOutputItem<unknown>): item is ParsedResponseFunctionToolCall => item.type === 'function_call');
    t.equal(calls.length, 1, `${name}: one call`);
    t.equal(calls[0]!.name, 'get_weather');
    t.match(calls[0]!.call_id, /^call_/);
    t.equal(argumentText, calls[0]!.arguments, `${name}: streamed argument deltas add up`);
    t.type(calls[0]!.parsed_arguments, 'object', `${name}: strict tool arguments parsed by the SDK`);
    t.ok(final.usage && final.usage.total_tokens === final.usage.input_tokens + final.usage.output_tokens, `${name}: usage`);
  }
});

t.test('responses.stream(): parallel calls, each complete, distinct ids', async (t) => {
  for (const [name, client, model] of await clients(t)) {
    const final = await client.responses.stream({ model, input: 'What is the weather and the time in Tokyo?', tools: strictTools, store: false }).finalResponse();
    const calls = final.output.filter((item: ParsedResponseOutputItem<unknown>): item is ParsedResponseFunctionToolCall => item.type === 'function_call');
    t.same(calls.map((call) => call.name), ['get_weather', 'get_time'], `${name}: both calls, in order`);
    t.equal(new Set(calls.map((call) => call.call_id)).size, 2, `${name}: distinct call ids`);
    t.equal(new Set(calls.map((call) => call.id)).size, 2, `${name}: distinct item ids`);
  }
});

t.test('responses.stream(): text deltas add up to output_text', async (t) => {
  for (const [name, client, model] of await clients(t)) {
    const stream = client.responses.stream({ model, input: 'Reply exactly with: Paris is sunny.', store: false });
    let text = '';
    let deltas = 0;
    stream.on('response.output_text.delta', (event) => {
      text += event.delta;
      deltas += 1;
    });
    const final = await stream.finalResponse();
    t.ok(deltas > 1, `${name}: several deltas (${deltas})`);
    t.equal(final.output_text, 'Paris is sunny.', `${name}: output_text`);
    t.equal(text, final.output_text, `${name}: deltas add up`);
  }
});

t.test('responses.stream() with pacing: keep-alives and delays are accepted', async (t) => {
  for (const [name, client, model] of await clients(t)) {
    const started = performance.now();
    const final = await client.responses.stream(
      { model, input: 'Reply exactly with: Paris is sunny.', store: false },
      { headers: { 'x-mock-stream': 'ttft=1050; delay=10' } },
    ).finalResponse();
    t.ok(performance.now() - started >= 1000, `${name}: waited`);
    t.equal(final.output_text, 'Paris is sunny.');
  }
});

t.test('raw responses.create({ stream: true }) iteration', async (t) => {
  for (const [name, client, model] of await clients(t)) {
    const stream = await client.responses.create({ model, input: 'What is the weather in Paris?', tools: strictTools, tool_choice: 'required', stream: true, store: false });
    const events: ResponseStreamEvent[] = [];
    for await (const event of stream) events.push(event);
    t.equal(events[0]!.type, 'response.created', name);
    t.equal(events.at(-1)!.type, 'response.completed', name);
    t.same(events.map((event) => event.sequence_number), events.map((_, i) => i), `${name}: sequence numbers`);
    const done = events.find((event) => event.type === 'response.output_item.done');
    t.match(done, { item: { type: 'function_call', name: 'get_weather', status: 'completed' } });
  }
});
