// A property named `day` (or `delivery_day`) wants a date: "next Friday" is its ISO date, counted from the date the
// prompt states as today or the clock's. A day of the week or of the month (by its description), `days` (a count) and
// an enum of weekday names are read as before.
import t from 'tap';
import { closedObject as object, readArguments as read } from '../../../helpers/arguments.js';

/** Tuesday 2025-06-10. */
const now = (): number => Date.UTC(2025, 5, 10) / 1000;
const text = { type: 'string' };

t.test('a day property takes the date a weekday names', async (t) => {
  t.equal(read(object({ day: text }), 'Book a table on Friday', { now }).day, '2025-06-13');
  t.equal(read(object({ delivery_day: text }), 'Deliver it next Monday please', { now }).delivery_day, '2025-06-16');
  t.equal(read(object({ day: text }), 'Today is 2026-03-02. Move the standup to Thursday').day, '2026-03-05');
  t.equal(read(object({ day: text, time: text }), 'Book a court on Saturday at 7pm', { now }).day, '2025-06-14');
});

t.test('a day of the week, a count of days and an enum of weekdays are no date', async (t) => {
  const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
  t.equal(read(object({ day: { type: 'string', enum: weekdays } }), 'Book a table on Friday', { now }).day, 'friday');
  t.notMatch(String(read(object({ day: { type: 'string', description: 'Day of the week, e.g. Monday' } }), 'Book a table on Friday', { now }).day), /^\d{4}-/);
  t.equal(read(object({ days: { type: 'integer' } }), 'Forecast for 3 days from Friday', { now }).days, 3);
  t.equal(read(object({ weekday: text }), 'Book a table on Friday', { now }).weekday === '2025-06-13', false);
});
