// A number that is a time of day is no count or sum: with am/pm, o'clock or minutes after it ("for 8 pm"), or read
// as a time by its lead ("at eight"), it fills the time and not a quantity; "by" after a number is a factor.
import t from 'tap';
import { closedObject as object, readArguments as read } from '../../../helpers/arguments.js';

const pizza = object({ quantity: { type: 'integer' }, delivery_time: { type: 'string', description: 'delivery time HH:MM' } });

t.test('a time of day fills the time and not the quantity', async (t) => {
  const expected: Array<[string, string]> = [
    ['Order pizzas at eight', '08:00'], ['Order pizzas for 8 pm', '20:00'], ['Order pizzas at 7:30', '07:30'], ['Order pizzas by 6pm', '18:00'],
    ["Order pizzas for 8 o'clock", '08:00'], ["Order pizzas for eight o'clock", '08:00'], ['Order pizzas at six thirty', '06:30'], ['Order pizzas at half past six', '06:30'],
  ];
  for (const [prompt, time] of expected) {
    const read_ = read(pizza, prompt);
    t.equal(read_.delivery_time, time, prompt);
    t.not(read_.quantity, Number(time.slice(0, 2)) % 12 || 12, `${prompt}: the hour is no quantity`);
  }
  // With a count beside it, both are read.
  t.same(read(pizza, 'Order 3 pizzas at eight'), { quantity: 3, delivery_time: '08:00' });
  t.same(read(pizza, 'Order 2 pizzas for 8 pm'), { quantity: 2, delivery_time: '20:00' });
  t.equal(read(pizza, 'Order 8 pizzas').quantity, 8);
  // Alone, a quantity takes no hour with am/pm; a bare number after 'at' is its value when no property takes a time.
  t.not(read(object({ quantity: { type: 'integer' } }), 'Order pizzas at 8 pm').quantity, 8);
  t.equal(read(object({ value: { type: 'integer' } }), 'Set the volume at 7').value, 7);
  // A property named before 'at' and a number takes the number ('at' was no key's connector: a filler came).
  t.equal(read(object({ brightness: { type: 'integer' } }), 'Set the brightness at 7').brightness, 7);
  t.equal(read(object({ temperature: { type: 'number' }, time: { type: 'string', format: 'time' } }), 'Set the temperature at 21 at 7am').temperature, 21);
  t.equal(read(object({ city: { type: 'string' } }), 'Find bars in the city at night').city === 'night', false, "'at' before a word connects no key");
});

t.test("'at' joins only a numeric property to its number, and not to a time or a house number (review)", async (t) => {
  const text = { type: 'string' };
  const time = { type: 'string', format: 'time' };
  const cases: Array<[Record<string, unknown>, string, Record<string, unknown>]> = [
    [{ restaurant: text, time: text }, 'Book the restaurant at 7', { time: '07:00' }],
    [{ meeting: text, time: text }, 'Schedule the meeting at 3', { time: '03:00' }],
    [{ event: text, time }, 'Add the event at 9', { time: '09:00:00Z' }],
    [{ room: { type: 'integer' }, address: text }, 'Book a room at 9 Elm Street', { address: '9 Elm Street' }],
    [{ lights: text, brightness: { type: 'integer' } }, 'Set the lights at 50', { brightness: 50 }],
    [{ brightness: { type: 'integer' }, time: text }, 'Set the brightness at 7', { time: '07:00' }],
  ];
  for (const [properties, prompt, expected] of cases) t.match(read(object(properties), prompt), expected, prompt);
  t.not(read(object({ restaurant: text, time: text }), 'Book the restaurant at 7').restaurant, '7', 'the hour is no restaurant');
});

t.test('a number with am/pm or o\'clock counts no people', async (t) => {
  const table = object({ party_size: { type: 'integer' }, time: { type: 'string', description: 'HH:MM' } });
  t.same(read(table, 'a table for 8 at 7pm'), { party_size: 8, time: '19:00' });
  const evening = read(table, 'Book a table for 8 pm');
  t.equal(evening.time, '20:00');
  t.not(evening.party_size, 8);
});

t.test('am/pm or o\'clock after a number makes it no count only where it reads as a time', async (t) => {
  // No hour ("20 pm"), a word the count counts after it with nothing taking a time, or a style: the number stays.
  t.equal(read(object({ quantity: { type: 'integer' } }), 'Order 3 pm candles').quantity, 3);
  t.equal(read(object({ amount: { type: 'number' } }), 'Transfer 20 pm').amount, 20);
  t.equal(read(object({ n: { type: 'integer' } }), "Give me 10 o'clock-style jokes").n, 10);
  t.equal(read(object({ amount: { type: 'number' }, time: { type: 'string', format: 'time' } }), 'Transfer 20 pm').amount, 20, 'no hour is a time');
  // A time lead before it, nothing after it, or a property taking the time: a time of day, no count.
  for (const prompt of ['Order pizzas at 8 pm', 'Order pizzas for 8 pm tonight', 'Book the 7 pm show', 'Order pizzas, 8 pm']) {
    t.not(read(object({ quantity: { type: 'integer' } }), prompt).quantity, prompt.includes('7') ? 7 : 8, prompt);
  }
  t.equal(read(pizza, 'Order 3 pm candles').delivery_time, '15:00');
  t.not(read(pizza, 'Order 3 pm candles').quantity, 3, 'a property takes the time: the hour is no count');
});

t.test('"by" after a number or a word of arithmetic is a factor, no time', async (t) => {
  const pair = object({ a: { type: 'number' }, b: { type: 'number' } });
  t.same(read(pair, 'Multiply 8 by 7'), { a: 8, b: 7 });
  t.same(read(pair, 'What is 12 divided by 4'), { a: 12, b: 4 });
  const time = object({ time: { type: 'string', description: 'HH:MM' } });
  for (const prompt of ['Multiply 8 by 7', 'Divide twelve by four', 'Prices went up by 5']) t.notMatch(String(read(time, prompt).time), /^\d{2}:\d{2}$/u, prompt);
  t.equal(read(time, 'Finish the report by 5').time, '05:00');
  t.equal(read(time, 'Finish the report by five').time, '05:00');
});
