// Readings that took what is no value of theirs (review 22): "myself" as a party of one beside a written count, a
// measure word as part of the goods, a postcode read as a year, a word merely ending in the property's noun, a flat's
// number as a temperature, and a second person dropped from a meeting's title.
import t from 'tap';
import { closedObject as object, readArguments as read } from '../../helpers/arguments.js';

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
