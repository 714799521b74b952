// Table-driven checks of prompt values that sit beside others of their kind: a sum of money beside an order
// number, several phone numbers or numbers in a row, a duration beside a timer's label, a person beside their age;
// dates written relative to the clock.
import t from 'tap';
import { generateArgumentSets } from '../../../src/domain/arguments/index.js';
import { isoDay } from '../../../src/domain/arguments/prompt/shapes/time/calendar.js';

const str = { type: 'string' } as const;
const object = (properties: Record<string, unknown>, required: string[] = Object.keys(properties)): unknown => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
});

interface Row {
  prompt: string;
  schema: unknown;
  /** The exact argument sets expected, parsed. */
  sets?: unknown[];
  /** Or: values the single set must not hold, by key. */
  not?: Record<string, unknown>;
}

const rows: Row[] = [
  // a sum of money beside an order number
  { prompt: 'Refund $1,200.50 on order 98765', schema: object({ order_id: str, amount: { type: 'number' } }), sets: [{ order_id: '98765', amount: 1200.5 }] },
  { prompt: 'Refund $1,200.50 on order 98765', schema: object({ amount: { type: 'number' } }), sets: [{ amount: 1200.5 }] },
  { prompt: 'Refund $1,200.50 on order 98765', schema: object({ amount: { type: 'integer' } }), not: { amount: 98765 } },
  { prompt: 'Refund $1,200.50 on order 98765', schema: object({ order_id: { type: 'integer' }, amount: { type: 'integer' } }), sets: [{ order_id: 98765, amount: 1201 }] },
  // an integer sum takes the nearest whole sum, or the whole units when the schema refuses that; cents when it counts them
  { prompt: 'Refund $1,200.50 on order 98765', schema: object({ amount: { type: 'integer' } }), sets: [{ amount: 1201 }] },
  { prompt: 'Refund $1,200.49 now', schema: object({ amount: { type: 'integer' } }), sets: [{ amount: 1200 }] },
  { prompt: 'Refund $1,200.50 now', schema: object({ amount: { type: 'integer', multipleOf: 10 } }), sets: [{ amount: 1200 }] },
  { prompt: 'Refund $1,200.50 now', schema: object({ amount_cents: { type: 'integer' } }), sets: [{ amount_cents: 120050 }] },
  { prompt: 'Charge €0,29 now', schema: object({ amount: { type: 'integer', description: 'How much to charge, in the smallest currency unit' } }), sets: [{ amount: 29 }] },
  { prompt: 'Charge $12 now', schema: object({ price: { type: 'number', description: 'Price in cents' } }), sets: [{ price: 1200 }] },
  // a sum written the European way beside its currency; without one, or ambiguous, commas group thousands
  { prompt: 'Pay €1.200,50 to Anna', schema: object({ amount: { type: 'number' } }), sets: [{ amount: 1200.5 }] },
  { prompt: 'Transfer 1 200,50 EUR to savings', schema: object({ amount: { type: 'number' } }), sets: [{ amount: 1200.5 }] },
  { prompt: 'Transfer 1\u00a0200 EUR to savings', schema: object({ amount: { type: 'number' } }), sets: [{ amount: 1200 }] },
  { prompt: 'The lunch was 12,50 € for two', schema: object({ amount: { type: 'number' } }), sets: [{ amount: 12.5 }] },
  { prompt: 'Charge €12,50, then stop', schema: object({ price: { type: 'number' } }), sets: [{ price: 12.5 }] },
  { prompt: 'Pay 1.250,00 euros to Anna', schema: object({ amount: { type: 'number' } }), sets: [{ amount: 1250 }] },
  { prompt: 'Pay $1,200 now', schema: object({ amount: { type: 'number' } }), sets: [{ amount: 1200 }] },
  { prompt: 'Send $20 100 times', schema: object({ amount: { type: 'number' } }), sets: [{ amount: 20 }] },
  // spaced thousands are not read across a count and the worth of what it counts ("100 dollar bills")
  { prompt: 'Pay 1 200 euros to Anna', schema: object({ amount: { type: 'number' } }), sets: [{ amount: 1200 }] },
  { prompt: 'I need 2 100 dollar bills', schema: object({ quantity: { type: 'integer' } }), sets: [{ quantity: 2 }] },
  { prompt: 'I need 2 100 dollar bills', schema: object({ count: { type: 'integer' } }), not: { count: 2100 } },
  { prompt: 'Bring 3 500 euro notes', schema: object({ quantity: { type: 'integer' }, amount: { type: 'number' } }), sets: [{ quantity: 3, amount: 500 }] },
  { prompt: 'Give her 4 100 EUR gift cards', schema: object({ amount: { type: 'number' } }), sets: [{ amount: 100 }] },
  // a last group led by 0 is no worth: thousands
  { prompt: 'Write a 10 000 dollar check to Bob', schema: object({ amount: { type: 'number' } }), sets: [{ amount: 10000 }] },
  { prompt: 'Buy a 1 000 euro voucher', schema: object({ amount: { type: 'number' } }), sets: [{ amount: 1000 }] },
  { prompt: 'Buy 3 $20 tickets', schema: object({ price: { type: 'number' } }), sets: [{ price: 20 }] },
  // spaced thousands before a unit: the number whole, never its last group alone
  { prompt: 'Drive 12 000 km', schema: object({ distance_km: { type: 'number' } }), sets: [{ distance_km: 12000 }] },
  { prompt: 'Log a trip of 1 200 km', schema: object({ distance_km: { type: 'number' } }), sets: [{ distance_km: 1200 }] },
  { prompt: 'Log 3 trips of 250 km', schema: object({ distance_km: { type: 'number' } }), sets: [{ distance_km: 250 }] },
  { prompt: 'sum 1, 5 and 7 €', schema: object({ numbers: { type: 'array', items: { type: 'number' } } }), sets: [{ numbers: [1, 5, 7] }] },
  { prompt: 'Add 1,5 to the total', schema: object({ amount: { type: 'number' } }), not: { amount: 1.5 } },
  // two phone numbers in a row: both for a list of them, the first for one
  { prompt: 'call +1 415 555 0100 or +44 20 7946 0958', schema: object({ phones: { type: 'array', items: str } }), sets: [{ phones: ['+1 415 555 0100', '+44 20 7946 0958'] }] },
  { prompt: 'call +1 415 555 0100 or +44 20 7946 0958', schema: object({ phone_numbers: { type: 'array', items: { type: 'string', pattern: '^\\+[1-9]\\d{1,14}$' } } }), sets: [{ phone_numbers: ['+14155550100', '+442079460958'] }] },
  { prompt: 'call +1 415 555 0100 or +44 20 7946 0958', schema: object({ phone: str }), sets: [{ phone: '+1 415 555 0100' }] },
  // a short name that ends a sentence loses its full stop; an abbreviation keeps it
  { prompt: 'Share it with Bo.', schema: object({ name: str }), sets: [{ name: 'Bo' }] },
  { prompt: 'Weather in NY. Thanks', schema: object({ city: str }), sets: [{ city: 'NY' }] },
  { prompt: 'Weather in St. Louis please', schema: object({ city: str }), sets: [{ city: 'St. Louis' }] },
  { prompt: 'Share it with Dr. Lee', schema: object({ name: str }), sets: [{ name: 'Dr. Lee' }] },
  // an initial's full stop is inside the name; a lone letter at the end still ends the sentence
  { prompt: 'Email John F. Kennedy about it', schema: object({ name: str }), sets: [{ name: 'John F. Kennedy' }] },
  { prompt: 'Find books by J. R. R. Tolkien', schema: object({ author: str }), sets: [{ author: 'J. R. R. Tolkien' }] },
  { prompt: 'Weather in Block C. Then Paris', schema: object({ city: str }), sets: [{ city: 'Block C' }] },
  // a phone in brackets after its key: the brackets are not part of it
  { prompt: 'Reach me on my mobile (555-0142)', schema: object({ mobile: str }), sets: [{ mobile: '555-0142' }] },
  // a closing bracket that closes one opened inside the value is part of it
  { prompt: 'Run the code print(1)', schema: object({ code: str }), sets: [{ code: 'print(1)' }] },
  { prompt: 'Open the path /tmp/(old)', schema: object({ path: str }), sets: [{ path: '/tmp/(old)' }] },
  { prompt: 'Set the label to (beta).', schema: object({ label: str }), sets: [{ label: 'beta' }] },
  // numbers written as a list, for an array of numbers
  { prompt: 'sum 3, 4 and 5', schema: object({ numbers: { type: 'array', items: { type: 'number' } } }), sets: [{ numbers: [3, 4, 5] }] },
  { prompt: 'What is the average of 2.5, 10 and 1,200?', schema: object({ values: { type: 'array', items: { type: 'number' }, minItems: 2 } }), sets: [{ values: [2.5, 10, 1200] }] },
  { prompt: 'Close tickets 14, 15 and 16 on 2025-03-12', schema: object({ ticket_ids: { type: 'array', items: { type: 'integer' } } }), sets: [{ ticket_ids: [14, 15, 16] }] },
  // a duration in the unit the property counts in, and what the timer is for
  { prompt: 'set a 10 minute timer for the pasta', schema: object({ label: str, duration_seconds: { type: 'integer' } }), sets: [{ label: 'pasta', duration_seconds: 600 }] },
  { prompt: 'Set a timer for 12 minutes for the pasta', schema: object({ minutes: { type: 'integer', minimum: 1 }, label: str }), sets: [{ minutes: 12, label: 'pasta' }] },
  { prompt: 'Wait 1.5 hours, then check the oven', schema: object({ duration: { type: 'number', description: 'Duration in minutes' } }), sets: [{ duration: 90 }] },
  { prompt: 'Retry with a 2 second timeout', schema: object({ timeout_ms: { type: 'integer' } }), sets: [{ timeout_ms: 2000 }] },
  { prompt: 'Set a timer for me for 5 minutes', schema: object({ minutes: { type: 'integer' }, label: str }, ['minutes']), sets: [{ minutes: 5 }] },
  // a person a sentence is about, and their age
  { prompt: 'Alice is 30', schema: object({ name: str, age: { type: 'integer' } }), sets: [{ name: 'Alice', age: 30 }] },
  { prompt: 'Alice Smith is 30 years old', schema: object({ name: str, age: { type: 'integer' } }), sets: [{ name: 'Alice Smith', age: 30 }] },
  { prompt: "Note this. Bob's birthday is on 2025-04-02", schema: object({ name: str, birthday: { type: 'string', format: 'date' } }), sets: [{ name: 'Bob', birthday: '2025-04-02' }] },
  { prompt: 'What is 30 plus 12?', schema: object({ name: str, age: { type: 'integer' } }), not: { name: 'What' } },
  { prompt: 'Maria is out, assign the bug to Bo', schema: object({ assignee: str }), sets: [{ assignee: 'Bo' }] },
  // a time of day for a property described as one; a date-time for one described with a date before its time
  { prompt: 'Book it on 2025-03-12 at 09:30', schema: object({ start_time: { type: 'string', description: 'Start time, HH:MM' } }), sets: [{ start_time: '09:30' }] },
  { prompt: 'Book it on 2025-03-12 at 09:30', schema: object({ start_time: { type: 'string', description: 'Start, YYYY-MM-DDTHH:MM:SS' } }), sets: [{ start_time: '2025-03-12T09:30:00Z' }] },
  { prompt: 'Book it on 2025-03-12 at 09:30', schema: object({ starts_at: { type: 'string', description: 'Timestamp (YYYY-MM-DD HH:MM)' } }), sets: [{ starts_at: '2025-03-12T09:30:00Z' }] },
];

for (const row of rows) {
  t.test(`${row.prompt} → ${JSON.stringify(row.sets ?? { not: row.not })}`, async (t) => {
    const generated = generateArgumentSets({ schema: row.schema, prompt: row.prompt, seed: 7 });
    if (!generated.ok) throw new Error(`no arguments: ${JSON.stringify(generated.problem)}`);
    const sets = generated.value.map((text) => JSON.parse(text) as Record<string, unknown>);
    if (row.sets !== undefined) t.same(sets, row.sets);
    for (const [key, value] of Object.entries(row.not ?? {})) {
      t.equal(sets.length, 1, 'one set');
      t.not(sets[0]?.[key], value, `${key} is not ${JSON.stringify(value)}`);
    }
  });
}

t.test('an integer sum under one unit is not read as 0: the sampled value stays', async (t) => {
  const schema = object({ amount: { type: 'integer', minimum: -1000, maximum: 1000 } });
  const sampled = generateArgumentSets({ schema, prompt: 'Charge it now', seed: 3 });
  t.same(generateArgumentSets({ schema, prompt: 'Charge €0,29 now', seed: 3 }), sampled);
  t.not(sampled.ok && sampled.value[0], '{"amount":0}');
});

t.test('relative dates count from the clock given, and are not read without one', async (t) => {
  const schema = object({ date: { type: 'string', format: 'date' } });
  const wednesday = Date.UTC(2026, 8, 30, 16) / 1000;
  const dateFor = (prompt: string, now?: () => number): unknown => {
    const generated = generateArgumentSets({ schema, prompt, seed: 7, now });
    return generated.ok ? (JSON.parse(generated.value[0] ?? '{}') as { date?: string }).date : generated.problem;
  };
  const expected: Array<[string, string]> = [
    ['Remind me tomorrow', '2026-10-01'], ['Book it for next Monday', '2026-10-05'], ['Book it on Wednesday', '2026-09-30'],
    ['next Wednesday', '2026-10-07'], ['in 3 days', '2026-10-03'], ['two weeks from now', '2026-10-14'],
    ['the day after tomorrow', '2026-10-02'], ['What happened yesterday?', '2026-09-29'], ['Move it to 2026-12-24, not tomorrow', '2026-12-24'],
    // A weekday or "tomorrow" beside a date written out names that date: the date is taken as written.
    ['Book it on Friday 2025-06-13', '2025-06-13'], ['Book it for Friday, 2025-06-13', '2025-06-13'], ['Book it tomorrow (2025-06-13)', '2025-06-13'],
    ['Book it on 2025-06-13 (Friday)', '2025-06-13'], ['Book it on Monday, then 2025-06-13', '2026-10-05'],
    // A weekday gone by ("last Friday") is the one before today, never the one to come.
    ['What did I spend last Friday?', '2026-09-25'], ['Show what changed since last Wednesday', '2026-09-23'], ['the previous Tuesday', '2026-09-29'],
    ['What happened last week?', '2026-09-23'],
  ];
  for (const [prompt, date] of expected) t.equal(dateFor(prompt, () => wednesday), date, prompt);
  let reads = 0;
  dateFor('Book it for 2026-12-24', () => { reads += 1; return wednesday; });
  t.equal(reads, 0, 'the clock is read only for a relative date');
  t.not(dateFor('Remind me tomorrow'), '2026-10-01', 'without a clock, no relative date');
});

t.test('days are written as ISO 8601 dates, leap years and all', async (t) => {
  // Years 0001 to 9999: the four-digit years ISO 8601 writes without a sign.
  for (let day = -719_162; day < 2_932_897; day += 9973) t.equal(isoDay(day), new Date(day * 86_400_000).toISOString().slice(0, 10));
  t.equal(isoDay(0), '1970-01-01');
  t.equal(isoDay(Date.UTC(2024, 1, 29) / 86_400_000), '2024-02-29');
});

t.test('a date the prompt states as today is what relative dates count from, without reading the clock', async (t) => {
  const schema = object({ date: { type: 'string', format: 'date' } });
  let reads = 0;
  const clock = (): number => { reads += 1; return Date.UTC(2026, 8, 30, 16) / 1000; };
  const dateFor = (prompt: string, now?: () => number): unknown => {
    const generated = generateArgumentSets({ schema, prompt, seed: 7, now });
    return generated.ok ? (JSON.parse(generated.value[0] ?? '{}') as { date?: string }).date : generated.problem;
  };
  const expected: Array<[string, string]> = [
    ['Today is 2025-06-10. Book it for tomorrow', '2025-06-11'],
    ['Book it for tomorrow; today is 2025-06-10', '2025-06-11'],
    ["today's date is 2025-06-10, book it next Monday", '2025-06-16'],
    ['The date today is June 10, 2025. Book it in 3 days', '2025-06-13'],
    ['Current date: 2024-02-28. Book it for the day after tomorrow', '2024-03-01'],
    ['current date is 10 June 2025, what about yesterday?', '2025-06-09'],
    ["It's Tuesday, 2025-06-10. Book it on Friday", '2025-06-13'],
    ['It is Tue, the 10th of June, 2025. Book it for last Friday', '2025-06-06'],
    ['Today is Tuesday, June 10th, 2025. Book it for today', '2025-06-10'],
    // The stated date is a date too: taken when the prompt asks for no other.
    ['Today is 2025-06-10. Book a table at Nopa', '2025-06-10'],
    ['Today is 2025-06-10. Book it on 2025-07-01', '2025-07-01'],
  ];
  for (const [prompt, date] of expected) {
    t.equal(dateFor(prompt, clock), date, prompt);
    t.equal(dateFor(prompt), date, `${prompt} (without a clock)`);
  }
  t.equal(reads, 0, 'the clock is not read when the prompt says what day it is');
  // Not a statement of today: no date, a date no calendar has, or the phrasing is not one.
  t.equal(dateFor('The current date: unknown. Book it for tomorrow', clock), '2026-10-01');
  t.equal(dateFor('The current date is 2025-02-30. Book it for tomorrow', clock), '2026-10-01');
  t.equal(dateFor("It's 2025-06-10 that I fly; book a hotel for tomorrow", clock), '2025-06-10');
});

t.test('a date and a date-time property both read the one date the prompt writes, each in its format', async (t) => {
  const wednesday = (): number => Date.UTC(2026, 8, 30, 16) / 1000;
  const date = { type: 'string', format: 'date' };
  const time = { type: 'string', format: 'date-time' };
  const read = (properties: Record<string, unknown>, prompt: string): Record<string, unknown> => {
    const generated = generateArgumentSets({ schema: object(properties), prompt, seed: 7, now: wednesday });
    return generated.ok ? (JSON.parse(generated.value[0] ?? '{}') as Record<string, unknown>) : {};
  };
  const both = { date: '2026-10-01', remind_at: '2026-10-01T19:00:00Z' };
  t.same(read({ date, remind_at: time }, 'Dinner tomorrow at 7pm'), both);
  t.same(read({ remind_at: time, date }, 'Dinner tomorrow at 7pm'), both, 'whichever comes first');
  t.same(read({ date, remind_at: time }, 'Meet at 10am on 2025-06-12'), { date: '2025-06-12', remind_at: '2025-06-12T10:00:00Z' });
  t.same(read({ day: date, starts_at: time }, 'Meet 2025-06-12T08:00Z'), { day: '2025-06-12', starts_at: '2025-06-12T08:00:00Z' });
  // Two dates are one a property: the end date is Friday, not the start's day again.
  t.same(read({ start_time: time, end_date: date }, 'From tomorrow at 7pm to Friday'), { start_time: '2026-10-01T19:00:00Z', end_date: '2026-10-02' });
  // A second date-time does not take it again.
  t.notMatch(String(read({ date, remind_at: time, follow_up: time }, 'Dinner tomorrow at 7pm').follow_up), /^2026-10-01T19:00/);
});

t.test('a date-time is a date with the time of day written beside it, in UTC; a date alone is its midnight', async (t) => {
  const schema = object({ remind_at: { type: 'string', format: 'date-time' } });
  let reads = 0;
  const wednesday = (): number => { reads += 1; return Date.UTC(2026, 8, 30, 16) / 1000; };
  const whenFor = (prompt: string): unknown => {
    const generated = generateArgumentSets({ schema, prompt, seed: 7, now: wednesday });
    return generated.ok ? (JSON.parse(generated.value[0] ?? '{}') as { remind_at?: string }).remind_at : generated.problem;
  };
  const expected: Array<[string, string]> = [
    ['Remind me tomorrow at 9am to call mom', '2026-10-01T09:00:00Z'], ['Remind me at 9:30 pm tomorrow', '2026-10-01T21:30:00Z'],
    ['Ping me tonight at 8', '2026-09-30T20:00:00Z'], ['Ping me tonight at 12', '2026-10-01T00:00:00Z'], ['tomorrow night at 12:30', '2026-10-02T00:30:00Z'],
    ['Ping me tonight at midnight', '2026-10-01T00:00:00Z'], ['tomorrow night at midnight', '2026-10-02T00:00:00Z'],
    ['tomorrow afternoon at 12', '2026-10-01T12:00:00Z'], ['tonight at 12pm', '2026-09-30T12:00:00Z'], ['tomorrow evening at 7:30', '2026-10-01T19:30:00Z'], ['next Monday at noon', '2026-10-05T12:00:00Z'],
    ['Friday, 9 a.m.', '2026-10-02T09:00:00Z'], ['in 3 days at 14:45', '2026-10-03T14:45:00Z'], ['Meet on 2025-06-12 at 14:30', '2025-06-12T14:30:00Z'],
    ['Meet at 10am on 2025-06-12', '2025-06-12T10:00:00Z'], ['Today is 2025-06-10. Remind me next Monday at 8:15', '2025-06-16T08:15:00Z'],
    // A date-time written out is taken as written (seconds added where it has none); a date alone is its midnight.
    ['Meet 2025-06-12T08:00Z, not tomorrow at 9', '2025-06-12T08:00:00Z'], ['Remind me tomorrow', '2026-10-01T00:00:00Z'],
    // Not a time: no hour 13 pm, nothing but "at" a place.
    ['Remind me tomorrow at 13pm', '2026-10-01T00:00:00Z'], ['Book tomorrow at Nopa', '2026-10-01T00:00:00Z'],
    // An hour without am/pm is the morning's, the evening's in a prompt that speaks of the evening and not the morning.
    ['Remind me tomorrow at 7', '2026-10-01T07:00:00Z'], ['Dinner tomorrow at 7', '2026-10-01T19:00:00Z'],
    ['Book a table tomorrow at 7 for dinner', '2026-10-01T19:00:00Z'], ['Dinner at 7:30', '2026-09-30T19:30:00Z'],
    ['Dinner tomorrow at 12', '2026-10-01T12:00:00Z'], ['Dinner tomorrow at 7am', '2026-10-01T07:00:00Z'],
    ['tomorrow morning at 7, then dinner', '2026-10-01T07:00:00Z'], ['Breakfast and dinner tomorrow at 7', '2026-10-01T07:00:00Z'],
  ];
  for (const [prompt, when] of expected) t.equal(whenFor(prompt), when, prompt);
  reads = 0;
  t.equal(whenFor('Today is 2025-06-10; remind me tomorrow at 9am'), '2025-06-11T09:00:00Z');
  // A time of day with no date is on today's: the date the prompt states, else the clock's.
  t.equal(whenFor('Today is 2025-06-10. Remind me at 9am'), '2025-06-10T09:00:00Z');
  t.equal(whenFor('today is June 10, 2025; ping me by noon'), '2025-06-10T12:00:00Z');
  t.equal(reads, 0, 'counted from the date the prompt states, the clock is not read');
  t.equal(whenFor('Remind me at 9am'), '2026-09-30T09:00:00Z');
  t.equal(whenFor('Remind me at 21:15 to stretch'), '2026-09-30T21:15:00Z');
  t.equal(whenFor('Send the report by midnight'), '2026-10-01T00:00:00Z', 'midnight alone ends today');
  t.equal(whenFor('Send the report at 12am'), '2026-10-01T00:00:00Z', '12am alone is the same midnight');
  t.equal(whenFor('Today is 2025-06-10. Run the backup at 00:00'), '2025-06-11T00:00:00Z', 'and so is 00:00');
  // Not a time: "at 9" may be a place, "9 am" in a longer word is not one.
  t.notMatch(String(whenFor('Meet at 9 Elm Street')), /T09:00/);
  t.notMatch(String(whenFor('Meet at 9amber')), /T09:00/);
});
