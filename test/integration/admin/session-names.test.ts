// A session named outside ASCII is reached through the admin URL as a client writes it there (the name
// percent-encoded as UTF-8), whether its x-mock-session header carried the name's UTF-8 bytes (curl, Go), characters up to U+00FF one byte each (fetch) or the name percent-encoded; over real HTTP, as sent.
import { connect, type AddressInfo } from 'node:net';
import t from 'tap';
import { testApp } from '../../helpers/app.js';

/** A create whose x-mock-session header is these bytes exactly (an HTTP client re-encodes strings); its answer. */
function create(port: number, session: Buffer): Promise<string> {
  const body = JSON.stringify({ model: 'gpt-4o', input: 'hi' });
  const head = `POST /v1/responses HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nx-mock-session: `;
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(Buffer.concat([Buffer.from(head), session, Buffer.from(`\r\n\r\n${body}`)])));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

t.test('a non-ASCII session is found by GET, PUT scenario, ?session= (requests, feed, reset) at its URL-encoded name', async (t) => {
  const app = testApp({ fixtures: false });
  t.teardown(() => app.close());
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}/__mock`;
  const sent = [
    { name: '会話-utf8', header: Buffer.from('会話-utf8', 'utf8') },
    { name: 'café-latin1', header: Buffer.from('café-latin1', 'latin1') },
    { name: 'ñandú-pct', header: Buffer.from(encodeURIComponent('ñandú-pct')) },
  ];
  for (const { name, header } of sent) {
    t.match(await create(port, header), /^HTTP\/1\.1 200 /, `${name}: answered`);
    const url = `${base}/sessions/${encodeURIComponent(name)}`;
    const found = await fetch(url);
    t.equal(found.status, 200, `${name}: GET /sessions/<name>`);
    const { id, journalEntries } = await found.json() as { id: string; journalEntries: number };
    t.equal(journalEntries, 1, `${name}: its own session`);
    t.equal(id, header.toString('latin1'), `${name}: the id as the header made it`);
    const journal = await (await fetch(`${base}/requests?session=${encodeURIComponent(name)}`)).json() as { session: string; total: number };
    t.same(journal, { ...journal, session: id, total: 1 }, `${name}: ?session= on /requests`);
    const feed = await (await fetch(`${base}/feed?session=${encodeURIComponent(name)}`)).json() as { requests: unknown[] };
    t.equal(feed.requests.length, 1, `${name}: ?session= on /feed`);
    const chosen = await fetch(`${url}/scenario`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scenario: { rules: [{ respond: { text: 'chosen' } }] }, name: 'chosen' }) });
    t.same(await chosen.json(), { session: id, scenario: 'chosen' }, `${name}: PUT /sessions/<name>/scenario`);
    t.equal((await (await fetch(url)).json() as { scenario: string }).scenario, 'chosen', `${name}: the session found has it`);
    const reset = await fetch(`${base}/reset?session=${encodeURIComponent(name)}`, { method: 'POST' });
    t.same(await reset.json(), { reset: id }, `${name}: POST /reset?session=`);
    t.equal((await fetch(url)).status, 404, `${name}: gone once reset`);
  }
});

t.test('a scenario chosen before the first request waits under the name a UTF-8 header gives', async (t) => {
  const app = testApp({ fixtures: false });
  t.teardown(() => app.close());
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const chosen = await fetch(`http://127.0.0.1:${port}/__mock/sessions/${encodeURIComponent('テスト')}/scenario`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scenario: { rules: [{ respond: { text: 'from the rule' } }] } }) });
  t.equal(chosen.status, 200);
  const text = await create(port, Buffer.from('テスト'));
  t.match(text, /from the rule/);
});

t.test('a scenario chosen before the first request of a name within U+00FF waits under the name itself, as fetch, the SDKs and ws send it', async (t) => {
  const app = testApp({ fixtures: false });
  t.teardown(() => app.close());
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const chosen = await fetch(`http://127.0.0.1:${port}/__mock/sessions/${encodeURIComponent('josé-run')}/scenario`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scenario: { rules: [{ respond: { text: 'from the rule' } }] } }) });
  t.match(await chosen.json(), { session: 'josé-run' }, 'filed under the name as written');
  const answer = await fetch(`http://127.0.0.1:${port}/v1/responses`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-mock-session': 'josé-run' }, body: JSON.stringify({ model: 'gpt-4o', input: 'hi' }) });
  t.match(await answer.text(), /from the rule/, "fetch's create gets the rule");
});
