// A home's rooms for a `room` property ("the lights in the kitchen"), and switching: a tool that switches on is
// not what "turn off" asks for, nor one that switches off what "turn on" does.
import t from 'tap';
import { matchTools } from '../../../../src/domain/engine/matching/match-tools.js';
import type { FunctionTool } from '../../../../src/domain/types.js';
import { closedObject as object, readArguments as read } from '../../../helpers/arguments.js';

const str = { type: 'string' };
const fn = (name: string, description: string, properties: Record<string, unknown>): FunctionTool => ({
  name, description, parameters: { type: 'object', properties, required: Object.keys(properties) }, strict: undefined,
});
const on = fn('turn_on_lights', 'Turn on the lights in a room.', { room: str });
const off = fn('turn_off_lights', 'Turn off the lights in a room.', { room: str });
const called = (prompt: string, tools: FunctionTool[]): string[] => matchTools(prompt, tools).map((match) => match.tool.name);

t.test('a room is read for a room property, two-word rooms whole', async (t) => {
  const room = object({ room: str });
  t.same(read(room, 'Turn on the lights in the kitchen'), { room: 'kitchen' });
  t.same(read(room, 'Turn on the living room lights'), { room: 'living room' });
  t.same(read(room, 'Dim the lights in the master bedroom'), { room: 'master bedroom' });
  t.same(read(room, 'Turn on the lights in the Blue Room'), { room: 'Blue Room' }, 'a named room as before');
  // Not for a property that is no room's.
  t.not(read(object({ city: str }), 'What is the weather in the kitchen garden?').city, 'kitchen');
});

t.test('a tool that switches the other way is not called', async (t) => {
  t.same(called('Turn off the lights in the kitchen', [on]), []);
  t.same(called('Switch off the lights', [on, off]), ['turn_off_lights']);
  t.same(called('Turn the lights on in the hall', [on, off]), ['turn_on_lights']);
  t.same(called('Turn on the lights', [off]), []);
  t.same(called('Disable the lights', [on, off]), ['turn_off_lights']);
  // A prompt switching both ways, or neither, keeps them.
  t.same(called('Turn on the lights in the kitchen', [on]), ['turn_on_lights']);
  t.ok(called('Turn off the TV and turn on the lights', [on]).includes('turn_on_lights'));
});
