// The OpenRouter path through its clients' less-used features, unmodified, on a real port: @openrouter/sdk,
// Vercel `ai` + @ai-sdk/openai and LangChain's ChatOpenAI with structured output, parallel calls streamed, a
// multi-turn loop with tool outputs, reasoning, the web plugin and `:online`, and a 400 as each client surfaces it.
import { createOpenAI } from '@ai-sdk/openai';
import { HumanMessage, ToolMessage, type AIMessage, type AIMessageChunk } from '@langchain/core/messages';
import { tool as langchainTool } from '@langchain/core/tools';
import { ChatOpenAI } from '@langchain/openai';
import { OpenRouter } from '@openrouter/sdk';
import { APICallError, generateText, stepCountIs, streamText, tool } from 'ai';
import t from 'tap';
import { z } from 'zod';
import { listen } from '../../helpers/server.js';

const city = z.object({ city: z.string() });
const functions = [
  { type: 'function', name: 'get_weather', description: 'Get the weather for a city', strict: false, parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } },
  { type: 'function', name: 'get_time', description: 'Get the current time in a city', strict: false, parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } },
];
const both = 'What is the weather and the time in Tokyo?';

/** Paths of what the SDK could not match to a schema of its own. */
function unknownPaths(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((entry, index) => unknownPaths(entry, `${path}[${index}]`));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const own = record.type === 'UNKNOWN' || record.isUnknown === true ? [path] : [];
  return [...own, ...Object.entries(record).flatMap(([key, entry]) => (key === 'raw' ? [] : unknownPaths(entry, `${path}.${key}`)))];
}

t.test('@openrouter/sdk: a schema, parallel calls streamed, a loop, reasoning, the web plugin; a 400 as it surfaces it', async (t) => {
  const server = await listen(t);
  const client = new OpenRouter({ apiKey: 'k', serverURL: server.openrouterBaseURL, retryConfig: { strategy: 'none' } });
  const send = (request: Record<string, unknown>) => client.responses.send({ responsesRequest: { model: 'openai/gpt-4o-mini', ...request } as never }) as Promise<Record<string, unknown>>;
  const text = (response: Record<string, unknown>) => ((response.output as Array<Record<string, unknown>>).at(-1)!.content as Array<{ text: string; annotations: unknown[] }>)[0]!;

  const structured = await send({ input: 'Alice is 30 years old.', text: { format: { type: 'json_schema', name: 'person', strict: true, schema: { type: 'object', properties: { age: { type: 'integer' } }, required: ['age'], additionalProperties: false } } } });
  t.same(JSON.parse(text(structured).text), { age: 30 }, 'structured output');

  const events: Array<Record<string, unknown>> = [];
  for await (const event of await send({ input: both, tools: functions, parallelToolCalls: true, stream: true }) as unknown as AsyncIterable<Record<string, unknown>>) events.push(event);
  t.same(unknownPaths(events.map(({ response: _response, ...event }) => event)), [], 'every event of the stream parsed');
  const calls = (events.at(-1)!.response as { output: Array<{ type: string; name: string; callId: string; arguments: string }> }).output;
  t.same(calls.map((call) => [call.type, call.name, JSON.parse(call.arguments)]), [['function_call', 'get_weather', { city: 'Tokyo' }], ['function_call', 'get_time', { city: 'Tokyo' }]], 'two calls in one streamed response');
  t.not(calls[0]!.callId, calls[1]!.callId);

  const history = [{ type: 'message', role: 'user', content: both }, ...calls, ...calls.map((call, index) => ({ type: 'function_call_output', id: `out_${index}`, callId: call.callId, output: '{"ok":true}' }))];
  t.match(text(await send({ input: history, tools: functions })).text, /get_weather|weather/, 'the loop: an answer from the outputs');

  const reasoned = await send({ model: 'openai/gpt-5.5', input: 'Say hi', reasoning: { effort: 'high', summary: 'detailed' } });
  t.match((reasoned.output as Array<Record<string, unknown>>)[0], { type: 'reasoning', summary: [{ type: 'summary_text', text: String }] }, 'a reasoning item with its summary');

  t.equal(text(await send({ input: 'Latest news today?', plugins: [{ id: 'web', maxResults: 2 }] })).annotations.length, 2, 'the web plugin: cited sources');

  // OpenRouter's validation 400 has a string code ('invalid_prompt'), which the SDK's error type (a number) does
  // not take: it throws a ResponseValidationError, the answer's text in `body`, as against the live service.
  const refused = await send({ input: [{ type: 'function_call_output', callId: 'call_1', output: 'x' }] }).catch((error: unknown) => error);
  t.match(refused, { name: 'ResponseValidationError', statusCode: 400 });
  t.match(JSON.parse((refused as { body: string }).body), { error: { code: 'invalid_prompt', message: /^Missing required parameter: 'input\[0\]\.id'/ } });
});

t.test('Vercel ai: parallel calls streamed in one step, reasoning when told the model reasons, sources, a 400', async (t) => {
  const server = await listen(t);
  const openrouter = createOpenAI({ apiKey: 'k', baseURL: server.openrouterBaseURL, headers: { 'x-mock-strictness': 'lenient' } });
  const stateless = { openai: { store: false } };
  const tools = {
    get_weather: tool({ description: 'Get the weather for a city', inputSchema: city, execute: async ({ city: name }) => ({ name, temperature: 20 }) }),
    get_time: tool({ description: 'Get the current time in a city', inputSchema: city, execute: async ({ city: name }) => ({ name, time: '10:00' }) }),
  };
  const stream = streamText({ model: openrouter.responses('openai/gpt-4o-mini'), tools, prompt: both, stopWhen: stepCountIs(3), providerOptions: stateless });
  const deltas: string[] = [];
  for await (const part of stream.fullStream) if (part.type === 'tool-input-delta') deltas.push(part.id);
  const steps = await stream.steps;
  t.same(steps.map((step) => step.toolCalls.map((call) => call.toolName)), [['get_weather', 'get_time'], []], 'both calls in the first step, the answer in the second');
  t.equal(new Set(deltas).size, 2, 'each call\'s arguments streamed');
  t.match(await stream.text, /Tokyo/);

  // @ai-sdk/openai knows OpenRouter's slugs ('openai/gpt-5.5') as no reasoning model: it drops the effort unless told.
  const reasoning = { openai: { store: false, forceReasoning: true, reasoningEffort: 'high', reasoningSummary: 'detailed' } };
  const reasoned = await generateText({ model: openrouter.responses('openai/gpt-5.5'), prompt: 'Say hi', providerOptions: reasoning });
  t.ok(reasoned.reasoningText && reasoned.reasoningText.length > 0, 'the reasoning summary');
  const online = await generateText({ model: openrouter.responses('openai/gpt-4o-mini:online'), prompt: 'Latest news today?', providerOptions: stateless });
  t.equal(online.sources.length, 3, ':online: the cited pages as sources');

  const refused = await generateText({ model: openrouter.responses('openai/gpt-4o-mini'), prompt: 'hi', providerOptions: { openai: { store: true } }, maxRetries: 0 }).catch((error: unknown) => error);
  t.ok(APICallError.isInstance(refused), 'a 400 is an APICallError');
  t.match(refused, { statusCode: 400, message: "Invalid value for 'store': true. This endpoint is stateless: 'store' must be false or absent." });
});

t.test('LangChain: parallel calls streamed, a loop with tool outputs (lenient), a 400', async (t) => {
  const server = await listen(t);
  const chat = (headers: Record<string, string> = {}, kwargs: Record<string, unknown> = { store: false }) =>
    new ChatOpenAI({ model: 'openai/gpt-4o-mini', apiKey: 'k', configuration: { baseURL: server.openrouterBaseURL, defaultHeaders: headers }, useResponsesApi: true, maxRetries: 0, modelKwargs: kwargs });
  const tools = ['get_weather', 'get_time'].map((name) => langchainTool(async ({ city: place }) => JSON.stringify({ place, ok: true }), { name, description: `${name.replace('_', ' ')} for a city`, schema: city }));
  let streamed: AIMessageChunk | undefined;
  for await (const chunk of await chat().bindTools(tools).stream(both)) streamed = streamed ? streamed.concat(chunk) : chunk;
  t.same(streamed!.tool_calls!.map((call) => [call.name, call.args]), [['get_weather', { city: 'Tokyo' }], ['get_time', { city: 'Tokyo' }]], 'both calls, from the chunks');

  // LangChain sends tool outputs without the id OpenRouter documents, as @openai/agents and Vercel ai do.
  const weather = chat({ 'x-mock-strictness': 'lenient' }).bindTools([tools[0]!]);
  const messages: Array<HumanMessage | AIMessage | ToolMessage> = [new HumanMessage('What is the weather in Paris and London?')];
  const asked = await weather.invoke(messages);
  messages.push(asked, ...asked.tool_calls!.map((call) => new ToolMessage({ tool_call_id: call.id!, content: '{"temperature":20}' })));
  t.equal(asked.tool_calls!.length, 2);
  t.match((await weather.invoke(messages)).text, /Paris.*London/, 'the answer to both outputs');
  const strict = await chat().bindTools([tools[0]!]).invoke(messages).catch((error: Error) => error);
  t.match(strict, { status: 400, message: /^400 Missing required parameter: 'input\[3\]\.id'/ }, 'strict by default');

  const refused = await chat({}, { store: true }).invoke('hi').catch((error: Error) => error);
  t.match(refused, { status: 400, message: "400 Invalid value for 'store': true. This endpoint is stateless: 'store' must be false or absent." });
});
