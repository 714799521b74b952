// Readings review 57 found broken by relays and money: money in a relayed message moved (F1), polite or wished
// payments lost (F2), a pronoun relay with no one named before (F3), goods weighed or worth an amount read as money
// (F4), the payee cut wrong or going to `from` (F5, F6), a thing kept in the first clause switched (F7), and a verb
// of saying kept in the message (F8).
import t from 'tap';
import { calledNames, decidedCalls, MESSAGING_TOOLS, strictTool, TRANSFER_TOOL, TV_AND_LIGHTS } from '../../helpers/decided-calls.js';

const str = { type: 'string' };
const num = { type: 'number' };
const all = [...MESSAGING_TOOLS, TRANSFER_TOOL];

t.test('F1: money said in a relayed message is not moved', async (t) => {
  for (const prompt of ["Tell Bob I'll send him $50 tomorrow", 'Text Ana that I can send Bob $20', "Text Bob that I'll send $50 to Ana tomorrow", 'Text Bob: pay Ana $50']) {
    t.notOk(calledNames(decidedCalls(all, prompt)).includes('transfer_money'), prompt);
  }
});

t.test('F2: a polite or wished payment is one', async (t) => {
  for (const prompt of ['Can you pay Bob $20?', 'I need to pay Bob $20', 'I want to pay Bob $20 for dinner']) {
    t.same(decidedCalls(all, prompt), [['transfer_money', { to: 'Bob', amount: 20 }]], prompt);
  }
});

t.test('F3: "him" names someone only after someone was named', async (t) => {
  t.same(decidedCalls(all, "Tell him I'm late"), []);
  t.same(decidedCalls(all, 'Text her that the package arrived'), []);
});

t.test('F4: goods weighed or worth an amount are no money', async (t) => {
  t.notOk(calledNames(decidedCalls(all, 'Send Bob 3 pounds of coffee')).includes('transfer_money'));
  t.notOk(calledNames(decidedCalls(all, 'Send Ana 5 dollars worth of candy')).includes('transfer_money'));
});

t.test('F5, F6: whom an amount goes to', async (t) => {
  t.same(decidedCalls([TRANSFER_TOOL], 'Pay Bob back $20'), [['transfer_money', { to: 'Bob', amount: 20 }]]);
  const payment = strictTool('make_payment', 'Make a payment.', { payee: str, amount: num });
  t.same(decidedCalls([payment], 'Send Bob $50'), [['make_payment', { payee: 'Bob', amount: 50 }]]);
  t.same(decidedCalls([payment], 'Pay $40 to Ana'), [['make_payment', { payee: 'Ana', amount: 40 }]]);
  t.same(decidedCalls([TRANSFER_TOOL], 'Send mom 20 dollars'), [['transfer_money', { to: 'mom', amount: 20 }]]);
  const [[, args] = ['', {}]] = decidedCalls([strictTool('transfer', 'Transfer money.', { from: str, to: str, amount: num })], 'Pay Bob $20');
  t.not(args.from, 'Bob', 'the one paid is no origin');
});

t.test('F7: a thing kept in the first clause is not switched', async (t) => {
  t.same(calledNames(decidedCalls(TV_AND_LIGHTS, 'Leave the TV on and turn off the lights')), ['turn_off_lights']);
  t.same(calledNames(decidedCalls(TV_AND_LIGHTS, 'Keep the TV on while I turn off the lights')), ['turn_off_lights']);
});

t.test('F8: "to say" leads what is said; "to the airport" is no infinitive', async (t) => {
  t.same(decidedCalls([MESSAGING_TOOLS[1]!], "Text Maria to say I'm late"), [['send_message', { to: 'Maria', message: "I'm late" }]]);
  t.same(decidedCalls([MESSAGING_TOOLS[1]!], 'Text Bob to the airport'), [['send_message', { to: 'Bob', message: 'To the airport' }]]);
});
