// A session's conversations stay within their limits (the oldest other conversation goes first; one alone
// past the byte limit loses its oldest items) and report every byte they hold; a create request reads a
// conversation as its history, refuses it beside previous_response_id and when unknown, and a stateless
// provider ignores it.
import t from 'tap';
import { prepareRequest, type HistorySource } from '../../../src/domain/validation/prepare.js';
import { openAIProfile, openRouterProfile } from '../../../src/providers/index.js';
import { ConversationStore } from '../../../src/state/conversations.js';
import { EMPTY_HISTORY } from '../../../src/state/responses/response-store.js';

const message = (text: string) => ({ type: 'message', role: 'user', content: text });

t.test('bounded in conversations and bytes, and every byte reported', async (t) => {
  let reported = 0;
  const store = new ConversationStore({ limits: { conversations: 2, bytes: 4000 }, onBytes: (delta) => (reported += delta) });
  const a = store.create({ id: 'conv_a', createdAt: 1, metadata: {} });
  store.create({ id: 'conv_b', createdAt: 1, metadata: { k: 'v' } });
  store.add(a, [message('hello')]);
  const c = store.create({ id: 'conv_c', createdAt: 1, metadata: {} });
  t.same([store.get('conv_a'), store.size], [undefined, 2], 'a third conversation pushes out the oldest');
  store.add(c, Array.from({ length: 40 }, (_, index) => message(`turn ${index} ${'x'.repeat(100)}`)));
  t.equal(store.get('conv_b'), undefined, 'bytes push out the other conversation first');
  t.ok(c.items.length < 40 && c.items.length > 0, `then the conversation's own oldest items (${c.items.length} kept)`);
  t.match(c.items.at(-1), { content: [{ type: 'input_text', text: /^turn 39 / }] }, 'the newest stay');
  t.ok(reported <= 4000, `the bytes reported stay within the limit (${reported})`);
  store.removeItem(c, c.items[0]!.id as string);
  store.delete('conv_c');
  t.equal(reported, 0, 'and go back to nothing when it is emptied');
  store.add(store.create({ id: 'conv_d', createdAt: 1, metadata: { a: 'b' } }), [message('x')]);
  store.clear();
  t.same([store.size, reported], [0, 0], 'or cleared');
});

t.test('ids are kept or derived, stable for the conversation and its position', async (t) => {
  const store = new ConversationStore({ limits: { conversations: 10, bytes: 1e6 } });
  const conversation = store.create({ id: 'conv_1', createdAt: 1, metadata: {} });
  const [kept, derived] = store.add(conversation, [{ ...message('a'), id: 'msg_own' }, message('b')]);
  t.equal(kept!.id, 'msg_own');
  t.match(derived!.id, /^msg_[0-9a-f]{50}$/);
  const again = new ConversationStore({ limits: { conversations: 10, bytes: 1e6 } });
  const twin = again.create({ id: 'conv_1', createdAt: 1, metadata: {} });
  t.equal(again.add(twin, [{ ...message('a'), id: 'msg_own' }, message('b')])[1]!.id, derived!.id, 'the same id for the same place');
});

t.test('a create request reads the conversation it names', async (t) => {
  const history: HistorySource = {
    ...EMPTY_HISTORY,
    conversationItems: (id) => (id === 'conv_1' ? [{ id: 'msg_1', type: 'message', role: 'user', content: [{ type: 'input_text', text: 'My name is Ana.' }], status: 'completed' }] : undefined),
  };
  const openai = { rules: openAIProfile.rules('strict'), history };
  const prepared = prepareRequest({ model: 'gpt-4o', input: 'And now?', conversation: { id: 'conv_1' } }, openai);
  t.match(prepared, { ok: true, value: { conversation: [{ type: 'message', text: 'My name is Ana.' }, { type: 'message', text: 'And now?' }] } }, 'its items first');
  t.match(prepareRequest({ model: 'gpt-4o', input: 'x', conversation: 'conv_2' }, openai), { ok: false, error: { code: 'conversation_not_found', param: 'conversation', message: "Conversation with id 'conv_2' not found." } });
  t.match(prepareRequest({ model: 'gpt-4o', input: 'x', conversation: 'conv_1', previous_response_id: 'resp_1' }, openai), { ok: false, error: { code: 'invalid_value', param: 'conversation', message: /^Mutually exclusive parameters/ } });
  t.match(prepareRequest({ model: 'gpt-4o', input: 'x', conversation: 5 }, openai), {
    ok: false, error: { code: 'invalid_type', param: 'conversation', message: "Invalid type for 'conversation': expected one of a string or an object, but got an integer instead." },
  }, 'a string or {id}');
  t.match(prepareRequest({ model: 'gpt-4o', input: 'x', conversation: { id: 3 } }, openai), { ok: false, error: { code: 'invalid_type', param: 'conversation.id' } }, 'whose id is a string');
  t.ok(prepareRequest({ model: 'gpt-4o', input: 'x', conversation: null }, openai).ok, 'null is none');
  const openrouter = { rules: openRouterProfile.rules('strict'), history: EMPTY_HISTORY };
  for (const conversation of ['conv_1', 5, { id: 3 }]) {
    t.ok(prepareRequest({ model: 'openai/gpt-4o', input: 'x', conversation }, openrouter).ok, `OpenRouter ignores it (${JSON.stringify(conversation)})`);
  }
});
