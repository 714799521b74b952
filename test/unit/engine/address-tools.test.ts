// A street address in a prompt is a value a tool taking a street, an address or a postal code takes: "Ship it to
// 1 Infinite Loop, Cupertino, CA 95014" calls set_address, though no word of the prompt names a street.
import t from 'tap';
import { matchTools } from '../../../src/domain/engine/matching/match-tools.js';
import type { FunctionTool } from '../../../src/domain/types.js';

const text = { type: 'string' };
const setAddress: FunctionTool = { name: 'set_address', description: 'Save a shipping address', parameters: { type: 'object', properties: { street: text, city: text, zip: text }, required: ['street', 'city'] }, strict: undefined };
const weather: FunctionTool = { name: 'get_weather', description: 'Get current weather for a city.', parameters: { type: 'object', properties: { city: text } }, strict: undefined };

t.test('an address asks for the tool that takes one', async (t) => {
  for (const prompt of ['Ship it to 1 Infinite Loop, Cupertino, CA 95014', 'Ship it to 221B Baker Street, London', 'Ship it to 10 Downing Street, London SW1A 2AA, UK']) {
    const [match] = matchTools(prompt, [setAddress, weather]);
    t.equal(match?.tool.name, 'set_address', prompt);
    t.ok(match?.why.some((reason) => reason.startsWith('value a street address')), 'the address is a reason');
  }
});

t.test('no address, or one a tool does not take, changes nothing', async (t) => {
  t.same(matchTools('Ship it to Paris', [setAddress]), []);
  t.same(matchTools('Book a table for 2 Way Street', [setAddress]), [], 'a count after a table\'s "for" is no house number');
  t.same(matchTools('Book a table for 4 at 8', [setAddress]), []);
  t.same(matchTools('I walked 3 Miles, Then Ran', [setAddress]), []);
  t.same(matchTools('I live at 221B Baker Street', [weather]), [], 'a tool taking a city alone is not asked for by an address');
});
