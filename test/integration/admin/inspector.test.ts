// The inspector's server side: its page and files (with a strict content policy), the routes it reads (every
// session's journal as one list, one entry in full, the sessions), scenarios sent as YAML, and the admin
// token: asked for, swapped for an HttpOnly SameSite=Strict cookie when given in the page's address, and
// never written to the log. The admin root and trailing slashes lead to the page, with the token if given.
import t from 'tap';
import type { FastifyInstance } from 'fastify';
import { OPENAI, OPENROUTER, post, testApp, weatherTool } from '../../helpers/app.js';
import { startServer } from '../../helpers/child-server.js';

const get = (app: FastifyInstance, url: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url, headers: { host: '127.0.0.1:8080', ...headers } });

t.test('/__mock, /__mock/ and /__mock/ui/ lead to the page, behind the same guard', async (t) => {
  const app = testApp();
  for (const url of ['/__mock', '/__mock/', '/__mock/ui/']) {
    const moved = await get(app, url);
    t.equal(moved.statusCode, 302, url);
    t.equal(moved.headers.location, '/__mock/ui', url);
  }
  t.equal((await get(app, '/__mock', { host: 'evil.example' })).statusCode, 403, 'the Host check comes first');
  const guarded = testApp({ adminToken: 'sekret' });
  t.equal((await get(guarded, '/__mock/')).json().error.code, 'admin_unauthorized', 'no redirect without the token');
  t.equal((await get(guarded, '/__mock/ui/', { authorization: 'Bearer sekret' })).headers.location, '/__mock/ui');
});

t.test('with a token in their address, the short forms lead to the page with it, where it is swapped for the cookie', async (t) => {
  const token = 'short&form=token 01';
  const app = testApp({ adminToken: token });
  const inAddress = encodeURIComponent(token);
  for (const url of ['/__mock', '/__mock/', '/__mock/ui/']) {
    const moved = await get(app, `${url}?token=${inAddress}&theme=dark`);
    t.equal(moved.statusCode, 302, url);
    t.equal(moved.headers.location, `/__mock/ui?token=${inAddress}`, `${url}: the token kept, nothing else`);
    const swapped = await get(app, moved.headers.location!);
    t.equal(swapped.statusCode, 303, url);
    t.equal(swapped.headers.location, '/__mock/ui');
    t.match(String(swapped.headers['set-cookie']), /^responses_mock_admin=[\w-]+; Path=\/__mock; HttpOnly; SameSite=Strict$/);
  }
  const wrong = await get(app, '/__mock?token=wrong');
  t.equal(wrong.headers.location, '/__mock/ui?token=wrong');
  t.equal((await get(app, wrong.headers.location!)).statusCode, 401, 'a wrong token is refused by the page');
  t.equal((await get(app, `/__mock/?token=${inAddress}`, { host: 'evil.example' })).statusCode, 403, 'the Host check still comes first');
  t.equal((await get(app, `/__mock/feed?token=${inAddress}`)).statusCode, 401, 'no other admin route takes it');
  const open = testApp();
  t.equal((await get(open, '/__mock?token=x')).headers.location, '/__mock/ui', 'without --admin-token there is nothing to swap');
});

t.test('the page and its files, with a policy that runs nothing else', async (t) => {
  const app = testApp();
  const page = await get(app, '/__mock/ui');
  t.equal(page.statusCode, 200);
  t.match(page.headers['content-type'], /^text\/html/);
  t.match(page.headers['content-security-policy'], /default-src 'none'; script-src 'self'; style-src 'self'/);
  t.equal(page.headers['x-content-type-options'], 'nosniff');
  t.match(page.body, /<script type="module" src="\/__mock\/ui\/app\.js">/);
  for (const file of ['app.js', 'list.js', 'detail.js', 'copy.js', 'style.css']) {
    const asset = await get(app, `/__mock/ui/${file}`);
    t.equal(asset.statusCode, 200, file);
    t.match(asset.headers['content-type'], file.endsWith('.js') ? /^text\/javascript/ : /^text\/css/);
  }
  for (const file of ['nope.js', '..%2Fpackage.json', '__proto__', 'index.html%00']) {
    const missing = await get(app, `/__mock/ui/${file}`);
    t.equal(missing.statusCode, 404, file);
    t.equal(missing.json().error.code, 'admin_not_found');
  }
  t.equal((await get(testApp({ admin: false }), '/__mock/ui')).statusCode, 404, 'no admin API, no page');
  t.equal((await get(app, '/__mock/ui', { host: 'evil.example' })).statusCode, 403, 'the Host check applies');
});

t.test('every session as one list: newest first, polled forward, one session, one entry in full', async (t) => {
  const app = testApp();
  const sent: string[] = [];
  for (let n = 0; n < 6; n += 1) {
    const session = `s${n % 3}`;
    await post(app, { url: n % 2 ? OPENROUTER : OPENAI, body: { model: 'gpt-4o', input: `weather ${n}`, tools: [weatherTool] }, headers: { 'x-mock-session': session } });
    sent.push(session);
  }
  const feed = (await get(app, '/__mock/feed?limit=4')).json();
  t.equal(feed.newestId, 6);
  t.same(feed.requests.map((entry: { id: number }) => entry.id), [6, 5, 4, 3]);
  t.match(feed.requests[0], { session: sent[5], transport: 'http', provider: 'openrouter', model: 'gpt-4o', status: 200, engine: { tools: ['get_weather'] }, stream: false });
  t.notOk('body' in feed.requests[0], 'summaries carry no bodies');
  t.same((await get(app, '/__mock/feed?after=4')).json().requests.map((entry: { id: number }) => entry.id), [5, 6]);
  t.same((await get(app, '/__mock/feed?before=3')).json().requests.map((entry: { id: number }) => entry.id), [2, 1]);
  const both = await get(app, '/__mock/feed?after=1&before=4');
  t.equal(both.statusCode, 400, 'after and before together are refused, not half ignored');
  t.match(both.json().error, { code: 'admin_bad_request', message: /'after' and 'before' cannot be combined/ });
  t.same((await get(app, '/__mock/feed?session=s1')).json().requests.map((entry: { id: number }) => entry.id), [5, 2]);
  const full = (await get(app, '/__mock/feed/5')).json();
  t.match(full, { id: 5, session: 's1', seq: 2, path: '/v1/responses', status: 200 });
  t.equal(JSON.parse(full.body).input, 'weather 4');
  t.equal(JSON.parse(full.answer).object, 'response');
  t.equal((await get(app, '/__mock/feed/99')).statusCode, 404);
  t.equal((await get(app, '/__mock/feed/abc')).statusCode, 400);
  const sessions = (await get(app, '/__mock/sessions')).json();
  t.equal(sessions.total, 3);
  t.same(sessions.sessions.map((session: { id: string }) => session.id), ['s2', 's1', 's0'], 'most recently used first');
  t.match(sessions.sessions[0], { journalEntries: 2, scenario: null, progress: {} });
});

t.test('scenarios sent as YAML: loaded, or the same problems as JSON, or where the YAML breaks', async (t) => {
  const app = testApp();
  const put = (payload: string, headers: Record<string, string> = { 'x-mock-admin': '1' }) => app.inject({
    method: 'PUT',
    url: '/__mock/scenarios/pasted',
    headers: { host: 'localhost', 'content-type': 'application/yaml', ...headers },
    payload,
  });
  const loaded = await put('rules:\n  - respond:\n      text: From YAML.\n');
  t.equal(loaded.statusCode, 201);
  const answer = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: 'hi' }, headers: { 'x-mock-scenario': 'pasted' } });
  t.equal((answer.body.output as Array<{ content: Array<{ text: string }> }>)[0]!.content[0]!.text, 'From YAML.');
  const invalid = await put('rules:\n  - respond:\n      text: 3\n    times: never\n');
  t.equal(invalid.statusCode, 400);
  t.match(invalid.json().error, { code: 'admin_invalid_scenario', problems: [/rules\[0\]/, /rules\[0\]/] });
  const broken = await put('rules:\n  - respond: {text: "x"\n');
  t.equal(broken.statusCode, 400);
  t.match(broken.json().error, { code: 'admin_bad_request', message: /invalid YAML at line \d+, column \d+/ });
  const fromPage = await put('rules: [{respond: {text: x}}]', { origin: 'https://evil.example' });
  t.equal(fromPage.statusCode, 403, 'a cross-site page cannot send YAML without the x-mock header');
});

t.test('with a token: asked for; in the address, swapped for a cookie and the address cleaned', async (t) => {
  const token = 'inspector-token-0123456789';
  const app = testApp({ adminToken: token });
  t.equal((await get(app, '/__mock/ui')).statusCode, 401);
  t.equal((await get(app, '/__mock/ui?token=wrong')).statusCode, 401);
  const swapped = await get(app, `/__mock/ui?token=${token}`);
  t.equal(swapped.statusCode, 303);
  t.equal(swapped.headers.location, '/__mock/ui', 'the address loses the token');
  const cookie = String(swapped.headers['set-cookie']);
  t.match(cookie, /^responses_mock_admin=[\w-]+; Path=\/__mock; HttpOnly; SameSite=Strict$/);
  t.notOk(cookie.includes(token), 'the cookie is not the token');
  const value = cookie.split(';')[0]!;
  t.equal((await get(app, '/__mock/ui', { cookie: value })).statusCode, 200, 'the cookie opens the page');
  t.equal((await get(app, '/__mock/feed', { cookie: `other=1; ${value}` })).statusCode, 200, 'and the API the page reads');
  t.equal((await get(app, '/__mock/feed', { cookie: 'responses_mock_admin=forged' })).statusCode, 401);
  t.equal((await get(app, `/__mock/feed?token=${token}`)).statusCode, 401, 'only the page takes the token in its address');
  t.equal((await get(app, '/__mock/feed', { authorization: `Bearer ${token}` })).statusCode, 200, 'headers still work');
  const reset = await app.inject({ method: 'POST', url: '/__mock/reset', headers: { host: 'localhost', cookie: value, origin: 'http://localhost:3000' } });
  t.equal(reset.statusCode, 403, 'the cookie does not make a body-less cross-site POST pass');
});

t.test('the token in the page address never reaches the log', async (t) => {
  const token = 'log-secret-token-abcdef0123456789';
  const server = await startServer(t, { RESPONSES_MOCK_LOG_LEVEL: 'debug' }, ['--admin-token', token]);
  const moved = await fetch(new URL(`/__mock?token=${token}`, server.url), { redirect: 'manual' });
  t.equal(moved.status, 302);
  const swapped = await fetch(new URL(moved.headers.get('location')!, server.url), { redirect: 'manual' });
  t.equal(swapped.status, 303);
  const cookie = swapped.headers.get('set-cookie')!.split(';')[0]!;
  t.equal((await fetch(new URL('/__mock/feed', server.url), { headers: { cookie } })).status, 200);
  await new Promise((resolve) => setTimeout(resolve, 200));
  t.match(server.output(), /\/__mock\?token=/, 'the short form was logged');
  t.match(server.output(), /\/__mock\/ui\?token=/, 'and the page');
  t.notOk(server.output().includes(token), 'without the token');
  t.notOk(server.output().includes(cookie.split('=')[1]!), 'or the cookie');
});
