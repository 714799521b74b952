// A property that wants a time of day ("Time, HH:MM", format `time`) reads one however the prompt writes it: "7pm",
// "3:15 PM", "at 7", "noon", and both ends of a range ("from 9 to 5", "7am-3pm"), in 24-hour HH:MM.
import t from 'tap';
import { closedObject as object, readArguments, readArguments as read } from '../../../helpers/arguments.js';

const hhmm = (description: string): Record<string, unknown> => ({ type: 'string', description });

t.test('a time of day written with am/pm, noon, or alone after "at" is HH:MM', async (t) => {
  const schema = object({ time: hhmm('Time of day, HH:MM (24h)') });
  const expected: Array<[string, string]> = [
    ["Book a table for 4 at Luigi's tomorrow at 7pm", '19:00'], ['Remind me at 7 to take my pills', '07:00'],
    ['Set an alarm for 7am called gym', '07:00'], ['Remind me on Monday at 3:15 PM', '15:15'], ['Wake me at 6:45', '06:45'],
    ['Lunch at noon', '12:00'], ['Call me at 9 p.m. tonight', '21:00'], ['Run cleanup at 11:30 pm daily', '23:30'],
    ['Dinner at 7', '19:00'], ['Stop by midnight', '00:00'], ['Meet at 5:30', '05:30'],
  ];
  for (const [prompt, time] of expected) t.equal(read(schema, prompt).time, time, prompt);
  // Not a time: a street number, a decimal, a count.
  for (const prompt of ['Meet at 9 Elm Street', 'Park for 2.5 hours', 'Order 7 pizzas', 'Meet at 9amber']) {
    t.notMatch(String(read(schema, prompt).time), /^\d{2}:\d{2}$/, prompt);
  }
});

t.test('a range gives its start and its end, the end after the start', async (t) => {
  const schema = object({ start_time: hhmm('Start time, HH:MM'), end_time: hhmm('End time, HH:MM') });
  const expected: Array<[string, string, string]> = [
    ['Add a shift for Maria on Thursday from 9 to 5', '09:00', '17:00'], ['Put Tom on the 7am-3pm shift', '07:00', '15:00'],
    ['Maria works 2026-10-08 from 14:00 to 22:00', '14:00', '22:00'], ['The party runs 7-11pm', '19:00', '23:00'],
    ['Open between 10am and noon', '10:00', '12:00'], ['Hours 08:00–18:30', '08:00', '18:30'],
  ];
  for (const [prompt, start, end] of expected) t.same(read(schema, prompt), { start_time: start, end_time: end }, prompt);
});

t.test('a time property of format time takes the time in a spelling the format accepts', async (t) => {
  const schema = object({ at: { type: 'string', format: 'time' } });
  t.equal(read(schema, 'Ping me at 7pm').at, '19:00:00Z');
  t.equal(read(schema, 'Ping me at 14:30:15+02:00').at, '14:30:15+02:00');
});

t.test('a property whose name says nothing of time takes one when its description writes HH:MM', async (t) => {
  const schema = object({ window_start: hhmm('HH:MM'), window_end: hhmm('HH:MM'), instructions: { type: 'string' } });
  const read1 = read(schema, 'Deliver on Saturday between 10am and noon, leave it at the back door');
  t.same([read1.window_start, read1.window_end], ['10:00', '12:00']);
  t.equal(read(object({ opens: hhmm('Opening hour (HH:MM)') }), 'We open at 9am').opens, '09:00');
  // Described with a date's shape before it, the date-time.
  t.equal(read(object({ slot: hhmm('YYYY-MM-DD HH:MM') }), 'Book it on 2025-03-12 at 09:30').slot, '2025-03-12T09:30:00Z');
});

t.test('a time of day followed by a colon is still the time of a date-time', async (t) => {
  const schema = object({ remind_at: { type: 'string', format: 'date-time' }, message: { type: 'string' } });
  const now = (): number => Date.UTC(2026, 8, 30, 16) / 1000;
  const when = (prompt: string): unknown => readArguments(schema, prompt, { now }).remind_at;
  t.equal(when('Set a reminder for Friday 10am: pay rent'), '2026-10-02T10:00:00Z');
  t.equal(when('Remind me at 9am: stretch'), '2026-09-30T09:00:00Z');
  t.equal(when('Tomorrow at 8: standup'), '2026-10-01T08:00:00Z');
  t.equal(when('Tomorrow at 10:3 maybe'), '2026-10-01T00:00:00Z', 'not a time cut short');
});

t.test('a span of time described HH:MM takes no time of day', async (t) => {
  const duration = read(object({ duration: hhmm('Duration as HH:MM') }), 'Log 2 hours 30 minutes for the meeting at 9am').duration;
  t.not(duration, '09:00');
  t.not(read(object({ elapsed: hhmm('Elapsed time, HH:MM:SS') }), 'It took 1 hour, started at 10am').elapsed, '10:00');
  t.not(read(object({ timeout: hhmm('Timeout in HH:MM:SS') }), 'Timeout of 5 minutes at 10pm').timeout, '22:00');
  t.equal(read(object({ start: hhmm('Start, HH:MM') }), 'Log it, started at 10am').start, '10:00');
});

t.test('bare numbers make a range of times only beside a word of time', async (t) => {
  const schema = object({ start_time: hhmm('Start time, HH:MM'), end_time: hhmm('End time, HH:MM') });
  const counted = read(schema, 'Count from 1 to 10, starting at 9am');
  t.not(counted.start_time, '01:00');
  t.not(counted.end_time, '10:00');
  t.not(read(schema, 'Number the pages from 3 to 8').start_time, '03:00');
  t.same(read(schema, 'The shop is open from 9 to 5'), { start_time: '09:00', end_time: '17:00' });
  t.same(read(schema, 'Book the room on Friday from 10 to 12'), { start_time: '10:00', end_time: '12:00' });
  t.same(read(schema, 'From 1 to 3pm I am out'), { start_time: '13:00', end_time: '15:00' });
});

t.test('a time of day written in words is HH:MM', async (t) => {
  const schema = object({ time: hhmm('Time of day, HH:MM (24h)') });
  const expected: Array<[string, string]> = [
    ['Wake me at half past six', '06:30'], ['Wake me at quarter to eight', '07:45'], ['Wake me at six thirty', '06:30'],
    ['Remind me at a quarter past 9', '09:15'], ['Call me at ten to one', '12:50'], ['Meet at seven o\'clock', '07:00'],
    ['Pick me up at half past six in the evening', '18:30'], ['Dinner at quarter past seven', '19:15'],
    ['Ring me at six forty-five p.m.', '18:45'], ['Leave at twenty five past eight', '08:25'], ['Call at 9 thirty', '09:30'],
  ];
  for (const [prompt, time] of expected) t.equal(read(schema, prompt).time, time, prompt);
  // Not a time: a share, numbers of things.
  for (const prompt of ['Give a quarter to one of the kids', 'Order six thirty-packs of cans', 'I have six fifteen minute calls']) {
    t.notMatch(String(read(schema, prompt).time), /^\d{2}:\d{2}$/, prompt);
  }
  t.same(read(object({ start_time: hhmm('Start time, HH:MM'), end_time: hhmm('End time, HH:MM') }), 'Book the room from half past nine to eleven'), { start_time: '09:30', end_time: '11:00' });
  t.equal(read(object({ at: { type: 'string', format: 'time' } }), 'Ping me at half past six').at, '06:30:00Z');
});

t.test('a time of day in words beside a date, or alone, makes a date-time', async (t) => {
  const schema = object({ start: { type: 'string', format: 'date-time' } });
  const today = 'Today is 2025-06-10. ';
  const expected: Array<[string, string]> = [
    ['Remind me tomorrow at half past six', '2025-06-11T06:30:00Z'], ['Call on Friday at quarter to eight pm', '2025-06-13T19:45:00Z'],
    ['Wake me at half past six', '2025-06-10T06:30:00Z'], ['Dinner tomorrow at half past seven', '2025-06-11T19:30:00Z'],
    ['Meet at a quarter past ten on Friday', '2025-06-13T10:15:00Z'], ['Call tomorrow evening at six thirty', '2025-06-11T18:30:00Z'],
  ];
  for (const [prompt, value] of expected) t.equal(read(schema, today + prompt).start, value, prompt);
});
