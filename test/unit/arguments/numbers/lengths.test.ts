// A length written with its unit ("1.80 m", "180 cm", "6 ft", "5 ft 10 in") is read for a property that measures one,
// in the unit its name or description says ("1.80 m" → 180 for height_cm), or as written when it says none.
import t from 'tap';
import { closedObject as object, readArguments as read } from '../../../helpers/arguments.js';

const num = { type: 'number' };

t.test('a length is given in the unit the property names', async (t) => {
  const expected: Array<[string, Record<string, unknown>, number]> = [
    ['I am 180 cm tall', { height_m: num }, 1.8], ['I am 1.80 m tall', { height_cm: num }, 180], ['I am 6 ft tall', { height_cm: num }, 182.88],
    ['He is 5 ft 10 in', { height_cm: { type: 'integer' } }, 178], ['A plank 2400 mm long', { length_m: num }, 2.4],
    ['Route me 3 miles north', { distance_km: num }, 4.828032], ['The board is 2.4 m long', { length: num }, 2.4],
    ['Log my height: 1.75 m', { height: { type: 'number', description: 'Height in centimeters' } }, 175],
    ['Order a 1.1 m table', { width_cm: num }, 110], ['She is six feet tall', { height_inches: num }, 72],
  ];
  for (const [prompt, properties, value] of expected) t.equal(Object.values(read(object(properties), prompt))[0], value, prompt);
});

t.test('a length beside other numbers is the one that fills the length', async (t) => {
  t.same(read(object({ weight_kg: num, height_cm: num }), 'Patient weighs 70 kg and is 1.68 m tall'), { weight_kg: 70, height_cm: 168 });
  // A property that measures no length does not take one converted.
  t.equal(read(object({ minutes: num }), 'Walk 2 km in 30 minutes').minutes, 30);
  t.equal(read(object({ size_m: num }), 'A 10 m pool in 3 lanes').size_m, 10);
});
