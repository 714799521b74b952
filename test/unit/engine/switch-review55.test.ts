// Readings review 55 found broken by ways read per clause: "stop" or "play" that is no verb dropped a tool starting
// a thing (F1), a later clause pointing back ("lock it again") lost its way (F2), a tool stopping a thing was kept
// beside another stopping it (F4), and a state kept ("the wifi stays on") switched (F7).
import t from 'tap';
import { matchTools } from '../../../src/domain/engine/matching/match-tools.js';
import type { FunctionTool } from '../../../src/domain/types.js';
import { chooseByRequest } from '../../../src/domain/engine/compound/compound.js';

const fn = (name: string, description: string): FunctionTool => ({ name, description, parameters: { type: 'object', properties: {} }, strict: undefined });
const called = (prompt: string, tools: FunctionTool[]): string[] => matchTools(prompt, tools).map((match) => match.tool.name).sort();

t.test('F1: "stop", "pause" and "play" switch only as a clause\'s verb', async (t) => {
  const timer = [fn('start_timer', 'Start a timer.')];
  for (const prompt of ['Set a 5 minute timer so I know when to stop the pasta', 'Timer for 20 minutes, I need to stop at the bus stop', 'Set a timer for 3 minutes and stop the kettle']) {
    t.same(called(prompt, timer), ['start_timer'], prompt);
  }
  t.same(called('Stop the timer', timer), []);
  const vacuum = [fn('start_vacuum', 'Start the robot vacuum in a room.')];
  t.same(called("Don't stop the vacuum until the kitchen is done", vacuum), ['start_vacuum']);
  t.same(called('Vacuum the kitchen and stop by the store', vacuum), ['start_vacuum']);
});

t.test('F2: a clause naming no thing says its way of the thing before', async (t) => {
  const locks = [fn('lock_door', 'Lock a door.'), fn('unlock_door', 'Unlock a door.')];
  t.same(called('Unlock the front door and lock it again', locks), ['lock_door', 'unlock_door']);
  t.same(called('Lock the door, then unlock it at 5pm', locks), ['lock_door', 'unlock_door']);
  const radios = [fn('enable_wifi', 'Enable wifi.'), fn('disable_wifi', 'Disable wifi.'), fn('enable_bluetooth', 'Enable bluetooth.'), fn('disable_bluetooth', 'Disable bluetooth.')];
  t.same(called('Switch wifi, then bluetooth, off', radios), ['disable_bluetooth', 'disable_wifi']);
});

t.test('F4: one tool stops a thing, not two', async (t) => {
  const music = [fn('play_music', 'Play music.'), fn('pause_music', 'Pause the music.'), fn('stop_music', 'Stop the music.')];
  t.same(called('Pause the music', music), ['pause_music']);
  t.same(called('Stop the music', music), ['stop_music']);
  t.same(called('Stop playing music', music), ['stop_music']);
});

t.test('F7: a state kept switches nothing', async (t) => {
  const phone = [fn('enable_airplane_mode', 'Turn on airplane mode.'), fn('enable_wifi', 'Enable wifi.'), fn('disable_wifi', 'Disable wifi.')];
  t.same(called('Enable airplane mode but keep wifi on', phone), ['enable_airplane_mode']);
});

t.test('F8: the explanation says which request asks for what no tool does, and no "first only" for one call', async (t) => {
  const tools = [fn('turn_on_lights', 'Turn on the lights in a room.'), fn('play_music', 'Play music.')];
  const chosen = chooseByRequest({ mode: 'auto', forced: undefined, allowed: tools, parallel: false }, { prompt: 'Turn off the lights and play some jazz', outputs: 0 });
  t.same(chosen?.requests.map((request) => request.tool.name), ['play_music']);
  t.match(chosen?.why.reason, /"Turn off the lights" asks for what no offered tool does \(turn_on_lights switches the other way\)/);
  t.notMatch(chosen?.why.reason, /first/);
});
