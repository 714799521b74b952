// Readings review 56 found broken by money moved and ways per clause: a money tool named for sending lost (F1), "pay"
// told or reported read as a payment (F2), a thing switched both ways keeping one tool (F3), a thing kept as it is
// switched the way before (F4), a clause of times naming a thing (F5), a message beside money lost (F6), the payee
// (F7, F8), and goods worth an amount read as money (F9).
import t from 'tap';
import { matchTools } from '../../../src/domain/engine/matching/match-tools.js';
import type { FunctionTool } from '../../../src/domain/types.js';
import { calledNames, decidedCalls, MESSAGING_TOOLS, strictTool, TRANSFER_TOOL } from '../../helpers/decided-calls.js';

const str = { type: 'string' };
const num = { type: 'number' };
const fn = (name: string, description: string): FunctionTool => ({ name, description, parameters: { type: 'object', properties: {} }, strict: undefined });
const called = (prompt: string, tools: FunctionTool[]): string[] => matchTools(prompt, tools).map((match) => match.tool.name).sort();

t.test('F1: a money tool named for sending is called for money sent', async (t) => {
  t.same(decidedCalls([strictTool('send_money', 'Send money to a contact or account.', { recipient: str, amount: num })], 'Send $50 to Bob'), [['send_money', { recipient: 'Bob', amount: 50 }]]);
  const venmo = [strictTool('send_payment', 'Send a payment to someone.', { recipient: str, amount: num }), MESSAGING_TOOLS[1]!];
  t.same(calledNames(decidedCalls(venmo, 'Send $50 to Bob')), ['send_payment']);
});

t.test('F2: "pay" told, reported, wished or coming to the user is no payment', async (t) => {
  const tools = [...MESSAGING_TOOLS, TRANSFER_TOOL];
  for (const prompt of ['Tell Bob to pay Ana $20', 'Ask Bob to pay me $20', 'Remind me to pay Bob $20 tomorrow', 'Tell Ana I can pay 20 dollars', 'I will pay you 20 dollars if you find flights', 'Pay $15 for the 3 pm parking']) {
    t.notOk(calledNames(decidedCalls(tools, prompt)).includes('transfer_money'), prompt);
  }
  t.same(decidedCalls(tools, 'Pay Bob $20'), [['transfer_money', { to: 'Bob', amount: 20 }]]);
});

t.test('F3, F4, F5: both ways of one thing, a thing kept, a clause of times', async (t) => {
  const tv = [fn('turn_on_tv', 'Turn on the TV.'), fn('turn_off_tv', 'Turn off the TV.'), fn('turn_on_lights', 'Turn on the lights.'), fn('turn_off_lights', 'Turn off the lights.')];
  t.same(called('Turn the TV on now and off at 11pm', tv), ['turn_off_tv', 'turn_on_tv']);
  t.same(called('Turn off the TV and leave the lights on', tv), ['turn_off_tv']);
  t.same(called('Turn on the lights but leave the TV off', tv), ['turn_on_lights']);
  const locks = [fn('lock_door', 'Lock a door.'), fn('unlock_door', 'Unlock a door.')];
  t.same(called('Unlock the door but lock it at night', locks), ['lock_door', 'unlock_door']);
  t.same(called('Unlock the door and lock it when I leave', locks), ['lock_door', 'unlock_door']);
});

t.test('F6: a message beside money sent stays', async (t) => {
  t.same(decidedCalls([...MESSAGING_TOOLS, TRANSFER_TOOL], 'Send $50 to Bob and text him that it is done'), [['transfer_money', { to: 'Bob', amount: 50 }], ['send_message', { to: 'Bob', message: 'It is done' }]]);
});

t.test('F7, F8: whom an amount is paid fills the payee', async (t) => {
  t.same(decidedCalls([strictTool('make_payment', 'Make a payment.', { payee: str, amount: num })], 'Pay Bob $20'), [['make_payment', { payee: 'Bob', amount: 20 }]]);
  t.same(decidedCalls([TRANSFER_TOOL], 'Pay the plumber 150 dollars'), [['transfer_money', { to: 'plumber', amount: 150 }]]);
});

t.test('F9: goods worth an amount are no money sent', async (t) => {
  t.notOk(calledNames(decidedCalls([...MESSAGING_TOOLS, TRANSFER_TOOL], 'Send a $50 gift card to Ana')).includes('transfer_money'));
});
