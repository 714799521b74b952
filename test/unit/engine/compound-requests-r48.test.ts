// Readings review 48 found broken in prompts of several requests: a later request lost what an earlier one named
// ("… and cancel it"), any "there" lent it the earlier people, weak matches of a short request were called
// ("the play", "book stores"), and dictated or quoted text, a "how to" errand and list markers were split.
import t from 'tap';
import { decidedCalls, strictTool } from '../../helpers/decided-calls.js';
import { splitRequests } from '../../../src/domain/engine/matching/requests/requests-split.js';

const str = { type: 'string' };
const int = { type: 'integer' };
const fn = strictTool;
const date = { type: 'string', description: 'YYYY-MM-DD' };
const base = [
  fn('get_weather', 'Get the weather for a city.', { city: str }), fn('send_email', 'Send an email.', { to: str, subject: str, body: str }),
  fn('send_message', 'Send a text message to someone.', { to: str, message: str }), fn('search_web', 'Search the web.', { query: str }),
  fn('create_event', 'Create a calendar event.', { title: str, start: str }), fn('transfer_money', 'Transfer money to someone.', { to: str, amount: { type: 'number' } }),
];
const travel = [
  fn('search_flights', 'Search for flights between two cities.', { origin: str, destination: str, date }), fn('book_flight', 'Book a flight.', { origin: str, destination: str, date }),
  fn('book_hotel', 'Book a hotel room.', { city: str, check_in: date, nights: int }), fn('get_weather', 'Get the weather for a city.', { city: str }),
  fn('book_table', 'Reserve a table at a restaurant.', { restaurant: str, city: str, party_size: int, time: str }),
];
const shop = [fn('track_order', 'Track an order by its id.', { order_id: str }), fn('cancel_order', 'Cancel an order.', { order_id: str })];
const mix = [
  fn('search_web', 'Search the web.', { query: str }), fn('send_message', 'Send a text message to someone.', { to: str, message: str }),
  fn('book_hotel', 'Book a hotel room.', { city: str, nights: int }), fn('book_table', 'Reserve a table at a restaurant.', { restaurant: str, party_size: int, time: str }),
  fn('play_music', 'Play music.', { query: str }), fn('transfer_money', 'Transfer money to someone.', { to: str, amount: { type: 'number' } }),
];

const calls = (tools: object[], input: string): Array<[string, Record<string, unknown>]> => decidedCalls(tools, input);
const names = (tools: object[], input: string): string[] => calls(tools, input).map(([name]) => name);

t.test('F1: what a later request leaves out is read from the requests before it', async (t) => {
  t.same(calls(shop, 'Track order 12345 and cancel it'), [['track_order', { order_id: '12345' }], ['cancel_order', { order_id: '12345' }]]);
  t.equal(calls(travel, 'Book a flight from London to Tokyo on June 5 and book a hotel for 4 nights')[1]![1].city, 'Tokyo');
  t.equal(calls(travel, 'Check the weather in Lisbon and book a hotel for 2 nights')[1]![1].city, 'Lisbon');
  t.same(calls(travel, 'Find flights from NYC to Rome on May 3 and book the cheapest one').map(([name, args]) => [name, args.destination]), [['search_flights', 'Rome'], ['book_flight', 'Rome']]);
  t.same(calls(base, 'Transfer $20 to Bob, then transfer the same amount to Alice'), [['transfer_money', { to: 'Bob', amount: 20 }], ['transfer_money', { to: 'Alice', amount: 20 }]]);
  const emails = calls(base, 'Email Bob the report, then email him the slides');
  t.same(emails.map(([, args]) => [args.to, args.subject]), [['Bob', 'Report'], ['Bob', 'Slides']]);
});

t.test('F2: "there" lends a later request no person', async (t) => {
  t.same(calls(base, "Transfer $20 to Bob and text Maria I'm almost there")[1], ['send_message', { to: 'Maria', message: "I'm almost there" }]);
  t.same(calls(base, "Search the web for hotels in Rome and text Maria that I'll meet her there")[1], ['send_message', { to: 'Maria', message: "I'll meet her there" }]);
});

t.test('F3: a short request calls its best tool only, and a verb that is a noun as often needs an object', async (t) => {
  t.same(names(base, 'Search for how to transfer money and pay bills online'), ['search_web']);
  t.same(names(mix, 'Search the web for cafes, book stores and parks in Paris'), ['search_web']);
  t.same(names(mix, 'Text Bob that the play starts at 8 and book a table for 4'), ['send_message', 'book_table']);
  t.same(names(mix, 'Find a good book and play some music'), ['search_web', 'play_music']);
  t.same(names(mix, 'Look up flights to Rome, book a hotel and a table for two').slice(0, 2), ['search_web', 'book_hotel']);
});

t.test('F4, F5: dictated, quoted or modal text and "how to" errands stay one request', async (t) => {
  const pick = () => true;
  for (const prompt of [
    'Email Bob saying: please book the conference room and send me the agenda', 'Tell Maria that Bob will book the venue and send the invites',
    'Text Maria "running late, search for parking and text me the spot"', "Search the web for 'stop and search' laws",
    'Search for how to transfer money and pay bills online', "Tell Bob I'll check and send it tomorrow",
  ]) t.same(splitRequests(prompt, pick), [], prompt);
  // A quote closed, the requests after it are read again.
  t.same(splitRequests('Text Maria "running late" and search the web for parking', pick).map((request) => request.text), ['Text Maria "running late"', 'search the web for parking']);
  // A request that asks for no tool stays with the one before: its words are not lost.
  t.same(calls(base, "Text Maria I'm late, check the oven, and transfer $20 to Bob")[0], ['send_message', { to: 'Maria', message: "I'm late, check the oven" }]);
});

t.test('F7: a line break ends a request, and list markers are no part of one', async (t) => {
  const pick = () => true;
  t.same(splitRequests("Text Maria that I'm late\nTransfer $20 to Bob", pick).map((request) => request.text), ["Text Maria that I'm late", 'Transfer $20 to Bob']);
  t.same(splitRequests("1. Text Maria that I'm late\n2. Transfer $20 to Bob", pick).map((request) => request.text), ["Text Maria that I'm late", 'Transfer $20 to Bob']);
  t.same(splitRequests("- Text Maria I'm late\n- transfer $20 to Bob", pick).map((request) => request.text), ["Text Maria I'm late", 'transfer $20 to Bob']);
  t.same(calls(base, "1. Text Maria that I'm late\n2. Transfer $20 to Bob"), [['send_message', { to: 'Maria', message: "I'm late" }], ['transfer_money', { to: 'Bob', amount: 20 }]]);
});

t.test('a place pointing the other way is left to the sibling pointing its way', async (t) => {
  const [[, to]] = calls(travel, 'Book a flight to Tokyo on June 5') as [[string, Record<string, unknown>]];
  t.equal(to.destination, 'Tokyo');
  t.not(to.origin, 'Tokyo', 'no origin named: not the destination');
  const [[, from]] = calls(travel, 'Book a flight from London on June 5') as [[string, Record<string, unknown>]];
  t.equal(from.origin, 'London');
  t.not(from.destination, 'London');
  t.same(calls(travel, 'Search flights to Rome from Berlin tomorrow')[0]![1].origin, 'Berlin');
});
