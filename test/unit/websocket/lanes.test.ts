// The creates one socket holds: bounded in characters of message text as well as in number, one create always
// taken, and the characters given back when a create ends or queued ones are dropped; the bytes all sockets'
// creates hold count against the server's budget of bodies held.
import t from 'tap';
import { BodyBudget } from '../../../src/state/body-budget.js';
import { Lanes } from '../../../src/transports/websocket/lanes.js';
import { MAX_QUEUED_CHARS } from '../../../src/transports/websocket/limits.js';
import type { Job } from '../../../src/transports/websocket/steering/steering.js';

const job = (chars: number, streamId?: string): Job => ({
  create: { type: 'response.create', parsed: {}, raw: '{}', streamId, generate: true },
  text: 'x'.repeat(chars),
});

function lanes(budget = new BodyBudget(Number.MAX_SAFE_INTEGER)) {
  const finish: Array<() => void> = [];
  const ended: number[] = [];
  const queue = new Lanes({
    run: () => new Promise((resolve) => finish.push(() => resolve(undefined))),
    failed: () => {},
    ended: () => ended.push(1),
    budget,
  });
  return { queue, finish, ended };
}

const half = MAX_QUEUED_CHARS / 2;
const add = (queue: Lanes, created: Job) => queue.add(created, { bytes: created.text.length });

t.test('one create is taken whatever its size; another only within the bound', async (t) => {
  const { queue } = lanes();
  t.equal(add(queue, job(MAX_QUEUED_CHARS + 1)), undefined, 'alone, past the bound: taken');
  t.same(add(queue, job(1)), { refused: 'chars' }, 'any other is refused while it is held');
  const other = lanes().queue;
  t.equal(add(other, job(half)), undefined);
  t.equal(add(other, job(half)), undefined, 'exactly the bound: taken');
  t.same(add(other, job(1)), { refused: 'chars' });
});

t.test('the characters come back when a create ends and when queued ones are dropped', async (t) => {
  const { queue, finish, ended } = lanes();
  t.equal(add(queue, job(half)), undefined);
  t.equal(add(queue, job(half)), undefined, 'queued behind it on the same lane');
  queue.start();
  t.same(add(queue, job(1, 'b')), { refused: 'chars' });
  finish.shift()!();
  await new Promise((resolve) => setImmediate(resolve));
  t.equal(ended.length, 1);
  t.equal(add(queue, job(half, 'b')), undefined, 'the first ended: its share is free again');
  queue.dropQueued();
  t.equal(add(queue, job(half, 'c')), undefined, 'the queued ones dropped: theirs too');
  t.equal(add(queue, job(half, 'd')), undefined);
  queue.start();
  t.equal(queue.running, 2);
  queue.dropQueued();
  t.same(add(queue, job(1, 'e')), { refused: 'chars' }, 'the running ones still hold theirs');
});

t.test('the creates of every socket share the budget of bodies held: past it one is refused, and the bytes come back', async (t) => {
  const budget = new BodyBudget(3000);
  const one = lanes(budget);
  const two = lanes(budget);
  t.equal(add(one.queue, job(2000)), undefined);
  t.same(add(two.queue, job(1001)), { refused: 'memory' }, 'another socket\'s create past the budget is refused');
  t.equal(add(two.queue, job(1000)), undefined, 'one within it is taken');
  t.same(budget.stats(), { held: 2, heldBytes: 3000, limit: 3000, refused: 1 });
  one.queue.start();
  one.finish.shift()!();
  await new Promise((resolve) => setImmediate(resolve));
  t.equal(budget.heldBytes, 1000, 'a create that ended gives its bytes back');
  two.queue.dropQueued();
  t.equal(budget.heldBytes, 0, 'dropped ones too');
  t.equal(add(one.queue, job(5000)), undefined, 'alone, past the budget: taken');
});
