// The server's budget of request bodies held: a body past it is refused unless it would be the only one held,
// a chunked body grows within it, and every hold gives its bytes back once (releasing twice changes nothing).
import t from 'tap';
import { BodyBudget, overloaded } from '../../../src/state/body-budget.js';

t.test('a body is taken within the budget, or alone whatever its size', async (t) => {
  const budget = new BodyBudget(100);
  const big = budget.take(500);
  t.ok(big, 'alone, past the budget: taken');
  t.equal(budget.take(1), undefined, 'nothing else while it is held');
  big!.release();
  big!.release();
  t.same(budget.stats(), { held: 0, heldBytes: 0, limit: 100, refused: 1 }, 'released once');
  const first = budget.take(60)!;
  t.ok(budget.take(40), 'exactly the budget: taken');
  t.equal(budget.take(1), undefined);
  first.release();
  t.equal(budget.heldBytes, 40);
});

t.test('a chunked body grows within the budget, or alone', async (t) => {
  const budget = new BodyBudget(100);
  const chunked = budget.take(0)!;
  t.ok(chunked.grow(80) && chunked.grow(80), 'alone, it grows past the budget');
  const other = budget.take(0, { always: true })!;
  t.notOk(other.grow(1), 'another cannot grow beside it');
  t.equal(other.bytes, 0, 'a refused chunk adds nothing');
  chunked.release();
  t.ok(other.grow(100));
  t.notOk(budget.take(0, { always: true })!.grow(1));
  t.equal(budget.stats().refused, 2);
  t.ok(budget.take(5, { always: true }), 'a hold that must be taken is taken past the budget');
  t.equal(budget.heldBytes, 105);
});

t.test('the refusal says what is held, what this body needs and the setting, with a retry-after', async (t) => {
  const budget = new BodyBudget(64 * 1024 * 1024);
  budget.take(60 * 1024 * 1024);
  t.same(overloaded(budget, 24 * 1024 * 1024), {
    code: 'server_overloaded',
    message: 'The server is holding 60.0 MiB of request bodies, and this one\'s 24.0 MiB would pass its limit of 64.0 MiB (--body-memory): retry in a moment.',
    param: null,
    headers: { 'retry-after': '1' },
  });
});
