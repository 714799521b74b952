// Readings review 54 found broken after the mend of review 53: a later clause's "on"/"off" without its own verb
// ignored, a counterpart named another way ("disable_wifi" for "turn_on_wifi") lost, and an owner or a name before
// a room's two-word name cutting it short.
import t from 'tap';
import { matchTools } from '../../../src/domain/engine/matching/match-tools.js';
import type { FunctionTool } from '../../../src/domain/types.js';
import { closedObject as object, readArguments as read } from '../../helpers/arguments.js';

const fn = (name: string, description: string): FunctionTool => ({ name, description, parameters: { type: 'object', properties: {} }, strict: undefined });
const called = (prompt: string, tools: FunctionTool[]): string[] => matchTools(prompt, tools).map((match) => match.tool.name);
const tv = [fn('turn_on_tv', 'Turn on the TV.'), fn('turn_off_tv', 'Turn off the TV.')];
const radios = [fn('enable_wifi', 'Enable wifi.'), fn('disable_wifi', 'Disable wifi.'), fn('enable_bluetooth', 'Enable bluetooth.'), fn('disable_bluetooth', 'Disable bluetooth.')];

t.test('F1: "on"/"off" in a later clause takes the verb before; "I\'m off" states, it does not switch', async (t) => {
  t.same(called('Turn the volume up, and the TV on', tv), ['turn_on_tv']);
  t.same(called('Switch wifi, then bluetooth, off', radios).filter((name) => name.includes('wifi')), ['disable_wifi']);
  t.same(called("Turn on the TV, I'm off.", tv), ['turn_on_tv']);
  t.same(called('Is the TV on? Turn it off', tv), ['turn_off_tv']);
});

t.test('F2: the counterpart is known by the thing it switches, however it is named', async (t) => {
  t.ok(called('Turn off wifi', [fn('turn_on_wifi', 'Turn on wifi.'), fn('disable_wifi', 'Disable wifi.')]).includes('disable_wifi'));
});

t.test('F4: a name or an owner before a room\'s two-word name keeps it whole', async (t) => {
  const room = object({ room: { type: 'string' } });
  t.same(read(room, 'Book the Hilton deluxe king room'), { room: 'deluxe king room' });
  t.same(read(room, "Book the hotel's deluxe king room"), { room: 'deluxe king room' });
});
