// GET /v1/responses/{id}/input_items pages: the same pages as cutting the whole list of resources, for either
// order, any `after` (derived ids, repeated ids), and a page makes only its own items into resources; the cursor
// index goes with its response.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import t from 'tap';
import { asResource, inputPage, type PageQuery } from '../../../src/state/responses/input-items.js';
import { StoredResponse } from '../../../src/state/responses/stored-response.js';

type Item = Record<string, unknown>;

function storedWith(items: Item[]): StoredResponse {
  return new StoredResponse({ id: 'resp_paging', text: '{}', inputItems: items, previousResponseId: null, outputIds: [] }, items);
}

/** The page as the whole list cut: every item a resource, reversed for desc, sliced after the cursor. */
function wholeListPage(stored: StoredResponse, query: PageQuery): unknown {
  const all = stored.ownItems.map((item, index) => asResource(item, { owner: stored.id, index }));
  let ordered = query.order === 'desc' ? [...all].reverse() : all;
  if (query.after !== undefined) {
    const at = ordered.findIndex((item) => item.id === query.after);
    if (at < 0) return { ok: false, unknownAfter: query.after };
    ordered = ordered.slice(at + 1);
  }
  const data = ordered.slice(0, query.limit);
  return { ok: true, body: { object: 'list', data, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null, has_more: ordered.length > data.length } };
}

const mixed: Item[] = [
  { type: 'message', role: 'user', content: 'one' },
  { id: 'msg_same', type: 'message', role: 'assistant', content: 'two' },
  { type: 'function_call', call_id: 'call_1', name: 'f', arguments: '{}' },
  { id: '', type: 'reasoning', summary: [] },
  { role: 'user', content: [{ type: 'input_text', text: 'three' }] },
  { id: 'msg_same', type: 'message', role: 'user', content: 'four' },
  { type: 'function_call_output', call_id: 'call_1', output: 'ok' },
];

t.test('every page is the whole list cut at the cursor', async (t) => {
  for (const items of [[], mixed.slice(0, 1), mixed]) {
    const stored = storedWith(items);
    const ids = stored.ownItems.map((item, index) => asResource(item, { owner: stored.id, index }).id as string);
    for (const order of ['asc', 'desc'] as const) {
      for (const limit of [1, 2, 3, 100]) {
        for (const after of [undefined, 'msg_unknown', ...ids]) {
          const query = { limit, order, after };
          t.same(inputPage(stored, query), wholeListPage(stored, query), `${items.length} items, ${JSON.stringify(query)}`);
        }
      }
    }
  }
});

t.test('a page makes only its own items into resources', async (t) => {
  let copied = 0;
  const items = Array.from({ length: 2_000 }, (_, index) => new Proxy({ role: 'user', content: `message ${index}` }, {
    ownKeys(target) {
      copied += 1;
      return Reflect.ownKeys(target);
    },
  }));
  const stored = storedWith(items);
  const first = inputPage(stored, { limit: 20, order: 'desc', after: undefined });
  t.equal(copied, 20, 'the first page: twenty items');
  copied = 0;
  t.ok(first.ok);
  const after = first.ok ? (first.body.last_id as string) : undefined;
  const second = inputPage(stored, { limit: 20, order: 'desc', after });
  t.equal(copied, 20, 'the next page: twenty items, the cursor found without making resources');
  t.same(second, wholeListPage(storedWith(items), { limit: 20, order: 'desc', after }));
});

/** A full collection, reached without the `--expose-gc` flag on the command line. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

t.test('the id indexes go with their response: a deleted response is not kept for them', async (t) => {
  /** Pages a response with a cursor and looks an item up by id, then lets go of it. */
  const pagedAndDropped = (): WeakRef<StoredResponse> => {
    const stored = storedWith(Array.from({ length: 100 }, (_, index) => ({ role: 'user', content: `message ${index}` })));
    const first = inputPage(stored, { limit: 2, order: 'asc', after: undefined });
    const page = inputPage(stored, { limit: 2, order: 'asc', after: first.ok ? (first.body.last_id as string) : undefined });
    t.ok(page.ok && (page.body.data as Item[]).length === 2, 'paged with a cursor');
    stored.ownItems[70]!.id = 'msg_referenced';
    t.equal(stored.ownItem('msg_referenced')?.content, 'message 70', 'an item looked up by its id');
    return new WeakRef(stored);
  };
  const gone = pagedAndDropped();
  await new Promise((resolve) => setImmediate(resolve));
  collectGarbage();
  t.equal(gone.deref(), undefined, 'collected once nothing else holds it');
});

t.test('a long list gives the same pages, whatever the cursor', async (t) => {
  const items: Item[] = Array.from({ length: 50_010 }, (_, index) => (index % 2 === 0 ? { role: 'user', content: 'x' } : { id: `msg_${index % 7}`, role: 'user', content: 'y' }));
  const stored = storedWith(items);
  const ids = ['msg_3', 'msg_unknown', asResource(items[49_998]!, { owner: stored.id, index: 49_998 }).id as string];
  for (const order of ['asc', 'desc'] as const) {
    for (const after of ids) {
      const query = { limit: 3, order, after };
      t.same(inputPage(stored, query), wholeListPage(stored, query), JSON.stringify(query));
    }
  }
});

t.test('paging through a long list reads its ids once, not on every page', async (t) => {
  const stored = storedWith(Array.from({ length: 200_000 }, (_, index) => ({ role: 'user', content: `message ${index}` })));
  let after = asResource(stored.ownItems[100_000]!, { owner: stored.id, index: 100_000 }).id as string;
  const started = performance.now();
  for (let page = 0; page < 40; page++) {
    const next = inputPage(stored, { limit: 100, order: 'asc', after });
    if (!next.ok) return t.fail('the cursor is known');
    after = next.body.last_id as string;
  }
  const elapsed = performance.now() - started;
  t.equal(after, asResource(stored.ownItems[104_000]!, { owner: stored.id, index: 104_000 }).id, 'forty pages on');
  t.ok(elapsed < 1500, `forty pages past item 100,000 took ${elapsed.toFixed(0)} ms`);
  const unknown = performance.now();
  for (let page = 0; page < 20; page++) t.same(inputPage(stored, { limit: 1, order: 'desc', after: `msg_unknown_${page}` }), { ok: false, unknownAfter: `msg_unknown_${page}` });
  t.ok(performance.now() - unknown < 500, 'an unknown cursor is no scan');
});
