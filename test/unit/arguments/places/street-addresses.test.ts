// A street address with its house number ("221B Baker Street", "10 Downing St.") is a place: a pickup, an address or a
// trip's end takes it whole. A number before a capitalised word that names no street is no address.
import t from 'tap';
import { closedObject as object, readArguments as read } from '../../../helpers/arguments.js';

const text = { type: 'string' };

t.test('an address with a house number is read whole', async (t) => {
  t.equal(read(object({ pickup: text }), 'Send a cab to 221B Baker Street').pickup, '221B Baker Street');
  t.same(read(object({ pickup: text, destination: text }), 'Get me a cab from 221B Baker Street to Paddington Station'), { pickup: '221B Baker Street', destination: 'Paddington Station' });
  t.equal(read(object({ address: text }), 'Deliver it to 221B Baker Street, London').address, '221B Baker Street, London');
  t.equal(read(object({ address: text }), 'Ship it to 1600 Pennsylvania Avenue').address, '1600 Pennsylvania Avenue');
  t.equal(read(object({ location: text }), 'Meet at 9 Elm Street').location, '9 Elm Street');
  t.equal(read(object({ from: text, to: text }), 'Route from 10 Downing St. to Buckingham Palace').from, '10 Downing St.');
  t.equal(read(object({ pickup_address: text }), 'pickup address: 42 Wallaby Way, Sydney').pickup_address, '42 Wallaby Way, Sydney');
});

t.test('a number before a name that is no street is no address', async (t) => {
  t.equal(read(object({ city: text }), 'Book a table for 4 in Paris').city, 'Paris');
  t.not(read(object({ location: text }), 'Meet at 4 Friday afternoon').location, '4 Friday');
  t.equal(read(object({ destination: text }), 'Fly 2 Adults to Rome').destination, 'Rome');
});

t.test('a number after a counted thing\'s "for" is its count, not a house number', async (t) => {
  t.same(read(object({ restaurant: text, party_size: { type: 'integer' } }), 'Book a table for 2 Way Street'), { restaurant: 'Way Street', party_size: 2 });
  t.same(read(object({ address: text, tickets: { type: 'integer' } }), 'Get tickets for 2 Way Street'), { address: 'Way Street', tickets: 2 });
  // After any other "for", a house number is still one.
  t.equal(read(object({ address: text }), 'Search reviews for 221B Baker Street').address, '221B Baker Street');
});

t.test('an address runs on through ", City"; its house number is no identifier', async (t) => {
  const prompt = 'Ship to 350 Fifth Avenue, New York';
  for (const name of ['address', 'shipping_address', 'destination']) t.equal(read(object({ [name]: text }), prompt)[name], '350 Fifth Avenue, New York', name);
  t.equal(read(object({ shipping_address: text }), 'Ship 2 lamps to 350 Fifth Avenue, New York by Friday').shipping_address, '350 Fifth Avenue, New York');
  t.equal(read(object({ order_id: text, shipping_address: text }), prompt).shipping_address, '350 Fifth Avenue, New York');
  t.not(read(object({ order_id: text, shipping_address: text }), prompt).order_id, '350');
});

t.test('a year after a city is no postal code, a postcode with its state code or country is', async (t) => {
  const parts = object({ street: text, city: text, zip: text });
  t.not(read(parts, 'Premiere at 5 Stars, Berlin, 2024').zip, '2024');
  t.equal(read(parts, 'Send it to 42 Wallaby Way, Sydney 2000, Australia').zip, '2000');
  t.equal(read(parts, 'Send it to 42 Wallaby Way, Sydney, NSW 2000').zip, '2000');
  t.equal(read(parts, 'Send it to 12 Rue Neuve, Brussels 3000').zip, '3000');
});
