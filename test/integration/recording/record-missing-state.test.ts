// What --record-missing keeps of a turn: a turn a recorded rule answers is kept (stored response, conversation,
// journal) scrubbed of credentials, as a proxied turn is; a turn that goes to the service leaves nothing of the
// mock's own answer behind (no stored response, no turn in the conversation it names).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import OpenAI from 'openai';
import t, { type Test } from 'tap';
import { recordingDir, startApp, startUpstream } from '../../helpers/recording.js';

const KEY = 'sk-proj-WRITTENKEY0123456789abcdef';

const missingProxy = (test: Test, args: { upstream: string; dir: string }) =>
  startApp(test, { fixtures: args.dir, recordMissing: args.dir, upstreamOpenai: `${args.upstream}/v1`, upstreamOpenrouter: `${args.upstream}/api/v1` });

t.test('a turn a rule answers keeps no credential in the session', async (t) => {
  const dir = recordingDir();
  writeFileSync(join(dir, 'weather.yaml'), 'scenarios:\n  weather:\n    rules:\n      - match: { message: { contains: weather } }\n        respond: { text: Sunny. }\n        times: always\n');
  const upstream = await startUpstream(t);
  const proxy = await missingProxy(t, { upstream: upstream.url, dir });
  const client = new OpenAI({ apiKey: 'plain-session-token-42', baseURL: `${proxy.url}/v1`, maxRetries: 0, defaultHeaders: { 'x-mock-scenario': 'weather' } });
  const conversation = await client.conversations.create();
  const answer = await client.responses.create({
    model: 'gpt-4o',
    input: `weather? my key is ${KEY}`,
    conversation: conversation.id,
    metadata: { note: `mine: ${KEY}`, owner: 'plain-session-token-42' },
    instructions: `Answer as ${KEY} would.`,
  });
  t.equal(answer.output_text, 'Sunny.', 'the rule answered');
  t.same(answer.metadata, { note: `mine: ${KEY}`, owner: 'plain-session-token-42' }, 'the client gets its answer as made');
  const inputItems = await client.responses.inputItems.list(answer.id);
  const items = await client.conversations.items.list(conversation.id, { order: 'asc' });
  const stored = await client.responses.retrieve(answer.id);
  const journal = await (await fetch(`${proxy.url}/__mock/requests`)).text();
  for (const [what, text] of [['input_items', JSON.stringify(inputItems.data)], ['the conversation', JSON.stringify(items.data)], ['the journal', journal]] as const) {
    t.notMatch(text, /WRITTENKEY/, `${what} keeps no key`);
    t.match(text, /my key is \[redacted\]/, `${what} keeps the rest`);
  }
  t.same(stored.metadata, { note: 'mine: [redacted]', owner: '[redacted]' }, 'the stored response keeps no key in its metadata');
  t.equal(stored.instructions, 'Answer as [redacted] would.', 'nor in its instructions');
  const { requests } = JSON.parse(journal) as { requests: Array<{ method: string; path: string; answer: string }> };
  const answers = requests.filter((entry) => entry.path.startsWith('/v1/responses')).map((entry) => entry.answer);
  t.equal(answers.length, 3, 'the create, its input items and the GET journaled');
  for (const kept of answers) t.notMatch(kept, /WRITTENKEY|plain-session-token-42/, 'no journaled answer keeps a credential');
  t.match(answers[0], /"instructions":"Answer as \[redacted\] would\."/, "the create's answer is journaled scrubbed");
  t.match(answers[2], /"note":"mine: \[redacted\]"/, "the GET's too");
});

t.test('a turn sent to the service leaves nothing of the mock\'s own answer', async (t) => {
  const dir = recordingDir();
  const upstream = await startUpstream(t);
  const proxy = await missingProxy(t, { upstream: upstream.url, dir });
  const client = new OpenAI({ apiKey: 'sk-test', baseURL: `${proxy.url}/v1`, maxRetries: 0 });
  const conversation = await client.conversations.create({ items: [{ type: 'message', role: 'developer', content: 'Be brief.' }] });
  const answer = await client.responses.create({ model: 'gpt-4o', input: 'Hello', conversation: conversation.id });
  const items = await client.conversations.items.list(conversation.id, { order: 'asc' });
  t.same(items.data.map((item) => item.type), ['message', 'message', 'message'], 'the developer message, the input, the service\'s answer');
  t.equal(items.data.at(-1)!.id, answer.output[0]!.id, 'the answer is the service\'s');
  const sent = upstream.app.mock.sessions.peek('default')!.journal.list().filter((entry) => entry.path === '/v1/responses');
  t.same((JSON.parse(sent[0]!.heldBody.text) as { input: unknown[] }).input.length, 2, 'the service got the conversation and the input, no answer of the mock\'s');
  const store = proxy.app.mock.sessions.peek('default')!.store;
  t.ok(store.get(answer.id), 'the service\'s answer is stored');
  t.equal(store.size, 1, 'and nothing else');
});
