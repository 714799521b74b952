// Readings review 60 found broken by the mends of review 59: money "of" a sum read as goods (F1), a state kept "on
// overnight" read as a preposition (F2), a sentence's last mark hiding a relay (F3), "Ask Bob for …" read as a relay
// (F4), and "to say … to dad", "to tell her" outside a text (F6, F7).
import t from 'tap';
import { calledNames, decidedCalls, MESSAGING_TOOLS, TRANSFER_TOOL, TV_AND_LIGHTS } from '../../helpers/decided-calls.js';

const all = [...MESSAGING_TOOLS, TRANSFER_TOOL];
const message = [MESSAGING_TOOLS[1]!];
const moves = (prompt: string): boolean => calledNames(decidedCalls(all, prompt)).includes('transfer_money');

t.test('F1: "of" a sum is money; "of groceries" goods', async (t) => {
  for (const prompt of ['Send Bob $15 of rent', 'Pay Ana $12 of lunch', 'Send $200 of savings to checking']) t.ok(moves(prompt), prompt);
  t.notOk(moves('Send £40 of groceries to Bob'));
});

t.test('F2: a state kept for a span of time', async (t) => {
  t.same(calledNames(decidedCalls(TV_AND_LIGHTS, 'Keep the lights on overnight and turn off the TV')), ['turn_off_tv']);
  t.same(calledNames(decidedCalls(TV_AND_LIGHTS, 'Leave the TV on a bit longer and turn off the lights')), ['turn_off_lights']);
});

t.test('F3, F4: the relay is read up to the verb; "Ask Bob for …" relays nothing', async (t) => {
  t.notOk(moves('Tell Bob to please pay Ana $20.'));
  t.ok(moves('Ask Bob for his account number, please send him $50'));
  t.ok(moves("Tell Bob I'm late. Send Ana $20"));
});

t.test('F6, F7: what is said to someone else keeps its "say"; "tell her" outside a text is passed on', async (t) => {
  t.same(decidedCalls(message, 'Text mom to say happy birthday to dad'), [['send_message', { to: 'mom', message: 'Say happy birthday to dad' }]]);
  t.same(decidedCalls(message, 'Tell Bob to tell her hi'), [['send_message', { to: 'Bob', message: 'Tell her hi' }]]);
});
