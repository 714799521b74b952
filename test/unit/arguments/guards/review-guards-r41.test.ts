// Relays review 41 found broken by the review-40 mends: "I" read into the person's name ("Tell Bob I need a ride"
// called nothing), any words after the person that were not a closed list of clause openers refused as a relay
// ("Tell Bob yes", "Tell Bob the dog ate my homework"), and the relay's person filling another request's recipient
// ("… and ship the box to Bob" shipped to Maria).
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

const RELAYS: ReadonlyArray<[string, string, string]> = [
  ['Tell Bob I need a ride', 'Bob', 'I need a ride'], ['Tell Ana Lopez I need a ride', 'Ana Lopez', 'I need a ride'],
  ['Tell Bob I paid', 'Bob', 'I paid'], ['Tell Bob yes', 'Bob', 'Yes'], ['Tell Bob on my way', 'Bob', 'On my way'],
  ['Tell Bob call me', 'Bob', 'Call me'], ['Tell Bob pick up milk', 'Bob', 'Pick up milk'], ['Tell Bob great job', 'Bob', 'Great job'],
  ['Tell Bob the dog ate my homework', 'Bob', 'The dog ate my homework'], ['Tell Bob the store closes at 9', 'Bob', 'The store closes at 9'],
  ['Tell Bob a package is coming', 'Bob', 'A package is coming'], ['Tell Bob something came up', 'Bob', 'Something came up'],
];

t.test('a relay says whatever follows the person, "I …" included', async (t) => {
  for (const [prompt, to, said] of RELAYS) {
    t.same(called(prompt), ['send_message'], prompt);
    t.same(read(object({ to: str, message: str }), prompt), { to, message: said }, prompt);
  }
});

t.test('what asks the assistant for something is still no relay', async (t) => {
  for (const prompt of ['Tell my son a bedtime story', 'Tell mom a joke', 'Tell my wife a poem', 'Tell my boss off', 'Tell my mom about the latest iPhone', 'Tell my boss what you think of the plan', 'Tell Maria a joke', 'Tell my son the story of Moses']) {
    t.same(called(prompt), [], prompt);
  }
});

t.test("another request's recipient is its own, not the relay's person", async (t) => {
  const ship = object({ recipient: str, address: str });
  t.equal(read(ship, 'Tell Maria the package arrived and ship the box to Bob at 5 Elm St').recipient, 'Bob');
  t.equal(read(object({ recipient: str, amount: { type: 'number' } }), 'Tell Ana I paid, then transfer $20 to Bob').recipient, 'Bob');
  t.equal(read(object({ to: str, subject: str, body: str }), 'Tell my mom I love her and email Bob the report').to, 'Bob');
  // Alone, the relay's person is the recipient, whatever the description.
  const described = object({ to: { type: 'string', description: 'Recipient' }, message: str });
  t.equal(read(described, "Tell mom I'm late").to, 'mom');
  t.equal(read(object({ recipient: str, message: str }), 'Tell Maria I am late').recipient, 'Maria');
});
