// Example: the same kind of test with node:test. Run: node --import tsx --test examples/node-test/weather-agent.test.ts
import { after, before, describe, test } from 'node:test';
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

// Tests that run side by side against one server: each has its own session, so each its own scenario (even
// under the same name), rule progress and journal.
describe('a scripted tool loop, step by step', { concurrency: true }, () => {
  for (const city of ['Oslo', 'Lima']) {
    test(`in ${city}, with a timeout on the way`, async () => {
      const session = `loop-${city}`;
      mock.useScenario({
        rules: [
          { match: { afterToolOutput: false }, respond: { calls: [{ name: 'get_weather', arguments: { city } }] } },
          { match: { afterToolOutput: 'get_weather' }, respond: { text: 'too late', latencyMs: 10_000 } },
          { match: { afterToolOutput: 'get_weather' }, respond: { text: `Bring a coat in ${city}.` } },
        ],
      }, { session, name: 'weather-loop' });
      const client = new OpenAI({ apiKey: 'test', baseURL: mock.openaiBaseURL, timeout: 1000, maxRetries: 1, defaultHeaders: { 'x-mock-session': session } });
      const tools: OpenAI.Responses.Tool[] = [{ type: 'function', name: 'get_weather', strict: false, parameters: { type: 'object', properties: { city: { type: 'string' } } } }];
      const first = await client.responses.create({ model: 'gpt-4o-mini', instructions: 'Be brief.', input: 'Do I need a coat?', tools });
      const call = first.output.find((item) => item.type === 'function_call');
      assert.ok(call);
      const output = { type: 'function_call_output' as const, call_id: call.call_id, output: '-3 C' };
      const final = await client.responses.create({ model: 'gpt-4o-mini', instructions: 'Be brief.', previous_response_id: first.id, input: [output], tools });
      assert.equal(final.output_text, `Bring a coat in ${city}.`);

      const sent = mock.requests({ session });
      assert.deepEqual(sent.map((entry) => [entry.rule?.index, entry.status, entry.error?.code ?? null]), [[0, 200, null], [1, null, 'client_closed'], [2, 200, null]], 'the call; the answer the client gave up on; its retry');
      const retried = JSON.parse(sent[2]!.body) as { previous_response_id: string; instructions: string; input: unknown[] };
      assert.deepEqual(retried, { ...retried, previous_response_id: first.id, instructions: 'Be brief.', input: [output] }, 'what the client sent at the last step');
    });
  }
});
