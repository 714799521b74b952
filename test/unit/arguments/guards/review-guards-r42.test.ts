// Relays review 42 found broken: words inside what is relayed ("I'll call Monday", "I moved to Berlin") taken for
// another request, so the relay's person lost its recipient; requests for a thing told written without an article
// ("bedtime stories", "knock knock jokes") relayed word for word; and a grandparent's name ending the prompt.
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

t.test('what a relay says opens no request of its own: the relay keeps its person', async (t) => {
  const cases: ReadonlyArray<[string, string]> = [
    ["Tell mom I'll call Monday", 'mom'], ['Tell Bob I moved to Berlin', 'Bob'], ["Tell dad I'm at Starbucks and I'll call Uber", 'dad'],
    ["Tell Ana I'll pay Visa tomorrow", 'Ana'], ['Tell mom I love her and ship the box to Bob', 'mom'],
  ];
  for (const [prompt, person] of cases) {
    t.equal(read(object({ recipient: str, message: str }), prompt).recipient, person, `recipient: ${prompt}`);
    t.equal(read(object({ to: { type: 'string', description: 'Recipient' }, message: str }), prompt).to, person, `described to: ${prompt}`);
  }
  // Another request's recipient is still its own.
  t.equal(read(object({ recipient: str, address: str }), 'Tell Maria the package arrived and ship the box to Bob at 5 Elm St').recipient, 'Bob');
  t.equal(read(object({ to: str, subject: str, body: str }), 'Tell my mom I love her and email Bob the report').to, 'Bob');
});

t.test('a thing told asked for without an article is no relay; a clause about one is', async (t) => {
  for (const prompt of ['Tell my son bedtime stories', 'Tell mom knock knock jokes', 'Tell my son a tongue twister', 'Tell mom the recipe for lasagna']) {
    t.same(called(prompt), [], prompt);
  }
  t.same(called('Tell Bob the jokes were great'), ['send_message']);
  t.equal(read(object({ to: str, message: str }), 'Tell Bob the jokes were great').message, 'The jokes were great');
});

t.test("a grandparent's name ending the prompt is part of the person", async (t) => {
  t.equal(read(object({ to: str, message: str }), 'Tell grandpa joe').to, 'grandpa joe');
  t.same(read(object({ to: str, message: str }), 'Tell grandma yes'), { to: 'grandma', message: 'Yes' });
});
