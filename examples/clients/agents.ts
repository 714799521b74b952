// @openai/agents against responses-mock: an agent with a tool runs its loop (call, tool, answer) unmodified.
// Run: MOCK_URL=http://127.0.0.1:8080 npx tsx examples/clients/agents.ts
import { Agent, run, setDefaultOpenAIClient, setOpenAIAPI, setTracingDisabled, tool } from '@openai/agents';
import OpenAI from 'openai';
import { z } from 'zod';

const url = process.env.MOCK_URL ?? 'http://127.0.0.1:8080';
setTracingDisabled(true);
setOpenAIAPI('responses');

const getWeather = tool({
  name: 'get_weather',
  description: 'Get the current weather for a city',
  parameters: z.object({ city: z.string() }),
  execute: async ({ city }) => `It is 21°C and clear in ${city}.`,
});

for (const [name, baseURL, model, headers] of [
  ['OpenAI', `${url}/v1`, 'gpt-4o-mini', {}],
  // The agents SDK sends tool outputs without an `id`, which OpenRouter's documentation requires and the
  // mock enforces by default; the live service accepts it, and so does the mock's lenient mode.
  ['OpenRouter', `${url}/api/v1`, 'openai/gpt-4o-mini', { 'x-mock-strictness': 'lenient' }],
] as const) {
  setDefaultOpenAIClient(new OpenAI({ apiKey: 'any-key', baseURL, defaultHeaders: headers }));
  const agent = new Agent({ name: 'Weather', instructions: 'Answer weather questions with the tool.', tools: [getWeather], model });
  const result = await run(agent, 'What is the weather in Paris?');
  if (!result.finalOutput?.includes('21°C')) throw new Error(`${name}: unexpected final output ${result.finalOutput}`);
  console.log(`${name}: ${result.finalOutput}`);

  const streamed = await run(agent, 'What is the weather in Rome?', { stream: true });
  for await (const _event of streamed) { /* events arrive as the mock streams them */ }
  await streamed.completed;
  if (!streamed.finalOutput?.includes('Rome')) throw new Error(`${name}: unexpected streamed output ${streamed.finalOutput}`);
  console.log(`${name} (stream): ${streamed.finalOutput}`);
}
