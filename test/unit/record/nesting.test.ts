// How deep a recorded value nests, found without recursion.
import t from 'tap';
import { MAX_RECORDED_DEPTH, nestsDeeperThan } from '../../../src/record/nesting.js';

const nested = (levels: number): unknown => {
  let value: unknown = 'leaf';
  for (let level = 0; level < levels; level += 1) value = level % 2 === 0 ? [value] : { inner: value };
  return value;
};

t.test('levels are counted from the value itself; scalars nest no levels', async (t) => {
  t.notOk(nestsDeeperThan(nested(MAX_RECORDED_DEPTH), MAX_RECORDED_DEPTH));
  t.ok(nestsDeeperThan(nested(MAX_RECORDED_DEPTH + 1), MAX_RECORDED_DEPTH));
  t.notOk(nestsDeeperThan('text', 0));
  t.notOk(nestsDeeperThan(null, 0));
  t.ok(nestsDeeperThan({ a: 1, b: [{ c: [] }] }, 3), 'the deepest branch counts');
  t.notOk(nestsDeeperThan({ a: 1, b: [{ c: [] }] }, 4));
});

t.test('a value nested 100,000 deep is measured without overflowing the stack', async (t) => {
  t.ok(nestsDeeperThan(JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`), MAX_RECORDED_DEPTH));
});
