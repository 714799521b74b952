// The admin API against web pages: it answers only for the host names the server is reached by (DNS
// rebinding), refuses state-changing requests a page could send cross-site without a preflight, yet takes
// body-less requests from curl and SDKs; the token is checked first of all but the Host; errors keep the
// admin API's own shape.
import t from 'tap';
import type { FastifyInstance } from 'fastify';
import { OPENAI, post, testApp } from '../../helpers/app.js';

const admin = (app: FastifyInstance, args: { method?: 'GET' | 'POST' | 'PUT' | 'DELETE'; url: string; headers?: Record<string, string>; payload?: string }) =>
  app.inject({ method: args.method ?? 'GET', url: args.url, headers: { host: 'localhost:8080', ...args.headers }, ...(args.payload !== undefined ? { payload: args.payload } : {}) });

const sessionExists = async (app: FastifyInstance, id: string) => (await admin(app, { url: `/__mock/sessions/${id}` })).statusCode === 200;

t.test('only the host names the server is reached by', async (t) => {
  const app = testApp({ allowedHosts: ['mock'] });
  for (const host of ['localhost', 'localhost:8080', 'app.localhost:3000', '127.0.0.1:8080', '[::1]:8080', '172.17.0.2:8080', 'MOCK:8080', 'mock']) {
    t.equal((await admin(app, { url: '/__mock/scenarios', headers: { host } })).statusCode, 200, host);
  }
  for (const host of ['evil.example', 'evil.example:8080', 'localhost.evil.example', '127.0.0.1.nip.io', 'mock.evil.example']) {
    for (const request of [{ url: '/__mock/requests' }, { url: '/__mock/nope' }, { method: 'POST' as const, url: '/__mock/reset', headers: { 'content-type': 'application/json', 'x-mock-admin': '1' } }]) {
      const response = await admin(app, { ...request, headers: { ...request.headers, host } });
      t.equal(response.statusCode, 403, `${host} ${request.url}`);
      t.match(response.json(), { error: { code: 'admin_host_not_allowed', message: /not for '/ } });
      t.notOk(response.headers['access-control-allow-origin'], 'no CORS either');
    }
  }
  t.equal((await post(app, { url: OPENAI, body: { model: 'm', input: 'x' }, headers: { host: 'evil.example' } })).status, 200, 'the emulated APIs answer any host');
  t.equal((await admin(testApp({ allowedHosts: ['*'] }), { url: '/__mock/scenarios', headers: { host: 'anything.example' } })).statusCode, 200, '--allowed-hosts *');
});

t.test('state-changing requests a page could send cross-site are refused; curl and SDK requests pass', async (t) => {
  const app = testApp();
  const touch = () => post(app, { url: OPENAI, body: { model: 'm', input: 'x' }, headers: { 'x-mock-session': 's' } });
  await touch();
  const refused: Array<Record<string, string>> = [
    { origin: 'https://evil.example' },
    { origin: 'null', 'content-type': 'text/plain' },
    { 'content-type': 'application/x-www-form-urlencoded' },
    { 'content-type': 'multipart/form-data; boundary=x' },
    { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors' },
    { 'sec-fetch-dest': 'empty', 'sec-fetch-mode': 'no-cors' },
  ];
  for (const headers of refused) {
    const response = await admin(app, { method: 'POST', url: '/__mock/reset', headers, payload: '' });
    t.equal(response.statusCode, 403, JSON.stringify(headers));
    t.match(response.json(), { error: { code: 'admin_cross_site', message: /content-type: application\/json or an x-mock-\* header/ } });
  }
  t.ok(await sessionExists(app, 's'), 'nothing was reset');
  const deleted = await admin(app, { method: 'DELETE', url: '/__mock/scenarios/basic-tool-call', headers: { origin: 'https://evil.example' } });
  t.equal(deleted.statusCode, 403, 'DELETE alike (a page would need a preflight, which /__mock never grants)');

  t.equal((await admin(app, { method: 'POST', url: '/__mock/reset?session=s' })).statusCode, 200, 'curl -X POST: no body, no content type');
  t.notOk(await sessionExists(app, 's'));
  await touch();
  t.equal((await admin(app, { method: 'POST', url: '/__mock/reset?session=s', headers: { 'content-type': 'application/json' }, payload: '' })).statusCode, 200, 'an SDK: JSON content type, empty body');
  await touch();
  t.equal((await admin(app, { method: 'POST', url: '/__mock/reset?session=s', headers: { origin: 'http://localhost:3000', 'x-mock-admin': '1' } })).statusCode, 200, 'a page of its own with an x-mock-* header');
  const removed = await admin(app, { method: 'DELETE', url: '/__mock/scenarios/basic-tool-call', headers: { 'content-type': 'application/json' }, payload: '' });
  t.equal(removed.statusCode, 200, 'DELETE with a JSON content type and no body');
  const again = await admin(app, { method: 'DELETE', url: '/__mock/scenarios/basic-tool-call', headers: { 'content-type': 'application/json' } });
  t.match(again.json(), { error: { code: 'admin_not_found' } }, 'in the admin error shape');
});

t.test("Node's own fetch, as test code calls it (it sends sec-fetch-mode: cors, alone), resets and deletes", async (t) => {
  const app = testApp();
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  t.teardown(() => app.close());
  await fetch(`${url}${OPENAI}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-mock-session': 's' }, body: JSON.stringify({ model: 'm', input: 'x' }) });
  const reset = await fetch(`${url}/__mock/reset?session=s`, { method: 'POST' });
  t.equal(reset.status, 200, await reset.text());
  t.notOk(await sessionExists(app, 's'), 'the session was reset');
  const deleted = await fetch(`${url}/__mock/scenarios/basic-tool-call`, { method: 'DELETE' });
  t.equal(deleted.status, 200, await deleted.text());
});

t.test('a body sent without a content type goes as a form\'s: refused, and the answer says why and what to add', async (t) => {
  const app = testApp();
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  t.teardown(() => app.close());
  const put = (init: RequestInit) => fetch(`${url}/__mock/sessions/s/scenario`, { method: 'PUT', body: JSON.stringify({ scenario: 'basic-tool-call' }), ...init });
  const plain = await put({});
  t.equal(plain.status, 403, 'fetch with a string body sends text/plain');
  const { error } = await plain.json() as { error: { code: string; message: string } };
  t.equal(error.code, 'admin_cross_site');
  t.match(error.message, /with a form's content type \('text\/plain;charset=UTF-8', as fetch sends for a string body given no content type\) needs content-type: application\/json or an x-mock-\* header/);
  t.notMatch(error.message, /from a web page/, 'no browser mark was sent: the message does not say it came from one');
  const form = await admin(app, { method: 'POST', url: '/__mock/reset', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: '' });
  t.match(form.json(), { error: { code: 'admin_cross_site', message: /form's content type \('application\/x-www-form-urlencoded', as curl -d sends when given no content type\)/ } }, 'curl -d');
  const multipart = await admin(app, { method: 'POST', url: '/__mock/reset', headers: { 'content-type': 'multipart/form-data; boundary=x' }, payload: '--x--' });
  t.match(multipart.json(), { error: { code: 'admin_cross_site', message: /\('multipart\/form-data; boundary=x', as curl -F and FormData send\)/ } }, 'curl -F');
  t.equal((await put({ headers: { 'content-type': 'application/json' } })).status, 200, 'the same with a JSON content type passes');
});

t.test('admin errors keep the admin shape', async (t) => {
  const app = testApp();
  const badJson = await admin(app, { method: 'PUT', url: '/__mock/scenarios/x', headers: { 'content-type': 'application/json' }, payload: '{"rules":' });
  t.equal(badJson.statusCode, 400);
  t.match(badJson.json(), { error: { code: 'admin_bad_request', message: String } });
  const badQuery = await admin(app, { url: '/__mock/requests?limit=0' });
  t.match(badQuery.json(), { error: { code: 'admin_bad_request', message: /^Invalid 'limit': integer below minimum value/ } });
  const unknown = await admin(app, { url: '/__mock/nope' });
  t.equal(unknown.statusCode, 404);
  t.same(Object.keys(unknown.json().error).sort(), ['code', 'message']);
  t.equal(unknown.json().error.code, 'admin_not_found');
});

t.test('the token: checked after the host, before anything else', async (t) => {
  const app = testApp({ adminToken: 's3cret-token' });
  const attempts: Array<[Record<string, string>, number]> = [
    [{}, 401],
    [{ authorization: 'Bearer wrong' }, 401],
    [{ authorization: 'Bearer s3cret-toke' }, 401],
    [{ authorization: 'Bearer s3cret-token-and-more' }, 401],
    [{ authorization: 'Bearer ' }, 401],
    [{ authorization: 's3cret-token' }, 401],
    [{ 'x-mock-admin-token': '' }, 401],
    [{ authorization: 'Bearer s3cret-token' }, 200],
    [{ authorization: 'bearer  s3cret-token' }, 200],
    [{ 'x-mock-admin-token': 's3cret-token' }, 200],
    [{ authorization: 'Bearer wrong', 'x-mock-admin-token': 's3cret-token' }, 200],
  ];
  for (const [headers, status] of attempts) t.equal((await admin(app, { url: '/__mock/requests', headers })).statusCode, status, JSON.stringify(headers));
  const evil = await admin(app, { url: '/__mock/requests', headers: { host: 'evil.example' } });
  t.equal(evil.json().error.code, 'admin_host_not_allowed', 'a rebinding page does not learn that a token is needed');
  const crossSite = await admin(app, { method: 'POST', url: '/__mock/reset', headers: { origin: 'https://evil.example' } });
  t.equal(crossSite.json().error.code, 'admin_unauthorized', 'the token first, then the cross-site check');
});
