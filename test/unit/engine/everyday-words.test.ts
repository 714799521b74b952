// Everyday words for what a tool does under another name: a request reaches the one tool offered for it, and a
// request no offered tool serves still gets a text answer.
import t from 'tap';
import { matchTools } from '../../../src/domain/engine/matching/match-tools.js';
import type { FunctionTool } from '../../../src/domain/types.js';

const fn = (name: string, description: string, properties: Record<string, unknown> = {}): FunctionTool =>
  ({ name, description, parameters: { type: 'object', properties }, strict: undefined });
const tools = {
  table: fn('book_table', 'Reserve a restaurant table.', { restaurant: {}, party_size: {}, date: {}, time: {} }),
  alarm: fn('set_alarm', 'Set an alarm.', { time: {}, label: {}, repeat_days: {} }),
  products: fn('search_products', 'Search the product catalog.', { query: {}, sort: {}, limit: {} }),
  cart: fn('add_to_cart', 'Add a product to the cart.', { product_id: {}, quantity: {} }),
  ride: fn('book_ride', 'Book a taxi ride.', { pickup: {}, dropoff: {}, pickup_time: {} }),
  delivery: fn('schedule_delivery', 'Schedule a delivery window.', { date: {}, window_start: {}, window_end: {} }),
  temperature: fn('convert_temperature', 'Convert a temperature.', { value: {}, from: {}, to: {} }),
  thermostat: fn('set_thermostat', 'Set the thermostat.', { temperature: {}, mode: {}, room: {} }),
  currency: fn('convert_currency', 'Convert money between currencies.', { amount: {}, from_currency: {}, to_currency: {} }),
  job: fn('schedule_job', 'Schedule a recurring job.', { job: {}, time: {}, weekdays_only: {} }),
  weather: fn('get_weather', 'Get the weather forecast.', { location: {}, unit: {} }),
};
type Name = keyof typeof tools;

const calls: Array<[string, Name]> = [
  ['Reserve Nopa for two people on Friday at 8:30 pm', 'table'],
  ['Wake me up at 6:45 on weekdays', 'alarm'],
  ['Show me the top 10 rated standing desks', 'products'],
  ['Put three of item B07XJ8C8F5 in my basket', 'cart'],
  ['Get me a taxi from 221B Baker Street to Heathrow at 5:30', 'ride'],
  ['Deliver on Saturday between 10am and noon, leave it at the back door', 'delivery'],
  ['What is 72°F in Celsius?', 'temperature'],
  ['And 100°F?', 'temperature'],
  ['Set the living room to 21.5 degrees on heat', 'thermostat'],
  ['What is 1.5k CHF in CAD', 'currency'],
  ['How many rupees for 40 francs?', 'currency'],
  ['Run cleanup at 11:30 pm daily', 'job'],
  ['Rotate the logs weekly', 'job'],
];

t.test('a request reaches the tool offered for it in other words', async (t) => {
  for (const [prompt, name] of calls) {
    const [match] = matchTools(prompt, [tools[name]]);
    t.equal(match?.tool.name, tools[name].name, prompt);
    // A word the description itself holds ("Reserve a restaurant table", "Book a taxi ride") is counted there.
    t.ok(match?.why.some((why) => /^lexicon |^description: (reserve|taxi)/.test(why)), `${prompt}: the lexicon is the reason`);
  }
});

t.test('among all of them, the request reaches its own tool', async (t) => {
  const all = Object.values(tools);
  for (const [prompt, name] of calls) t.equal(matchTools(prompt, all)[0]?.tool.name, tools[name].name, prompt);
});

const texts: Array<[string, Name]> = [
  ['Tell me a joke', 'weather'],
  ['Tell me a joke', 'alarm'],
  ['Hello! How are you?', 'table'],
  ['What is the capital of France?', 'cart'],
  ['Explain how a hash map works', 'products'],
  ['Thanks, that was helpful', 'delivery'],
  ['Tell me a joke', 'thermostat'],
  ['Turn this paragraph into French', 'temperature'],
  ['Let me try that again', 'currency'],
  ['What is a cron expression?', 'weather'],
  ['Hello! How are you today?', 'table'],
  ['What a day it has been', 'delivery'],
];

t.test('a request no offered tool serves matches none', async (t) => {
  for (const [prompt, name] of texts) t.same(matchTools(prompt, [tools[name]]), [], `${prompt} (${tools[name].name})`);
});

t.test('a day or a clock time backs a word the tool shares with the prompt, never alone', async (t) => {
  const shift = fn('add_shift', 'Add a work shift.', { employee: {}, date: {}, start_time: {}, end_time: {} });
  const [match] = matchTools('Maria works 2026-10-08 from 14:00 to 22:00', [shift]);
  t.same(match?.why, ['value a day → date', 'value a clock time → start, time, end', 'description: work']);
  t.equal(match?.score, 3, 'one description word and two values');
  t.same(matchTools('Maria works at the bakery', [shift]), [], 'one description word alone is not enough');
  t.same(matchTools("I'll be home at 14:00 on Friday", [shift]), [], 'a day and a time alone are no request');
  t.same(matchTools('Hello! How are you today at 10:00?', [tools.table]), []);
});

t.test('the day and clock checks read a prompt once, whatever it holds', async (t) => {
  const shift = fn('add_shift', 'Add a work shift.', { employee: {}, date: {}, start_time: {}, end_time: {} });
  for (const prompt of ['1'.repeat(100000), 'jan '.repeat(25000), '1:'.repeat(50000), '12 '.repeat(33000), 'september'.repeat(11000)]) {
    const started = performance.now();
    matchTools(`work ${prompt}`, [shift]);
    const elapsed = performance.now() - started;
    t.ok(elapsed < 2000, `${JSON.stringify(prompt.slice(0, 8))}… took ${elapsed.toFixed(1)} ms`);
  }
});

t.test('a meeting under another name reaches a meeting tool when a day or a time backs it', async (t) => {
  const meeting = fn('schedule_meeting', 'Schedule a meeting.', { title: {}, start: {}, duration_minutes: {}, attendees: {} });
  const [match] = matchTools('Set up a 1 hour design review next Tuesday at 10:00', [meeting]);
  t.same(match?.why, ['lexicon an event: review → meet', 'value a clock time → start', 'a request: set']);
  t.equal(match?.score, 2);
  t.equal(matchTools('Add a daily standup at 9:30 with the team', [meeting])[0]?.tool.name, 'schedule_meeting');
  t.same(matchTools('Review my pull request', [meeting]), [], 'a review alone is no meeting');
  t.same(matchTools('Give me a demo of the API', [meeting]), []);
});

// Chat that merely uses a word of a group: a word alone, or beside a day or a time, is no request.
const chat: Array<[string, FunctionTool]> = [
  ['What does CAD stand for?', tools.currency],
  ['What is a franc?', tools.currency],
  ['What is the history of the rupee?', tools.currency],
  ['Pound the chicken breasts thin before frying', tools.currency],
  ['Is sterling silver worth anything?', tools.currency],
  ['The Bucks won last night', tools.currency],
  ['The yen for adventure took me to Peru in 2019.', tools.currency],
  ['Is 30 degrees hot?', tools.thermostat],
  ['The angles of a triangle add up to 180°, right?', tools.thermostat],
  ['Is Rome warmer than Paris in May?', tools.thermostat],
  ['What is the boiling point of water in fahrenheit?', tools.thermostat],
  ['What is the boiling point of water in fahrenheit?', fn('convert_units', 'Convert a value between units.', { value: {}, from_unit: {}, to_unit: {} })],
  ['Why do ships float?', fn('track_order', 'Track a delivery.', { order_id: {} })],
  ['How do I ship a feature faster as a team?', fn('track_order', 'Track a delivery.', { order_id: {} })],
  ['I need to deliver a speech on Friday, any tips?', fn('track_order', 'Track a delivery.', { order_id: {} })],
  ['Tell me a joke about a taxi driver.', tools.ride],
  ['My dad is a cab driver in New York.', tools.ride],
  ["I'm going to the store to buy milk.", tools.products],
  ["I'm going to the store to buy milk.", tools.cart],
  ['Should I buy or rent a house?', tools.products],
  ['I love my daily walk in the park.', tools.job],
  ['My weekly yoga session was great.', tools.job],
  ['Can you recommend a good book to read?', fn('make_reservation', 'Make a reservation.', { name: {}, date: {} })],
  ['I wake up tired every day, why?', fn('set_alarm', 'Set an alarm.', { time: {}, label: {} })],
  ['What is a good checkout flow for an online store?', fn('view_cart', 'Show the cart.', {})],
  ['How are you today?', fn('get_date', 'Get the current date.', {})],
  ['I feel a bit stressed today.', fn('get_time', 'Get the current time.', { timezone: {} })],
];

t.test('a word of a group alone, in chat, calls no tool', async (t) => {
  for (const [prompt, tool] of chat) t.same(matchTools(prompt, [tool]), [], `${prompt} (${tool.name})`);
});

t.test('a meeting word beside a day or a time needs a request or a word the tool shares', async (t) => {
  const meeting = fn('schedule_meeting', 'Schedule a meeting on the calendar.', { title: {}, date: {}, time: {}, attendees: {} });
  for (const prompt of [
    'Give me tips for a job interview tomorrow.',
    'I have a job interview on Friday, what should I wear?',
    'My session expired at 10:00 today, how do I log in again?',
    'Can you review my essay intro: The sun rose at 6:00 on Monday.',
    'We had a great retro on Monday',
  ]) t.same(matchTools(prompt, [meeting]), [], prompt);
  t.equal(matchTools('Set up an interview with Ana on Friday at 3pm', [meeting])[0]?.tool.name, 'schedule_meeting');
});

t.test('a value of the group backs its word: an amount of money, a temperature with its scale', async (t) => {
  t.match(matchTools('How much is 40 francs?', [tools.currency])[0]?.why, ['lexicon money: franc → currency', 'value an amount of money']);
  t.match(matchTools('And 100°F?', [tools.temperature])[0]?.why, ['lexicon a temperature: degree → temperature', 'value a temperature reading']);
  const units = fn('convert_units', 'Convert a value between units.', { value: {}, from_unit: {}, to_unit: {} });
  t.equal(matchTools('What is 72°F in Celsius?', [units])[0]?.tool.name, 'convert_units', 'a degree sign reaches a units tool');
  t.same(matchTools('Is it 30 degrees?', [tools.temperature]), [], 'a bare number of degrees may be an angle');
  t.match(matchTools('I need a taxi to the airport', [tools.ride])[0]?.why, ['value a place to go', 'description: taxi']);
  t.equal(matchTools('Please wake me up at 6am', [tools.alarm])[0]?.tool.name, 'set_alarm', 'a request backs its word');
  t.same(matchTools('I wake up at 6am', [tools.alarm]), [], 'a statement does not');
  for (const prompt of ['1 chf '.repeat(20000), '1°'.repeat(50000), '1 degrees '.repeat(10000), '$'.repeat(100000), 'francs 1'.repeat(12000)]) {
    const started = performance.now();
    matchTools(`convert ${prompt}`, [tools.currency, tools.temperature]);
    const elapsed = performance.now() - started;
    t.ok(elapsed < 2000, `${JSON.stringify(prompt.slice(0, 8))}… took ${elapsed.toFixed(1)} ms`);
  }
});

t.test('a request for a word the description itself holds reaches the tool', async (t) => {
  const wake = fn('set_alarm', 'Set a wake-up alarm.', { time: {}, label: {} });
  t.same(matchTools('Get me a taxi please', [tools.ride])[0]?.why, ['description: taxi', 'a request: get']);
  t.same(matchTools('Wake me at 7', [wake])[0]?.why, ['description: wake', 'a request: wake']);
  t.equal(matchTools('Get me a cab please', [fn('request_trip', 'Request a cab.', { pickup: {}, dropoff: {} })])[0]?.tool.name, 'request_trip');
  t.same(matchTools('Tell me a joke about a taxi driver', [tools.ride]), [], 'chat about the word is still no request');
  t.same(matchTools('I wake up at 7 every day', [wake]), [], 'nor is a statement');
});

t.test('a request may open with a greeting or "just", and a phrasal verb may open a later clause', async (t) => {
  const rows: Array<[string, Name, string]> = [
    ['Hey, book me a cab for 6', 'ride', 'book'],
    ['Hi! Wake me up at 7', 'alarm', 'wake'],
    ['Just get me a cab', 'ride', 'get'],
    ['Checkout now', 'cart', 'checkout'],
    ['Backup the database nightly', 'job', 'backup'],
    ['It is too cold in here, turn up the heating', 'thermostat', 'turn up'],
  ];
  for (const [prompt, name, verb] of rows) {
    const [match] = matchTools(prompt, [tools[name]]);
    t.equal(match?.tool.name, tools[name].name, prompt);
    t.ok(match?.why.includes(`a request: ${verb}`), `${prompt}: ${match?.why.join('; ')}`);
  }
  t.same(matchTools('Hey, how are you?', [tools.ride]), []);
  const date = fn('get_date', 'Get the current date.', {});
  for (const [prompt, asks] of [['Is today Friday?', 'is today'], ['What is today?', 'what is today']] as const) t.ok(matchTools(prompt, [date])[0]?.why.includes(`a request: ${asks}`), prompt);
  const parcel = fn('track_package', 'Track a package shipment.', { tracking_number: {} });
  t.ok(matchTools('Where is my parcel?', [parcel])[0]?.why.includes('a request: where is my'), 'a question after the user\'s own thing');
  t.same(matchTools('Where is the parcel service in town?', [parcel]), [], 'not after a thing of the world');
  t.same(matchTools('Just wondering about taxis', [tools.ride]), []);
});

t.test('a place to go inside quotes is text to work on, not a ride', async (t) => {
  t.same(matchTools('Translate "I need a taxi to the airport" into French', [tools.ride]), []);
  t.same(matchTools('Translate “I need a taxi to the airport” into French', [tools.ride]), []);
  t.ok(matchTools('I need a taxi to the airport, "quickly"', [tools.ride])[0]?.why.includes('value a place to go'));
});
