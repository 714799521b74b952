// Stored responses as links: a chain keeps each turn once, survives deletes and the response limit (hidden
// links), and the byte limit drops the oldest outright, with a reason a later "not found" can give.
import t from 'tap';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { COPIED, ResponseStore, type StoredInput } from '../../../src/state/responses/response-store.js';

const message = (id: string, text: string) => ({ id, type: 'message', role: 'user', content: text });

/** Turn n: a user message after the chain of turn n-1, and one output message. */
function turn(n: number, previous: string | null, store: ResponseStore): StoredInput {
  const own = [message(`in_${n}`, `question ${n}`)];
  const chain = (previous === null ? undefined : store.conversation(previous)) ?? [];
  const output = [{ id: `out_${n}`, type: 'message', role: 'assistant', content: [{ type: 'output_text', text: `answer ${n}` }] }];
  return { id: `resp_${n}`, text: JSON.stringify({ id: `resp_${n}`, output }), inputItems: own, historyItems: [...chain, ...own], previousResponseId: previous, outputIds: [`out_${n}`] };
}

function chainOf(store: ResponseStore, turns: number): void {
  for (let n = 1; n <= turns; n += 1) store.put(turn(n, n === 1 ? null : `resp_${n - 1}`, store));
}

t.test('a chain grows linearly and reads back whole', async (t) => {
  const store = new ResponseStore({ limits: { responses: 10_000, bytes: 1e9 } });
  chainOf(store, 100);
  const bytes100 = store.bytes;
  chainOf(new ResponseStore({ limits: { responses: 10_000, bytes: 1e9 } }), 1);
  const conversation = store.conversation('resp_100')!;
  t.equal(conversation.length, 200, 'every input and output, once');
  t.same(conversation.slice(0, 2).map((item) => item.id), ['in_1', 'out_1']);
  t.same(conversation.slice(-2).map((item) => item.id), ['in_100', 'out_100']);
  const store2 = new ResponseStore({ limits: { responses: 10_000, bytes: 1e9 } });
  chainOf(store2, 200);
  store2.conversation('resp_200');
  store.conversation('resp_100');
  t.ok(store2.bytes < bytes100 * 2.2, `200 turns hold about twice 100 turns (${store2.bytes} vs ${bytes100}), not four times`);
  t.same(store.item('out_37'), { id: 'out_37', type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'answer 37' }] });
  t.same(store.item('in_5'), message('in_5', 'question 5'));
});

t.test('deleting or pushing out a response keeps the chains that continue it', async (t) => {
  const store = new ResponseStore({ limits: { responses: 3, bytes: 1e9 } });
  chainOf(store, 10);
  t.equal(store.size, 3, 'three visible');
  t.equal(store.get('resp_1'), undefined, 'older ones are gone from GET');
  t.equal(store.conversation('resp_10')!.length, 20, 'but the newest chain is whole');
  t.ok(store.delete('resp_9'));
  t.equal(store.get('resp_9'), undefined);
  t.equal(store.conversation('resp_10')!.length, 20, 'a deleted middle link still serves the chain');
  t.ok(store.delete('resp_10'));
  t.ok(store.delete('resp_8'));
  t.equal(store.size, 0);
  t.equal(store.bytes, 0, 'nothing continues the hidden links any more: all dropped');
});

t.test('the byte limit drops the oldest and says so', async (t) => {
  let reported = 0;
  const store = new ResponseStore({ limits: { responses: 1000, bytes: 4096 }, onBytes: (delta) => { reported += delta; } });
  chainOf(store, 30);
  t.ok(store.bytes <= 4096, `within the limit (${store.bytes})`);
  t.equal(reported, store.bytes, 'every byte reported');
  t.equal(store.conversation('resp_30'), undefined, 'the chain is broken');
  const why = store.whyMissing('resp_30')!;
  t.match(why, { id: /^resp_\d+$/, limit: 'bytes' }, 'because a link of it was dropped');
  t.ok(Number(why.id.slice(5)) < 30 && store.get(why.id) === undefined, `the nearest dropped link (${why.id})`);
  t.same(store.whyMissing('resp_1'), { id: 'resp_1', limit: 'bytes' });
  t.equal(store.whyMissing('resp_999'), undefined, 'never stored: no reason to give');
  store.clear();
  t.equal(reported, 0);
});

t.test('the same id stored again replaces the old response in its chain', async (t) => {
  const store = new ResponseStore({ limits: { responses: 100, bytes: 1e9 } });
  chainOf(store, 3);
  store.put(turn(2, 'resp_1', store));
  t.equal(store.conversation('resp_3')!.length, 6);
  t.ok(store.delete('resp_1') && store.delete('resp_2') && store.delete('resp_3'));
  t.equal(store.bytes, 0, 'no link left counted twice');
});

t.test('what a streamed GET replays from is counted with the response, and freed with it', async (t) => {
  const plain = new ResponseStore({ limits: { responses: 10, bytes: 1e9 } });
  plain.put(turn(1, null, plain));
  const kept = new ResponseStore({ limits: { responses: 10, bytes: 1e9 } });
  kept.put({ ...turn(1, null, kept), replay: { bytes: 5000 } });
  t.equal(kept.bytes - plain.bytes, 5000, 'the recipe\'s bytes are charged');
  kept.delete('resp_1');
  t.equal(kept.bytes, 0, 'and released when the response goes');
  const small = new ResponseStore({ limits: { responses: 10, bytes: 8000 } });
  for (let n = 1; n <= 3; n += 1) small.put({ ...turn(n, null, small), replay: { bytes: 3000 } });
  t.ok(small.bytes <= 8000, `the byte limit holds with recipes (${small.bytes})`);
  t.same(small.ids(), ['resp_2', 'resp_3'], 'the oldest dropped to make room');
});

t.test('a stored response keeps every field it was given but the chain', async (t) => {
  const store = new ResponseStore({ limits: { responses: 10, bytes: 1_000_000 } });
  const input: StoredInput = {
    id: 'resp_all', text: '{"id":"resp_all"}', inputItems: [message('in_all', 'hi')], historyItems: [message('in_all', 'hi')],
    previousResponseId: null, outputIds: ['out_all'], background: true, replay: { bytes: 64 },
  };
  store.put(input);
  const kept = store.get('resp_all')!.input as unknown as Record<string, unknown>;
  for (const field of Object.keys(COPIED)) t.same(kept[field], (input as unknown as Record<string, unknown>)[field], `${field} is kept`);
  t.notOk('historyItems' in kept, 'the chain is not kept (it is read through the links)');
});

t.test('a response deleted from the middle of the store is let go, not kept by the eviction order', async (t) => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const store = new ResponseStore({ limits: { responses: 10_000, bytes: 1e9 } });
  const deleted: Array<WeakRef<object>> = [];
  // Created in pairs, one kept and one deleted (a --record-missing session forgets every proxied turn): the
  // store grows, so the order is never cut down to what it holds by its own growth.
  for (let n = 0; n < 2000; n += 1) {
    store.put({ id: `resp_keep_${n}`, text: JSON.stringify({ n, pad: 'k'.repeat(100) }), inputItems: [], historyItems: [], outputIds: [] });
    deleted.push(new WeakRef(store.put({ id: `resp_gone_${n}`, text: JSON.stringify({ n, pad: 'x'.repeat(1000) }), inputItems: [], historyItems: [], outputIds: [] })));
    store.delete(`resp_gone_${n}`);
  }
  await nextTurn();
  gc();
  const kept = deleted.filter((ref) => ref.deref() !== undefined).length;
  t.ok(kept <= Math.max(64, 2000 / 8) * 2, `${kept} of 2,000 deleted responses still in memory`);
  t.equal(store.ids().length, 2000, 'the kept ones all stay');
  t.equal(store.ids()[0], 'resp_keep_0', 'in their order');
});
