// Readings review 50 found broken after the mends of review 49: greetings after a name read as its end only in the
// message, commands cut inside quotes, "the src folder", flags and choices lent, "her manager" taken for "her", a
// city lent to a restaurant, a searched thing not lent to the one added, verbs that are nouns as often splitting a
// message, "you'll", "Reminder:", "May 3", "… and run npm test", and a SQL command given "ls".
import t from 'tap';
import { decidedCalls, strictTool } from '../../helpers/decided-calls.js';
import { splitRequests } from '../../../src/domain/engine/matching/requests/requests-split.js';
import { closedObject as object, readArguments as read } from '../../helpers/arguments.js';

const str = { type: 'string' };
const int = { type: 'integer' };
const fn = strictTool;
const base = [
  fn('send_email', 'Send an email.', { to: str, subject: str, body: str }), fn('send_message', 'Send a text message to someone.', { to: str, message: str }),
  fn('get_weather', 'Get the weather for a city.', { city: str }), fn('transfer_money', 'Transfer money to someone.', { to: str, amount: { type: 'number' } }),
];
const travel = [
  fn('book_flight', 'Book a flight.', { origin: str, destination: str, date: { type: 'string', description: 'YYYY-MM-DD' } }),
  fn('book_hotel', 'Book a hotel room.', { city: str, nights: int }), fn('get_weather', 'Get the weather for a city.', { city: str }),
  fn('book_table', 'Reserve a table at a restaurant.', { restaurant: str, party_size: int, time: str }),
];
const shop = [fn('search_products', 'Search the product catalog.', { query: str }), fn('add_to_cart', 'Add a product to the shopping cart.', { product: str, quantity: int })];
const mail = [
  fn('send_email', 'Send an email.', { to: str, subject: str, body: str, urgent: { type: 'boolean' } }),
  fn('send_message', 'Send a text message to someone.', { to: str, message: str }),
];

const calls = (tools: object[], input: string, seed = 1): Array<[string, Record<string, unknown>]> => decidedCalls(tools, input, { seed });
const texts = (prompt: string): string[] => splitRequests(prompt, () => true).map((request) => request.text);

t.test('F1: a greeting after a name, known by the word after it, leaves the name whole', async (t) => {
  const message = object({ to: str, message: str });
  t.same(read(message, 'Tell Bob Good morning'), { to: 'Bob', message: 'Good morning' });
  t.same(read(message, 'Tell Ana Welcome back'), { to: 'Ana', message: 'Welcome back' });
  t.same(read(message, 'Tell Maria Good luck tomorrow'), { to: 'Maria', message: 'Good luck tomorrow' });
});

t.test('F2, F3, F13: commands whole inside quotes, folders by name, and no shell command for another language', async (t) => {
  const cmd = object({ cmd: { type: 'string', description: 'Shell command to execute.' } });
  t.same(read(cmd, 'Run echo "hello, world"'), { cmd: 'echo "hello, world"' });
  t.same(read(cmd, "Run git commit -m 'fix: typo in readme'"), { cmd: "git commit -m 'fix: typo in readme'" });
  t.same(read(cmd, 'List the files in the src folder'), { cmd: 'ls src' });
  t.same(read(cmd, 'List the files in my home directory'), { cmd: 'ls ~' });
  t.not(read(object({ command: { type: 'string', description: 'The SQL command to run against the database.' } }), 'List the files in src').command, 'ls src');
  t.not(read(object({ script: { type: 'string', description: 'A Python script to execute.' } }), 'List the files in src').script, 'ls src');
});

t.test('F4, F5, F6, F7: only free strings and numbers are lent, by name, kind or place; "her manager" is someone else', async (t) => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    const made = calls(mail, "Email Ana that the server is down, it's urgent, and text Bob that I'm on it", seed);
    t.notOk('urgent' in (made[1]?.[1] ?? {}), `no flag lent (seed ${seed})`);
  }
  t.not(calls(base, "Text Ana that I'm home and email her manager about the delay")[1]![1].to, 'Ana');
  t.same(calls(base, "Text Ana that I'm home, then send her the receipt")[1]![1].to, 'Ana');
  t.not(calls(travel, 'Check the weather in Paris and book a table for 2 at 8pm')[1]![1].restaurant, 'Paris');
  t.same(calls(shop, 'Search for a desk lamp and add 2 of them to my cart')[1], ['add_to_cart', { product: 'a desk lamp', quantity: 2 }]);
});

t.test('F8-F12: what stays one request, and what splits', async (t) => {
  t.same(texts('Text Bob that the build is green and merge conflicts are fixed'), []);
  t.same(texts("Tell Bob I'll call later and send you the notes"), []);
  t.same(texts("Tell Bob you'll book it and send the invite"), []);
  t.same(texts('Reminder: call mom and buy milk'), []);
  t.same(texts('Book a flight to Rome on May 3 and book a hotel for 2 nights'), ['Book a flight to Rome on May 3', 'book a hotel for 2 nights']);
  t.same(texts('Read src/app.ts and run npm test'), ['Read src/app.ts', 'run npm test']);
  t.same(texts("Two things: text Maria that I'm late and transfer $20 to Bob"), ['Two things:', "text Maria that I'm late", 'transfer $20 to Bob']);
  t.not(calls(travel, 'Book a flight to Rome on May 3')[0]![1].origin, 'May', 'May 3 is a date, not a place');
});
