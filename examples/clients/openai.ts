// The official openai SDK against responses-mock, unmodified: a tool loop on both base paths, then a stream.
// Run: MOCK_URL=http://127.0.0.1:8080 npx tsx examples/clients/openai.ts
import OpenAI from 'openai';

const url = process.env.MOCK_URL ?? 'http://127.0.0.1:8080';
const tools: OpenAI.Responses.Tool[] = [{
  type: 'function',
  name: 'get_weather',
  description: 'Get the current weather for a city',
  strict: true,
  parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false },
}];

for (const [name, baseURL, model] of [
  ['OpenRouter', `${url}/api/v1`, 'openai/gpt-4o-mini'],
  ['OpenAI', `${url}/v1`, 'gpt-4o-mini'],
] as const) {
  const client = new OpenAI({ apiKey: 'any-key', baseURL });
  const input: OpenAI.Responses.ResponseInputItem[] = [{ role: 'user', content: 'What is the weather in Paris?' }];
  const first = await client.responses.create({ model, input, tools, store: false });
  const call = first.output.find((item) => item.type === 'function_call');
  if (!call) throw new Error(`${name}: expected a function call`);
  // OpenRouter documents `id` as required on tool outputs in history; the mock enforces it by default.
  input.push(call, { type: 'function_call_output', id: `out_${call.call_id}`, call_id: call.call_id, output: '{"temperature":21,"sky":"clear"}' });
  const second = await client.responses.create({ model, input, tools, store: false });
  console.log(`${name}: ${call.name}(${call.arguments}) → ${second.output_text}`);

  const stream = client.responses.stream({ model, input: 'What is the weather in Rome?', tools, store: false });
  let deltas = 0;
  stream.on('response.function_call_arguments.delta', () => { deltas += 1; });
  const streamed = await stream.finalResponse();
  const streamedCall = streamed.output.find((item) => item.type === 'function_call');
  if (!streamedCall) throw new Error(`${name}: expected a streamed function call`);
  console.log(`${name} (stream): ${streamedCall.name}(${streamedCall.arguments}) in ${deltas} argument deltas`);
}
