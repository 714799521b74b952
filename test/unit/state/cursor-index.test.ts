// The cursor index finds the first or last index of every id, hashes that collide included, and no id it lacks.
import t from 'tap';
import { CursorIndex } from '../../../src/state/responses/cursor-index.js';

t.test('every id is found at its first index (asc) and its last (desc)', async (t) => {
  // 100,000 ids over 2^21 hash values: thousands of them share one, and each repeats at i and i + 100,000.
  const ids = Array.from({ length: 200_000 }, (_, index) => `id_${index % 100_000}`);
  const idAt = (index: number) => ids[index]!;
  const index = new CursorIndex(ids.length, idAt);
  let wrong = 0;
  for (let at = 0; at < 100_000; at++) {
    if (index.find(`id_${at}`, { last: false, idAt }) !== at) wrong += 1;
    if (index.find(`id_${at}`, { last: true, idAt }) !== at + 100_000) wrong += 1;
  }
  t.equal(wrong, 0);
  t.equal(index.find('id_100000', { last: false, idAt }), undefined);
  t.equal(index.find('', { last: true, idAt }), undefined);
  t.equal(new CursorIndex(0, idAt).find('id_0', { last: false, idAt }), undefined);
});
