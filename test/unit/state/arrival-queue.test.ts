// The eviction order of the stores: the oldest live item, dead ones passed over, memory bounded by the live.
import t from 'tap';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ArrivalQueue } from '../../../src/state/arrival-queue.js';

t.test('the oldest live item, whatever died before or after it', async (t) => {
  const live = new Set<number>();
  const queue = new ArrivalQueue<number>((item) => live.has(item));
  t.equal(queue.oldest(), undefined, 'empty');
  for (let item = 1; item <= 5; item += 1) {
    live.add(item);
    queue.push(item, live.size);
  }
  t.equal(queue.oldest(), 1);
  live.delete(1);
  live.delete(3);
  t.equal(queue.oldest(), 2, 'a dead oldest is passed over');
  live.delete(2);
  t.equal(queue.oldest(), 4, 'and a dead one after it too');
  live.clear();
  t.equal(queue.oldest(), undefined, 'none live');
  queue.clear();
  live.add(9);
  queue.push(9, 1);
  t.equal(queue.oldest(), 9, 'usable after clear');
});

t.test('a long-lived oldest item does not let dead ones pile up', async (t) => {
  const live = new Set<number>([0]);
  const queue = new ArrivalQueue<number>((item) => live.has(item));
  queue.push(0, 1);
  // Put and delete, again and again, while the first item stays: the queue keeps about twice the live.
  for (let item = 1; item <= 100_000; item += 1) {
    live.add(item);
    queue.push(item, live.size);
    live.delete(item);
  }
  const held = (queue as unknown as { items: number[] }).items.length;
  t.ok(held <= 2 * live.size + 65, `${held} items held for ${live.size} live`);
  t.equal(queue.oldest(), 0);
  // Evicting every item of a big queue in order (the stores' FIFO) ends with none.
  for (let item = 1; item <= 50_000; item += 1) {
    live.add(item);
    queue.push(item, live.size);
  }
  let evicted = 0;
  for (let oldest = queue.oldest(); oldest !== undefined; oldest = queue.oldest()) {
    live.delete(oldest);
    evicted += 1;
  }
  t.equal(evicted, 50_001, 'every live item, oldest first');
});

t.test('an item passed over is let go at once, not when its slot is cut off with the next batch', async (t) => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const live = new Set<object>();
  const queue = new ArrivalQueue<object>((item) => live.has(item));
  const refs: Array<WeakRef<object>> = [];
  // A store full at ten items, each new one pushing out the oldest: the stores' eviction.
  for (let n = 0; n < 600; n += 1) {
    const item = { n, held: 'x'.repeat(100) + n };
    refs.push(new WeakRef(item));
    live.add(item);
    queue.push(item, live.size);
    if (live.size > 10) live.delete(queue.oldest()!);
  }
  queue.oldest();
  await nextTurn();
  gc();
  t.equal(refs.filter((ref) => ref.deref() !== undefined).length, 10, 'only the ten live items remain in memory');
});

t.test('items that die in the middle are let go once they pass an eighth of the live', async (t) => {
  const live = new Set<number>([0]);
  const queue = new ArrivalQueue<number>((item) => live.has(item));
  queue.push(0, 1);
  let most = 0;
  let over = 0;
  // Two at a time, the second deleted at once: the queue grows with the store, never by twice the live.
  for (let item = 1; item <= 20_000; item += 2) {
    live.add(item);
    queue.push(item, live.size);
    live.add(item + 1);
    queue.push(item + 1, live.size);
    live.delete(item + 1);
    queue.noteDead();
    most = Math.max(most, queue.held - live.size);
    if (queue.held - live.size > Math.max(64, live.size / 8)) over += 1;
  }
  t.equal(over, 0, `never more dead items held than an eighth of the live, or 64 (at most ${most}, for ${live.size} live at the end)`);
  t.equal(queue.oldest(), 0, 'the oldest stays first');
});
