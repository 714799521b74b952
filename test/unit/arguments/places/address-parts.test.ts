// A postal address in a prompt goes to a tool's separate address parts (street, city, state, postal code, country),
// at the top level or in a nested object; a single address property takes it whole. A house number and a street
// whose last word is no street word ("1 Infinite Loop") is an address only with the city and more after it.
import t from 'tap';
import { closedObject as object, readArguments as read } from '../../../helpers/arguments.js';

const text = { type: 'string' };
const setAddress = object({ street: text, city: text, zip: text }, ['street', 'city']);
const full = object({ street: text, city: text, state: text, zip: text, country: text }, ['street', 'city']);

t.test('an address is split into the parts a tool has', async (t) => {
  t.same(read(setAddress, 'Ship it to 221B Baker Street, London'), { street: '221B Baker Street', city: 'London' });
  t.same(read(full, 'Ship it to 1 Infinite Loop, Cupertino, CA 95014'), { street: '1 Infinite Loop', city: 'Cupertino', state: 'CA', zip: '95014' });
  t.same(read(full, 'Ship it to 10 Downing Street, London SW1A 2AA, UK'), { street: '10 Downing Street', city: 'London', zip: 'SW1A 2AA', country: 'UK' });
  t.same(read(full, 'Send it to 350 5th Ave, New York, NY 10118, USA please'), { street: '350 5th Ave', city: 'New York', state: 'NY', zip: '10118', country: 'USA' });
  t.same(read(full, 'Deliver to 12 Main St., Springfield, Illinois 62701 by Friday'), { street: '12 Main St.', city: 'Springfield', state: 'Illinois', zip: '62701' });
  // A sentence's full stop is not the street's; the city the address does not name is not the street either.
  t.equal(read(setAddress, 'Ship it to 221B Baker Street.').street, '221B Baker Street');
  t.not(read(setAddress, 'Ship it to 221B Baker Street.').city, '221B Baker Street');
});

t.test('other names of the parts, and parts in a nested object', async (t) => {
  const named = object({ street_address: text, town: text, postcode: text });
  t.same(read(named, 'Send the parcel to 42 Wallaby Way, Sydney 2000, Australia'), { street_address: '42 Wallaby Way', town: 'Sydney', postcode: '2000' });
  const nested = object({ name: text, shipping_address: object({ line1: text, city: text, postal_code: text, country: text }, ['line1', 'city']) });
  t.same(read(nested, 'Ship to Ana Lopez at 10 Downing Street, London SW1A 2AA, UK'), {
    name: 'Ana Lopez',
    shipping_address: { line1: '10 Downing Street', city: 'London', postal_code: 'SW1A 2AA', country: 'UK' },
  });
  t.equal(read(object({ city: text }), 'What is the weather at 1 Infinite Loop, Cupertino, CA 95014?').city, 'Cupertino', 'a city alone takes the city');
});

t.test('a single address property takes the whole address', async (t) => {
  t.equal(read(object({ address: text }), 'Ship it to 1 Infinite Loop, Cupertino, CA 95014').address, '1 Infinite Loop, Cupertino, CA 95014');
  t.equal(read(object({ address: text }), 'My address is 10 Downing Street, London SW1A 2AA, UK').address, '10 Downing Street, London SW1A 2AA, UK');
  t.equal(read(object({ address: text }), 'address: 1 Infinite Loop, Cupertino, CA 95014').address, '1 Infinite Loop, Cupertino, CA 95014');
});

t.test('what is no address stays as it was read', async (t) => {
  t.same(read(object({ restaurant: text, party_size: { type: 'integer' } }), 'Book a table for 4 at 8').party_size, 4);
  t.equal(read(object({ location: text }), 'Meet at 5 PM, London').location, 'London');
  // Capitalised words after a number, then after commas, are no city and state without a code, postcode or country.
  t.not(read(object({ address: text }), 'Send it for 3 Large Pizzas, Extra Cheese, Thin Crust').address, '3 Large Pizzas, Extra Cheese, Thin Crust');
  t.same(read(object({ street: text, tickets: { type: 'integer' } }), 'Get tickets for 2 Way Street, London').tickets, 2);
});

t.test('addresses are read in one pass however long the prompt', async (t) => {
  const schema = full;
  for (const prompt of [`to ${'1 Aa, '.repeat(20000)}`, `${'1 '.repeat(50000)}Street`, `at 1 ${'Bb '.repeat(30000)}`]) {
    const started = performance.now();
    read(schema, prompt);
    const elapsed = performance.now() - started;
    t.ok(elapsed < 3000, `${JSON.stringify(prompt.slice(0, 8))}… took ${elapsed.toFixed(1)} ms`);
  }
});

t.test('a city alone prefers the place named with a preposition over the city of an unrelated address', async (t) => {
  const weather = object({ city: text });
  t.equal(read(weather, 'What is the weather in Paris? I live at 10 Downing Street, London').city, 'Paris');
  t.equal(read(weather, 'Weather in Paris, I\'m at 5 Main Street, Springfield, IL 62701').city, 'Paris');
  t.equal(read(weather, 'I live at 10 Downing Street, London. What is the weather in Paris?').city, 'Paris', 'a place named for itself before an address');
  t.equal(read(object({ country: text }), 'Is it sunny in France? I live at 10 Downing Street, London SW1A 2AA, UK').country, 'France');
  // Beside a street or a postal code, or inside an address object, the city is the address's.
  t.same(read(setAddress, 'I am in Paris this week. Ship it to 221B Baker Street, London'), { street: '221B Baker Street', city: 'London' });
  const nested = object({ address: object({ city: text, country: text }, ['city', 'country']) });
  t.same(read(nested, 'I am in Paris. Ship it to 10 Downing Street, London SW1A 2AA, UK').address, { city: 'London', country: 'UK' });
});

t.test('an address named by its key ("my address to …") is split as one written after "to" is, beside a postal code', async (t) => {
  const parts = object({ address: text, city: text, postal_code: text });
  for (const verb of ['Update', 'Change', 'Set']) {
    t.same(read(parts, `${verb} my address to Rue de Rivoli 10, 75001 Paris`), { address: 'Rue de Rivoli 10', city: 'Paris', postal_code: '75001' }, verb);
  }
  t.same(read(parts, 'Update my address to 12 George St, Sydney, 2000'), { address: '12 George St', city: 'Sydney', postal_code: '2000' });
  t.same(read(object({ address: text, city: text, zip: text, country: text }), 'Update my address to 4 Hauptstrasse, 1010 Wien, Austria'),
    { address: '4 Hauptstrasse', city: 'Wien', zip: '1010', country: 'Austria' });
  // Alone, the address property still takes it whole.
  t.equal(read(object({ address: text }), 'Update my address to Rue de Rivoli 10, 75001 Paris').address, 'Rue de Rivoli 10, 75001 Paris');
});
