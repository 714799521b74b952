// The linear answer to "does the walk back from A pass through B" agrees with walking it step by step, on rings,
// trees hanging off rings, long shared chains and random graphs of one way in per place (review 34 F6).
import t, { type Test } from 'tap';
import { backWalks } from '../../../../src/domain/arguments/schema/back-walks.js';

/** The plain walk: follow the ways in until the target, the end, or a place met before. */
function walked(ways: Map<string, string>, walk: { from: string; to: string }): boolean {
  const seen = new Set<string>();
  for (let place: string | undefined = walk.from; place !== undefined && !seen.has(place); place = ways.get(place)) {
    if (place === walk.to) return true;
    seen.add(place);
  }
  return false;
}

function agrees(t: Test, ways: Map<string, string>, label: string): void {
  const places = [...new Set([...ways.keys(), ...ways.values(), 'elsewhere'])];
  const passes = backWalks({ starts: places, wayIn: (place) => ways.get(place), maxPlaces: 10_000 });
  if (passes === undefined) return void t.fail(`${label}: no answer`);
  let differing = 0;
  let through = 0;
  for (const from of places) {
    for (const to of places) {
      const expected = walked(ways, { from, to });
      if (passes({ from, to }) !== expected) differing += 1;
      if (expected) through += 1;
    }
  }
  t.equal(differing, 0, `${label}: ${places.length ** 2} walks (${through} passing through)`);
}

t.test('rings, trees on rings and chains agree with the plain walk', async (t) => {
  const ring = new Map([...Array(7)].map((_, i) => [`r${i}`, `r${(i + 1) % 7}`] as [string, string]));
  agrees(t, ring, 'a ring');
  const hanging = new Map([...ring, ['a', 'r3'], ['b', 'a'], ['c', 'a'], ['d', 'c'], ['e', 'f'], ['f', 'g'], ['s', 's']]);
  agrees(t, hanging, 'trees hanging off a ring, a chain, a place that is its own way in');
});

t.test('random graphs of one way in per place agree with the plain walk', async (t) => {
  let state = 12345;
  const next = (below: number): number => { state = (state * 1103515245 + 12345) % 2147483648; return state % below; };
  for (let round = 0; round < 40; round += 1) {
    const size = 2 + next(30);
    const ways = new Map<string, string>();
    for (let place = 0; place < size; place += 1) if (next(5) > 0) ways.set(`p${place}`, `p${next(size)}`);
    agrees(t, ways, `round ${round}, ${size} places`);
  }
});

t.test('past maxPlaces there is no answer; a long shared chain is met once', async (t) => {
  const chain = new Map([...Array(5000)].map((_, i) => [`c${i}`, `c${i + 1}`] as [string, string]));
  const asked: string[] = [];
  const starts = [...Array(5000)].map((_, i) => `c${i}`);
  const passes = backWalks({ starts, wayIn: (place) => { asked.push(place); return chain.get(place); }, maxPlaces: 6000 });
  t.equal(asked.length, 5001, 'each place\'s way in is asked once');
  t.ok(passes?.({ from: 'c0', to: 'c5000' }), 'the first place\'s walk reaches the end');
  t.notOk(passes?.({ from: 'c10', to: 'c9' }), 'not backwards');
  t.equal(backWalks({ starts, wayIn: (place) => chain.get(place), maxPlaces: 4000 }), undefined);
});
