// A free-text value read after its key stops at the key of another property of its object, however that key is
// spelled, and finding it costs the clause's words, not the number of properties.
import t from 'tap';
import { generateArgumentSets } from '../../../src/domain/arguments/index.js';
import { clauseAfterKey, siblingKeys } from '../../../src/domain/arguments/fill/sibling-keys.js';

t.test('the clause ends before the first key of another property, spelled any way', async (t) => {
  const keys = siblingKeys(['title', 'note', 'city_name', 'dueDate', '$ref', '_id', 'a.b', '$']);
  const cut = (rest: string, own = 'title'): string => clauseAfterKey(rest, { siblings: keys, own });
  t.equal(cut('Lunch with friends and note bring cake'), 'Lunch with friends');
  t.equal(cut('Lunch city name Paris'), 'Lunch');
  t.equal(cut('Lunch CITY-NAME Paris'), 'Lunch');
  t.equal(cut('Lunch cityName Paris'), 'Lunch');
  t.equal(cut('Lunch due date tomorrow'), 'Lunch');
  t.equal(cut('Lunch $ref x'), 'Lunch');
  t.equal(cut('Lunch _id 4'), 'Lunch');
  t.equal(cut('Lunch a.b c'), 'Lunch');
  t.equal(cut('Lunch $ x'), 'Lunch');
  t.equal(cut('Lunch title again'), 'Lunch title again', 'its own key does not cut');
  t.equal(cut('Lunch notes and citynames'), 'Lunch notes and citynames', 'a longer word is not a key');
  t.equal(cut('Lunch (note) x'), 'Lunch (note) x', 'a key stands after a space');
  t.equal(cut('Lunch at noon. Then more'), 'Lunch at noon', 'the clause ends with the sentence');
});

t.test('a wide object whose keys the prompt names one after another is filled, each value up to the next key', async (t) => {
  const count = 3000;
  const properties = Object.fromEntries(Array.from({ length: count }, (_, index) => [`note_${index}`, { type: 'string' }]));
  const schema = { type: 'object', properties, required: ['note_0', 'note_1'] };
  const prompt = Array.from({ length: count }, (_, index) => `note ${index} text${index} and`).join(' ');
  // Every key was compared with every clause (about 40 s on a 2-core machine); the explicit look-ups and the fill
  // now have budgets (extract-explicit.ts, fill.ts), so the first properties are filled and the rest keep their values.
  const generated = generateArgumentSets({ schema, prompt, seed: 1 });
  t.ok(generated.ok);
  if (!generated.ok) return;
  const value = JSON.parse(generated.value[0] ?? '{}') as Record<string, string>;
  t.match(value, { note_0: 'text0', note_1: 'text1', note_2: 'text2', note_99: 'text99' }, 'each value stops at the next key');
  t.ok(Object.keys(value).length < count, 'past the budget, properties are not read from the prompt');
});
