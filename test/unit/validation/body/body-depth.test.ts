// How deep a value nests, found without recursion: the one walk behind the request, recording and scenario
// limits, with the trail to what nests too deep and the members met on the way.
import t from 'tap';
import { fieldNestedTooDeep, MAX_BODY_DEPTH, nestsDeeperThan, tooDeepTrail, walkNesting } from '../../../../src/domain/validation/body-depth.js';

const nested = (levels: number): unknown => {
  let value: unknown = 'leaf';
  for (let level = 0; level < levels; level += 1) value = level % 2 === 0 ? [value] : { inner: value };
  return value;
};

t.test('levels are counted from the value itself; scalars nest no levels', async (t) => {
  t.notOk(nestsDeeperThan(nested(MAX_BODY_DEPTH), MAX_BODY_DEPTH));
  t.ok(nestsDeeperThan(nested(MAX_BODY_DEPTH + 1), MAX_BODY_DEPTH));
  t.notOk(nestsDeeperThan('text', 0));
  t.notOk(nestsDeeperThan(null, 0));
  t.ok(nestsDeeperThan({}, 0));
  t.ok(nestsDeeperThan({ a: 1, b: [{ c: [] }] }, 3), 'the deepest branch counts');
  t.notOk(nestsDeeperThan({ a: 1, b: [{ c: [] }] }, 4));
});

t.test('a value nested 100,000 deep is measured without overflowing the stack', async (t) => {
  const deep: unknown = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
  t.ok(nestsDeeperThan(deep, MAX_BODY_DEPTH));
  t.equal(tooDeepTrail(deep, { limit: MAX_BODY_DEPTH })?.length, MAX_BODY_DEPTH);
});

t.test('the trail leads to the first object or array past the limit, by keys and indices', async (t) => {
  const value = { a: 1, b: [{ c: 'x' }, { d: { e: [[]] } }], f: { g: {} } };
  t.same(tooDeepTrail(value, { limit: 5 }), ['b', 1, 'd', 'e', 0]);
  t.same(tooDeepTrail(value, { limit: 4 }), ['b', 1, 'd', 'e']);
  t.equal(tooDeepTrail(value, { limit: 6 }), null);
  t.same(tooDeepTrail(value, { limit: 0 }), []);
  t.equal(fieldNestedTooDeep({ a: 1, b: nested(MAX_BODY_DEPTH) }), 'b');
  t.equal(fieldNestedTooDeep({ a: 1, b: nested(MAX_BODY_DEPTH - 1) }), null);
  t.equal(fieldNestedTooDeep({ a: nested(MAX_BODY_DEPTH - 1), b: 'x' }), null);
});

t.test('members are met with their keys, indices and levels, and a member can end the walk', async (t) => {
  const met: Array<[string | number, unknown, number]> = [];
  const deep = walkNesting({ a: [1, { b: 'x' }], c: { d: {} } }, { limit: 2, pastTooDeep: true, member: (key, value, depth) => (met.push([key, typeof value === 'object' ? '…' : value, depth]), false) });
  t.ok(deep, 'two objects lie at level 3');
  t.same(met.sort((x, y) => String(x[0]).localeCompare(String(y[0]))), [[0, 1, 2], [1, '…', 2], ['a', '…', 1], ['c', '…', 1], ['d', '…', 2]], 'what lies past the limit is not entered, the rest is');
  let seen = 0;
  t.equal(tooDeepTrail({ a: nested(10), b: [1, 2, 3] }, { limit: 3, member: () => (seen += 1) === 2 }), null, 'ended before anything too deep');
  t.equal(seen, 2);
});

t.test('going on past what nests too deep, every member within the limit is met', async (t) => {
  const strings: string[] = [];
  const value = { z: 'last', a: nested(300), m: [{ k: 'in' }] };
  const member = (_key: string | number, inner: unknown) => (typeof inner === 'string' && strings.push(inner), false);
  t.ok(walkNesting(value, { limit: 4, pastTooDeep: true, member }));
  t.same(strings.sort(), ['in', 'last']);
  strings.length = 0;
  t.ok(walkNesting({ ...value, deeper: nested(300) }, { limit: 4, pastTooDeep: true, member }), 'two branches too deep');
  t.same(strings.sort(), ['in', 'last']);
});
