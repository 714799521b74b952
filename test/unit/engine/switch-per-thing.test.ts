// A prompt switching several things, each its own way: the way said in a clause naming a thing is that thing's,
// whatever the other clauses say, and a tool switching it that way is called though another tool scores higher.
import t from 'tap';
import { matchTools } from '../../../src/domain/engine/matching/match-tools.js';
import type { FunctionTool } from '../../../src/domain/types.js';
import { decidedCalls } from '../../helpers/decided-calls.js';

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
