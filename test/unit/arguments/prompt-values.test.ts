// Table-driven checks of prompt values that sit beside others of their kind: a sum of money beside an order
// number, several phone numbers or numbers in a row, a duration beside a timer's label, a person beside their age.
import t from 'tap';
import { generateArgumentSets } from '../../../src/domain/arguments/index.js';

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
  { prompt: 'Refund $1,200.50 on order 98765', schema: object({ order_id: { type: 'integer' }, amount: { type: 'integer' } }), not: { amount: 98765 } },
  // two phone numbers in a row: both for a list of them, the first for one
  { prompt: 'call +1 415 555 0100 or +44 20 7946 0958', schema: object({ phones: { type: 'array', items: str } }), sets: [{ phones: ['+1 415 555 0100', '+44 20 7946 0958'] }] },
  { prompt: 'call +1 415 555 0100 or +44 20 7946 0958', schema: object({ phone_numbers: { type: 'array', items: { type: 'string', pattern: '^\\+[1-9]\\d{1,14}$' } } }), sets: [{ phone_numbers: ['+14155550100', '+442079460958'] }] },
  { prompt: 'call +1 415 555 0100 or +44 20 7946 0958', schema: object({ phone: str }), sets: [{ phone: '+1 415 555 0100' }] },
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
