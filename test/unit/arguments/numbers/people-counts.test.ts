// A property that counts people reads the number the prompt gives them in other words: "a table for 4" for
// party_size, "1 child" for children, "3 people" for seats, "1 adult" for passengers.
import t from 'tap';
import { closedObject as object, readArguments as read } from '../../../helpers/arguments.js';

const int = { type: 'integer', minimum: 0, maximum: 20 };

t.test('people counted in other words', async (t) => {
  const time = { type: 'string', description: 'Time, HH:MM' };
  t.equal(read(object({ party_size: int, time }), 'Table for 6 at Chez Panisse on 2026-10-12 at 7').party_size, 6);
  t.equal(read(object({ guests: int, date: { type: 'string', format: 'date' } }), 'A reservation for 2 on 2026-10-12, 8 courses').guests, 2);
  t.same(read(object({ guests: object({ adults: int, children: int }) }), 'A hotel in Barcelona for 2 adults and 1 child, 3 nights').guests, { adults: 2, children: 1 });
  t.equal(read(object({ seats: int, pickup: { type: 'string' } }), 'A taxi to Heathrow at 5:30 for 3 people').seats, 3);
  t.equal(read(object({ passengers: int, days: int }), 'Fly to Rome for 4 days with 1 adult').passengers, 1);
  // Not people: a room for nights.
  t.not(read(object({ guests: int, nights: int }), 'Book a room for 3 nights for 2 people').guests, 3);
});

t.test('"for 4" after an address is the count; the house number is none', async (t) => {
  const prompt = 'Book a table at 12 Main Street for 4';
  for (const seed of [1, 7, 42]) {
    t.equal(read(object({ address: { type: 'string' }, party_size: { type: 'integer' } }), prompt, { seed }).party_size, 4);
    t.equal(read(object({ party_size: int }), prompt, { seed }).party_size, 4);
  }
  // A capitalised word after the number makes it an address's, unless a table is what is for.
  t.not(read(object({ guests: { type: 'integer' } }), 'Search reviews for 12 Main Street').guests, 12);
  // A sum or a share after "for" counts no people, and stays the sum's.
  t.same(read(object({ guests: { type: 'integer' }, budget: { type: 'number' } }), 'Plan a party with a budget for 500 dollars').budget, 500);
  t.not(read(object({ guests: { type: 'integer' }, budget: { type: 'number' } }), 'Plan a party with a budget for 500 dollars').guests, 500);
});

t.test('a number a time took ("at eight") is no count; "for four" before it is', async (t) => {
  const time = { type: 'string' };
  const count = { type: 'integer' };
  for (const seed of [1, 7]) {
    t.same(read(object({ time, party_size: count }), 'Dinner for four at eight', { seed }), { time: '20:00', party_size: 4 });
    t.same(read(object({ time, guests: count }), 'Dinner for four at eight', { seed }), { time: '20:00', guests: 4 });
    t.equal(read(object({ time, size: count }), 'Dinner for four at eight', { seed }).size, 4);
    t.same(read(object({ quantity: count, time }), 'Order eight pizzas at eight', { seed }), { quantity: 8, time: '08:00' });
  }
  // A bare "for N" before a capitalised word is an address's; before a lowercase one it is still a count.
  t.equal(read(object({ party_size: count }), 'Book a table at 12 Main Street for 4 at eight').party_size, 4);
});
