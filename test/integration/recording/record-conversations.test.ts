// Recording a client that keeps its history in a conversation (OpenAI's Conversations API): while recording,
// the session's conversations answer as always, a create naming one goes on to the service with the
// conversation's items as its input (the service never sees the mock's conversation ids), and the turn it
// answers joins the conversation; the recording then replays offline for the same client code.
import OpenAI from 'openai';
import t from 'tap';
import { recordingDir, startApp, startRecorder, startUpstream } from '../../helpers/recording.js';

const weather: OpenAI.Responses.FunctionTool = {
  type: 'function', name: 'get_weather', description: 'Weather for a city.', strict: true,
  parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false },
};

/** The client code under test: a tool loop kept in a conversation. Returns both answers and the conversation's items. */
async function toolLoop(baseURL: string) {
  const client = new OpenAI({ apiKey: 'sk-test-key', baseURL, maxRetries: 0 });
  const conversation = await client.conversations.create({ items: [{ type: 'message', role: 'developer', content: 'Be brief.' }] });
  const first = await client.responses.create({ model: 'gpt-4o', input: 'What is the weather in Paris?', tools: [weather], conversation: conversation.id });
  const call = first.output.find((item): item is OpenAI.Responses.ResponseFunctionToolCall => item.type === 'function_call');
  const second = await client.responses.create({
    model: 'gpt-4o', tools: [weather], conversation: conversation.id,
    input: [{ type: 'function_call_output', call_id: call?.call_id ?? '', output: '{"temperature":21}' }],
  });
  const items = await client.conversations.items.list(conversation.id, { order: 'asc' });
  return { first, second, call, items: items.data };
}

t.test('a tool loop in a conversation is recorded, and replays offline', async (t) => {
  const dir = recordingDir();
  const upstream = await startUpstream(t);
  const recorder = await startRecorder(t, { upstream: upstream.url, dir });
  const recorded = await toolLoop(`${recorder.url}/v1`);
  t.equal(recorded.call?.name, 'get_weather', 'the service called the tool');
  t.match(recorded.second.output_text, /21/, 'and answered from its output');
  t.same(recorded.items.map((item) => item.type), ['message', 'message', 'function_call', 'function_call_output', 'message'], 'the conversation holds both turns');

  // What the service received: the conversation's items as input, no conversation, no ids it never gave.
  const journal = await (await fetch(`${upstream.url}/__mock/requests`)).json() as { requests: Array<{ path: string; body: unknown }> };
  const bodies = journal.requests.filter((entry) => entry.path === '/v1/responses')
    .map((entry) => (typeof entry.body === 'string' ? JSON.parse(entry.body) : entry.body) as Record<string, unknown>);
  t.equal(bodies.length, 2);
  t.notOk(bodies.some((body) => 'conversation' in body), 'never the mock\'s conversation id');
  const input = bodies[1]!.input as Array<Record<string, unknown>>;
  t.same(input.map((item) => item.type), ['message', 'message', 'function_call', 'function_call_output']);
  t.same([input[0]!.id, input[1]!.id, input[3]!.id], [undefined, undefined, undefined], 'what the client wrote goes without the ids the mock listed it with');
  t.equal(input[2]!.id, recorded.call?.id, 'the service\'s own call keeps its id');
  await recorder.close();

  const replay = await startApp(t, { fixtures: dir, strictScenarios: true });
  const again = await toolLoop(`${replay.url}/v1`);
  t.same(again.first.output, recorded.first.output, 'the first answer, as recorded');
  t.same(again.second.output, recorded.second.output, 'the second, as recorded');
  t.same(again.items.map((item) => item.type), recorded.items.map((item) => item.type), 'the conversation grows the same way');
});

t.test('while recording, a credential written in a conversation\'s items is kept nowhere', async (t) => {
  const key = 'sk-proj-WRITTENKEY0123456789abcdef';
  const token = 'plain-session-token-42';
  const upstream = await startUpstream(t);
  const recorder = await startRecorder(t, { upstream: upstream.url, dir: recordingDir() });
  const client = new OpenAI({ apiKey: token, baseURL: `${recorder.url}/v1`, maxRetries: 0 });
  const conversation = await client.conversations.create({ items: [{ type: 'message', role: 'user', content: `my key is ${key}` }], metadata: { note: `key ${key}`, api_key: 'short' } });
  t.same(conversation.metadata, { note: 'key [redacted]', api_key: '[redacted]' }, 'the metadata as kept');
  const updated = await client.conversations.update(conversation.id, { metadata: { note: `now ${token}` } });
  t.same(updated.metadata, { note: 'now [redacted]' }, 'and as updated');
  const added = await client.conversations.items.create(conversation.id, { items: [{ type: 'message', role: 'user', content: `the token is ${token}` }] });
  t.notMatch(JSON.stringify(added), token, 'the added items as answered');
  const items = await client.conversations.items.list(conversation.id, { order: 'asc' });
  t.same(items.data.map((item) => (item as { content: Array<{ text: string }> }).content[0]!.text), ['my key is [redacted]', 'the token is [redacted]'], 'the items as kept: the key, and the request\'s own credential, cut');
  const journal = await (await fetch(`${recorder.url}/__mock/requests`)).text();
  t.notMatch(journal, /WRITTENKEY|plain-session-token/, 'the journal keeps the bodies scrubbed too');
  t.match(journal, /my key is \[redacted\]/);
});
