// Query parameters, path segments and x-mock-seed: a bad value is a 400 in the path's envelope naming the
// parameter (`limit`, `include[1]`, `id`), never Fastify's own shape, `param: "querystring"`, or a value taken
// as something else (`1e999` as Infinity, `0x10` as 16).
import t from 'tap';
import { OPENAI, OPENROUTER, post, testApp } from '../../../helpers/app.js';
import type { Wire } from '../../../helpers/wire.js';

const INCLUDABLE = /^Invalid value: 'bogus'\. Supported values are: 'file_search_call\.results', .*'message\.output_text\.logprobs'\.$/;

t.test('list endpoints: limit, order and include name the parameter at fault', async (t) => {
  const app = testApp();
  const created = await post(app, { url: OPENAI, body: { model: 'gpt-4o-mini', input: 'hi' } });
  const id = created.body.id as string;
  const conversation = (await app.inject({ method: 'POST', url: '/v1/conversations', headers: { 'content-type': 'application/json' }, payload: '{}' })).json() as Wire;
  for (const list of [`/v1/responses/${id}/input_items`, `/v1/conversations/${conversation.id}/items`]) {
    const cases: Array<[string, string, RegExp | string]> = [
      ['limit=1e999', 'limit', "Invalid type for 'limit': expected an integer in decimal digits, but got '1e999' instead."],
      ['limit=0x10', 'limit', /but got '0x10' instead/],
      ['limit=1.0', 'limit', /but got '1\.0' instead/],
      ['limit=101', 'limit', "Invalid 'limit': integer above maximum value. Expected a value <= 100, but got 101 instead."],
      ['limit=0', 'limit', "Invalid 'limit': integer below minimum value. Expected a value >= 1, but got 0 instead."],
      ['limit=0000000000000000101', 'limit', "Invalid 'limit': integer above maximum value. Expected a value <= 100, but got 0000000000000000101 instead."],
      [`limit=${'9'.repeat(400)}`, 'limit', /^Invalid 'limit': integer above maximum value\. Expected a value <= 100, but got 9{64} instead\.$/],
      ['limit=1&limit=2', 'limit', "Invalid type for 'limit': expected a single value, but got 2 values instead."],
      ['limit[]=1', 'limit', "Invalid type for 'limit': expected a single value, but got a list instead."],
      ['order=sideways', 'order', "Invalid value: 'sideways'. Supported values are: 'asc' and 'desc'."],
      ['include=bogus', 'include[0]', INCLUDABLE],
      ['include[]=file_search_call.results&include[]=bogus', 'include[1]', INCLUDABLE],
    ];
    for (const [query, param, message] of cases) {
      const answer = await app.inject({ url: `${list}?${query}` });
      t.equal(answer.statusCode, 400, `${list}?${query}: 400`);
      t.match(answer.json(), { error: { param, message, type: 'invalid_request_error' } }, `${list}?${query}: names ${param}`);
    }
    const good = await app.inject({ url: `${list}?limit=5&order=asc&include[]=message.input_image.image_url` });
    t.equal(good.statusCode, 200, `${list}: valid values pass`);
    const zeros = await app.inject({ url: `${list}?limit=0000000000000000005` });
    t.equal(zeros.statusCode, 200, `${list}: leading zeros are the same integer`);
    const lenient = await app.inject({ url: `${list}?include=bogus`, headers: { 'x-mock-strictness': 'lenient' } });
    t.equal(lenient.statusCode, 200, `${list}: lenient strictness takes any include value, as create does`);
  }
});

t.test('GET /v1/responses/{id} refuses an unknown include value before looking the id up', async (t) => {
  const app = testApp();
  const created = await post(app, { url: OPENAI, body: { model: 'gpt-4o-mini', input: 'hi' } });
  for (const url of [`/v1/responses/${created.body.id}?include[]=bogus`, '/v1/responses/resp_nope?include=bogus']) {
    const answer = await app.inject({ url });
    t.equal(answer.statusCode, 400, url);
    t.match(answer.json(), { error: { param: 'include[0]', message: INCLUDABLE, code: 'invalid_value' } }, url);
  }
  t.equal((await app.inject({ url: `/v1/responses/${created.body.id}?include[]=reasoning.encrypted_content` })).statusCode, 200);
  // And on create, as before (strict): the same message.
  const create = await post(app, { url: OPENAI, body: { model: 'gpt-4o-mini', input: 'hi', include: ['bogus'] } });
  t.match(create, { status: 400, body: { error: { param: 'include[0]', message: INCLUDABLE } } });
});

t.test('the admin API reads its query parameters by the same rules', async (t) => {
  const app = testApp();
  for (const [url, message] of [
    ['/__mock/requests?limit=1e999', "Invalid type for 'limit': expected an integer in decimal digits, but got '1e999' instead."],
    ['/__mock/requests?limit=0x10', /but got '0x10' instead/],
    ['/__mock/requests?session[]=a&session[]=b', "Invalid type for 'session': expected a single value, but got a list instead."],
    ['/__mock/feed?limit=Infinity', /^Invalid type for 'limit'/],
    ['/__mock/sessions?limit=-1', "Invalid 'limit': integer below minimum value. Expected a value >= 1, but got -1 instead."],
  ] as const) {
    const answer = await app.inject({ url });
    t.equal(answer.statusCode, 400, url);
    t.same(answer.json(), { error: { code: 'admin_bad_request', message: typeof message === 'string' ? message : answer.json().error.message } }, url);
    if (typeof message !== 'string') t.match(answer.json().error.message, message, url);
  }
  t.equal((await app.inject({ url: '/__mock/requests?limit=2&after=0' })).statusCode, 200);
  for (const url of ['/__mock/feed?after=0000000000000000001', '/__mock/feed?before=00000000000000000001&limit=0000000000000000005', '/__mock/feed?after=9007199254740991', '/__mock/requests?after=00000000000000000000']) {
    t.equal((await app.inject({ url })).statusCode, 200, `${url}: leading zeros and 16 digits are read as the integer they are`);
  }
  const past = await app.inject({ url: '/__mock/feed?before=9007199254740992' });
  t.same(past.json(), { error: { code: 'admin_bad_request', message: "Invalid 'before': integer above maximum value. Expected a value <= 9007199254740991, but got 9007199254740992 instead." } });
});

t.test('the admin API refuses a parameter it does not take: a mistyped session neither reads nor resets another', async (t) => {
  const app = testApp();
  for (const session of ['a', 'b']) await post(app, { url: OPENAI, body: { model: 'gpt-4o-mini', input: 'hi' }, headers: { 'x-mock-session': session } });
  const reset = await app.inject({ method: 'POST', url: '/__mock/reset?sesion=a' });
  t.equal(reset.statusCode, 400);
  t.same(reset.json(), { error: { code: 'admin_bad_request', message: "Unknown parameter 'sesion' (did you mean 'session'?): this route takes 'session'." } });
  t.equal(app.mock.sessions.peek('b')?.journal.size, 1, 'no session was reset');
  for (const [url, message] of [
    ['/__mock/requests?sesion=a', "Unknown parameter 'sesion' (did you mean 'session'?): this route takes 'session', 'limit', 'after'."],
    ['/__mock/feed?limt=5', /^Unknown parameter 'limt' \(did you mean 'limit'\?\): this route takes /],
    ['/__mock/sessions?x=1', "Unknown parameter 'x': this route takes 'limit'."],
  ] as const) {
    const answer = await app.inject({ url });
    t.equal(answer.statusCode, 400, url);
    t.match(answer.json(), { error: { code: 'admin_bad_request', message } }, url);
  }
  t.equal((await app.inject({ url: '/__mock/requests?session=a&limit=1' })).statusCode, 200, 'the parameters it takes still pass');
  t.equal((await app.inject({ url: '/__mock/requests?session=a&_=1700000000' })).statusCode, 200, "a poller's cache-buster passes");
  t.equal((await app.inject({ url: '/v1/models?whatever=1' })).statusCode, 200, 'the emulated APIs still ignore other parameters');
});

t.test('path segments: bad percent-encoding and over-long ids name the route parameter', async (t) => {
  const app = testApp();
  const badId = await app.inject({ url: '/v1/responses/%ff' });
  t.equal(badId.statusCode, 400);
  t.same(badId.json(), { error: { message: "Invalid 'id': '%ff' is not valid percent-encoded UTF-8.", type: 'invalid_request_error', param: 'id', code: 'invalid_value' } });
  const badItem = await app.inject({ url: '/v1/conversations/conv_1/items/a%ffb', method: 'DELETE' });
  t.match(badItem.json(), { error: { param: 'itemId', message: "Invalid 'itemId': 'a%ffb' is not valid percent-encoded UTF-8." } });
  const unknownRoute = await app.inject({ url: '/api/v1/respo%ffnses' });
  t.equal(unknownRoute.statusCode, 404);
  t.same(unknownRoute.json(), { error: { code: 404, message: 'Invalid URL (GET /api/v1/respo%ffnses)' } }, "OpenRouter's envelope");
  const admin = await app.inject({ url: '/__mock/sessions/%ff' });
  t.same(admin.json(), { error: { code: 'admin_bad_request', message: "Invalid 'id': '%ff' is not valid percent-encoded UTF-8." } });
  for (const length of [101, 257, 5000]) {
    const answer = await app.inject({ url: `/v1/responses/${'a'.repeat(length)}` });
    if (length <= 256) t.equal(answer.statusCode, 404, `an id of ${length} characters is looked up`);
    else t.same(answer.json(), { error: { message: "Invalid 'id': string too long. Expected a string with maximum length 256.", type: 'invalid_request_error', param: 'id', code: 'string_above_max_length' } }, `${length}: 400 naming id`);
  }
});

t.test('x-mock-seed is plain decimal digits', async (t) => {
  const app = testApp({ seed: undefined });
  for (const seed of ['0x1f', '1e3', '-0', '+7', '7.0', '4294967296']) {
    const answer = await post(app, { url: OPENROUTER, body: { model: 'openai/gpt-4o-mini', input: 'hi' }, headers: { 'x-mock-seed': seed } });
    t.equal(answer.status, 400, seed);
    t.match(answer.body, { error: { code: 'invalid_prompt', message: `Invalid 'x-mock-seed' header: '${seed}'. Expected an integer from 0 to 4294967295 in decimal digits.` } }, seed);
  }
  for (const seed of ['0', '31', '4294967295']) {
    t.equal((await post(app, { url: OPENAI, body: { model: 'gpt-4o-mini', input: 'hi' }, headers: { 'x-mock-seed': seed } })).status, 200, seed);
  }
});
