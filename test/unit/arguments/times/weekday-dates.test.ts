// A weekday written short ("next Fri", "by Thurs", "on Sat") or placed in next week ("Friday next week", "the Friday
// after next") is the date it names, counted from the date the prompt states as today. "sat" and "sun" as words are
// no weekday.
import t from 'tap';
import { closedObject as object, readArguments as read } from '../../../helpers/arguments.js';

const schema = object({ date: { type: 'string', format: 'date' } });
/** Tuesday. */
const today = 'Today is 2025-06-10. ';

t.test('a weekday written short or in next week is its date', async (t) => {
  const expected: Array<[string, string]> = [
    ['Book it for next Fri', '2025-06-13'], ['Due by Thurs', '2025-06-12'], ['Ship on Mon.', '2025-06-16'], ['Lunch on Sat', '2025-06-14'],
    ['Move it to Friday next week', '2025-06-20'], ['Book the Friday after next', '2025-06-20'], ['Call me Tuesday next week', '2025-06-17'],
    ['Dinner on Sunday next week', '2025-06-22'], ['Meet on Tuesday after next', '2025-06-24'], ['Meet next Friday', '2025-06-13'],
  ];
  for (const [prompt, date] of expected) t.equal(read(schema, today + prompt).date, date, prompt);
});

t.test('an everyday word is no weekday', async (t) => {
  // Without another date, the date stated as today's is the one read.
  for (const prompt of ['I sat down and wrote the report', 'Book a table in the sun', 'Sat down to plan the trip']) t.equal(read(schema, today + prompt).date, '2025-06-10', prompt);
});
