// The journal under big bodies: each body cut to the body limit with a marker, a session's journal within
// its share of --state-memory (read from the server's own counters), and GET /__mock/requests streamed,
// paged by `after` and cut to the newest `limit`.
import t from 'tap';
import { listen } from '../../helpers/server.js';
import { OPENROUTER, testApp } from '../../helpers/app.js';

const MiB = 1024 * 1024;

t.test('big bodies: cut, counted and bounded in bytes', async (t) => {
  const stateMemory = 64 * MiB;
  const app = testApp({ stateMemory });
  const big = JSON.stringify({ model: 'gpt-4o', input: 'x'.repeat(3 * MiB) });
  for (let n = 0; n < 24; n += 1) {
    await app.inject({ method: 'POST', url: OPENROUTER, headers: { 'content-type': 'application/json', 'x-mock-session': 'big' }, payload: big });
  }
  const session = (await app.inject({ method: 'GET', url: '/__mock/sessions/big' })).json();
  t.ok(session.journalBytes <= stateMemory / 8, `the session's journal is within an eighth of --state-memory (${session.journalBytes} bytes)`);
  t.ok(session.journalDropped > 0 && session.journalEntries + session.journalDropped === 24, `oldest entries dropped (${session.journalDropped})`);
  const stats = (await app.inject({ method: 'GET', url: '/__mock/stats' })).json();
  t.ok(stats.stateBytes <= stateMemory && stats.stateBytes >= session.journalBytes, `all state within --state-memory (${stats.stateBytes})`);
  const { requests, total, dropped } = (await app.inject({ method: 'GET', url: '/__mock/requests?session=big&limit=1' })).json();
  t.equal(total, session.journalEntries);
  t.equal(dropped, session.journalDropped);
  t.equal(requests[0].bodyBytes, big.length, 'the size received');
  t.equal(Buffer.byteLength(requests[0].body.split('…')[0]), MiB, 'the body limit kept (1 MiB by default)');
  t.match(requests[0].body, /…\[responses-mock: \d+ of \d+ bytes cut; raise --journal-body-limit to keep more\]$/);
});

t.test('GET /__mock/requests is streamed, pages forward and keeps the newest', async (t) => {
  const server = await listen(t, { journalLimit: 10_000 });
  for (let n = 0; n < 300; n += 1) {
    await fetch(`${server.openrouterBaseURL}/responses`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-mock-session': 'many' }, body: JSON.stringify({ model: `m-${n}` }) });
  }
  const all = await fetch(`${server.url}/__mock/requests?session=many`);
  t.equal(all.headers.get('transfer-encoding'), 'chunked', 'streamed, not built as one string');
  t.equal(all.headers.get('content-type'), 'application/json');
  const parsed = await all.json() as { total: number; requests: Array<{ seq: number; body: string }> };
  t.equal(parsed.total, 300);
  t.same(parsed.requests.map((entry) => entry.seq), Array.from({ length: 300 }, (_, i) => i + 1), 'oldest first');
  const newest = await (await fetch(`${server.url}/__mock/requests?session=many&limit=2`)).json() as typeof parsed;
  t.same(newest.requests.map((entry) => JSON.parse(entry.body).model), ['m-298', 'm-299'], 'limit=N: the newest N');
  const page = await (await fetch(`${server.url}/__mock/requests?session=many&after=100&limit=3`)).json() as typeof parsed;
  t.same(page.requests.map((entry) => entry.seq), [101, 102, 103], 'after=<seq>: the next ones');
  const none = await (await fetch(`${server.url}/__mock/requests?session=nobody`)).json() as typeof parsed;
  t.same(none, { session: 'nobody', total: 0, dropped: 0, lost: null, requests: [] });
});
