// Walks back through places that each have at most one way in, answered for many walks at once in time linear
// in the places: each place's way in is looked up once, and "does the walk from A pass through B" becomes a
// comparison of two numbers, however long the walks are and however many of them share their way.
// The ways in form trees whose roots are either places with no way in or rings (a walk that comes back on itself).

/** Whether the walk back from `from` passes through `to` (`from` itself included). */
export type PassesThrough = (walk: { from: string; to: string }) => boolean;

interface Ways {
  /** Each place met: its one way in, or undefined when it has none (or more than one). */
  wayIn: Map<string, string | undefined>;
  /** Each place on a ring: the ring's first place met, where the ring is cut to make it a tree. */
  ringOf: Map<string, string>;
}

/**
 * The walks back from `starts`, or undefined when they meet more than `maxPlaces` places (a backstop: callers
 * then treat every walk as passing through nothing).
 */
export function backWalks(options: { starts: Iterable<string>; wayIn: (place: string) => string | undefined; maxPlaces: number }): PassesThrough | undefined {
  const wayIn = new Map<string, string | undefined>();
  for (const start of options.starts) {
    for (let place: string | undefined = start; place !== undefined && !wayIn.has(place);) {
      if (wayIn.size >= options.maxPlaces) return undefined;
      const next = options.wayIn(place);
      wayIn.set(place, next);
      place = next;
    }
  }
  const ways: Ways = { wayIn, ringOf: ringsOf(wayIn) };
  const { entered, left } = numbered(ways);
  return ({ from, to }) => {
    // Once on a ring, a walk goes round all of it: it passes through every place of the ring it reaches.
    const ancestor = ways.ringOf.get(to) ?? to;
    const at = entered.get(from);
    const over = entered.get(ancestor);
    return at !== undefined && over !== undefined && over <= at && left.get(from)! <= left.get(ancestor)!;
  };
}

/** The rings among the ways in: each place is stamped once, by the first walk that meets it. */
function ringsOf(wayIn: Map<string, string | undefined>): Map<string, string> {
  const stamp = new Map<string, number>();
  const ringOf = new Map<string, string>();
  let walk = 0;
  for (const start of wayIn.keys()) {
    walk += 1;
    let place: string | undefined = start;
    while (place !== undefined && !stamp.has(place)) {
      stamp.set(place, walk);
      place = wayIn.get(place);
    }
    // Back at a place this same walk stamped: the places from there on are a ring.
    if (place === undefined || stamp.get(place) !== walk) continue;
    const first = place;
    for (let on = first; !ringOf.has(on); on = wayIn.get(on)!) ringOf.set(on, first);
  }
  return ringOf;
}

/**
 * Each place numbered on entering and on leaving it in a depth-first walk of the trees (a place's children are
 * the places whose way in it is; a ring is cut before its first place): B is on the walk back from A when A is
 * entered and left within B.
 */
function numbered(ways: Ways): { entered: Map<string, number>; left: Map<string, number> } {
  const children = new Map<string, string[]>();
  const roots: string[] = [];
  for (const [place, next] of ways.wayIn) {
    if (next === undefined || ways.ringOf.get(place) === place) {
      roots.push(place);
      continue;
    }
    const siblings = children.get(next);
    if (siblings === undefined) children.set(next, [place]);
    else siblings.push(place);
  }
  const entered = new Map<string, number>();
  const left = new Map<string, number>();
  let clock = 0;
  for (const root of roots) {
    const stack: Array<{ place: string; leaving: boolean }> = [{ place: root, leaving: false }];
    while (stack.length > 0) {
      const { place, leaving } = stack.pop()!;
      clock += 1;
      if (leaving) {
        left.set(place, clock);
        continue;
      }
      entered.set(place, clock);
      stack.push({ place, leaving: true });
      for (const child of children.get(place) ?? []) stack.push({ place: child, leaving: false });
    }
  }
  return { entered, left };
}
