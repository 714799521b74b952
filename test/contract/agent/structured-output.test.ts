// Structured output through real clients, unmodified, on a real port: openai's responses.parse() and
// responses.stream() with zodTextFormat on both paths, @openai/agents with an outputType (after a tool call),
// Vercel's generateText with Output.object on the responses model, and LangChain's withStructuredOutput with
// useResponsesApi. Each parses the mock's JSON answer against its own schema; any mismatch throws.
import { createOpenAI } from '@ai-sdk/openai';
import { ChatOpenAI } from '@langchain/openai';
import { Agent, run, setDefaultOpenAIClient, setOpenAIAPI, setTracingDisabled, tool } from '@openai/agents';
import { generateText, Output } from 'ai';
import OpenAI from 'openai';
import { zodTextFormat } from 'openai/helpers/zod';
import t from 'tap';
import { z } from 'zod';
import { listen } from '../../helpers/server.js';

const Person = z.object({ name: z.string(), age: z.number().int(), city: z.string(), hobbies: z.array(z.string()) });
const prompt = 'Extract the person: Alice is 30 years old, lives in Paris and likes chess and cycling.';

t.test('openai responses.parse() and responses.stream() with zodTextFormat, both paths', async (t) => {
  const server = await listen(t);
  const paths = [['OpenRouter', server.openrouterBaseURL, 'openai/gpt-4o-mini'], ['OpenAI', server.openaiBaseURL, 'gpt-4o-mini']] as const;
  for (const [name, baseURL, model] of paths) {
    const client = new OpenAI({ apiKey: 'k', baseURL, maxRetries: 0 });
    const text = { format: zodTextFormat(Person, 'person') };
    const parsed = await client.responses.parse({ model, input: prompt, text, store: false });
    t.equal(parsed.status, 'completed', `${name}: completed`);
    t.match(parsed.output_parsed, { age: 30, city: 'Paris' }, `${name}: parsed, values from the prompt`);
    t.ok(Person.safeParse(parsed.output_parsed).success, `${name}: valid for the schema`);

    const stream = client.responses.stream({ model, input: prompt, text, store: false });
    let deltas = '';
    stream.on('response.output_text.delta', (event) => (deltas += event.delta));
    const final = await stream.finalResponse();
    t.match(final.output_parsed, { age: 30, city: 'Paris' }, `${name}: the stream's final response is parsed`);
    t.equal(deltas, final.output_text, `${name}: JSON fragments add up to the text`);
    t.ok(deltas.length > 0 && deltas !== final.output_text.slice(0, 1), `${name}: streamed in pieces`);

    const streamedParse = await client.responses.parse({ model, input: prompt, text, store: false, stream: false });
    t.same(streamedParse.output_parsed, parsed.output_parsed, `${name}: same request, same document`);
  }
});

t.test('@openai/agents with an outputType, after a tool call', async (t) => {
  const server = await listen(t);
  setTracingDisabled(true);
  setOpenAIAPI('responses');
  setDefaultOpenAIClient(new OpenAI({ apiKey: 'k', baseURL: server.openaiBaseURL, maxRetries: 0 }));
  const Weather = z.object({ city: z.string(), temperature: z.number(), summary: z.string() });
  const getWeather = tool({
    name: 'get_weather',
    description: 'Get the current weather for a city',
    parameters: z.object({ city: z.string() }),
    execute: async ({ city }) => JSON.stringify({ city, temperature: 21 }),
  });
  const agent = new Agent({ name: 'Weather', instructions: 'Use the tool, then report.', tools: [getWeather], outputType: Weather, model: 'gpt-4o-mini' });
  const result = await run(agent, 'What is the weather in Paris?');
  t.match(result.finalOutput, { city: 'Paris', temperature: 21 }, 'the final output is the parsed document, filled from the tool output');
  t.ok(result.newItems.some((item) => item.type === 'tool_call_item'), 'the tool was called first');
  const streamed = await run(agent, 'What is the weather in Rome?', { stream: true });
  for await (const _event of streamed) { /* drain */ }
  await streamed.completed;
  t.match(streamed.finalOutput, { city: 'Rome' }, 'streamed too');
});

t.test('Vercel generateText with Output.object on the responses model', async (t) => {
  const server = await listen(t);
  for (const [name, baseURL, model, options] of [
    ['OpenAI', server.openaiBaseURL, 'gpt-4o-mini', {}],
    ['OpenRouter', server.openrouterBaseURL, 'openai/gpt-4o-mini', { openai: { store: false } }],
  ] as const) {
    const provider = createOpenAI({ apiKey: 'k', baseURL });
    const result = await generateText({ model: provider.responses(model), output: Output.object({ schema: Person }), prompt, providerOptions: options });
    t.match(result.output, { age: 30, city: 'Paris' }, `${name}: the object`);
  }
});

t.test('LangChain withStructuredOutput with useResponsesApi', async (t) => {
  const server = await listen(t);
  for (const [name, baseURL, model] of [['OpenAI', server.openaiBaseURL, 'gpt-4o-mini'], ['OpenRouter', server.openrouterBaseURL, 'openai/gpt-4o-mini']] as const) {
    const chat = new ChatOpenAI({ model, apiKey: 'k', configuration: { baseURL }, useResponsesApi: true, maxRetries: 0, ...(name === 'OpenRouter' ? { modelKwargs: { store: false } } : {}) });
    const structured = chat.withStructuredOutput(Person, { name: 'person', strict: true });
    const person = await structured.invoke(prompt);
    t.match(person, { age: 30, city: 'Paris' }, `${name}: parsed`);
  }
});
