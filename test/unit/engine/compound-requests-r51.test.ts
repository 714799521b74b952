// Readings review 51 found broken after the mends of review 50: a colon swallowing the requests after it, a room
// of a home beating the room a prompt names ("a king room"), words that are no rooms read as rooms, "her $40" no
// longer pointing at someone, and "on"/"off" as prepositions read as switching.
import t from 'tap';
import { decidedCalls, strictTool } from '../../helpers/decided-calls.js';
import { matchTools } from '../../../src/domain/engine/matching/match-tools.js';
import type { FunctionTool } from '../../../src/domain/types.js';
import { closedObject as object, readArguments as read } from '../../helpers/arguments.js';

const str = { type: 'string' };
const fn = strictTool;
const mix = [
  fn('send_message', 'Send a text message to someone.', { to: str, message: str }), fn('play_music', 'Play music.', { query: str }),
  fn('transfer_money', 'Transfer money to someone.', { to: str, amount: { type: 'number' } }), fn('set_reminder', 'Set a reminder.', { text: str }),
];

const names = (input: string): Array<[string, Record<string, unknown>]> => decidedCalls(mix, input);

t.test('F1: a colon leads a text only after its name or a message\'s person; elsewhere it ends a clause', async (t) => {
  t.same(names("Important: text Maria I'm late and transfer $50 to Bob"), [['send_message', { to: 'Maria', message: "I'm late" }], ['transfer_money', { to: 'Bob', amount: 50 }]]);
  t.same(names('Please do the following: text Bob hi and play jazz'), [['send_message', { to: 'Bob', message: 'Hi' }], ['play_music', { query: 'Jazz' }]]);
  t.same(names('Reminder: call mom and buy milk'), [['set_reminder', { text: 'Call mom and buy milk' }]]);
});

t.test('F2, F3: a room named with "room" first; a room of a home only where it stands as one', async (t) => {
  const room = object({ room: str });
  t.same(read(room, 'Book a king room with a balcony at the Hilton'), { room: 'king room' });
  t.same(read(room, 'Book the conference room in the office'), { room: 'conference room' });
  t.same(read(room, 'Dim the lights in the master bedroom'), { room: 'master bedroom' });
  t.same(read(room, 'Turn on the kitchen lights'), { room: 'kitchen' });
  for (const prompt of ['Remind me after the office party', 'Find a study on sleep', 'Visit the hall of fame', 'Lock the back door']) {
    t.notOk(['office', 'study', 'hall', 'back door'].includes(read(room, prompt).room as string), prompt);
  }
});

t.test('F4: "her" before an amount points at someone', async (t) => {
  t.same(names('Text Ana hi and transfer her $40')[1], ['transfer_money', { to: 'Ana', amount: 40 }]);
});

t.test('F5: "on" and "off" switch only near the verb that switches', async (t) => {
  const plain = (name: string, description: string): FunctionTool => ({ name, description, parameters: { type: 'object', properties: { room: str } }, strict: undefined });
  const tools = [plain('turn_on_lights', 'Turn on the lights in a room.'), plain('turn_off_lights', 'Turn off the lights in a room.')];
  const called = (prompt: string): string[] => matchTools(prompt, tools).map((match) => match.tool.name);
  t.same(called('Turn off the lights on the porch'), ['turn_off_lights']);
  t.same(called("Turn on the lights, I'm off to bed"), ['turn_on_lights']);
  t.same(called('Turn the porch lights on'), ['turn_on_lights']);
});

t.test('locking is a way too: a tool locking is not called to unlock, nor the other way', async (t) => {
  const plain = (name: string, description: string): FunctionTool => ({ name, description, parameters: { type: 'object', properties: { door: str } }, strict: undefined });
  const tools = [plain('lock_door', 'Lock a door.'), plain('unlock_door', 'Unlock a door.')];
  const called = (prompt: string): string[] => matchTools(prompt, tools).map((match) => match.tool.name);
  t.same(called('Lock the front door'), ['lock_door']);
  t.same(called('Unlock the front door'), ['unlock_door']);
  t.same(called('Lock and unlock the door'), ['lock_door', 'unlock_door'], 'both ways asked: both kept');
  t.same(matchTools('Lock the front door', [tools[1]!]).map((match) => match.tool.name), [], 'only the other way offered: none');
});
