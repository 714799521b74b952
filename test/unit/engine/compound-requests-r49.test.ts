// Readings review 49 found broken in prompts of several requests, after the mends of review 48: values a request
// stated overwritten by earlier ones, earlier people and amounts lent to unrelated fields, first-person "I'll"
// keeping requests together, "to <noun>" and colons taken for errands and dictation, verbs that are nouns as often
// needing a determiner, missing request verbs, names ended by words that are surnames or places as often.
import t from 'tap';
import { decidedCalls, strictTool } from '../../helpers/decided-calls.js';
import { closedObject as object, readArguments as read } from '../../helpers/arguments.js';

const str = { type: 'string' };
const int = { type: 'integer' };
const fn = strictTool;
const base = [
  fn('get_weather', 'Get the weather for a city.', { city: str }), fn('send_email', 'Send an email.', { to: str, subject: str, body: str }),
  fn('send_message', 'Send a text message to someone.', { to: str, message: str }), fn('search_web', 'Search the web.', { query: str }),
  fn('transfer_money', 'Transfer money to someone.', { to: str, amount: { type: 'number' } }),
];
const ticket = [
  fn('create_ticket', 'Create a support ticket.', { title: str, description: str, priority: { type: 'string', enum: ['low', 'medium', 'high'] } }),
  fn('close_ticket', 'Close a support ticket.', { ticket_id: str }), fn('assign_ticket', 'Assign a ticket to someone.', { ticket_id: str, assignee: str }),
];
const shop = [
  fn('search_products', 'Search the product catalog.', { query: str }), fn('add_to_cart', 'Add a product to the shopping cart.', { product: str, quantity: int }),
  fn('place_order', 'Place the order for the cart.', { shipping_address: str }), fn('track_order', 'Track an order by its id.', { order_id: str }),
];
const mix = [
  fn('send_message', 'Send a text message to someone.', { to: str, message: str }), fn('set_alarm', 'Set an alarm.', { time: str }),
  fn('play_music', 'Play music.', { query: str }), fn('book_table', 'Reserve a table at a restaurant.', { restaurant: str, party_size: int, time: str }),
  fn('transfer_money', 'Transfer money to someone.', { to: str, amount: { type: 'number' } }),
];

const calls = (tools: object[], input: string, seed = 1): Array<[string, Record<string, unknown>]> => decidedCalls(tools, input, { seed });

t.test('F1: a value a request states is its own, whatever the seed', async (t) => {
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    const made = calls(ticket, 'Create a low priority ticket for the typo, then create a high priority ticket for the outage', seed);
    t.same(made.map(([, args]) => args.priority), ['low', 'high'], `seed ${seed}`);
  }
});

t.test('F2, F3: only a property of the same name, or a place, lends; whom only to "him", "her" or "them"', async (t) => {
  t.not(calls(base, "Text Ana that I'm home and check the weather")[1]![1].city, 'Ana');
  t.same(calls(mix, 'Transfer $20 to Bob and book a table for 2 at 7pm')[1]![1].party_size, 2);
  t.not(calls(mix, 'Text Bob that the play starts at 8 and book a table for 4')[1]![1].restaurant, 'Bob');
  t.not(calls(base, "Text Bob I'm late and email support about my refund")[1]![1].to, 'Bob');
  t.same(calls(base, 'Email Bob the report, then email him the slides').map(([, args]) => args.to), ['Bob', 'Bob']);
  t.same(calls(base, 'Message Ana that dinner is ready and then text Bob the same')[1], ['send_message', { to: 'Bob', message: 'Dinner is ready' }]);
  t.same(calls(base, "Text Bob I'm late, and tell Ana too")[1], ['send_message', { to: 'Ana', message: "I'm late" }]);
});

t.test('F4: a first person\'s "I\'ll" keeps no request together, unless what follows takes back what was said', async (t) => {
  t.same(calls(base, "Text Maria that I'll be late and transfer $20 to Bob"), [['send_message', { to: 'Maria', message: "I'll be late" }], ['transfer_money', { to: 'Bob', amount: 20 }]]);
  t.same(calls(base, 'Tell Bob I will be late and email Ana the report').map(([name, args]) => [name, args.to]), [['send_message', 'Bob'], ['send_email', 'Ana']]);
  t.equal(calls(base, "Tell Bob I'll check and send it tomorrow").filter(([name]) => name === 'send_message')[0]![1].message, "I'll check and send it tomorrow");
});

t.test('F5, F6: "to" a thing and a colon of no message keep requests apart', async (t) => {
  t.same(calls(base, "Transfer $20 to savings and text Bob that it's done")[1], ['send_message', { to: 'Bob', message: "It's done" }]);
  t.same(calls(base, "Two things: text Maria that I'm late and transfer $20 to Bob").map(([name]) => name), ['send_message', 'transfer_money']);
});

t.test('F7, F8: a bare noun before an id or a preposition, and more verbs, open a request', async (t) => {
  t.same(calls(ticket, 'Assign ticket 17 to Raj and close ticket 18'), [['assign_ticket', { ticket_id: '17', assignee: 'Raj' }], ['close_ticket', { ticket_id: '18' }]]);
  t.same(calls(shop, 'Track order 111, then track order 222').map(([, args]) => args.order_id), ['111', '222']);
  t.same(calls(mix, 'Set an alarm for 7am and play jazz')[1], ['play_music', { query: 'Jazz' }]);
  t.same(calls(shop, 'Search for a desk lamp, add it to my cart, then place the order').map(([name]) => name), ['search_products', 'add_to_cart', 'place_order']);
});

t.test('F10: a greeting word ends a name only where it greets; "I" ends a name', async (t) => {
  const message = object({ to: str, message: str });
  t.equal(read(message, 'Tell Mary Good').to, 'Mary Good');
  t.equal(read(message, 'Tell Bob Good Luck tomorrow').to, 'Bob');
  t.equal(read(message, "Tell Bob I'll be late").to, 'Bob');
  const city = object({ city: str });
  for (const place of ['Point No Point', 'Port Welcome', 'New Good Hope']) t.equal(read(city, `Weather in ${place}`).city, place);
});
