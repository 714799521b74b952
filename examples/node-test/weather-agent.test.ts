// Example: the same kind of test with node:test. Run: node --import tsx --test examples/node-test/weather-agent.test.ts
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import { startMockServer, type MockServer } from 'responses-mock';

let mock: MockServer;
before(async () => { mock = await startMockServer(); });
after(() => mock.close());

test('a forced tool call on the OpenRouter path', async () => {
  const client = new OpenAI({ apiKey: 'test', baseURL: mock.openrouterBaseURL, defaultHeaders: { 'x-mock-session': 'forced' } });
  const response = await client.responses.create({
    model: 'openai/gpt-4o-mini',
    input: 'Book a table for 4 at Chez Panisse',
    tools: [{
      type: 'function', name: 'book_table', strict: true,
      parameters: { type: 'object', properties: { restaurant: { type: 'string' }, party_size: { type: 'integer', minimum: 1 } }, required: ['restaurant', 'party_size'], additionalProperties: false },
    }],
    tool_choice: { type: 'function', name: 'book_table' },
  });
  const call = response.output.find((item) => item.type === 'function_call');
  assert.ok(call, 'the forced tool was called');
  const args = JSON.parse(call.arguments) as { restaurant: string; party_size: number };
  assert.deepEqual(args, { restaurant: 'Chez Panisse', party_size: 4 }, 'arguments read from the prompt');
  assert.match(call.id ?? '', /^fc_tmp_/, 'OpenRouter item ids');
});

test('strict history validation catches a missing output id', async () => {
  const client = new OpenAI({ apiKey: 'test', baseURL: mock.openrouterBaseURL, maxRetries: 0 });
  await assert.rejects(client.responses.create({
    model: 'openai/gpt-4o-mini',
    input: [
      { role: 'user', content: 'Weather?' },
      { type: 'function_call', id: 'fc_1', call_id: 'call_1', name: 'get_weather', arguments: '{}' },
      { type: 'function_call_output', call_id: 'call_1', output: 'sunny' },
    ],
    tools: [{ type: 'function', name: 'get_weather', strict: false, parameters: { type: 'object', properties: {} } }],
  }), (error: unknown) => error instanceof OpenAI.BadRequestError && /'input\[2\]\.id'/.test(error.message));
});
