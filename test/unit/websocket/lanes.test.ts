// The creates one socket holds: bounded in characters of message text as well as in number, one create always
// taken, and the characters given back when a create ends or queued ones are dropped.
import t from 'tap';
import { Lanes } from '../../../src/transports/websocket/lanes.js';
import { MAX_QUEUED_CHARS } from '../../../src/transports/websocket/limits.js';
import type { Job } from '../../../src/transports/websocket/steering/steering.js';

const job = (chars: number, streamId?: string): Job => ({
  create: { type: 'response.create', parsed: {}, raw: '{}', streamId, generate: true },
  text: 'x'.repeat(chars),
});

function lanes() {
  const finish: Array<() => void> = [];
  const ended: number[] = [];
  const queue = new Lanes({
    run: () => new Promise((resolve) => finish.push(() => resolve(undefined))),
    failed: () => {},
    ended: () => ended.push(1),
  });
  return { queue, finish, ended };
}

const half = MAX_QUEUED_CHARS / 2;

t.test('one create is taken whatever its size; another only within the bound', async (t) => {
  const { queue } = lanes();
  t.equal(queue.add(job(MAX_QUEUED_CHARS + 1)), undefined, 'alone, past the bound: taken');
  t.same(queue.add(job(1)), { refused: 'chars' }, 'any other is refused while it is held');
  const other = lanes().queue;
  t.equal(other.add(job(half)), undefined);
  t.equal(other.add(job(half)), undefined, 'exactly the bound: taken');
  t.same(other.add(job(1)), { refused: 'chars' });
});

t.test('the characters come back when a create ends and when queued ones are dropped', async (t) => {
  const { queue, finish, ended } = lanes();
  t.equal(queue.add(job(half)), undefined);
  t.equal(queue.add(job(half)), undefined, 'queued behind it on the same lane');
  queue.start();
  t.same(queue.add(job(1, 'b')), { refused: 'chars' });
  finish.shift()!();
  await new Promise((resolve) => setImmediate(resolve));
  t.equal(ended.length, 1);
  t.equal(queue.add(job(half, 'b')), undefined, 'the first ended: its share is free again');
  queue.dropQueued();
  t.equal(queue.add(job(half, 'c')), undefined, 'the queued ones dropped: theirs too');
  t.equal(queue.add(job(half, 'd')), undefined);
  queue.start();
  t.equal(queue.running, 2);
  queue.dropQueued();
  t.same(queue.add(job(1, 'e')), { refused: 'chars' }, 'the running ones still hold theirs');
});
