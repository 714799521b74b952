// Readings review 61 found broken by the mends of review 60: "Ask Bob: send $50 to Ana" moving money (F1), "to say
// sorry I have to cancel" keeping its "Say" (F2), goods off a closed list read as money (F3), "on today" read as a
// date (F4), and "on a bit of paper" read as a span (F5).
import t from 'tap';
import { calledNames, decidedCalls, MESSAGING_TOOLS, plainTool, TRANSFER_TOOL, TV_AND_LIGHTS } from '../../helpers/decided-calls.js';

const all = [...MESSAGING_TOOLS, TRANSFER_TOOL];
const moves = (prompt: string): boolean => calledNames(decidedCalls(all, prompt)).includes('transfer_money');

t.test('F1, F3: asking someone relays; goods priced are no money', async (t) => {
  for (const prompt of ['Ask Bob: send $50 to Ana', 'Ask Bob, please send $20 to Ana', 'Send Bob $20 of pizza']) t.notOk(moves(prompt), prompt);
  for (const prompt of ['Ask Bob for his account number, please send him $50', 'Send Bob $20 of gas money']) t.ok(moves(prompt), prompt);
});

t.test('F2: "to say" with a "to" naming no one says what follows', async (t) => {
  t.same(decidedCalls([MESSAGING_TOOLS[1]!], 'Text Bob to say sorry I have to cancel'), [['send_message', { to: 'Bob', message: 'Sorry I have to cancel' }]]);
});

t.test('F4, F5: "on today" keeps; "on a bit of paper" puts a thing somewhere', async (t) => {
  t.same(calledNames(decidedCalls(TV_AND_LIGHTS, 'Keep the lights on today and turn off the TV')), ['turn_off_tv']);
  t.same(calledNames(decidedCalls([...TV_AND_LIGHTS, plainTool('create_note', 'Create a note.')], 'Leave a note on a bit of paper and turn off the lights')).sort(), ['create_note', 'turn_off_lights']);
});
