// The nearest known name to a mistyped one: within two edits, and cheap however long the unknown name is.
import t from 'tap';
import { closestName } from '../../../src/domain/closest-name.js';

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
