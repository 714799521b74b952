// A span's end comes after its start: a generated end before a start (from the prompt or generated too) moves to
// the start plus a day or an hour; an end the prompt gives is kept as written.
import t from 'tap';
import { generateArgumentSets } from '../../../src/domain/arguments/index.js';
import { endAfterStart } from '../../../src/domain/arguments/fill/span-order.js';
import type { PropertyView } from '../../../src/domain/arguments/fill/schema-view.js';
import { nameWords } from '../../../src/domain/arguments/prompt/names.js';

const args = (schema: unknown, prompt: string, seed: number): Record<string, string> => {
  const generated = generateArgumentSets({ schema, prompt, seed });
  return generated.ok ? (JSON.parse(generated.value[0] ?? '{}') as Record<string, string>) : {};
};

t.test('generated check-in and check-out dates are in order, whatever the seed', async (t) => {
  const date = { type: 'string', format: 'date' };
  const schema = { type: 'object', properties: { hotel: { type: 'string' }, check_in: date, check_out: date }, required: ['hotel', 'check_in', 'check_out'] };
  let moved = 0;
  for (let seed = 1; seed <= 40; seed += 1) {
    const value = args(schema, 'Book the Grand Hotel', seed);
    t.ok(String(value.check_out) > String(value.check_in), `seed ${seed}: ${value.check_in} → ${value.check_out}`);
    if (value.check_out === nextDay(String(value.check_in))) moved += 1;
  }
  t.ok(moved > 0, 'some ends were moved to the day after the start');
});

t.test('each item of an array of stays keeps its own check-in before its check-out', async (t) => {
  const date = { type: 'string', format: 'date' };
  const stay = { type: 'object', properties: { check_in: date, check_out: date }, required: ['check_in', 'check_out'] };
  const schema = { type: 'object', properties: { stays: { type: 'array', items: stay, minItems: 3 } }, required: ['stays'] };
  let moved = 0;
  for (let seed = 1; seed <= 20; seed += 1) {
    const generated = generateArgumentSets({ schema, prompt: 'Book the hotels for the tour', seed });
    const stays = generated.ok ? (JSON.parse(generated.value[0] ?? '{}') as { stays: Array<Record<string, string>> }).stays : [];
    t.ok(stays.length >= 3, `seed ${seed}: ${stays.length} stays`);
    for (const item of stays) {
      t.ok(String(item.check_out) > String(item.check_in), `seed ${seed}: ${item.check_in} → ${item.check_out}`);
      if (item.check_out === nextDay(String(item.check_in))) moved += 1;
    }
  }
  t.ok(moved > 0, 'some ends were moved to the day after the start');
});

t.test('date-times: the end is an hour after a start read from the prompt; one the prompt gives stays', async (t) => {
  const time = { type: 'string', format: 'date-time' };
  const schema = { type: 'object', properties: { start_time: time, end_time: time }, required: ['start_time', 'end_time'] };
  for (let seed = 1; seed <= 10; seed += 1) {
    const value = args(schema, 'Schedule it on 2031-03-04 at 11pm', seed);
    t.equal(value.start_time, '2031-03-04T23:00:00Z');
    t.ok(String(value.end_time) > '2031-03-04T23:00:00Z', `seed ${seed}: ${value.end_time}`);
  }
  const crossing = args(schema, 'Schedule it on 2031-12-31 at 11:30pm', 3);
  if (crossing.end_time !== undefined && crossing.end_time < '2031-12-31T23:30:00Z') t.fail('not moved');
  const given = args(schema, 'Schedule it from 2031-03-04T10:00:00Z to 2031-03-01T09:00:00Z', 1);
  t.equal(given.end_time, '2031-03-01T09:00:00Z', 'an end the prompt writes is kept, even before its start');
});

t.test('a date start with a date-time end, and the other way round: the end is written in its own format, after the start', async (t) => {
  const date = { type: 'string', format: 'date' };
  const time = { type: 'string', format: 'date-time' };
  for (const [start, end] of [[date, time], [time, date]]) {
    const schema = { type: 'object', properties: { start, end }, required: ['start', 'end'], additionalProperties: false };
    let moved = 0;
    for (let seed = 1; seed <= 20; seed += 1) {
      const value = args(schema, 'Plan the trip', seed);
      const [from, to] = [String(value.start), String(value.end)];
      t.ok(Date.parse(to) > Date.parse(from) || (to.length === 10 && to >= from.slice(0, 10)), `seed ${seed}: ${from} → ${to}`);
      t.equal(to.length, end === date ? 10 : 20, `seed ${seed}: the end keeps its format`);
      if (to === (end === date ? nextDay(from.slice(0, 10)) : `${nextDay(from)}T00:00:00Z`)) moved += 1;
    }
    t.ok(moved > 0, 'some ends were moved');
  }
});

t.test('starts_at and ends_at are a span like start and end', async (t) => {
  const time = { type: 'string', format: 'date-time' };
  const schema = { type: 'object', properties: { starts_at: time, ends_at: time }, required: ['starts_at', 'ends_at'], additionalProperties: false };
  for (let seed = 1; seed <= 20; seed += 1) {
    const value = args(schema, 'Plan the launch', seed);
    t.ok(Date.parse(String(value.ends_at)) > Date.parse(String(value.starts_at)), `seed ${seed}: ${value.starts_at} → ${value.ends_at}`);
  }
});

t.test('an end date on the day of a date-time start stays; one on the day before moves to the day after', async (t) => {
  const view = (name: string, kind: 'date' | 'date-time'): PropertyView => ({ name, words: [name], formatKinds: [kind] }) as unknown as PropertyView;
  const properties = [view('start', 'date-time'), view('end', 'date')];
  t.equal(endAfterStart({ start: '2031-03-04T10:00:00Z', end: '2031-03-04' }, { properties, fromPrompt: new Set() }), undefined);
  t.equal(endAfterStart({ start: '2031-03-04T10:00:00Z', end: '2031-03-03' }, { properties, fromPrompt: new Set() })?.value, '2031-03-05');
});

t.test('pickup and dropoff, departure and arrival are spans; a time to live is no end', async (t) => {
  const view = (name: string, kind: 'date' | 'date-time'): PropertyView => ({ name, words: nameWords(name), formatKinds: [kind] }) as unknown as PropertyView;
  const order = (start: string, end: string): string | undefined => {
    const properties = [view(start, 'date-time'), view(end, 'date-time')];
    return endAfterStart({ [start]: '2031-03-04T10:00:00Z', [end]: '2031-03-04T08:00:00Z' }, { properties, fromPrompt: new Set() })?.value;
  };
  for (const [start, end] of [['pickup_time', 'dropoff_time'], ['pickUpAt', 'dropOffAt'], ['departure_time', 'arrival_time'], ['depart_at', 'arrive_at']]) {
    t.equal(order(start!, end!), '2031-03-04T11:00:00Z', `${start} → ${end}`);
  }
  for (const duration of ['time_to_live', 'timeToLive', 'ttl']) t.equal(order('start', duration), undefined, `${duration} is not an end`);
  t.equal(order('start', 'valid_to'), '2031-03-04T11:00:00Z', 'valid_to is');
});

function nextDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const next = new Date(Date.UTC(year!, month! - 1, day! + 1));
  return next.toISOString().slice(0, 10);
}
