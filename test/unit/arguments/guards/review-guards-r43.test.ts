// Readings review 43 found broken: a greeting or a clause about a thing told refused as a relay ("Tell mom thanks
// for the recipe", "the legend of zelda is on sale"), and another request after a full stop or "and please" not
// seen ("Tell mom I love her. Ship the box to Bob").
import t from 'tap';
import { matchTools } from '../../../../src/domain/engine/matching/match-tools.js';
import type { FunctionTool } from '../../../../src/domain/types.js';
import { closedObject as object, readArguments as read } from '../../../helpers/arguments.js';

const str = { type: 'string' };
const fn = (name: string, description: string, properties: Record<string, unknown>): FunctionTool => ({
  name, description, parameters: { type: 'object', properties, required: Object.keys(properties) }, strict: undefined,
});
const message = fn('send_message', 'Send a text message to someone.', { to: str, message: str });
const weather = fn('get_weather', 'Get the weather for a city.', { city: str });
const called = (prompt: string): string[] => matchTools(prompt, [message, weather]).map((match) => match.tool.name);

t.test('a greeting, or a clause going on, about a thing told is relayed', async (t) => {
  const cases: ReadonlyArray<[string, string]> = [
    ['Tell mom thanks for the recipe', 'Thanks for the recipe'], ['Tell Ana congrats on the song', 'Congrats on the song'],
    ['Tell Bob thanks for the jokes', 'Thanks for the jokes'], ['Tell dad the legend of zelda is on sale', 'The legend of zelda is on sale'],
    ["Tell mom the recipe for grandma's pie worked", "The recipe for grandma's pie worked"], ['Tell Bob the story checks out', 'The story checks out'],
  ];
  for (const [prompt, said] of cases) {
    t.same(called(prompt), ['send_message'], prompt);
    t.equal(read(object({ to: str, message: str }), prompt).message, said, prompt);
  }
  t.same(called('Tell mom the recipe for lasagna'), [], 'a thing told asked for stays chat');
});

t.test('another request after a full stop or "and please" keeps its own recipient', async (t) => {
  const ship = object({ recipient: str, address: str });
  for (const prompt of ['Tell mom I love her. Ship the box to Bob', 'Tell mom I love her, ship the box to Bob', 'Tell mom I love her and please ship the box to Bob']) {
    t.equal(read(ship, prompt).recipient, 'Bob', prompt);
  }
  t.equal(read(object({ to: str, subject: str, body: str }), 'Tell my mom I love her and also email Bob the report').to, 'Bob');
  t.equal(read(object({ recipient: str, message: str }), "Tell mom I'll call Monday").recipient, 'mom');
});

t.test("a place named by its owner before a time is no saying of it", async (t) => {
  const reminder = object({ text: str, time: { type: 'string', format: 'date-time' } });
  t.equal(read(reminder, "Remind me to go to Trader Joe's at 5pm").text, "Go to Trader Joe's");
  t.equal(read(reminder, "Remind me to go to the dentist's at 9am").text, "Go to the dentist's");
});
