// Readings review 52 found broken after the mends of review 51: side matches let in when a tool switching the other
// way was dropped before the floor was set, "on"/"off" far from the verb not read, locking taken for power, a room
// of a home dropped before the noun after it, and a verb before "room" taken for a room's name.
import t from 'tap';
import { matchTools } from '../../../src/domain/engine/matching/match-tools.js';
import type { FunctionTool } from '../../../src/domain/types.js';
import { closedObject as object, readArguments as read } from '../../helpers/arguments.js';

const str = { type: 'string' };
const fn = (name: string, description: string, properties: Record<string, unknown> = { room: str }): FunctionTool => ({
  name, description, parameters: { type: 'object', properties }, strict: undefined,
});
const home = [
  fn('set_reminder', 'Set a reminder.', { text: str }), fn('play_music', 'Play music.', { query: str }), fn('set_timer', 'Set a timer.', { minutes: { type: 'integer' } }),
  fn('turn_on_lights', 'Turn on the lights in a room.'), fn('get_weather', 'Get the weather for a city.', { city: str }),
];
const lights = [fn('turn_on_lights', 'Turn on the lights in a room.'), fn('turn_off_lights', 'Turn off the lights in a room.')];
const wifi = [fn('enable_wifi', 'Enable wifi.'), fn('disable_wifi', 'Disable wifi.')];
const locks = [fn('lock_door', 'Lock a door.'), fn('unlock_door', 'Unlock a door.'), fn('turn_off_lights', 'Turn off the lights in a room.')];
const called = (prompt: string, tools: FunctionTool[]): string[] => matchTools(prompt, tools).map((match) => match.tool.name);

t.test('F1, F3: dropping the tool that switches the other way lets no side match in', async (t) => {
  for (const prompt of ['Turn off the lights and stop the music', 'Turn off the lights and the timer', 'Turn off the lights, the weather is nice', 'Turn off the lights on the porch']) {
    t.same(called(prompt, home), [], prompt);
  }
});

t.test('F2, F8: "on"/"off" after the object at a clause\'s end, after "and", and locking apart from power', async (t) => {
  t.same(called('Turn the lights in the bedroom on', lights), ['turn_on_lights']);
  t.same(called('Turn the living room ceiling lights off', lights), ['turn_off_lights']);
  t.same(called("Turn my phone's wifi back on", wifi), ['enable_wifi']);
  t.same(called('Turn the wifi on my laptop off', wifi), ['disable_wifi']);
  t.same(called('Turn on airplane mode and off wifi', wifi), ['disable_wifi'], 'wifi is switched off in its own clause');
  t.same(called('Going to bed: lock the door and lights off', locks), ['lock_door', 'turn_off_lights']);
});

t.test('F4, F5: a home\'s room before the thing in it; no verb or "free" before "room" names one', async (t) => {
  const room = object({ room: str });
  t.same(read(room, 'Mop the kitchen floor'), { room: 'kitchen' });
  t.same(read(room, 'Turn the lights in the kitchen off'), { room: 'kitchen' });
  t.same(read(room, "Turn on the lights in Ana's office"), { room: 'office' });
  t.same(read(room, 'We need to make room for guests in the kitchen'), { room: 'kitchen' });
  t.same(read(room, 'Book a deluxe king room'), { room: 'deluxe king room' });
});
