// Readings review 62 found broken by the mends of review 61: money "of" another amount, an owner or a share read as
// goods (F1), "to say hi to his mom" losing its "Say" (F2), and "on a couple of hours" read as a preposition (F3).
import t from 'tap';
import { calledNames, decidedCalls, MESSAGING_TOOLS, TRANSFER_TOOL, TV_AND_LIGHTS } from '../../helpers/decided-calls.js';

const all = [...MESSAGING_TOOLS, TRANSFER_TOOL];
const moves = (prompt: string): boolean => calledNames(decidedCalls(all, prompt)).includes('transfer_money');

t.test('F1: money "of" another amount, an owner, a sum, or paid whatever it is of', async (t) => {
  for (const prompt of ['Pay Bob $20 of $50 I owe', "Pay Ana $20 of Bob's share", 'Send Bob $20 of those', 'Send $50 of tuition to Bob', 'Pay Bob $20 of pizza']) t.ok(moves(prompt), prompt);
  t.notOk(moves('Send Bob $20 of pizza'));
});

t.test('F2: "to his mom", "to the team" are someone told', async (t) => {
  const message = [MESSAGING_TOOLS[1]!];
  t.same(decidedCalls(message, 'Text Bob to say hi to his mom'), [['send_message', { to: 'Bob', message: 'Say hi to his mom' }]]);
  t.same(decidedCalls(message, 'Text Bob to say hi to the team'), [['send_message', { to: 'Bob', message: 'Say hi to the team' }]]);
});

t.test('F3: a state kept for a couple of hours', async (t) => {
  t.same(calledNames(decidedCalls(TV_AND_LIGHTS, 'Keep the lights on a couple of hours and turn off the TV')), ['turn_off_tv']);
});
