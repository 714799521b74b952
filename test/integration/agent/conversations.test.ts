// The Conversations API through the app: bad bodies are JSON 4xx naming the field, conversations belong to
// their session, ids and times are seeded like create's, a create may name one without input, and the
// OpenRouter path has none.
import t from 'tap';
import { testApp } from '../../helpers/app.js';

type Json = Record<string, unknown>;

t.test('bad bodies are JSON 4xx naming the field', async (t) => {
  const app = testApp();
  t.teardown(() => app.close());
  const send = async (url: string, payload: string) => {
    const answer = await app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload });
    return { status: answer.statusCode, error: (answer.json() as { error: Json }).error };
  };
  const cases: Array<[string, number, string | null, RegExp]> = [
    ['{"items":', 400, null, /JSON/i],
    ['[1]', 400, null, /JSON object/],
    ['{"items":{}}', 400, 'items', /Invalid type for 'items'/],
    [JSON.stringify({ items: Array.from({ length: 21 }, () => ({ role: 'user', content: 'x' })) }), 400, 'items', /array too long/],
    ['{"items":[{"type":"nope"}]}', 400, 'items[0].type', /Invalid value: 'nope'/],
    ['{"items":[{"role":"user","content":"x","parsed":1}]}', 400, 'items[0].parsed', /Unknown parameter/],
    [JSON.stringify({ metadata: Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`k${i}`, 'v'])) }), 400, 'metadata', /too many properties/],
  ];
  for (const [payload, status, param, message] of cases) {
    const answer = await send('/v1/conversations', payload);
    t.equal(answer.status, status, `${payload.slice(0, 40)}: ${status}`);
    t.equal(answer.error.param ?? null, param, `${payload.slice(0, 40)}: param`);
    t.match(answer.error.message, message, `${payload.slice(0, 40)}: message`);
  }
  const bare = await app.inject({ method: 'POST', url: '/v1/conversations' });
  t.match(bare.json(), { object: 'conversation', metadata: {} }, 'no body at all: an empty conversation');
  const update = await send('/v1/conversations/conv_nope', '{"metadata":{}}');
  t.equal(update.status, 404, 'updating a conversation that does not exist');
  const items = await app.inject({ method: 'GET', url: '/v1/conversations/conv_nope/items?limit=0' });
  t.equal(items.statusCode, 400, 'a limit out of range');
});

t.test('conversations belong to their session; ids are seeded', async (t) => {
  const app = testApp();
  t.teardown(() => app.close());
  const create = async (session: string) => (await app.inject({ method: 'POST', url: '/v1/conversations', headers: { 'content-type': 'application/json', 'x-mock-session': session }, payload: '{}' })).json() as Json;
  const first = await create('a');
  const second = await create('a');
  t.not(first.id, second.id, 'two identical creates, two conversations');
  t.equal(first.created_at, 1790784000, 'the seeded clock');
  const other = testApp();
  t.teardown(() => other.close());
  const again = (await other.inject({ method: 'POST', url: '/v1/conversations', headers: { 'content-type': 'application/json', 'x-mock-session': 'a' }, payload: '{}' })).json() as Json;
  t.equal(again.id, first.id, 'the same calls under the same seed, the same id');
  const elsewhere = await app.inject({ method: 'GET', url: `/v1/conversations/${String(first.id)}`, headers: { 'x-mock-session': 'b' } });
  t.equal(elsewhere.statusCode, 404, 'another session does not see it');
  const create2 = await app.inject({ method: 'POST', url: '/v1/responses', headers: { 'content-type': 'application/json', 'x-mock-session': 'b' }, payload: JSON.stringify({ model: 'gpt-4o', input: 'hi', conversation: first.id }) });
  t.equal(create2.statusCode, 404, 'nor a create in it');
  const openrouter = await app.inject({ method: 'POST', url: '/api/v1/conversations', headers: { 'content-type': 'application/json' }, payload: '{}' });
  t.equal(openrouter.statusCode, 404, 'OpenRouter has no conversations');
});

t.test('a conversation counts against the session memory, and a reset gives it back', async (t) => {
  const app = testApp();
  t.teardown(() => app.close());
  const stateBytes = async () => ((await app.inject({ method: 'GET', url: '/__mock/stats' })).json() as { stateBytes: number }).stateBytes;
  const before = await stateBytes();
  const items = Array.from({ length: 20 }, (_, index) => ({ role: 'user', content: `message ${index} ${'x'.repeat(1000)}` }));
  await app.inject({ method: 'POST', url: '/v1/conversations', headers: { 'content-type': 'application/json', 'x-mock-session': 'big' }, payload: JSON.stringify({ items }) });
  t.ok(await stateBytes() > before + 20_000, 'its items are counted');
  const session = (await app.inject({ method: 'GET', url: '/__mock/sessions/big' })).json() as { conversations: number; conversationBytes: number };
  t.ok(session.conversations === 1 && session.conversationBytes > 20_000, `and shown on the session (${session.conversationBytes} bytes)`);
  await app.inject({ method: 'POST', url: '/__mock/reset?session=big' });
  t.equal(await stateBytes(), before, 'and given back by a reset');
});

t.test('a conversation dropped with its session: the 404 says so', async (t) => {
  const app = testApp({ sessionLimit: 2 });
  t.teardown(() => app.close());
  const created = (await app.inject({ method: 'POST', url: '/v1/conversations', headers: { 'content-type': 'application/json', 'x-mock-session': 'first' }, payload: '{}' })).json() as Json;
  for (const session of ['second', 'third', 'fourth']) await app.inject({ method: 'POST', url: '/v1/conversations', headers: { 'content-type': 'application/json', 'x-mock-session': session }, payload: '{}' });
  const read = await app.inject({ method: 'GET', url: `/v1/conversations/${String(created.id)}`, headers: { 'x-mock-session': 'first' } });
  t.equal(read.statusCode, 404);
  t.match((read.json() as { error: Json }).error.message, /Session 'first' was dropped .* --session-limit, with its 1 conversation\(s\)/, 'read');
  const create = await app.inject({ method: 'POST', url: '/v1/responses', headers: { 'content-type': 'application/json', 'x-mock-session': 'first' }, payload: JSON.stringify({ model: 'gpt-4o', input: 'hi', conversation: created.id }) });
  t.match((create.json() as { error: Json }).error.message, /was dropped/, 'and a create naming it');
});

t.test('under a seed, the same text sent twice in a conversation is two turns with their own ids', async (t) => {
  const app = testApp();
  t.teardown(() => app.close());
  const { id } = (await app.inject({ method: 'POST', url: '/v1/conversations', headers: { 'content-type': 'application/json' }, payload: '{}' })).json() as { id: string };
  const ask = async () => (await app.inject({ method: 'POST', url: '/v1/responses', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ model: 'gpt-4o', input: 'Reply exactly with: ok', conversation: id }) })).json() as { id: string; output: Array<{ id: string }> };
  const [first, second] = [await ask(), await ask()];
  t.not(first.id, second.id, 'two responses');
  const items = (await app.inject({ method: 'GET', url: `/v1/conversations/${id}/items` })).json() as { data: Array<{ id: string }> };
  t.equal(new Set(items.data.map((item) => item.id)).size, 4, 'four items, four ids');
  const again = testApp();
  t.teardown(() => again.close());
  const { id: twin } = (await again.inject({ method: 'POST', url: '/v1/conversations', headers: { 'content-type': 'application/json' }, payload: '{}' })).json() as { id: string };
  const replay = (await again.inject({ method: 'POST', url: '/v1/responses', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ model: 'gpt-4o', input: 'Reply exactly with: ok', conversation: twin }) })).json() as { id: string };
  t.equal(replay.id, first.id, 'and the same run again gives the same ids');
});

t.test('an item reference in a conversation turn is kept as the item it names', async (t) => {
  const app = testApp();
  t.teardown(() => app.close());
  const json = { 'content-type': 'application/json' };
  const stored = (await app.inject({ method: 'POST', url: '/v1/responses', headers: json, payload: JSON.stringify({ model: 'gpt-4o', input: 'Reply exactly with: first' }) })).json() as { output: Array<{ id: string }> };
  const { id } = (await app.inject({ method: 'POST', url: '/v1/conversations', headers: json, payload: '{}' })).json() as { id: string };
  await app.inject({ method: 'POST', url: '/v1/responses', headers: json, payload: JSON.stringify({ model: 'gpt-4o', conversation: id, input: [{ type: 'item_reference', id: stored.output[0]!.id }, { role: 'user', content: 'and?' }] }) });
  const items = (await app.inject({ method: 'GET', url: `/v1/conversations/${id}/items?order=asc` })).json() as { data: Array<Record<string, unknown>> };
  t.match(items.data[0], { id: stored.output[0]!.id, type: 'message', role: 'assistant', content: [{ text: 'first' }] }, 'the referenced message itself');
  t.equal(items.data.length, 3, 'then the user message and the answer');
});

t.test('a conversation without input: its items are the input, and the answer is added to it', async (t) => {
  const app = testApp();
  t.teardown(() => app.close());
  const json = { 'content-type': 'application/json' };
  const items = [{ type: 'message', role: 'user', content: 'Reply exactly with: from the conversation' }];
  const { id } = (await app.inject({ method: 'POST', url: '/v1/conversations', headers: json, payload: JSON.stringify({ items }) })).json() as { id: string };
  const answer = await app.inject({ method: 'POST', url: '/v1/responses', headers: json, payload: JSON.stringify({ model: 'gpt-4o', conversation: id }) });
  t.equal(answer.statusCode, 200, answer.body);
  const body = answer.json() as { id: string; conversation: unknown; output: Array<{ content: Array<{ text: string }> }> };
  t.equal(body.output[0]!.content[0]!.text, 'from the conversation');
  t.same(body.conversation, { id });
  const inputItems = (await app.inject({ method: 'GET', url: `/v1/responses/${body.id}/input_items` })).json() as { data: Array<Record<string, unknown>> };
  t.match(inputItems.data, [{ type: 'message', role: 'user', content: [{ type: 'input_text', text: items[0]!.content }] }], 'its input items: the conversation\'s, prepended to none');
  const after = (await app.inject({ method: 'GET', url: `/v1/conversations/${id}/items?order=asc` })).json() as { data: Array<Record<string, unknown>> };
  t.same(after.data.map((item) => item.role), ['user', 'assistant'], 'the answer follows the conversation\'s items');
  const unknown = await app.inject({ method: 'POST', url: '/v1/responses', headers: json, payload: JSON.stringify({ model: 'gpt-4o', conversation: 'conv_nope' }) });
  t.equal(unknown.statusCode, 404, 'an unknown conversation is still a 404');
  const neither = await app.inject({ method: 'POST', url: '/v1/responses', headers: json, payload: JSON.stringify({ model: 'gpt-4o', conversation: null }) });
  t.equal((neither.json() as { error: { message: string } }).error.message, "Missing required parameter: 'input'.", 'a null conversation names none');
  for (const [conversation, param] of [[5, 'conversation'], [true, 'conversation'], [[], 'conversation'], [{}, 'conversation.id'], [{ id: 5 }, 'conversation.id']] as const) {
    for (const input of [undefined, 'hi']) {
      const bad = await app.inject({ method: 'POST', url: '/v1/responses', headers: json, payload: JSON.stringify({ model: 'gpt-4o', conversation, input }) });
      t.equal(bad.statusCode, 400, `conversation ${JSON.stringify(conversation)}, input ${String(input)}: ${bad.body.slice(0, 120)}`);
      t.match(bad.json(), { error: { code: 'invalid_type', param } });
    }
  }
  const openrouter = await app.inject({ method: 'POST', url: '/api/v1/responses', headers: json, payload: JSON.stringify({ model: 'openai/gpt-4o', conversation: id }) });
  t.equal(openrouter.statusCode, 400, 'OpenRouter has no conversations: it still needs input');
});
