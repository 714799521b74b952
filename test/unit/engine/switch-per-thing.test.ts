// A prompt switching several things, each its own way: the way said in a clause naming a thing is that thing's,
// whatever the other clauses say, and a tool switching it that way is called though another tool scores higher.
import t from 'tap';
import { matchTools } from '../../../src/domain/engine/matching/match-tools.js';
import type { FunctionTool } from '../../../src/domain/types.js';
import { decidedCalls, strictTool } from '../../helpers/decided-calls.js';

const fn = (name: string, description: string): FunctionTool => ({ name, description, parameters: { type: 'object', properties: {} }, strict: undefined });
const called = (prompt: string, tools: FunctionTool[]): string[] => matchTools(prompt, tools).map((match) => match.tool.name).sort();
const phone = [fn('enable_airplane_mode', 'Turn on airplane mode.'), fn('disable_airplane_mode', 'Turn off airplane mode.'), fn('enable_wifi', 'Enable wifi.'), fn('disable_wifi', 'Disable wifi.')];
const home = [fn('turn_on_lights', 'Turn on the lights in a room.'), fn('turn_off_lights', 'Turn off the lights in a room.'), fn('turn_on_tv', 'Turn on the TV.'), fn('turn_off_tv', 'Turn off the TV.')];

t.test('each thing takes the way of the clause naming it', async (t) => {
  t.same(called('Turn on airplane mode and off wifi', phone), ['disable_wifi', 'enable_airplane_mode']);
  t.same(called('Enable wifi and disable airplane mode', phone), ['disable_airplane_mode', 'enable_wifi']);
  t.same(called('Turn on the TV and the lights off', home), ['turn_off_lights', 'turn_on_tv']);
  t.same(called('Turn the lights off and the TV on', home), ['turn_off_lights', 'turn_on_tv']);
});

t.test('a clause naming a thing without a way takes the way before it, and one way still holds for all', async (t) => {
  t.same(called('Turn off the lights and the TV', home), ['turn_off_lights', 'turn_off_tv']);
  t.same(called('Turn off the TV', home), ['turn_off_tv']);
  t.same(called("Turn on the TV, I'm off.", home), ['turn_on_tv']);
  t.same(called('Is the TV on? Turn it off', home), ['turn_off_tv']);
});

t.test('the calls decided keep both things, in the order asked', async (t) => {
  t.same(decidedCalls(phone.map((tool) => ({ type: 'function', ...tool })), 'Turn on airplane mode and off wifi').map(([name]) => name), ['enable_airplane_mode', 'disable_wifi']);
});

t.test('starting and stopping is a way too: play_music is no call for "Stop the music"', async (t) => {
  const music = [fn('play_music', 'Play music.'), fn('set_volume', 'Set the volume.')];
  t.same(called('Stop the music', music), []);
  t.same(called('Pause the music', music), []);
  t.same(called('Play some jazz', music), ['play_music']);
  t.same(called('Pause the music', [...music, fn('pause_music', 'Pause the music.')]), ['pause_music']);
  const vacuum = [fn('start_vacuum', 'Start the robot vacuum in a room.')];
  t.same(called('Start the vacuum in the kitchen', vacuum), ['start_vacuum']);
  t.same(called('Stop the vacuum', vacuum), []);
  t.same(called('Lock and unlock the door', [fn('lock_door', 'Lock a door.'), fn('unlock_door', 'Unlock a door.')]).length, 2, 'ways alone share the next clause\'s thing');
});

t.test('a request for what no offered tool does makes no call, and the others still do', async (t) => {
  const str = { type: 'string' };
  const tools = [strictTool('turn_on_lights', 'Turn on the lights in a room.', { room: str }), strictTool('play_music', 'Play music.', { query: str })];
  t.same(decidedCalls(tools, 'Turn off the lights and play some jazz'), [['play_music', { query: 'Jazz' }]]);
  t.same(decidedCalls(tools, 'Play some jazz and turn off the lights'), [['play_music', { query: 'Jazz' }]]);
  t.same(decidedCalls(tools, 'Turn off the lights and stop the music'), [], 'nothing offered: no call');
});
