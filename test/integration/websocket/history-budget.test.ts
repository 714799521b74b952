// The sockets' histories together: each bounded by itself and all of them by one budget, the sockets opened
// first giving up their oldest responses first; a closed socket's history is no longer counted.
import t from 'tap';
import { ConnectionHistory } from '../../../src/transports/websocket/history.js';
import { HistoryBudget } from '../../../src/transports/websocket/history-budget.js';

const items = (text: string): Array<Record<string, unknown>> => [{ type: 'message', role: 'user', content: text }];

t.test('many sockets each within their own limit stay within the shared budget', async (t) => {
  const shared = new HistoryBudget(10_000);
  const sockets = Array.from({ length: 20 }, () => new ConnectionHistory({ bytes: 4_000, shared }));
  for (const [index, socket] of sockets.entries()) {
    for (let lane = 0; lane < 4; lane += 1) socket.put({ lane: `l${lane}`, id: `resp_${index}_${lane}`, items: items('x'.repeat(900)) });
  }
  const held = sockets.reduce((sum, socket) => sum + socket.bytes, 0);
  t.ok(shared.bytes <= shared.limit, `${shared.bytes} bytes held of ${shared.limit}`);
  t.equal(shared.bytes, held, 'the budget counts what the sockets hold');
  t.ok(sockets.every((socket) => socket.bytes <= 4_000), 'each socket within its own limit');
  t.equal(sockets[0]!.size, 0, 'the first socket gave up its responses');
  t.ok(sockets[19]!.conversation('resp_19_3') !== undefined, 'the newest response is kept');
  t.equal(sockets[0]!.conversation('resp_0_0'), undefined, 'an old one is gone');
  for (const socket of sockets) socket.clear();
  t.equal(shared.bytes, 0, 'closed sockets hold nothing');
  const next = new ConnectionHistory({ bytes: 4_000, shared });
  next.put({ lane: undefined, id: 'resp_new', items: items('y'.repeat(900)) });
  t.ok(next.conversation('resp_new') !== undefined, 'a new socket has the whole budget again');
});

t.test('a turn that ends after its socket closed charges nothing to the shared budget', async (t) => {
  const shared = new HistoryBudget(10_000);
  const closed = new ConnectionHistory({ bytes: 4_000, shared });
  closed.clear();
  closed.put({ lane: undefined, id: 'resp_late', items: items('z'.repeat(900)) });
  t.equal(closed.conversation('resp_late'), undefined, 'a closed socket keeps nothing');
  t.equal(shared.bytes, 0, 'the budget counts nothing for it');
});
