// Vercel `ai` + @ai-sdk/openai against responses-mock: generateText and streamText run a multi-step tool loop.
// Run: MOCK_URL=http://127.0.0.1:8080 npx tsx examples/clients/vercel-ai.ts
import { createOpenAI } from '@ai-sdk/openai';
import { generateText, stepCountIs, streamText, tool } from 'ai';
import { z } from 'zod';

const url = process.env.MOCK_URL ?? 'http://127.0.0.1:8080';
const tools = {
  get_weather: tool({
    description: 'Get the current weather for a city',
    inputSchema: z.object({ city: z.string() }),
    execute: async ({ city }) => ({ city, temperature: 21, sky: 'clear' }),
  }),
};

// OpenAI path: store is on by default, so the SDK refers to earlier items by id; the mock resolves them.
const openai = createOpenAI({ apiKey: 'any-key', baseURL: `${url}/v1` });
const result = await generateText({ model: openai.responses('gpt-4o-mini'), tools, prompt: 'What is the weather in Paris?', stopWhen: stepCountIs(3) });
if (result.steps.length !== 2 || !result.text.includes('Paris')) throw new Error(`OpenAI: unexpected ${JSON.stringify(result.text)}`);
console.log(`OpenAI: ${result.steps.length} steps → ${result.text}`);

// OpenRouter path: stateless, so store must be off; the SDK omits output ids, accepted in lenient mode.
const openrouter = createOpenAI({ apiKey: 'any-key', baseURL: `${url}/api/v1`, headers: { 'x-mock-strictness': 'lenient' } });
const stream = streamText({
  model: openrouter.responses('openai/gpt-4o-mini'),
  tools,
  prompt: 'What is the weather in Rome?',
  stopWhen: stepCountIs(3),
  providerOptions: { openai: { store: false } },
});
let text = '';
for await (const delta of stream.textStream) text += delta;
if (!text.includes('Rome')) throw new Error(`OpenRouter: unexpected ${JSON.stringify(text)}`);
console.log(`OpenRouter (stream): ${(await stream.steps).length} steps → ${text}`);
