// Dates written with the month's name ("October 14", "Oct 5, 2027", "14 October", "October 10-13") are dates like
// 2026-10-14: one without a year is the next such day on or after today (the date the prompt states, else the clock's).
import t from 'tap';
import { closedObject as object, readArguments } from '../../../helpers/arguments.js';

const date = { type: 'string', format: 'date' };
/** Wednesday 2026-09-30, as the seeded clock. */
const wednesday = (): number => Date.UTC(2026, 8, 30, 16) / 1000;

function read(schema: unknown, prompt: string, now: (() => number) | undefined = wednesday): Record<string, unknown> {
  return readArguments(schema, prompt, { now });
}

t.test('a date with the month named is the next such day, or the year written', async (t) => {
  const schema = object({ date });
  const expected: Array<[string, string]> = [
    ['Fly to JFK on October 14', '2026-10-14'], ['Due Oct 5', '2026-10-05'], ['File taxes by April 15', '2027-04-15'],
    ['Book it for 14 October', '2026-10-14'], ['Party on the 3rd of March', '2027-03-03'], ['Meet on September 30th', '2026-09-30'],
    ['Conference on March 3rd, 2025', '2025-03-03'], ['Trip on 2 Jan 2028', '2028-01-02'], ['Dinner on Sept. 9', '2027-09-09'],
  ];
  for (const [prompt, day] of expected) t.equal(read(schema, prompt).date, day, prompt);
  t.equal(read(schema, 'Today is 2025-06-10. Book it for June 12').date, '2025-06-12', 'counted from the date the prompt states');
  t.equal(read(schema, 'Conference on March 3rd, 2025', undefined).date, '2025-03-03', 'a year written needs no clock');
  // Not a date: "may" as a verb, a day no month has, a time.
  for (const prompt of ['You may 2 times retry', 'Due February 30', 'Call at 10:30']) t.notMatch(String(read(schema, prompt).date), /^202[67]-/, prompt);
});

t.test('two dates go one to each property, with the time beside them to a date-time', async (t) => {
  const stay = object({ check_in: date, check_out: date });
  t.same(read(stay, 'Book a hotel in Barcelona from October 10 to October 13'), { check_in: '2026-10-10', check_out: '2026-10-13' });
  t.same(read(stay, 'Hotel in Rome, Oct 10-13'), { check_in: '2026-10-10', check_out: '2026-10-13' });
  t.same(read(object({ start_date: date, end_date: date }), 'What is on between Oct 5 and Oct 9?'), { start_date: '2026-10-05', end_date: '2026-10-09' });
  t.equal(read(object({ remind_at: { type: 'string', format: 'date-time' } }), 'Remind me on October 14 at 9am').remind_at, '2026-10-14T09:00:00Z');
  t.same(read(object({ dates: { type: 'array', items: date } }), 'I am free on October 2 and October 9').dates, ['2026-10-02', '2026-10-09']);
});

t.test('a month word used otherwise is no date, and leaves its number and the ISO date alone', async (t) => {
  t.same(read(object({ date, distance_km: { type: 'integer', minimum: 0, maximum: 1000 } }), 'We march 12 km on 2026-12-01'), { date: '2026-12-01', distance_km: 12 });
  t.equal(read(object({ date }), 'Do not mar 3 pages; due on 2026-11-03').date, '2026-11-03');
  t.equal(read(object({ date }), 'Ask Jan 2 questions about the trip on 2026-11-03').date, '2026-11-03');
  t.equal(read(object({ date, count: { type: 'integer', minimum: 0, maximum: 100 } }), 'Ask Jan 2 questions').count, 2);
  for (const prompt of ['We march 12 km', 'Ask Jan 2 questions', 'You May 5 times retry']) t.notMatch(String(read(object({ date }), prompt).date), /-(?:01-02|03-12|05-05)$/, prompt);
  // Still dates: written as dates.
  t.equal(read(object({ date }), 'Party on March 12').date, '2027-03-12');
  t.equal(read(object({ date }), 'Back on Jan 2 at 9am').date, '2027-01-02');
  t.equal(read(object({ date }), 'Due May 5th').date, '2027-05-05');
  t.equal(read(object({ date }), 'Due october 14').date, '2026-10-14');
  t.equal(read(object({ date }), 'Due oct. 5').date, '2026-10-05');
  t.equal(read(object({ date, places: { type: 'integer', minimum: 0, maximum: 10 } }), 'Round to 4 dec places').places, 4);
});

t.test('February 29 is the next leap day', async (t) => {
  t.equal(read(object({ date }), 'On February 29').date, '2028-02-29');
  t.equal(read(object({ date }), 'On February 29', () => Date.UTC(2029, 2, 1) / 1000).date, '2032-02-29');
});
