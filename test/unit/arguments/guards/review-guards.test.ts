// Readings that took what is no value of theirs (review 22): "myself" as a party of one beside a written count, a
// measure word as part of the goods, a postcode read as a year, a word merely ending in the property's noun, a flat's
// number as a temperature, and a second person dropped from a meeting's title.
import t from 'tap';
import { closedObject as object, readArguments as read } from '../../../helpers/arguments.js';

const str = { type: 'string' };
const int = { type: 'integer' };

t.test('a party of one only where the user goes alone and no count is written', async (t) => {
  const hotel = object({ city: str, guests: int });
  const flight = object({ destination: str, passengers: int });
  t.equal(read(hotel, "Book a hotel in Paris for 4, I'll handle the payment myself").guests, 4);
  t.equal(read(flight, "Book 2 tickets to Rome, I'll pay for them myself").passengers, 2);
  t.equal(read(flight, 'Book a flight to Rome for 3 people, only me needs a visa').passengers, 3);
  t.equal(read(flight, "It's not just me who wants to go to Rome, there are 3 of us").passengers, 3);
  t.equal(read(hotel, 'Is it just me or are hotels in Paris expensive? Book one for 2').guests, 2);
  t.equal(read(flight, 'Book a flight to Rome, just me and my wife').passengers, 2);
  t.not(read(flight, "Book a flight to Rome, I'll pay myself").passengers, 1);
  // Still one: the user says they go alone.
  t.equal(read(flight, 'Flights to SEA? Just me.').passengers, 1);
  t.equal(read(flight, 'Book a flight to Rome, traveling by myself').passengers, 1);
  t.equal(read(flight, 'Book a flight to Rome for just me please').passengers, 1);
});

t.test("a temperature is no flat's or seat's number with a letter glued on", async (t) => {
  t.equal(read(object({ room: str, temperature: { type: 'number' } }), 'Set apartment 4C to 20C').temperature, 20);
  t.equal(read(object({ temperature: { type: 'number' } }), 'In unit 12F make it 70F').temperature, 70);
  t.equal(read(object({ temperature: { type: 'number' } }), 'Turn the heat up to 68F').temperature, 68);
});

t.test('a measure before what is counted is no part of the goods, and the count keeps it', async (t) => {
  t.same(read(object({ item: str, quantity: int }), 'Buy a dozen eggs'), { item: 'eggs', quantity: 12 });
  t.same(read(object({ product: str, quantity: int }), 'Order a dozen roses'), { product: 'roses', quantity: 12 });
  t.same(read(object({ item: str, count: int }), 'Add a dozen eggs to the list'), { item: 'eggs', count: 12 });
  t.same(read(object({ quantity: int, item: str }), 'Get me a dozen donuts'), { quantity: 12, item: 'donuts' });
  t.equal(read(object({ product: str, quantity: int }), 'Order two dozen roses').product, 'roses');
  // A measure counted alone is what is bought.
  t.equal(read(object({ product: str }), 'Order 3 boxes').product, 'boxes');
  t.equal(read(object({ product: str, quantity: int }), 'Order 3 bottles of wine').product, 'wine');
});

t.test("a plain noun takes whole words, and only known compounds on it", async (t) => {
  t.not(read(object({ room: str }), 'The mushroom soup recipe please').room, 'mushroom');
  t.not(read(object({ door: str }), 'Is the outdoor pool open?').door, 'outdoor');
  t.not(read(object({ light: str }), 'Highlight the spotlight section').light, 'Highlight');
  t.not(read(object({ list: str, item: str }), 'Ask the journalist for the list').list, 'journalist');
  t.not(read(object({ board: str }), 'Add this to the keyboard shortcuts board').board, 'keyboard');
  t.equal(read(object({ room: str }), 'Set the bathroom light to 40').room, 'bathroom');
  t.equal(read(object({ room: str }), 'Turn off the lights in the classroom').room, 'classroom');
  // A phrase the noun heads comes before a compound: "the guest room" over "bedroom".
  t.equal(read(object({ room: str }), 'Close the bedroom blinds and heat the guest room').room, 'guest room');
});

t.test('four digits after the city of a street address are its postcode; after a film and a service, a year', async (t) => {
  const parts = object({ street: str, city: str, zip: str });
  t.equal(read(parts, 'Ship to 12 George St, Sydney NSW 2000').zip, '2000');
  t.equal(read(object({ address: str }), 'Deliver to 12 George St, Sydney NSW 2000').address, '12 George St, Sydney NSW 2000');
  t.same(read(parts, 'Send it to 4 Rue Centrale, Lausanne 1003'), { street: '4 Rue Centrale', city: 'Lausanne', zip: '1003' });
  t.equal(read(parts, 'Ship to 12 George St, Sydney 2000').zip, '2000');
  t.equal(read(parts, 'Ship to 1 Collins St, Melbourne VIC 3000').zip, '3000');
  t.not(read(parts, 'Summarize 3 Body Problem, Netflix, 2024').zip, '2024');
  t.not(read(parts, 'Premiere at 5 Stars, Berlin, 2024').zip, '2024');
  t.not(read(parts, 'Summarize 3 Body Problem, Netflix 2024').zip, '2024');
});

t.test("a meeting's title keeps everyone it is with", async (t) => {
  const title = object({ title: str });
  t.equal(read(title, 'Schedule a meeting with Sam and Priya').title, 'Meeting with Sam and Priya');
  t.equal(read(title, 'Schedule a meeting with Ana Lima, Sam and Priya').title, 'Meeting with Ana Lima, Sam and Priya');
  t.equal(read(title, 'Schedule a meeting with Sam and discuss the budget').title, 'Meeting with Sam');
  t.equal(read(title, 'Schedule a meeting with Sam, tomorrow').title, 'Meeting with Sam');
});
