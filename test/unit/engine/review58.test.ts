// Readings review 58 found broken by the mends of review 57: leads before a verb asked (F1), a mark after a written
// amount (F2), money "of" a larger sum (F3), keep/leave in other senses (F4), a relay then money with only a money
// tool (F5), pronouns and case in the payee (F6, F7), and "to let him know", "to tell her" in what is said (F8).
import t from 'tap';
import { calledNames, decidedCalls, MESSAGING_TOOLS, strictTool, TRANSFER_TOOL } from '../../helpers/decided-calls.js';

const str = { type: 'string' };
const all = [...MESSAGING_TOOLS, TRANSFER_TOOL];

t.test('F1, F2, F3: money asked, however led and written', async (t) => {
  for (const prompt of ['Kindly send $20 to Bob', "Let's send $20 to Bob", 'Pay Bob 20 dollars.', 'Send Bob 20 euros, please', 'Send $20 of my paycheck to Bob']) {
    t.same(decidedCalls(all, prompt), [['transfer_money', { to: 'Bob', amount: 20 }]], prompt);
  }
});

t.test('F4: keeping in other senses asks its tool', async (t) => {
  const home = [strictTool('set_reminder', 'Set a reminder.', { text: str, time: str }), strictTool('set_alarm', 'Set an alarm.', { time: str })];
  t.same(calledNames(decidedCalls(home, 'Set an alarm for 6am and remind me to leave at 7')).sort(), ['set_alarm', 'set_reminder']);
});

t.test('F5: a relay, then money, with only a money tool', async (t) => {
  t.same(decidedCalls([TRANSFER_TOOL], "Text Maria that I'm late and send $20 to Bob"), [['transfer_money', { to: 'Bob', amount: 20 }]]);
  t.same(decidedCalls([TRANSFER_TOOL], "Tell Bob I'm late, then pay Ana $20"), [['transfer_money', { to: 'Ana', amount: 20 }]]);
  t.same(decidedCalls(all, 'Text Bob: pay Ana $50').map(([name]) => name), ['send_message']);
});

t.test('F6, F7: the payee is no pronoun, and is read in any case', async (t) => {
  t.same(decidedCalls([TRANSFER_TOOL], 'Call Bob and send him $20'), [['transfer_money', { to: 'Bob', amount: 20 }]]);
  t.same(decidedCalls([TRANSFER_TOOL], 'Pay the electric company 80 dollars'), [['transfer_money', { to: 'electric company', amount: 80 }]]);
  t.same(decidedCalls([TRANSFER_TOOL], 'PAY BOB $20'), [['transfer_money', { to: 'BOB', amount: 20 }]]);
});

t.test('F8: what is said after "to let him know", "to tell her"; "to say hi" says it', async (t) => {
  const message = [MESSAGING_TOOLS[1]!];
  t.same(decidedCalls(message, "Text Bob to let him know I'm late"), [['send_message', { to: 'Bob', message: "I'm late" }]]);
  t.same(decidedCalls(message, "Text Bob to tell her I'm late"), [['send_message', { to: 'Bob', message: "I'm late" }]]);
  t.same(decidedCalls(message, 'Tell Bob to say hi to Ana'), [['send_message', { to: 'Bob', message: 'Say hi to Ana' }]]);
});
