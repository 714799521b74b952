// Every session's journal as one list in arrival order: the newest first, paged back by `before`, polled
// forward by `after`, or one session's; entries dropped by a journal's limits are gone from it too; how often
// journals were emptied at once, for a reader that holds entries.
import t from 'tap';
import { readFeed } from '../../../src/state/journal/journal-feed.js';
import { SessionRegistry } from '../../../src/state/sessions.js';

function registry(journalLimit = 1000) {
  return new SessionRegistry({ storeLimit: 10, sessionLimit: 100, journalLimit, now: () => 0 });
}

const add = (sessions: SessionRegistry, session: string, path: string) =>
  sessions.get(session).journal.add({ time: 0, method: 'POST', path, headers: {} });

const paths = (page: ReturnType<typeof readFeed>) => page.items.map((item) => `${item.session}${item.entry.path}`);

t.test('arrival order across sessions, newest first; before pages back, after polls forward', async (t) => {
  const sessions = registry();
  const order: string[] = [];
  for (let n = 0; n < 30; n += 1) {
    const session = ['a', 'b', 'c'][(n * 7) % 3]!;
    add(sessions, session, `/${n}`);
    order.push(`${session}/${n}`);
  }
  const newest = readFeed(sessions, { limit: 5 });
  t.same(paths(newest), order.slice(-5).reverse());
  t.equal(newest.newestId, 30);
  const older = readFeed(sessions, { limit: 5, before: newest.items.at(-1)!.entry.id });
  t.same(paths(older), order.slice(-10, -5).reverse(), 'before: the next older page');
  t.same(paths(readFeed(sessions, { limit: 4, after: 10 })), order.slice(10, 14), 'after: the next ones, oldest first');
  t.same(readFeed(sessions, { limit: 4, after: 30 }).items, [], 'nothing new');
  t.same(paths(readFeed(sessions, { limit: 100, session: 'b' })), order.filter((path) => path.startsWith('b')).reverse(), 'one session');
  t.same(readFeed(sessions, { limit: 100, session: 'nobody' }).items, []);
});

t.test('entries dropped by a journal limit or a reset are not listed', async (t) => {
  const sessions = registry(3);
  for (let n = 0; n < 10; n += 1) add(sessions, n % 2 === 0 ? 'even' : 'odd', `/${n}`);
  t.same(paths(readFeed(sessions, { limit: 100 })), ['odd/9', 'even/8', 'odd/7', 'even/6', 'odd/5', 'even/4']);
  sessions.reset('odd');
  t.same(paths(readFeed(sessions, { limit: 100 })), ['even/8', 'even/6', 'even/4']);
  add(sessions, 'odd', '/10');
  t.same(paths(readFeed(sessions, { limit: 100, after: 9 })), ['odd/10'], 'ids keep increasing after a reset');
});

t.test('cleared counts the journals with entries that a reset or a dropped session emptied', async (t) => {
  const sessions = new SessionRegistry({ storeLimit: 10, sessionLimit: 2, journalLimit: 10, now: () => 0 });
  add(sessions, 'a', '/1');
  add(sessions, 'b', '/2');
  const before = readFeed(sessions, { limit: 100 });
  t.equal(before.cleared, 0);
  add(sessions, 'c', '/3');
  t.equal(readFeed(sessions, { limit: 100, after: 3 }).cleared, 1, 'a session dropped for --session-limit, even on a poll that finds nothing new');
  sessions.reset('b');
  t.equal(readFeed(sessions, { limit: 100 }).cleared, 2, 'a reset');
  sessions.reset('b');
  sessions.get('empty');
  sessions.reset('empty');
  t.equal(readFeed(sessions, { limit: 100 }).cleared, 2, 'an empty journal emptied changes nothing');
  sessions.reset();
  t.equal(readFeed(sessions, { limit: 100 }).cleared, 3);
});
