// The nearest known name to a mistyped one: within two edits, and cheap however long the unknown name is.
import t from 'tap';
import { closestName, closestNames } from '../../../src/domain/closest-name.js';

t.test('suggests a name at most two edits away, case aside', async (t) => {
  t.equal(closestName('respnd', ['match', 'respond', 'times']), 'respond');
  t.equal(closestName('SesionLimit', ['sessionLimit', 'storeLimit']), 'sessionLimit');
  t.equal(closestName('rspd', ['respond']), undefined, 'three edits away');
  t.equal(closestName('x', []), undefined);
});

t.test('a very long unknown name is not compared letter by letter', async (t) => {
  const started = performance.now();
  t.equal(closestName('k'.repeat(1_000_000), ['k'.repeat(2_000), 'respond']), undefined);
  t.ok(performance.now() - started < 500, 'answers at once (comparing would take seconds)');
});

/** Levenshtein distance over the whole table, the reference the banded count must agree with. */
function fullDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

t.test('the band around the diagonal finds exactly the names within two edits', async (t) => {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const word = () => Array.from({ length: Math.floor(next() * 7) }, () => 'abc'[Math.floor(next() * 3)]).join('');
  let disagreements = 0;
  for (let run = 0; run < 5_000; run += 1) {
    const [a, b] = [word(), word()];
    if ((closestName(a, [b]) === b) !== (fullDistance(a, b) <= 2)) disagreements += 1;
  }
  t.equal(disagreements, 0);
});

t.test('closestNames: the nearest few, nearest first, none past two edits', async (t) => {
  t.same(closestNames('weather', ['weathers', 'whether', 'weather-2', 'sunny', 'Weather']), ['Weather', 'weathers', 'weather-2', 'whether']);
  t.same(closestNames('weather', ['weathers', 'whether', 'weather-2', 'Weather'], 2), ['Weather', 'weathers']);
  t.same(closestNames('zzz', ['weather']), []);
  t.same(closestNames('ab', ['ad', 'ac', 'xb']), ['ac', 'ad', 'xb'], 'equally near: alphabetical, whatever the order given');
  const names = Array.from({ length: 10_000 }, (_, index) => `scenario-${'x'.repeat(100)}-${index}`);
  const started = performance.now();
  t.same(closestNames(`scenario-${'x'.repeat(100)}-12a`, names, 3), [`scenario-${'x'.repeat(100)}-12`, `scenario-${'x'.repeat(100)}-120`, `scenario-${'x'.repeat(100)}-121`]);
  t.ok(performance.now() - started < 500, '10,000 names of 115 characters in well under a second');
});
