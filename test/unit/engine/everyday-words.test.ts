// Everyday words for what a tool does under another name: a request reaches the one tool offered for it, and a
// request no offered tool serves still gets a text answer.
import t from 'tap';
import { matchTools } from '../../../src/domain/engine/match-tools.js';
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
    t.match(match?.why, [/^lexicon /], `${prompt}: the lexicon is the reason`);
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
  t.same(match?.why, ['lexicon an event: review → meet', 'value a clock time → start']);
  t.equal(match?.score, 2);
  t.equal(matchTools('Daily standup at 9:30 with the team', [meeting])[0]?.tool.name, 'schedule_meeting');
  t.same(matchTools('Review my pull request', [meeting]), [], 'a review alone is no meeting');
  t.same(matchTools('Give me a demo of the API', [meeting]), []);
});
