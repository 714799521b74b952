// Readings review 53 found broken after the mends of review 52: every tool switching the asked way let in below the
// floor (another device's), a switching verb counted past its clause, and a verb or preposition read as part of a
// room's two-word name.
import t from 'tap';
import { matchTools } from '../../../src/domain/engine/matching/match-tools.js';
import type { FunctionTool } from '../../../src/domain/types.js';
import { closedObject as object, readArguments as read } from '../../helpers/arguments.js';

const str = { type: 'string' };
const fn = (name: string, description: string, properties: Record<string, unknown> = {}): FunctionTool => ({
  name, description, parameters: { type: 'object', properties }, strict: undefined,
});
const devices = [
  fn('turn_on_lights', 'Turn on the lights in a room.', { room: str }), fn('turn_off_lights', 'Turn off the lights in a room.', { room: str }),
  fn('turn_on_tv', 'Turn on the TV.'), fn('turn_off_tv', 'Turn off the TV.'),
];
const phone = [fn('enable_airplane_mode', 'Turn on airplane mode.'), fn('disable_airplane_mode', 'Turn off airplane mode.'), fn('enable_wifi', 'Enable wifi.'), fn('disable_wifi', 'Disable wifi.')];
const called = (prompt: string, tools: FunctionTool[]): string[] => matchTools(prompt, tools).map((match) => match.tool.name);

t.test('F1: only the counterpart of a dropped tool is kept below the floor', async (t) => {
  t.same(called('Turn off wifi', phone), ['disable_wifi']);
  t.same(called('Turn on the lights in the kitchen', devices), ['turn_on_lights']);
  t.same(called('Turn the lights on for an hour', devices), ['turn_on_lights']);
});

t.test('F4: a switching verb switches within its own clause', async (t) => {
  t.same(called("Turn on the lights, I'm off.", devices), ['turn_on_lights']);
  t.same(called('Turn the lights in the bedroom on', devices), ['turn_on_lights']);
});

t.test('F3: a room\'s two-word name only after a determiner', async (t) => {
  const room = object({ room: str });
  t.same(read(room, 'Turn on lights in living room'), { room: 'living room' });
  t.same(read(room, 'Please vacuum guest room'), { room: 'guest room' });
  t.same(read(room, 'Book a deluxe king room'), { room: 'deluxe king room' });
});
