// Readings review 23 found lost or taken wrongly: the goods of a figure-led pack, a reading after a place word's
// phrase, a weekday as a meeting's guest, a year after a street's city as its postcode, and a party of uncounted kids.
import t from 'tap';
import { closedObject as object, readArguments as read } from '../../../helpers/arguments.js';

const str = { type: 'string' };
const int = { type: 'integer' };

t.test('a pack, bottle or measure led by a figure keeps what it holds', async (t) => {
  const order = object({ item: str, quantity: int });
  t.same(read(order, 'Buy a 12 pack of Coke'), { item: 'Coke', quantity: 12 });
  t.same(read(order, 'Order a 6 pack of beer'), { item: 'beer', quantity: 6 });
  t.equal(read(order, 'Order a 6 pack beer').item, 'beer');
  t.equal(read(order, 'Buy a 4 pack batteries').item, 'batteries');
  t.equal(read(order, 'Add a 2 liter bottle of soda').item, 'soda');
  // Still read from the word count before a multiplier.
  t.same(read(order, 'Buy a dozen eggs'), { item: 'eggs', quantity: 12 });
  t.equal(read(object({ product: str, quantity: int }), 'Order two dozen roses').product, 'roses');
  t.equal(read(order, 'Buy 3 dozen eggs').item, 'eggs');
});

t.test("a reading after a place word's own phrase, or the only reading, is the temperature", async (t) => {
  t.equal(read(object({ zone: str, temperature: { type: 'number' } }), 'Heat the first floor 20C').temperature, 20);
  t.equal(read(object({ temperature: { type: 'number' } }), 'Set temperature no 21C').temperature, 21);
  t.equal(read(object({ temperature: { type: 'number' } }), 'Heat the 2nd floor 19C and the garage 12C').temperature, 19);
  // A place's number still gives way to another reading.
  t.equal(read(object({ room: str, temperature: { type: 'number' } }), 'Set apartment 4C to 20C').temperature, 20);
  t.equal(read(object({ temperature: { type: 'number' } }), 'In unit 12F make it 70F').temperature, 70);
});

t.test("a weekday or month after a comma is no one a meeting is with", async (t) => {
  const title = object({ title: str });
  t.equal(read(title, 'Schedule a meeting with Sam, Friday').title, 'Meeting with Sam');
  t.equal(read(title, 'Schedule a meeting with Sam, Monday at 3').title, 'Meeting with Sam');
  t.equal(read(title, 'Schedule a meeting with Sam and Priya, Tuesday').title, 'Meeting with Sam and Priya');
  t.equal(read(title, 'Schedule a meeting with Sam, March 3').title, 'Meeting with Sam');
  t.equal(read(title, 'Schedule a meeting with Ana Lima, Sam and Priya').title, 'Meeting with Ana Lima, Sam and Priya');
});

t.test('a companion followed by more people gives no count of travellers', async (t) => {
  const flight = object({ destination: str, passengers: int });
  t.not(read(flight, 'Book a flight to Rome, just me and my wife and kids').passengers, 2);
  t.not(read(flight, 'Book a flight to Rome, just me and my son plus friends').passengers, 2);
  t.not(read(flight, 'Book a flight to Rome, just me and my wife, and the kids').passengers, 2);
  t.not(read(flight, 'Book a flight to Rome, just me and my kids').passengers, 1);
  t.equal(read(flight, 'Book a flight to Rome, just me and my wife').passengers, 2);
  t.equal(read(flight, 'Book a flight to Rome, just me and my wife, leaving Friday').passengers, 2);
});

t.test('a year after the city of a typed street that runs on into the sentence is no postcode', async (t) => {
  const address = object({ address: str });
  const parts = object({ street: str, city: str, zip: str });
  t.equal(read(address, 'We had dinner at 12 Baker Street, London 2019 was great').address, '12 Baker Street, London');
  t.not(read(address, 'Meet at 3 Via Roma, Milano 2024 edition of the fair').address, '3 Via Roma, Milano 2024');
  // Codes still read: Swiss, Austrian and Australian, at the end or before words a request goes on with.
  t.same(read(parts, 'Send it to 4 Rue Centrale, Lausanne 1003'), { street: '4 Rue Centrale', city: 'Lausanne', zip: '1003' });
  t.equal(read(parts, 'Send it to 4 Rue Centrale, Wien 1010 please').zip, '1010');
  t.equal(read(parts, 'Ship to 12 George St, Sydney 2000 please').zip, '2000');
  t.equal(read(parts, 'Ship to 12 George St, Sydney 2000 by Friday').zip, '2000');
  t.equal(read(address, 'Deliver to 12 George St, Sydney NSW 2000').address, '12 George St, Sydney NSW 2000');
});
