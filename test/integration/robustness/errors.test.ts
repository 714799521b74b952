// Error envelopes per provider, and failures raised before a route runs: every one a JSON 4xx.
import t from 'tap';
import { SETTINGS } from '../../../src/config/config.js';
import { OPENAI, OPENROUTER, post, testApp, weatherTool } from '../../helpers/app.js';

const loop = (outputId?: string) => ({
  model: 'openai/gpt-4o-mini',
  tools: [weatherTool],
  input: [
    { role: 'user', content: 'weather?' },
    { type: 'function_call', id: 'fc_1', call_id: 'call_1', name: 'get_weather', arguments: '{"city":"Paris"}' },
    { type: 'function_call_output', ...(outputId ? { id: outputId } : {}), call_id: 'call_1', output: 'sunny' },
  ],
});

t.test('OpenRouter validation errors: invalid_prompt with zod-style issues', async (t) => {
  const { status, body } = await post(testApp(), { url: OPENROUTER, body: loop() });
  t.equal(status, 400);
  const error = body.error as { code: string; message: string };
  t.equal(error.code, 'invalid_prompt');
  t.match(error.message, /'input\[2\]\.id'/);
  const raw = JSON.parse((body.metadata as { raw: string }).raw) as Array<{ path: unknown[]; code: string }>;
  t.same(raw[0]!.path, ['input', 2, 'id']);
  t.equal(raw[0]!.code, 'invalid_type');
  for (const store of [true, null, 'x', 0]) {
    const refused = await post(testApp(), { url: OPENROUTER, body: { model: 'openai/gpt-4o', input: 'hi', store } });
    t.match(refused.body.error, { code: 'invalid_prompt', message: /'store'/ });
    // The live service's issue, word for word (its schema takes `store: false` alone).
    t.same(JSON.parse((refused.body.metadata as { raw: string }).raw), [{ code: 'invalid_value', values: [false], path: ['store'], message: 'Invalid input: expected false' }], `store ${store}`);
  }
});

t.test('strictness: the header and the server default', async (t) => {
  t.equal((await post(testApp(), { url: OPENROUTER, body: loop(), headers: { 'x-mock-strictness': 'lenient' } })).status, 200);
  t.equal((await post(testApp({ strictness: 'lenient' }), { url: OPENROUTER, body: loop() })).status, 200);
  t.equal((await post(testApp({ strictness: 'lenient' }), { url: OPENROUTER, body: loop(), headers: { 'x-mock-strictness': 'strict' } })).status, 400);
  t.equal((await post(testApp(), { url: OPENROUTER, body: loop('fco_1') })).status, 200);
  const bad = await post(testApp(), { url: OPENROUTER, body: loop(), headers: { 'x-mock-strictness': 'loose' } });
  t.equal(bad.status, 400);
  t.match((bad.body.error as { message: string }).message, /x-mock-strictness/);
});

t.test('OpenAI envelope: message, type, param, code', async (t) => {
  const { status, body } = await post(testApp(), { url: OPENAI, body: { model: 'gpt-4o', input: [{ role: 'tool', content: 'x' }] } });
  t.equal(status, 400);
  t.same(body, { error: {
    // As OpenAI words it (anomalyco/opencode#10803), a Chat Completions habit.
    message: "Invalid value: 'tool'. Supported values are: 'assistant', 'system', 'developer', and 'user'.",
    type: 'invalid_request_error',
    param: 'input[0].role',
    code: 'invalid_value',
  } });
});

t.test('failures before the route: JSON 4xx in the right envelope', async (t) => {
  const app = testApp({ bodyLimit: 2048 });
  const send = (args: { url: string; payload: string; contentType?: string }) => app.inject({
    method: 'POST', url: args.url, payload: args.payload,
    headers: { 'content-type': args.contentType ?? 'application/json' },
  });
  const malformed = await send({ url: OPENAI, payload: '{"model": "gpt-4o", "input": ' });
  t.equal(malformed.statusCode, 400);
  t.match(malformed.json(), { error: { type: 'invalid_request_error', message: /parse the JSON body/ } });
  const empty = await send({ url: OPENROUTER, payload: '' });
  t.equal(empty.statusCode, 400);
  t.same(empty.json().error.code, 400, 'OpenRouter generic envelope: numeric code');
  const large = await send({ url: OPENROUTER, payload: JSON.stringify({ model: 'm', input: 'x'.repeat(5000) }) });
  t.equal(large.statusCode, 413);
  t.same(large.json().error.code, 413);
  const text = await send({ url: OPENAI, payload: 'hello', contentType: 'text/plain' });
  t.equal(text.statusCode, 415);
  t.match(text.json().error.message, /application\/json/);
  const proto = await send({ url: OPENAI, payload: '{"model":"gpt-4o","input":"hi","__proto__":{"polluted":true}}' });
  t.equal(proto.statusCode, 200, '__proto__ keys are dropped, not fatal');
  t.equal(({} as Record<string, unknown>).polluted, undefined);
});

t.test('a body past the limit: the 413 names the limit and the flag and variable that raise it', async (t) => {
  const app = testApp({ bodyLimit: 2048 });
  const setting = SETTINGS.find((candidate) => candidate.key === 'bodyLimit')!;
  t.same(setting.env, ['RESPONSES_MOCK_BODY_LIMIT'], 'the variable the message names is the one config reads');
  const payload = JSON.stringify({ model: 'gpt-4o', input: 'x'.repeat(5000) });
  for (const url of [OPENAI, OPENROUTER]) {
    const large = await app.inject({ method: 'POST', url, payload, headers: { 'content-type': 'application/json' } });
    t.equal(large.statusCode, 413, url);
    const { message } = large.json().error as { message: string };
    t.equal(message, `Request body is too large: it exceeds the body limit of 2048 bytes. Raise it with --${setting.flag} or ${setting.env[0]}.`, url);
  }
  const openai = await app.inject({ method: 'POST', url: OPENAI, payload, headers: { 'content-type': 'application/json' } });
  t.match(openai.json(), { error: { type: 'invalid_request_error', param: null } }, 'OpenAI envelope kept');
});

t.test('unknown routes are 404 in the provider envelope', async (t) => {
  const app = testApp();
  const openrouter = await app.inject({ method: 'GET', url: '/api/v1/nope' });
  t.equal(openrouter.statusCode, 404);
  t.same(openrouter.json(), { error: { code: 404, message: 'Invalid URL (GET /api/v1/nope)' } });
  const openai = await app.inject({ method: 'PUT', url: '/v1/responses' });
  t.equal(openai.statusCode, 404);
  t.equal(openai.json().error.message, 'Invalid URL (PUT /v1/responses)');
});

t.test('mock headers are validated', async (t) => {
  const app = testApp();
  const seed = await post(app, { url: OPENAI, body: { model: 'm', input: 'hi' }, headers: { 'x-mock-seed': 'abc' } });
  t.equal(seed.status, 400);
  t.equal((seed.body.error as { param: string }).param, 'x-mock-seed');
});
