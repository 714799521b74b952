// The inspector kept live, and safe: a WebSocket message and a stream still being written show up and update
// without a reload, an event opened meanwhile staying open; a reset made elsewhere empties the list; behind
// --admin-token the page works from its cookie (the token leaves the address), loads scenarios and resets
// sessions under the admin API's cross-site rules, while another site's page cannot; no credential a client sent
// is ever shown, copied or served to the page.
import t from 'tap';
import OpenAI from 'openai';
import { weatherTool } from '../helpers/app.js';
import { closeBrowser } from '../helpers/clients/browser.js';
import { browserSkip, openInspector, serve } from '../helpers/clients/inspector.js';
import { openSocket, socketURL, TERMINAL } from '../helpers/socket.js';

// The callbacks given to page.evaluate run in the page; the Node project has no DOM types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const document: any, localStorage: any, sessionStorage: any, location: any;

const skip = browserSkip();
t.teardown(closeBrowser);

t.test('live: a socket message and a stream being written appear and update as they go', { skip }, async (t) => {
  const { url } = await serve(t);
  const page = await openInspector(t, url);
  const socket = await openSocket(socketURL(url), { 'x-mock-session': 'socket' });
  t.teardown(() => socket.ws.close());
  socket.send({ type: 'response.create', model: 'gpt-4o', input: 'Weather in Paris?', tools: [weatherTool] });
  const events = await socket.until(...TERMINAL);
  const row = page.locator('.row', { hasText: 'WS /v1/responses' });
  await row.waitFor({ timeout: 1000 });
  t.match(await row.textContent(), /^[\d:.]+ws.*gpt-4o200engine → get_weather/, 'transport, model, status and the engine\'s tools');
  await row.click();
  await page.locator('#detail .timeline-summary', { hasText: 'ended: complete' }).waitFor();
  t.equal(await page.locator('#detail .timeline tbody tr').count(), events.length, 'every event the socket was sent');
  t.match(await page.locator('#detail .why').textContent(), /The last user message matches get_weather\.get_weather score [\d.]+ — name: weather/, 'why the engine called it');
  await page.keyboard.press('Escape');

  const client = new OpenAI({ apiKey: 'k', baseURL: `${url}/v1`, maxRetries: 0 });
  const stream = await client.responses.create({ model: 'gpt-4o', input: 'Tell me a long story', stream: true }, { headers: { 'x-mock-stream': 'ttft=1500;delay=10' } });
  const pending = page.locator('.row', { has: page.locator('.cell.duration', { hasText: '…' }) });
  await pending.waitFor({ timeout: 1000 });
  await pending.click();
  await page.locator('#detail .timeline-summary', { hasText: 'ended: still streaming' }).waitFor();
  for await (const _event of stream) { /* read to the end */ }
  await page.locator('#detail .timeline-summary', { hasText: 'ended: complete' }).waitFor();
  t.pass('the opened stream updated to its end on its own');
  await page.locator('.row', { hasText: /^[\d:.]+ssePOST \/v1\/responsesgpt-4o200engine → text[\d.]+ m?s$/ }).waitFor();
  t.pass('and its row too');
});

t.test('live: an event opened in a stream still being written stays open as the stream goes on and ends', { skip }, async (t) => {
  const { url } = await serve(t);
  const page = await openInspector(t, url);
  const client = new OpenAI({ apiKey: 'k', baseURL: `${url}/v1`, maxRetries: 0 });
  // About 15 events, 150 ms apart: seconds to open one while the stream runs.
  const stream = await client.responses.create({ model: 'gpt-4o', input: 'Tell me a long story', stream: true }, { headers: { 'x-mock-stream': 'delay=150' } });
  await page.locator('.row').first().click();
  await page.locator('#detail .timeline details').first().locator('summary').click();
  const opened = page.locator('#detail .timeline details[open] pre');
  await opened.waitFor();
  t.match(await page.locator('#detail .timeline-summary').textContent(), /ended: still streaming/);
  // The opened request is fetched again every half second while its stream runs.
  await page.waitForTimeout(1200);
  t.match(await opened.textContent(), /"type": "response\.created"/, 'still open, its event shown, while the stream runs');
  for await (const _event of stream) { /* read to the end */ }
  await page.locator('#detail .timeline-summary', { hasText: 'ended: complete' }).waitFor();
  t.equal(await page.locator('#detail .timeline details[open]').count(), 1, 'and once it has ended');
});

t.test('live: a reset made elsewhere (a test\'s mock.reset, curl) empties the list, even when requests follow at once', { skip }, async (t) => {
  const { url } = await serve(t);
  const page = await openInspector(t, url);
  const send = (input: string, session: string) => fetch(`${url}/v1/responses`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-mock-session': session }, body: JSON.stringify({ model: 'gpt-4o', input }) });
  for (const session of ['one', 'one', 'two']) await send('before', session);
  await page.locator('#count', { hasText: /^3 requests/ }).waitFor();
  await fetch(`${url}/__mock/reset?session=one`, { method: 'POST' });
  await send('after', 'three');
  await page.locator('#count', { hasText: /^2 requests/ }).waitFor({ timeout: 3000 });
  t.same((await page.locator('.row:not([hidden]) .path').allTextContents()).length, 2, 'the session reset is gone from the list, the new request is in it');
  await fetch(`${url}/__mock/reset`, { method: 'POST' });
  await page.locator('#count', { hasText: /^0 requests/ }).waitFor({ timeout: 3000 });
  t.pass('a reset of every session empties it');
});

const SECRETS = {
  bearer: 'sk-proj-SECRETAAAA0123456789abcdefghij',
  apiKey: 'SECRETBBBB0123456789abcdefghij',
  cookie: 'SECRETCCCC0123456789abcdefghij',
  query: 'SECRETDDDD0123456789abcdefghij',
  field: 'SECRETEEEE0123456789abcdefghij',
  socket: 'SECRETFFFF0123456789abcdefghij',
  admin: 'SECRETGGGG0123456789abcdefghij',
};

t.test('with a token: the page works from its cookie; no credential is shown, copied or served; other sites are refused', { skip }, async (t) => {
  const { app, url } = await serve(t, { adminToken: SECRETS.admin });
  const page = await openInspector(t, url, { query: `?token=${SECRETS.admin}` });
  t.equal(page.url(), `${url}/__mock/ui`, 'the token left the address');
  const client = new OpenAI({ apiKey: SECRETS.bearer, baseURL: `${url}/v1`, maxRetries: 0 });
  await client.responses.create(
    { model: 'gpt-4o', input: 'Weather in Paris?', tools: [weatherTool], metadata: { api_key: SECRETS.field } } as OpenAI.Responses.ResponseCreateParamsNonStreaming,
    { headers: { 'x-api-key': SECRETS.apiKey, cookie: `sid=${SECRETS.cookie}`, 'x-mock-session': 'keys' }, query: { api_key: SECRETS.query } },
  );
  const socket = await openSocket(socketURL(url), { authorization: `Bearer ${SECRETS.socket}`, 'x-mock-session': 'keys' });
  t.teardown(() => socket.ws.close());
  socket.send({ type: 'response.create', model: 'gpt-4o', input: 'hi', metadata: { api_key: SECRETS.field } });
  await socket.until(...TERMINAL);
  await page.locator('#count', { hasText: /^3 requests/ }).waitFor();

  const seen: string[] = [];
  await page.focus('#list');
  for (let index = 0; index < 3; index += 1) {
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.locator('#detail h2').waitFor();
    for (const button of ['#copy-curl', '#copy-rule']) {
      await page.click(button);
      seen.push(await page.locator('#detail .copy').innerText());
    }
    seen.push(await page.locator('#detail').innerText());
    await page.keyboard.press('Escape');
  }
  seen.push(await page.evaluate(async () => {
    const feed = await (await fetch('/__mock/feed')).text();
    const ids = JSON.parse(feed).requests.map((entry: { id: number }) => entry.id);
    const entries = await Promise.all(ids.map(async (id: number) => (await fetch(`/__mock/feed/${id}`)).text()));
    return [feed, ...entries, document.cookie, JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage }), location.href].join('\n');
  }));

  // The page's own writes pass the cross-site rules: a scenario loaded, a session reset.
  await page.click('a[data-view=scenarios]');
  await page.fill('#scenario-name', 'with-token');
  await page.fill('#scenario-text', 'rules:\n  - respond:\n      text: Loaded behind the token.\n');
  await page.click('#scenario-load');
  await page.locator('.load-result .ok').waitFor();
  t.ok(app.mock.scenarios.get('with-token'), 'the scenario loaded through the page');
  await page.locator('button[aria-label="Reset session keys"]').click();
  await page.locator('button[aria-label="Reset session keys"]').waitFor({ state: 'detached' });
  t.notOk([...app.mock.sessions.all()].some((session) => session.id === 'keys'), 'the session reset through the page');
  seen.push(await page.locator('body').innerText());

  const all = seen.join('\n');
  t.ok(all.includes('***'), 'masked values are shown as masked');
  for (const [where, secret] of Object.entries(SECRETS)) t.notOk(all.includes(secret.slice(0, 12)), `no ${where} credential anywhere the page shows, copies or reads`);

  // Another site (localhost is not 127.0.0.1) in the same browser, the inspector's cookie in it.
  await client.responses.create({ model: 'gpt-4o', input: 'still here' }, { headers: { 'x-mock-session': 'kept' } });
  const other = await page.context().newPage();
  await other.goto(`${url.replace('127.0.0.1', 'localhost')}/health`);
  const attempts = await other.evaluate(async (target: string) => {
    const sent = await Promise.allSettled([
      fetch(`${target}/__mock/reset`, { method: 'POST', mode: 'no-cors', credentials: 'include' }),
      fetch(`${target}/__mock/reset`, { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'content-type': 'text/plain' }, body: '{}' }),
    ]);
    const read = await fetch(`${target}/__mock/feed`, { credentials: 'include' }).then(() => 'read', () => 'refused');
    return { sent: sent.length, read };
  }, url);
  t.equal(attempts.read, 'refused', 'another site cannot read the journal');
  t.ok([...app.mock.sessions.all()].some((session) => session.id === 'kept'), 'nor reset the sessions');
});
