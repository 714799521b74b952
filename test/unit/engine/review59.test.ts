// Readings review 59 found broken by the mends of review 58: money said in a relaying clause moved (F1), "Please
// send Bob $20" and a label's colon read as no money (F2, F3), a thing kept locked, open or playing switched, and
// "on" as a preposition read as a state kept (F4, F7), "what is said" after "to say" and "to tell Bob" (F5, F6),
// goods priced "£40 of groceries" read as money (F8), and "the plumber back" read as a payee (F9).
import t from 'tap';
import { calledNames, decidedCalls, MESSAGING_TOOLS, plainTool, strictTool, TRANSFER_TOOL } from '../../helpers/decided-calls.js';

const all = [...MESSAGING_TOOLS, TRANSFER_TOOL];
const message = [MESSAGING_TOOLS[1]!];
const moves = (prompt: string): boolean => calledNames(decidedCalls(all, prompt)).includes('transfer_money');

t.test('F1: money said in a relaying clause is not moved; asked in a later clause it is', async (t) => {
  for (const prompt of ['Tell Bob to please pay Ana $20', 'Tell Bob please send $50 to Ana', "Text Bob that I'll just send $20 to Ana", 'Text Bob: pay Ana $50']) {
    t.notOk(moves(prompt), prompt);
  }
  t.ok(moves("Text Maria that I'm late and send $20 to Bob"));
});

t.test('F2, F3: money asked after a capitalised lead or a label', async (t) => {
  for (const prompt of ['Please send Bob $20', 'Can you send Bob $20?', 'Quick one: send $20 to Bob', 'Next: send Bob $20', 'Reminder: pay Bob $20']) {
    t.same(decidedCalls(all, prompt), [['transfer_money', { to: 'Bob', amount: 20 }]], prompt);
  }
});

t.test('F4, F7: a thing kept locked is not locked; "on the fridge" keeps nothing', async (t) => {
  const tools = [plainTool('lock_door', 'Lock a door.'), plainTool('unlock_door', 'Unlock a door.'), plainTool('turn_on_lights', 'Turn on the lights.'), plainTool('turn_off_lights', 'Turn off the lights.')];
  t.same(calledNames(decidedCalls(tools, 'Leave the door unlocked and turn off the lights')), ['turn_off_lights']);
  const home = [strictTool('set_reminder', 'Set a reminder.', { text: { type: 'string' }, time: { type: 'string' } }), strictTool('set_alarm', 'Set an alarm.', { time: { type: 'string' } })];
  t.same(calledNames(decidedCalls(home, 'Set an alarm for 6am and remind me to leave on Friday')).sort(), ['set_alarm', 'set_reminder']);
});

t.test('F5, F6: a text "to say" says what follows; "to tell Bob" asks it passed on', async (t) => {
  t.same(decidedCalls(message, 'Text Bob to say sorry'), [['send_message', { to: 'Bob', message: 'Sorry' }]]);
  t.same(decidedCalls(message, 'Tell Ana to tell Bob hi'), [['send_message', { to: 'Ana', message: 'Tell Bob hi' }]]);
});

t.test('F8, F9: goods priced in money, and the payee before "back"', async (t) => {
  t.notOk(moves('Send £40 of groceries to Bob'));
  t.same(decidedCalls([TRANSFER_TOOL], 'Pay the plumber back $150'), [['transfer_money', { to: 'plumber', amount: 150 }]]);
});
