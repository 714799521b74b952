// How many of a thing the prompt counts, for a property that counts goods (quantity, qty, count, num_*, number_of_*):
// a figure or number word before the goods, times a measure that multiplies ("a couple of", "dozen"); a pair is the
// unit counted ("a pair of jeans" is one item).
import t from 'tap';
import { closedObject as object, readArguments as read } from '../../../helpers/arguments.js';

const str = { type: 'string' };
const int = { type: 'integer', minimum: 1 };

t.test('"a couple of" counts two, dozens multiply; a pair is one of what is counted', async (t) => {
  t.same(read(object({ product: str, quantity: int }), 'Add a pair of running shoes to the cart'), { product: 'running shoes', quantity: 1 });
  t.same(read(object({ item: str, quantity: int }), 'Order a pair of jeans'), { item: 'jeans', quantity: 1 });
  t.same(read(object({ item: str, qty: int }), 'Add a couple of lemons'), { item: 'lemons', qty: 2 });
  t.same(read(object({ item: str, quantity: int }), 'Add two pairs of socks'), { item: 'socks', quantity: 2 });
  // A pair of what is not sold as pairs is two of it (review 33).
  t.equal(read(object({ show: str, num_tickets: int }), 'Book a pair of tickets for Hamilton').num_tickets, 2);
  t.same(read(object({ item: str, quantity: int }), 'Add a pair of avocados'), { item: 'avocados', quantity: 2 });
  t.equal(read(object({ item: str, quantity: int }), 'Add a pair of black running shoes').quantity, 1);
  t.equal(read(object({ item: str, quantity: int }), 'Add two dozen roses').quantity, 24);
});

t.test('a count-like key reads the number counting the goods beside other numbers', async (t) => {
  const price = { type: 'number' };
  t.equal(read(object({ item: str, count: int, max_price: price }), 'Order 4 cupcakes').count, 4);
  t.equal(read(object({ item: str, num_boxes: int, weight: price }), 'Ship 3 boxes of books').num_boxes, 3);
  t.equal(read(object({ item: str, number_of_items: int, budget: price }), 'Buy five notebooks').number_of_items, 5);
  t.equal(read(object({ item: str, item_count: int, budget: price }), 'Buy 7 pencils').item_count, 7);
});

t.test('not a count of goods: a house number, an hour, a figure a pack holds; a cue of its own comes first', async (t) => {
  const cart = object({ item: str, count: int, max_price: { type: 'number' } });
  t.equal(read(cart, 'Deliver 4 cupcakes to 12 Main Street').count, 4);
  t.not(read(cart, 'Order cupcakes for 8 pm').count, 8);
  t.not(read(cart, 'Buy a 12 pack of Coke').count, 12);
  t.equal(read(object({ query: str, count: int, radius: { type: 'number' } }), 'Show the top 5 results for 3 bedroom flats').count, 5);
});

t.test('"N <container> of M <goods>" counts the containers; M is what each holds (review 31 F2)', async (t) => {
  const cart = object({ product: str, quantity: int });
  t.same(read(cart, 'Add 2 boxes of 50 tissues to my cart'), { product: 'tissues', quantity: 2 });
  t.same(read(cart, 'Add 1 box of 12 eggs to my cart'), { product: 'eggs', quantity: 1 });
  t.same(read(cart, 'Add 3 cases of 24 beers'), { product: 'beers', quantity: 3 });
  t.same(read(cart, 'Add 2 boxes of a dozen eggs'), { product: 'eggs', quantity: 2 });
  t.equal(read(object({ item: str, count: int }), 'Add 2 bags of 10 oranges').count, 2);
  t.equal(read(object({ dish: str, num_portions: int }), 'Add 2 orders of 6 wings').num_portions, 2);
  // With no count before the container, the one it holds is the only count said.
  t.equal(read(object({ item: str, quantity: int }), 'Add an order of 6 wings').quantity, 6);
});

t.test('a price, a size, a model, a year, a party or a postal code is no count of goods (review 31 F3)', async (t) => {
  const cart = object({ item: str, count: int, unit_price: { type: 'number' } });
  t.same(read(cart, 'Add a $5 coffee to my cart').unit_price, 5);
  t.not(read(cart, 'Add a $5 coffee to my cart').count, 5);
  t.same(read(object({ count: int, item: str, price: { type: 'number' } }), 'Buy the $5 coffee').price, 5);
  t.same(read(cart, 'Add a pair of socks for 5 dollars'), { item: 'socks', count: 1, unit_price: 5 });
  for (const [prompt, figure] of [['Add a size 8 dress', 8], ['Add the size 10 shoes to my cart', 10], ['Add the iPhone 15 Pro', 15], ['Add a bottle of 2010 Bordeaux', 2010]] as const) {
    t.not(read(cart, prompt).count, figure, prompt);
  }
  t.equal(read(cart, 'Add a size 10 shoe, 2 pairs').count, 2);
  t.equal(read(cart, 'Add the 4 pack of AA batteries, 3 of them').count, 3);
  for (const prompt of ['Add a dinner set for 6 people', 'Add plates for 8 people', 'Add a table for 2 people to my cart']) {
    const read6 = read(cart, prompt);
    t.not(read6.item, 'people', prompt);
    t.notOk([6, 8, 2].includes(read6.count as number), prompt);
  }
  const ship = object({ address: str, num_packages: int });
  t.not(read(ship, 'Ship it to Grote Markt 1, 1000 Brussel').num_packages, 1000);
  t.not(read(ship, 'Ship to Avenue des Champs-Élysées 101, 75008 Paris').num_packages, 75008);
  t.equal(read(cart, 'Add half a dozen donuts').count, 6);
  t.equal(read(object({ product: str, quantity: int }), 'Add half a dozen donuts').quantity, 6);
  // Still counts: a figure before the goods, beside a price or a model.
  t.same(read(cart, 'Add 3 shirts at $20 each'), { item: 'shirts', count: 3, unit_price: 20 });
  t.equal(read(cart, 'Add 2 iPhone 15 cases').count, 2);
  t.equal(read(cart, 'Order 1000 business cards').count, 1000);
});

t.test('a figure before am/pm or o\'clock is an hour, no goods counted', async (t) => {
  const goods = object({ product: str, quantity: int });
  t.same(read(goods, 'two dozen roses at 8 pm'), { product: 'roses', quantity: 24 });
  t.same(read(goods, "Add two dozen roses at 8 o'clock"), { product: 'roses', quantity: 24 });
  t.same(read(object({ item: str, quantity: int, time: str }), 'Deliver 2 cakes at 9 am tomorrow'), { item: 'cakes', quantity: 2, time: '09:00' });
});

t.test('am/pm after a figure is an hour unless a noun of its phrase follows (review 34)', async (t) => {
  const goods = object({ product: str, quantity: int });
  t.same(read(goods, 'Order 12 am radios'), { product: 'am radios', quantity: 12 });
  t.same(read(goods, 'Order 5 PM kits for the project'), { product: 'PM kits', quantity: 5 });
  t.same(read(goods, 'Order two dozen roses at 8 pm'), { product: 'roses', quantity: 24 });
  t.same(read(goods, 'Order two dozen roses at 8 PM Paris time'), { product: 'roses', quantity: 24 }, 'after "at" whatever follows');
  t.same(read(goods, 'Order two dozen roses, 8 pm sharp'), { product: 'roses', quantity: 24 });
  t.same(read(goods, 'Order two dozen roses for 8 pm Friday'), { product: 'roses', quantity: 24 });
});
