// Times of day in words next to the words that place them in the day: "eight thirty tonight" is 20:30 on today's
// date, and "tonight" after the time is the date it pairs with (review 16).
import t from 'tap';
import { closedObject as object, readArguments as read } from '../../helpers/arguments.js';

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
