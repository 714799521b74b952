// Tool choice review 27 found wrong, each as a kind of prompt: a word a parameter and the description share, backed
// by a value the tool takes (M1); "turn it up/down" beside the heat or the light (M2); "send" moving money only
// when the amount is what is sent (M3); an id said to be pending is a statement (L1).
import t from 'tap';
import { matchTools } from '../../../../src/domain/engine/matching/match-tools.js';
import type { FunctionTool } from '../../../../src/domain/types.js';
import { homeAndMoneyTools } from '../../arguments/corpus/corpus-home-and-money.js';
import { supportAndMediaTools } from '../../arguments/corpus/corpus-support-and-media.js';

const fn = (name: string, description: string, properties: Record<string, unknown>): FunctionTool => ({
  name, description, parameters: { type: 'object', properties, required: Object.keys(properties) }, strict: undefined,
});
const str = { type: 'string' };
const EXTRAS = [
  fn('get_weather', 'Get the current weather for a city.', { city: str }),
  fn('send_message', 'Send a text message to a contact.', { recipient: str, message: str }),
  fn('snooze_reminder', 'Remind the user after a delay.', { text: str, delay_minutes: { type: 'integer' } }),
];
const FULL = [...homeAndMoneyTools, ...supportAndMediaTools, ...EXTRAS];
const HOME_SUPPORT = [...homeAndMoneyTools, ...supportAndMediaTools];

/** The names of the tools a prompt calls, best first. */
const called = (prompt: string, tools: FunctionTool[]): string[] => matchTools(prompt, tools).map((match) => match.tool.name);

t.test('a shared word backed by a value one of the parameters takes is a request again (M1)', async (t) => {
  for (const prompt of ['Put this text in German: good night', 'Render this text in Spanish: thank you']) t.same(called(prompt, FULL), ['translate'], prompt);
  t.same(called('This text in Japanese: welcome', supportAndMediaTools), ['translate']);
  t.same(called("What's in my checking account?", FULL), ['get_balance']);
  t.ok(called('Current conditions for the city of Denver', FULL).includes('get_weather'));
  // A shared word with no such value stays one sign.
  for (const prompt of ['Move the sofa to the living room', 'We went to the living room and watched a film', "What's a good size for a living room rug?", 'Get a room in Madrid for Friday']) {
    t.notOk(called(prompt, HOME_SUPPORT).includes('set_brightness'), prompt);
  }
});

t.test('"turn it up/down" is the heat or the light the prompt speaks of, the volume only when it names neither (M2)', async (t) => {
  t.same(called('Turn it down to 18 degrees', HOME_SUPPORT), ['set_thermostat']);
  t.same(called('It is cold in here, turn it up', HOME_SUPPORT), ['set_thermostat']);
  t.same(called('The lights are too bright, turn it down', HOME_SUPPORT), ['set_brightness']);
  t.same(called('The lights are too bright, turn it down', supportAndMediaTools), [], 'no volume when the light is named');
  for (const prompt of ['Turn it up', 'Turn it down to 20', "It's too quiet, turn it up"]) t.same(called(prompt, HOME_SUPPORT), ['set_volume'], prompt);
  t.same(called('She offered me the job but I had to turn it down', HOME_SUPPORT), []);
});

t.test('"send" moves money only for the amount sent, to an account word, in a prompt sending nothing else (M3)', async (t) => {
  t.notOk(called('Send the invoice for $300 to accounts@acme.com', FULL).includes('transfer_funds'), 'an email address is no account');
  t.equal(called('Send a reminder to Sam that he owes $20 to the savings fund', FULL)[0], 'create_reminder');
  t.notOk(called('Tell Bob to send $40 to my account', FULL).includes('transfer_funds'), 'a send told of');
  t.same(called('Send a message to Ana: please send $20 to my account', HOME_SUPPORT), ['send_email']);
  // The amount sent to an account is still a transfer.
  t.same(called('Send 50 euros to my savings account', FULL), ['transfer_funds']);
  t.equal(called('Send £40 to my personal account', FULL)[0], 'transfer_funds');
});

t.test('an id said to be pending is a statement; set pending, or escalated, it is an update (L1)', async (t) => {
  for (const prompt of ['Payment 3321 is pending', 'The package 5530 is pending delivery']) t.same(called(prompt, HOME_SUPPORT), [], prompt);
  for (const prompt of ["Set #5530 to pending, we're waiting on the customer", 'Mark ticket 881 as pending', 'Escalate ticket 7781']) {
    t.equal(called(prompt, HOME_SUPPORT)[0], 'update_ticket', prompt);
  }
});
