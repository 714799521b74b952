// Every form a credential arrives in (auth headers, provider key headers, cookies, the admin token, key query
// parameters, key-like JSON fields, --redact names) is absent from everything the server serves or writes:
// API answers and errors over HTTP and WebSocket, the journal over the admin API, the inspector's feed and
// page, the programmatic API, and its own debug logs. (Recordings: test/integration/recording/record.test.ts.)
import t from 'tap';
import { startMockServer } from '../../src/index.js';
import { startServer } from '../helpers/child-server.js';
import { openSocket, socketURL, TERMINAL } from '../helpers/socket.js';

/** Each secret is distinct, so that a leak names its form. */
const SECRETS = {
  authorization: 'sk-or-v1-authorization-0000000001',
  'proxy-authorization': 'proxy-secret-0000000002',
  'x-api-key': 'sk-ant-x-api-key-0000000003',
  'x-goog-api-key': 'AIzaGoogApiKey0000000004',
  'x-openrouter-key': 'sk-or-openrouter-0000000005',
  'x-mock-admin-token': 'admin-token-0000000006',
  'openai-organization': 'org-secret0000000007',
  'openai-project': 'proj_secret0000000022',
  'chatgpt-account-id': 'chatgpt-account-0000000023',
  'x-openai-account-id': 'openai-account-0000000024',
  cookie: 'session=cookie-secret-0000000008',
  'api-key': 'azure-api-key-0000000009',
  'x-tenant-secret': 'tenant-secret-0000000010',
  'x-team': 'configured-secret-0000000011',
};
const QUERY = { api_key: 'query-api-key-0000000012', key: 'query-key-0000000013' };
/** Parameters named as frameworks write arrays and nested fields, or with a stray escape: secret all the same. */
const ODD_QUERY = {
  'api_key[]': 'query-array-key-0000000017', 'token%5B%5D': 'query-escaped-token-0000000018', 'api_key.x': 'query-dotted-key-0000000019',
  'authorization[]': 'query-authorization-0000000020', 'api_key%00': 'query-nul-key-0000000021',
};
const BODY = { api_key: 'body-api-key-0000000014', apiKey: 'body-camel-key-0000000015', token: 'body-token-0000000016' };
const ALL = [...Object.values(SECRETS), ...Object.values(QUERY), ...Object.values(ODD_QUERY), ...Object.values(BODY)];
/** The distinctive part of each secret: a masked value keeps at most its last four characters. */
const cores = ALL.map((secret) => secret.slice(0, -4));

const headers = {
  ...SECRETS,
  authorization: `Bearer ${SECRETS.authorization}`,
  'proxy-authorization': `Basic ${SECRETS['proxy-authorization']}`,
  'content-type': 'application/json',
  'x-mock-session': 'creds',
  // The key-like body fields are not parameters OpenAI takes: strict, they would be refused before anything ran.
  'x-mock-strictness': 'lenient',
};
const query = `?api_key=${QUERY.api_key}&key=${QUERY.key}&${Object.entries(ODD_QUERY).map(([name, value]) => `${name}=${value}`).join('&')}`;
const MASKED_QUERY = '?api_key=***0012&key=***0013&api_key[]=***0017&token%5B%5D=***0018&api_key.x=***0019&authorization[]=***0020&api_key%00=***0021';
const body = JSON.stringify({ model: 'gpt-4o', input: 'Reply exactly with: ok', store: false, ...BODY });

function leaks(text: string): string[] {
  return cores.filter((core) => text.includes(core));
}

async function exercise(base: string): Promise<string> {
  let served = '';
  const record = async (response: Response) => {
    served += `${JSON.stringify([...response.headers])}\n${await response.text()}\n`;
  };
  for (const path of ['/v1/responses', '/api/v1/responses']) {
    await record(await fetch(`${base}${path}${query}`, { method: 'POST', headers, body }));
    await record(await fetch(`${base}${path}${query}`, { method: 'POST', headers, body: body.replace('"model"', '"mode"') }));
    await record(await fetch(`${base}${path}${query}`, { method: 'POST', headers, body: body.slice(0, -10) }));
  }
  await record(await fetch(`${base}/v1/responses/resp_nope${query}`, { headers }));
  // The same over a socket: the handshake carries the headers and the query, each create the body fields.
  const { 'content-type': _json, ...handshake } = headers;
  const socket = await openSocket(socketURL(base, `/v1/responses${query}`), handshake);
  const create = { type: 'response.create', ...(JSON.parse(body) as object) };
  socket.send(create);
  served += `${JSON.stringify(await socket.until(...TERMINAL))}\n`;
  socket.send({ ...create, model: 42 });
  served += `${JSON.stringify(await socket.until('error'))}\n`;
  socket.ws.close();
  await socket.closed;
  const admin = { 'x-mock-admin-token': SECRETS['x-mock-admin-token'] };
  for (const path of ['/__mock/requests?session=creds', '/__mock/sessions/creds', '/__mock/stats', '/__mock/sessions', '/__mock/ui']) await record(await fetch(`${base}${path}`, { headers: admin }));
  // The inspector's feed, and every entry opened in full as the page shows it.
  const feed = await (await fetch(`${base}/__mock/feed?session=creds`, { headers: admin })).json() as { requests: Array<{ id: number }> };
  served += `${JSON.stringify(feed)}\n`;
  for (const { id } of feed.requests) await record(await fetch(`${base}/__mock/feed/${id}`, { headers: admin }));
  await record(await fetch(`${base}/__mock/requests?session=creds`, { headers: { 'x-mock-admin-token': 'wrong' } }));
  // The admin token in the inspector's address, under a name the guard does not read: refused, and logged masked.
  await record(await fetch(`${base}/__mock/ui?token[]=${SECRETS['x-mock-admin-token']}`));
  return served;
}

t.test('no credential reaches an answer, the journal or the logs', async (t) => {
  const server = await startServer(t, { RESPONSES_MOCK_LOG_LEVEL: 'debug', RESPONSES_MOCK_REDACT: 'x-team' }, ['--admin-token', SECRETS['x-mock-admin-token']]);
  const base = server.url.origin;
  const served = await exercise(base);
  const journal = await (await fetch(`${base}/__mock/requests?session=creds`, { headers: { 'x-mock-admin-token': SECRETS['x-mock-admin-token'] } })).json() as { requests: Array<{ headers: Record<string, string>; path: string; body: string }> };
  t.equal(journal.requests.length, 10, 'every API request, the socket handshake and its messages journaled');
  const feed = await (await fetch(`${base}/__mock/feed?session=creds`, { headers: { 'x-mock-admin-token': SECRETS['x-mock-admin-token'] } })).json() as { requests: unknown[] };
  t.equal(feed.requests.length, 10, 'the inspector lists them all (each opened in full above)');
  t.match(journal.requests[0], {
    path: `/v1/responses${MASKED_QUERY}`,
    headers: { authorization: 'Bearer ***0001', 'x-api-key': '***0003', cookie: '***0008', 'x-team': '***0011', 'x-mock-session': 'creds' },
  });
  t.match(JSON.parse(journal.requests[0]!.body), { api_key: '***0014', apiKey: '***0015', token: '***0016', input: 'Reply exactly with: ok' });
  t.same(leaks(served), [], 'nothing served holds a credential');
  t.ok(server.output().includes(`"method":"POST","path":"/v1/responses${MASKED_QUERY}","status":200`), 'request lines were written, masked');
  t.ok(server.output().includes('"path":"/__mock/ui?token[]=***0006","status":401'), 'the refused inspector address too');
  t.same(leaks(server.output()), [], 'the logs hold none either');
});

t.test('the programmatic journal masks them too', async (t) => {
  const mock = await startMockServer({ redact: ['x-team'] });
  t.teardown(() => mock.close());
  await exercise(mock.url);
  const requests = mock.requests({ session: 'creds' });
  t.equal(requests.length, 10);
  t.same(leaks(JSON.stringify(requests)), []);
});

t.test("the request's own credentials are cut wherever its body or its answer repeats them", async (t) => {
  const mock = await startMockServer();
  t.teardown(() => mock.close());
  const own = 'plain-session-token-4242';
  const apiKey = 'azure-like-key-4343';
  const send = (body: unknown, extra: Record<string, string> = {}) => fetch(`${mock.url}/v1/responses`, {
    method: 'POST',
    headers: { authorization: `Bearer ${own}`, 'api-key': apiKey, 'content-type': 'application/json', 'x-mock-session': 'own', ...extra },
    body: JSON.stringify(body),
  });
  const answer = await (await send({ model: 'gpt-4o', input: `my key ${own}`, metadata: { a: own, b: apiKey } })).text();
  t.ok(answer.includes(own) && answer.includes(apiKey), 'the client gets its answer as made');
  t.equal((await send({ model: 'gpt-4o', input: 'hi', x: { token: own, logprob: 0 } })).status, 400);
  const stream = await (await send({ model: 'gpt-4o', input: 'hi', stream: true, metadata: { a: own } })).text();
  t.ok(stream.includes(own), 'the stream as made');
  // A credential shorter than 8 characters would match ordinary words: left alone.
  await send({ model: 'gpt-4o', input: 'say abcdef' }, { authorization: 'Bearer abcdef' });
  const admin = await (await fetch(`${mock.url}/__mock/requests?session=own`)).text();
  const feed = await (await fetch(`${mock.url}/__mock/feed?session=own`)).json() as { requests: Array<{ id: number }> };
  let opened = '';
  for (const { id } of feed.requests) opened += await (await fetch(`${mock.url}/__mock/feed/${id}`)).text();
  const requests = mock.requests({ session: 'own' });
  for (const [what, text] of [['GET /__mock/requests', admin], ['the feed', opened], ['requests()', JSON.stringify(requests)]] as const) {
    t.notOk(text.includes(own) || text.includes(apiKey), `${what} holds neither credential`);
  }
  t.match(JSON.parse(requests[0]!.body), { input: 'my key [redacted]', metadata: { a: '[redacted]', b: '[redacted]' } });
  t.match(JSON.parse(requests[0]!.answer), { metadata: { a: '[redacted]', b: '[redacted]' } });
  t.match(JSON.parse(requests[1]!.body), { x: { token: '[redacted]', logprob: 0 } });
  t.ok(requests[2]!.stream!.steps.some((step) => step.data.includes('"a":"[redacted]"')), 'the stream timeline too');
  t.match(JSON.parse(requests[3]!.body), { input: 'say abcdef' });
});

t.test('a key sent only in the query string is cut wherever the body or the answer repeats it', async (t) => {
  const mock = await startMockServer();
  t.teardown(() => mock.close());
  const key = 'query-only-key-4646';
  const google = 'AIzaQueryOnlyGoogleKey4747';
  const answer = await (await fetch(`${mock.url}/v1/responses?api_key=${key}&key=${encodeURIComponent(google)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-mock-session': 'query-own' },
    body: JSON.stringify({ model: 'gpt-4o', input: `my keys ${key} and ${google}`, metadata: { a: key, b: google } }),
  })).text();
  t.ok(answer.includes(key) && answer.includes(google), 'the client gets its answer as made');
  const [entry] = mock.requests({ session: 'query-own' });
  t.equal(entry!.path, '/v1/responses?api_key=***4646&key=***4747', 'the query masked by name, as before');
  t.match(JSON.parse(entry!.body), { input: 'my keys [redacted] and [redacted]', metadata: { a: '[redacted]', b: '[redacted]' } });
  t.match(JSON.parse(entry!.answer), { metadata: { a: '[redacted]', b: '[redacted]' } });
  const admin = await (await fetch(`${mock.url}/__mock/requests?session=query-own`)).text();
  t.notOk(admin.includes(key) || admin.includes(google), 'GET /__mock/requests holds neither');
});
