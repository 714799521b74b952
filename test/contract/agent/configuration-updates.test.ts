// Configuration updates as real clients send them, on a real port: Vercel ai 7's `reasoningEffortUpdate` (a
// `configuration_update` before the input, on a GPT-6 model) and its message-level `textFormatUpdate` (an empty
// system message that becomes an update mid-conversation), and the openai SDK's typed `configuration_update` item.
import { createOpenAI } from '@ai-sdk/openai';
import { generateText } from 'ai';
import OpenAI from 'openai';
import t from 'tap';
import { listen } from '../../helpers/server.js';

const CITY = {
  type: 'json_schema' as const, name: 'city', strict: true,
  schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false },
};

t.test('Vercel ai 7: reasoningEffortUpdate and textFormatUpdate reach the answer', async (t) => {
  const server = await listen(t);
  const sent: Array<{ input: Array<{ type?: string }> }> = [];
  const openai = createOpenAI({
    apiKey: 'k',
    baseURL: `${server.url}/v1`,
    fetch: async (input, init) => {
      if (typeof init?.body === 'string') sent.push(JSON.parse(init.body));
      return fetch(input, init);
    },
  });
  const effort = await generateText({
    model: openai.responses('gpt-6-astra'),
    prompt: 'Hello there',
    providerOptions: { openai: { store: false, reasoningEffortUpdate: 'high', reasoningSummary: 'auto' } },
  });
  t.equal(sent[0]?.input[0]?.type, 'configuration_update', 'the SDK sent an update first');
  t.same(effort.warnings, [], 'no warnings');
  t.equal(effort.usage.outputTokenDetails.reasoningTokens! >= 512, true, `reasoned at high effort (${effort.usage.outputTokenDetails.reasoningTokens} tokens)`);
  const format = await generateText({
    model: openai.responses('gpt-6-astra'),
    allowSystemInMessages: true,
    messages: [
      { role: 'user', content: 'What is the weather in Paris?' },
      { role: 'assistant', content: 'Sunny.' },
      { role: 'system', content: '', providerOptions: { openai: { textFormatUpdate: CITY } } },
      { role: 'user', content: 'Now give the city of Paris as JSON.' },
    ],
    providerOptions: { openai: { store: false } },
  });
  t.ok(sent[1]?.input.some((item) => item.type === 'configuration_update'), 'the system message became an update');
  t.same(JSON.parse(format.text), { city: 'Paris' }, 'the answer follows the updated format');
});

t.test('openai SDK: a typed configuration_update item is taken, and listed back', async (t) => {
  const server = await listen(t);
  const client = new OpenAI({ apiKey: 'k', baseURL: `${server.url}/v1` });
  const response = await client.responses.create({
    model: 'gpt-5.6',
    input: [{ type: 'configuration_update', reasoning: { effort: 'none' } }, { role: 'user', content: 'Hello' }],
  });
  t.same(response.output.map((item) => item.type), ['message'], 'effort none: no reasoning');
  const listed = await client.responses.inputItems.list(response.id, { order: 'asc' });
  t.equal(listed.data[0]?.type, 'configuration_update');
});
