// @openrouter/sdk against responses-mock: responses.send, streaming and not, parse every event strictly.
// Run: MOCK_URL=http://127.0.0.1:8080 npx tsx examples/clients/openrouter-sdk.ts
import { OpenRouter } from '@openrouter/sdk';

const url = process.env.MOCK_URL ?? 'http://127.0.0.1:8080';
const client = new OpenRouter({ apiKey: 'any-key', serverURL: `${url}/api/v1` });
const tools = [{
  type: 'function' as const,
  name: 'get_weather',
  description: 'Get the current weather for a city',
  strict: false,
  parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
}];

// The SDK takes camelCase fields (toolChoice, maxOutputTokens…) and sends snake_case.
const response = await client.responses.send({
  responsesRequest: { model: 'openai/gpt-4o-mini', input: 'What is the weather in Paris?', tools, toolChoice: 'required' },
});
if (!('output' in response)) throw new Error('expected a JSON response');
const call = response.output.find((item) => item.type === 'function_call');
if (!call || call.type !== 'function_call') throw new Error('expected a function call');
console.log(`OpenRouter SDK: ${call.name}(${call.arguments}), ${response.usage?.totalTokens} tokens`);

const stream = await client.responses.send({
  responsesRequest: { model: 'openai/gpt-4o-mini', input: 'Reply exactly with: Hello from the mock!', stream: true },
});
if ('output' in stream) throw new Error('expected a stream');
let text = '';
for await (const event of stream) {
  if (event.type === 'response.output_text.delta') text += event.delta;
}
if (text !== 'Hello from the mock!') throw new Error(`unexpected streamed text ${JSON.stringify(text)}`);
console.log(`OpenRouter SDK (stream): ${text}`);
