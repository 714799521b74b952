// The journal: bounded in entries and bytes (oldest first), bodies cut at a character boundary with a marker,
// credentials masked, pages of the newest entries or those after a seq, and exact byte accounting.
import t from 'tap';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createRedactor } from '../../../src/http/traffic/redact.js';
import { Journal, keepBody } from '../../../src/state/journal/journal.js';

const redactor = createRedactor();
const facts = (n: number, body = '') => ({ time: n, method: 'POST', path: `/v1/responses?n=${n}`, headers: { 'content-type': 'application/json' }, body });

function journal(limits: { entries?: number; bytes?: number; bodyBytes?: number }) {
  let reported = 0;
  const made = new Journal({ limits: { entries: 1000, bytes: 1e9, bodyBytes: 1e6, ...limits }, redactor, onBytes: (delta) => { reported += delta; } });
  return { journal: made, reported: () => reported };
}

t.test('bodies past the limit are cut at a character boundary, with a marker saying how much', async (t) => {
  t.same(keepBody('{"a":1}', 1024), { text: '{"a":1}', bytes: 7 });
  const big = `{"text":"${'é'.repeat(1000)}"}`;
  const kept = keepBody(big, 1024);
  t.equal(kept.bytes, Buffer.byteLength(big));
  const [text, marker] = kept.text.split('…');
  // 9 bytes of `{"text":"`, then two per é: the 1024th byte would be half of one.
  t.equal(Buffer.byteLength(text!), 1023, 'cut before a character that does not fit whole');
  t.equal(marker, `[responses-mock: ${kept.bytes - 1023} of ${kept.bytes} bytes cut; raise --journal-body-limit to keep more]`);
  t.notOk(text!.includes('\ufffd'), 'no broken character');
});

t.test('a text handed over with its bytes keeps those bytes, whole; cut, it is the same cut as the text alone', async (t) => {
  const text = '{"city":"Zürich"}';
  const bytes = Buffer.from(text);
  const kept = keepBody({ text, bytes }, 1024);
  t.equal(kept.text, text);
  t.equal(kept.bytes, bytes.length);
  t.equal(kept.encoded, bytes, 'the very bytes, not a copy');
  t.equal(keepBody(bytes, 1024).encoded, bytes);
  const cut = keepBody({ text, bytes }, 10);
  t.same(cut, keepBody(text, 10));
  t.equal(cut.encoded, undefined, 'a cut text has no bytes handed over');
  const masked = journal({});
  const secret = '{"api_key":"sk-1234567890abcdef","q":1}';
  const entry = masked.journal.add(facts(1));
  entry.complete({ status: 200, body: { text: secret, bytes: Buffer.from(secret) }, answer: { text, bytes } });
  t.notOk(entry.body.includes('sk-1234567890abcdef'), 'masked although its bytes came with it');
  t.equal(entry.answer, text);
});

t.test('bounded by entries and by bytes, oldest first, with exact accounting', async (t) => {
  const byCount = journal({ entries: 3 });
  for (let n = 1; n <= 5; n += 1) byCount.journal.add(facts(n));
  t.same(byCount.journal.list().map((entry) => entry.seq), [3, 4, 5]);
  t.equal(byCount.journal.dropped, 2);
  t.equal(byCount.reported(), byCount.journal.bytes, 'the bytes reported are the bytes held');

  const byBytes = journal({ bytes: 64 * 1024, bodyBytes: 16 * 1024 });
  // One 30 MiB body for all: a hundred fresh ones cost ~3 s of allocation; that none is held whole is asserted below.
  const huge = 'x'.repeat(30 * 1024 * 1024);
  for (let n = 1; n <= 100; n += 1) byBytes.journal.add(facts(n, huge));
  t.ok(byBytes.journal.bytes <= 64 * 1024, `at most the byte limit (${byBytes.journal.bytes})`);
  t.ok(byBytes.journal.size >= 3, `several 16 KiB bodies fit (${byBytes.journal.size})`);
  t.equal(byBytes.journal.list().at(-1)!.seq, 100, 'the newest is kept');
  t.equal(byBytes.journal.list().at(-1)!.bodyBytes, 30 * 1024 * 1024, 'the size received is recorded');
  t.ok(byBytes.journal.list().every((entry) => entry.body.length < 17 * 1024), 'each body kept is cut to the body limit, not held whole');
  t.equal(byBytes.reported(), byBytes.journal.bytes);
  byBytes.journal.clear();
  t.equal(byBytes.reported(), 0, 'clearing gives every byte back');
});

t.test('an entry completed later is re-counted; one dropped meanwhile is not', async (t) => {
  const { journal: j, reported } = journal({ entries: 2 });
  const first = j.add(facts(1));
  const before = j.bytes;
  first.complete({ status: 200, body: '{"model":"m","api_key":"sk-0123456789abcdef"}' });
  t.ok(j.bytes > before, 'the body is counted once known');
  t.equal(first.body, '{"model":"m","api_key":"***cdef"}', 'and masked');
  j.add(facts(2));
  j.add(facts(3));
  const held = j.bytes;
  first.complete({ status: 500, body: 'x'.repeat(1000) });
  t.equal(j.bytes, held, 'a dropped entry no longer counts');
  t.equal(reported(), j.bytes);
});

t.test('pages: the newest N, or the entries after a seq', async (t) => {
  const { journal: j } = journal({});
  for (let n = 1; n <= 10; n += 1) j.add(facts(n));
  t.same(j.page({ limit: 3 }).map((entry) => entry.seq), [8, 9, 10], 'limit keeps the newest, oldest first');
  t.same(j.page({ after: 4, limit: 3 }).map((entry) => entry.seq), [5, 6, 7]);
  t.same(j.page({ after: 9 }).map((entry) => entry.seq), [10]);
  t.same(j.page({ after: 10 }), []);
  t.same(j.page().length, 10);
});

t.test('paths and headers are masked when recorded', async (t) => {
  const { journal: j } = journal({});
  const entry = j.add({ time: 0, method: 'GET', path: '/v1/models?key=AIza0123456789abcdef', headers: { authorization: 'Bearer sk-0123456789abcdef', 'x-goog-api-key': 'AIza0123456789abcdef', 'x-mock-session': 's', host: 'localhost' } });
  t.equal(entry.path, '/v1/models?key=***cdef');
  t.same(entry.headers, { authorization: 'Bearer ***cdef', 'x-goog-api-key': '***cdef', 'x-mock-session': 's' }, 'selected headers, credentials masked');
});

t.test("a stream's timeline: counted in bursts while open, exactly once ended, masked and cut to the body limit", async (t) => {
  const { journal: made, reported } = journal({ bodyBytes: 64 * 1024 });
  const entry = made.add(facts(1));
  const before = made.bytes;
  const timeline = entry.recordStream();
  const event = (n: number, fields: Record<string, unknown> = {}) => ({ waitMs: 0, kind: 'event' as const, event: { type: 'response.output_text.delta', payload: { type: 'response.output_text.delta', sequence_number: n, delta: 'word', ...fields }, delta: true } });
  timeline.step(event(0));
  t.equal(made.bytes, before, 'a few hundred bytes are not told at once');
  for (let n = 1; n < 100; n += 1) timeline.step(event(n));
  t.ok(made.bytes > before, 'told while open, once a few kilobytes are kept');
  t.ok(timeline.bytes - (made.bytes - before) < 4096, 'lagging by less than the burst size');
  timeline.step(event(100, { api_key: 'sk-live-0123456789abcdef' }));
  timeline.step({ waitMs: 0, kind: 'event', event: { type: 'response.completed', payload: { type: 'response.completed', text: 'x'.repeat(100 * 1024) }, delta: false } });
  timeline.step(event(102));
  timeline.end('complete');
  t.equal(made.bytes, entry.bytes);
  t.equal(entry.bytes, entry.size(), 'every kept byte counted once ended');
  t.equal(reported(), made.bytes, 'the bytes reported are the bytes held');
  const steps = timeline.view().steps;
  t.notOk(steps[100]!.data.includes('0123456789abcdef'), 'a secret field is masked');
  t.same([steps[0]!.data, steps[50]!.data, steps[100]!.data].map((data) => JSON.parse(data).sequence_number), [0, 50, 100], 'each step its own text, sealed with others');
  t.equal(steps[99]!.data, JSON.stringify(event(99).event.payload));
  t.match(steps[101]!.data, /bytes cut; raise --journal-body-limit/, 'a big event is cut to what is left of the limit');
  t.equal(timeline.view().omitted, 1, 'steps past the limit are counted, not kept');
});

t.test('a dropped entry is let go at once, not when its slot is cut off with the next batch', async (t) => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const { journal: kept } = journal({ entries: 10 });
  const refs: Array<WeakRef<object>> = [];
  for (let n = 0; n < 600; n += 1) refs.push(new WeakRef(kept.add(facts(n, `{"n":${n}}`))));
  await nextTurn();
  gc();
  t.equal(kept.size, 10);
  t.equal(refs.filter((ref) => ref.deref() !== undefined).length, 10, 'only the ten live entries remain in memory');
  t.same(kept.list().map((entry) => entry.time), [590, 591, 592, 593, 594, 595, 596, 597, 598, 599]);
});
