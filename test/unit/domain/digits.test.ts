// groupDigits writes whole numbers as toLocaleString('en-US') does, for every length of number up to 2^53.
import t from 'tap';
import { groupDigits } from '../../../src/domain/digits.js';

t.test('digits grouped by threes, as en-US writes them', async (t) => {
  for (const n of [0, 1, 12, 999, 1000, 1001, 12_345, 100_000, 999_999, 1_000_000, 2_000_000_000, Number.MAX_SAFE_INTEGER]) {
    t.equal(groupDigits(n), n.toLocaleString('en-US'), String(n));
  }
});
