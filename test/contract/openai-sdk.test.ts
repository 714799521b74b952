// The official openai SDK, unmodified, against both base paths on a real port: the full tool loop
// (call → function_call + function_call_output → answer) and validation errors as BadRequestError.
import t from 'tap';
import OpenAI from 'openai';
import type { ResponseFunctionToolCall, ResponseInputItem } from 'openai/resources/responses/responses';
import { listen } from '../helpers/server.js';
import { weatherTool } from '../helpers/app.js';

const tools = [{ ...weatherTool, strict: true }] as OpenAI.Responses.Tool[];

t.test('the tool loop on both paths', async (t) => {
  const server = await listen(t);
  for (const [name, baseURL, model] of [['OpenRouter', server.openrouterBaseURL, 'openai/gpt-4o-mini'], ['OpenAI', server.openaiBaseURL, 'gpt-4o-mini']] as const) {
    const client = new OpenAI({ apiKey: 'test-key', baseURL, maxRetries: 0 });
    const first = await client.responses.create({ model, input: 'What is the weather in Paris?', tools, store: false });
    const call = first.output.find((item): item is ResponseFunctionToolCall => item.type === 'function_call');
    t.ok(call, `${name}: a function call`);
    if (!call) continue;
    t.equal(call.name, 'get_weather');
    t.type(JSON.parse(call.arguments), 'object', `${name}: JSON arguments`);
    t.equal(first.output_text, '', `${name}: no text yet`);

    const input: ResponseInputItem[] = [
      { role: 'user', content: 'What is the weather in Paris?' },
      { type: 'function_call', id: call.id, call_id: call.call_id, name: call.name, arguments: call.arguments },
      { type: 'function_call_output', id: `fco_${call.call_id}`, call_id: call.call_id, output: '{"temperature":22,"condition":"sunny"}' } as ResponseInputItem,
    ];
    const second = await client.responses.create({ model, input, tools, store: false });
    t.equal(second.status, 'completed', `${name}: completed`);
    t.equal(second.output_text, 'The weather in Paris: temperature 22, condition sunny.', `${name}: the answer uses the output`);
    t.equal(second.usage?.total_tokens, (second.usage?.input_tokens ?? 0) + (second.usage?.output_tokens ?? 0));
  }
});

t.test('validation errors surface as BadRequestError naming the path', async (t) => {
  const server = await listen(t);
  const openrouter = new OpenAI({ apiKey: 'k', baseURL: server.openrouterBaseURL, maxRetries: 0 });
  const missingId = openrouter.responses.create({
    model: 'openai/gpt-4o-mini',
    tools,
    input: [
      { role: 'user', content: 'weather?' },
      { type: 'function_call', id: 'fc_1', call_id: 'call_1', name: 'get_weather', arguments: '{"city":"Paris"}' },
      { type: 'function_call_output', call_id: 'call_1', output: 'sunny' },
    ],
  });
  await t.rejects(missingId, { constructor: OpenAI.BadRequestError, status: 400, message: /^400 Missing required parameter: 'input\[2\]\.id'/ });

  const openai = new OpenAI({ apiKey: 'k', baseURL: server.openaiBaseURL, maxRetries: 0 });
  await t.rejects(openai.responses.create({ model: 'gpt-4o', input: 'hi', tools, tool_choice: { type: 'function', name: 'get_time' } }), {
    constructor: OpenAI.BadRequestError,
    param: 'tool_choice',
    message: /Tool choice 'function' not found in 'tools' parameter/,
  });
  await t.rejects(openai.responses.create({
    model: 'gpt-4o', tools,
    input: [{ role: 'user', content: 'x' }, { type: 'function_call_output', call_id: 'call_nope', output: 'x' }],
  }), { constructor: OpenAI.BadRequestError, param: 'input[1].call_id', message: /No tool call found for function call output with call_id call_nope/ });
  await t.rejects(openai.responses.create({ model: 'gpt-4o', input: 'hi', tools: [{ type: 'function', name: 'f', strict: true, parameters: { type: 'object', properties: { a: { type: 'string' } } } }] }), {
    constructor: OpenAI.BadRequestError,
    code: 'invalid_function_parameters',
    param: 'tools[0].parameters',
  });
  // Not a JSON Schema at all: refused for a non-strict tool too; OpenRouter still answers.
  const badType = { type: 'function' as const, name: 'f', strict: false, parameters: { type: 'object', properties: { a: { type: 'strng' } } } };
  const refused = await openai.responses.create({ model: 'gpt-4o', input: 'hi', tools: [badType] }).then(() => undefined, (error: unknown) => error);
  t.ok(refused instanceof OpenAI.APIError, 'an APIError');
  t.match(refused, {
    status: 400,
    code: 'invalid_function_parameters',
    param: 'tools[0].parameters',
    type: 'invalid_request_error',
    message: /^400 Invalid schema for function 'f': 'strng' is not valid under any of the given schemas\./,
  });
  const answered = await openrouter.responses.create({ model: 'openai/gpt-4o-mini', input: 'hi', tools: [badType] });
  t.equal(answered.status, 'completed', 'OpenRouter: answered as before');
});

t.test('stored responses through the SDK (OpenAI path)', async (t) => {
  const server = await listen(t);
  const client = new OpenAI({ apiKey: 'k', baseURL: server.openaiBaseURL, maxRetries: 0 });
  const first = await client.responses.create({ model: 'gpt-4o', input: 'What is the weather in Paris?', tools });
  const call = first.output[0] as ResponseFunctionToolCall;
  const second = await client.responses.create({
    model: 'gpt-4o', tools, previous_response_id: first.id,
    input: [{ type: 'function_call_output', call_id: call.call_id, output: 'sunny' }],
  });
  t.match(second.output_text, /sunny/);
  const retrieved = await client.responses.retrieve(second.id);
  t.equal(retrieved.id, second.id);
  t.equal(retrieved.output_text, second.output_text);
  await client.responses.delete(second.id);
  const missing: unknown = await client.responses.retrieve(second.id).catch((error: unknown) => error);
  t.type(missing, OpenAI.NotFoundError);
});

t.test('a reusable prompt without input: answered, and Response.prompt echoes it', async (t) => {
  const server = await listen(t);
  const client = new OpenAI({ apiKey: 'k', baseURL: server.openaiBaseURL, maxRetries: 0 });
  const prompt = { id: 'pmpt_68a1b2c3', version: '2', variables: { city: 'Paris', topic: { type: 'input_text' as const, text: 'the weather' } } };
  const response = await client.responses.create({ model: 'gpt-4o', prompt });
  t.equal(response.status, 'completed');
  t.equal(response.output_text, 'Here is a short answer about paris and weather.');
  t.same(response.prompt, prompt);
  const stream = await client.responses.create({ model: 'gpt-4o', prompt: { id: 'pmpt_68a1b2c3' }, input: 'What is the weather in Rome?', stream: true });
  let done: OpenAI.Responses.Response | undefined;
  for await (const event of stream) if (event.type === 'response.completed') done = event.response;
  t.same(done?.prompt, { id: 'pmpt_68a1b2c3', variables: null, version: null });
  t.match(JSON.stringify(done?.output), /Rome/, 'the input is what it answers');
  await t.rejects(client.responses.create({ model: 'gpt-4o', prompt: { id: 'pmpt_1', variables: { city: 3 as unknown as string } } }), {
    constructor: OpenAI.BadRequestError,
    param: 'prompt.variables.city',
    message: /Invalid type for 'prompt\.variables\.city': expected one of a string or an object, but got an integer instead/,
  });
});

t.test("every OpenAI-path answer carries an x-request-id: the SDK's _request_id and APIError.requestID", async (t) => {
  const server = await listen(t, { seed: 7 });
  const client = new OpenAI({ apiKey: 'k', baseURL: server.openaiBaseURL, maxRetries: 0 });
  const created = await client.responses.create({ model: 'gpt-4o-mini', input: 'hi' });
  t.match(created._request_id, /^req_[0-9a-f]{32}$/);
  const streamed = await client.responses.create({ model: 'gpt-4o-mini', input: 'hi', stream: true }).withResponse();
  t.match(streamed.request_id, /^req_[0-9a-f]{32}$/, 'a stream too');
  for await (const _event of streamed.data) { /* drained */ }
  const refused = await client.responses.create({ model: 'gpt-4o-mini', input: 'hi', temperature: 9 }).catch((error: unknown) => error);
  t.match((refused as InstanceType<typeof OpenAI.APIError>).requestID, /^req_[0-9a-f]{32}$/, 'an error too');
  t.not(created._request_id, streamed.request_id, 'one per answer');
  // Under the server's seed the same run of requests gets the same ids.
  const again = await listen(t, { seed: 7 });
  const other = new OpenAI({ apiKey: 'k', baseURL: again.openaiBaseURL, maxRetries: 0 });
  t.equal((await other.responses.create({ model: 'gpt-4o-mini', input: 'hi' }))._request_id, created._request_id);
});
