// Runs of sentence stops after a token or a clause: their trailing stops are dropped in one pass, not by a regex
// anchored at the end (which retried at every stop: 100,000 dots after a release name took 5 s, review 24).
import t from 'tap';
import { findVersions } from '../../../src/domain/arguments/prompt/shapes/extract-tokens.js';
import { lastClause } from '../../../src/domain/arguments/prompt/phrases/extract-message.js';

t.test('versions and last clauses are read the same, however long the run of stops after them', async (t) => {
  t.same(findVersions('Ship 2.3.1. Then v1.8.0!').map((found) => found.value), ['2.3.1', 'v1.8.0']);
  t.equal(lastClause('Refund order A-1009, item arrived broken!!'), 'item arrived broken');
  for (const [name, read] of [['versions', () => findVersions(`Release svc 1${'.'.repeat(400_000)}x`)], ['a last clause', () => lastClause(`Refund order A-1009, ${'!'.repeat(400_000)}x`)]] as const) {
    const started = performance.now();
    read();
    const took = performance.now() - started;
    // Quadratic, 400,000 stops took minutes; one pass takes milliseconds.
    t.ok(took < 2_000, `${name}: ${Math.round(took)} ms`);
  }
});

t.test('trailing marks go as the regexes they replace took them', async (t) => {
  const { trimEndOf, trimStartOf } = await import('../../../src/domain/trim-marks.js');
  for (const text of ['abc, \u00a0,', 'a;:  ', 'x\u2003;', 'plain', '', ',;:']) t.equal(trimEndOf(text, ',;:', { spaces: true }), text.replace(/[\s,;:]+$/u, ''), JSON.stringify(text));
  for (const text of ['2.3.1.', 'v1!?', '...', 'a.b']) t.equal(trimEndOf(text, '.:!?'), text.replace(/[.:!?]+$/u, ''), JSON.stringify(text));
  t.equal(trimStartOf('(("a', '("'), 'a');
});
