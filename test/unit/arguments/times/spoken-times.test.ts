// Times of day in words next to the words that place them in the day: "eight thirty tonight" is 20:30 on today's
// date, and "tonight" after the time is the date it pairs with (review 16).
import t from 'tap';
import { closedObject as object, readArguments as read } from '../../../helpers/arguments.js';

const today = 'Today is 2025-06-10. ';
const dateTime = object({ when: { type: 'string', format: 'date-time' } });
const timeOfDay = object({ time: { type: 'string', description: 'Time of day, HH:MM (24h)' } });

t.test('a time in words before "tonight" or "this evening" is an evening time on that date', async (t) => {
  const expected: Array<[string, string]> = [
    ['Dinner at eight thirty tonight', '2025-06-10T20:30:00Z'], ['The flight lands at twenty to nine tonight', '2025-06-10T20:40:00Z'],
    ['Call me at six thirty this evening', '2025-06-10T18:30:00Z'], ['Call me at six thirty this morning', '2025-06-10T06:30:00Z'],
  ];
  for (const [prompt, value] of expected) t.equal(read(dateTime, today + prompt).when, value, prompt);
  t.equal(read(timeOfDay, 'Book it for half past seven tonight').time, '19:30');
});

t.test('"for" + hour and minutes, and at/by/around + an hour alone, are times when nothing it counts follows', async (t) => {
  const expected: Array<[string, string]> = [
    ['Set an alarm for six thirty', '06:30'], ['Dinner on Friday at eight', '20:00'], ['Meet at eight on Friday', '08:00'],
    ['Arrive at eight.', '08:00'], ['Remind me at ten to five', '04:50'], ['Remind me at ten to five pm', '16:50'],
  ];
  for (const [prompt, time] of expected) t.equal(read(timeOfDay, prompt).time, time, prompt);
  t.equal(read(dateTime, `${today}Dinner on Friday at eight`).when, '2025-06-13T20:00:00Z');
  t.same(read(object({ party_size: { type: 'integer' }, time: { type: 'string', description: 'HH:MM' } }), 'Book a table for two at eight'), { party_size: 2, time: '08:00' });
  // A count, a range, a number of minutes: no time.
  for (const prompt of ['We stopped at eight stations', 'Book a table for eight', 'The shop is open from ten to five', 'Wait for ten to five minutes']) {
    t.notMatch(String(read(timeOfDay, prompt).time), /^\d{2}:\d{2}$/, prompt);
  }
});

t.test('British "half six" is 6:30 after a word that makes it a time', async (t) => {
  const expected: Array<[string, string]> = [
    ['Wake me at half six', '06:30'], ['Set an alarm for half six', '06:30'], ['Meet at half seven in the evening', '19:30'], ['Call me by half nine', '09:30'],
  ];
  for (const [prompt, time] of expected) t.equal(read(timeOfDay, prompt).time, time, prompt);
  t.equal(read(dateTime, `${today}Dinner at half eight tonight`).when, '2025-06-10T20:30:00Z');
  for (const prompt of ['Cut the cake in half six times', 'Wait for half six hours', 'It paid off after half six months', 'Hold it for half six seconds', 'Fold it by half six times']) t.notMatch(String(read(timeOfDay, prompt).time), /^\d{2}:\d{2}$/, prompt);
});
