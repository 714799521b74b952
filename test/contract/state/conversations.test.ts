// OpenAI's Conversations API through real clients, unmodified, on a real port: the openai SDK creates a
// conversation, runs a tool loop in it with `conversation` (the call's output alone is enough the second time,
// the conversation holds the call), lists, reads, deletes and updates; @openai/agents runs with a conversationId
// and with an OpenAIConversationsSession across two runs; Vercel's generateText runs a tool loop with the
// conversation provider option, which leaves out of its input what the conversation already holds.
import { Agent, OpenAIConversationsSession, OpenAIResponsesModel, run, setTracingDisabled, tool } from '@openai/agents';
import { createOpenAI } from '@ai-sdk/openai';
import { generateText, stepCountIs, tool as vercelTool } from 'ai';
import OpenAI from 'openai';
import t from 'tap';
import { z } from 'zod';
import { listen } from '../../helpers/server.js';

const weatherTool = {
  type: 'function' as const,
  name: 'get_weather',
  description: 'Get the weather for a city',
  strict: true,
  parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false },
};

t.test('openai SDK: a tool loop inside a conversation, and every conversation call', async (t) => {
  const server = await listen(t);
  const client = new OpenAI({ apiKey: 'k', baseURL: server.openaiBaseURL, maxRetries: 0 });
  const conversation = await client.conversations.create({ metadata: { topic: 'weather' }, items: [{ type: 'message', role: 'developer', content: 'Be brief.' }] });
  t.match(conversation, { id: /^conv_[0-9a-f]{48}$/, object: 'conversation', created_at: Number, metadata: { topic: 'weather' } }, 'created');

  const first = await client.responses.create({ model: 'gpt-4o-mini', input: 'What is the weather in Paris?', tools: [weatherTool], conversation: conversation.id });
  t.same(first.conversation, { id: conversation.id }, 'the response names its conversation');
  const call = first.output.find((item) => item.type === 'function_call');
  t.match(call, { name: 'get_weather', arguments: '{"city":"Paris"}' }, 'a call');
  const second = await client.responses.create({
    model: 'gpt-4o-mini', tools: [weatherTool], conversation: { id: conversation.id },
    input: [{ type: 'function_call_output', call_id: call!.type === 'function_call' ? call!.call_id : '', output: '{"temperature":21}' }],
  });
  t.equal(second.output_text, 'The weather in Paris: temperature 21.', 'the output alone: its call was in the conversation');

  const ascending = [];
  for await (const item of client.conversations.items.list(conversation.id, { order: 'asc', limit: 2 })) ascending.push(item);
  t.same(ascending.map((item) => item.type), ['message', 'message', 'function_call', 'function_call_output', 'message'], 'the items, in order, across pages of two');
  t.match(ascending[0], { id: /^msg_/, type: 'message', role: 'developer', status: 'completed', content: [{ type: 'input_text', text: 'Be brief.' }] }, 'string content listed as parts');
  t.equal(ascending[2]!.id, call!.id, 'output items keep their ids');
  const newest = await client.conversations.items.list(conversation.id, { limit: 1 });
  t.equal(newest.data[0]!.id, ascending.at(-1)!.id, 'newest first by default');

  const added = await client.conversations.items.create(conversation.id, { items: [{ type: 'message', role: 'user', content: 'Thanks!' }] });
  t.match(added, { object: 'list', data: [{ id: /^msg_/, role: 'user' }], has_more: false }, 'items added');
  t.match(await client.conversations.items.retrieve(added.data[0]!.id!, { conversation_id: conversation.id }), { content: [{ text: 'Thanks!' }] }, 'one item read');
  t.match(await client.conversations.items.delete(added.data[0]!.id!, { conversation_id: conversation.id }), { id: conversation.id, object: 'conversation' }, 'deleting an item answers the conversation');
  t.match(await client.conversations.update(conversation.id, { metadata: { topic: 'done' } }), { metadata: { topic: 'done' } }, 'metadata updated');
  t.match(await client.conversations.retrieve(conversation.id), { id: conversation.id, metadata: { topic: 'done' } }, 'retrieved');

  await t.rejects(client.responses.create({ model: 'gpt-4o-mini', input: 'hi', conversation: conversation.id, previous_response_id: second.id }), { status: 400, param: 'conversation', message: /Mutually exclusive/ }, 'not with previous_response_id');
  await t.rejects(client.conversations.items.create(conversation.id, { items: [{ type: 'message', role: 'tool', content: 'x' } as never] }), { status: 400, param: 'items[0].role', message: /Invalid value: 'tool'/ }, 'items are checked as input items');
  t.match(await client.conversations.delete(conversation.id), { id: conversation.id, object: 'conversation.deleted', deleted: true }, 'deleted');
  await t.rejects(client.conversations.retrieve(conversation.id), { status: 404, message: /not found/ }, 'then gone');
  await t.rejects(client.responses.create({ model: 'gpt-4o-mini', input: 'hi', conversation: conversation.id }), { status: 404, message: /Conversation with id 'conv_/ }, 'and a create naming it is a 404');
});

t.test('@openai/agents: a run with a conversationId, and an OpenAIConversationsSession across two runs', async (t) => {
  const server = await listen(t);
  setTracingDisabled(true);
  // The client is given to the model and the session, not set as the default: other files of the suite run beside.
  const client = new OpenAI({ apiKey: 'k', baseURL: server.openaiBaseURL, maxRetries: 0 });
  const getWeather = tool({
    name: 'get_weather',
    description: 'Get the current weather for a city',
    parameters: z.object({ city: z.string() }),
    execute: async ({ city }) => JSON.stringify({ city, temperature: 21 }),
  });
  const agent = new Agent({ name: 'Weather', instructions: 'Use the tool, then report.', tools: [getWeather], model: new OpenAIResponsesModel(client, 'gpt-4o-mini') });

  const { id } = await client.conversations.create({});
  const result = await run(agent, 'What is the weather in Paris?', { conversationId: id });
  t.match(result.finalOutput, /Paris/, 'the tool loop ran with the conversation holding the history');
  const stored = await client.conversations.items.list(id, { order: 'asc' });
  t.same(stored.data.map((item) => item.type), ['message', 'function_call', 'function_call_output', 'message'], 'the conversation holds the whole loop');

  const session = new OpenAIConversationsSession({ client });
  const one = await run(agent, 'What is the weather in Oslo?', { session });
  t.match(one.finalOutput, /Oslo/, 'first run in the session');
  const two = await run(agent, 'Reply exactly with: thanks', { session });
  t.equal(two.finalOutput, 'thanks', 'second run');
  const items = await session.getItems();
  t.ok(items.length >= 6, `the session kept both runs (${items.length} items)`);
  t.match(items[0], { role: 'user', content: [{ type: 'input_text', text: 'What is the weather in Oslo?' }] }, 'from the first question on');
});

t.test('Vercel generateText: a tool loop with the conversation provider option', async (t) => {
  const server = await listen(t);
  const client = new OpenAI({ apiKey: 'k', baseURL: server.openaiBaseURL, maxRetries: 0 });
  const { id } = await client.conversations.create({});
  const provider = createOpenAI({ apiKey: 'k', baseURL: server.openaiBaseURL });
  const result = await generateText({
    model: provider.responses('gpt-4o-mini'),
    prompt: 'What is the weather in Paris?',
    tools: { get_weather: vercelTool({ description: 'Get the weather for a city', inputSchema: z.object({ city: z.string() }), execute: async () => ({ temperature: 21 }) }) },
    stopWhen: stepCountIs(3),
    providerOptions: { openai: { conversation: id } },
  });
  t.equal(result.steps.length, 2, 'a call, then the answer');
  t.match(result.text, /Paris/, 'the answer');
  const items = await client.conversations.items.list(id, { order: 'asc' });
  t.same(items.data.filter((item) => item.type !== 'message').map((item) => item.type), ['function_call', 'function_call_output'], 'the call and its output are in the conversation once');
});
