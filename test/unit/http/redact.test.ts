// The one redaction list: which names are secret, how values are masked in headers, URLs and JSON text.
import t from 'tap';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createRedactor, maskValue } from '../../../src/http/traffic/redact.js';

const redactor = createRedactor();

t.test('listed and key-like names are secret; ordinary request fields are not', async (t) => {
  for (const name of ['Authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key', 'X-Goog-Api-Key', 'x-openrouter-key', 'x-mock-admin-token', 'openai-organization', 'api_key', 'key', 'apiKey', 'openrouterKey', 'access_token', 'client_secret', 'password', 'x-auth', 'aws-secret-access-key', 'private_key']) {
    t.ok(redactor.isSecretName(name), name);
  }
  for (const name of ['content-type', 'user-agent', 'x-mock-session', 'model', 'input', 'max_output_tokens', 'prompt_cache_key', 'idempotency-key', 'keyword', 'monkey', 'tokens', 'x-stainless-retry-count', 'author']) {
    t.notOk(redactor.isSecretName(name), name);
  }
  t.ok(createRedactor({ extra: ['X-Tenant'] }).isSecretName('x-tenant'), 'the configured list adds names');
});

t.test('JSON text is masked under every secret name, also when no pattern needs to run on a text', async (t) => {
  const names = ['Authorization', 'proxy-authorization', 'cookie', 'x-api-key', 'X-Goog-Api-Key', 'openai-organization', 'apiKey', 'ACCESS_TOKEN', 'client_secret', 'Password', 'passwd', 'credentials', 'x-auth', 'private_key', 'SESSION_KEYS'];
  for (const name of names) {
    const masked = redactor.redactJsonText(JSON.stringify({ [name]: 'sk-0123456789abcdefghij' }));
    t.notMatch(masked, /0123456789/, name);
  }
  const extra = createRedactor({ extra: ['X-Tenant-Pin'] });
  t.notMatch(extra.redactJsonText('{"x-tenant-pin":"sk-0123456789abcdefghij"}'), /0123456789/, 'a configured name');
  t.notMatch(redactor.redactJsonText('{"arguments":"{\\"api_key\\" :  \\"sk-0123456789abcdefghij\\"}"}'), /0123456789/, 'inside an escaped JSON string');
  t.notMatch(redactor.redactJsonText('{"Api_Key"\n :\t"sk-0123456789abcdefghij"}'), /0123456789/, 'spaced out');
  t.notMatch(redactor.redactJsonText('{"TOKEN"\u00a0:\u2003"sk-0123456789abcdefghij"}'), /0123456789/, 'spaced out with Unicode spaces');
  t.notMatch(redactor.redactJsonText('{"note":"at 12:30","x":{"secret":"sk-0123456789abcdefghij"}}'), /0123456789/, 'after colons inside values');
  const plain = '{"model":"gpt-4o","input":"What is the weather in Paris?","max_output_tokens":100,"prompt_cache_key":null}';
  t.equal(redactor.redactJsonText(plain), plain, 'a text with no secret name comes back as it was');
});

t.test('a field name written with JSON escapes is judged by its decoded text', async (t) => {
  const cases = {
    'a listed name, \\u escaped': '{"openai\\u002dproject":"proj_Q8vLr2mXk0Tz0123"}',
    'every dash escaped': '{"chatgpt\\u002daccount\\u002did":"acct-7f3a9c21deadbeef"}',
    'a key-like name': '{"api\\u005fkey":"sk-zzzzzzzzzzzzzzzz0123"}',
    'its ending escaped': '{"api_ke\\u0079":"sk-zzzzzzzzzzzzzzzz0123"}',
    'in upper case': '{"\\u0041PI_KEY":"sk-zzzzzzzzzzzzzzzz0123"}',
    'a slash escaped': '{"api\\/key":"sk-zzzzzzzzzzzzzzzz0123"}',
    'inside an escaped JSON string': '{"arguments":"{\\"openai\\\\u002dproject\\":\\"proj_Q8vLr2mXk0Tz0123\\"}"}',
  };
  for (const [name, text] of Object.entries(cases)) {
    const masked = redactor.redactJsonText(text);
    t.notMatch(masked, /Q8vLr2mXk0Tz|7f3a9c21|zzzzzzzz/, `${name}: ${masked}`);
    t.match(masked, /\*\*\*/, name);
  }
  const plain = '{"caf\\u00e9":"a name with an escape, not a secret","x":"\\u00e9t\\u00e9"}';
  t.equal(redactor.redactJsonText(plain), plain, 'an escaped name that is not secret is left as it was');
  t.equal(redactor.redactJsonText('{"bad\\u00zz":"x"}'), '{"bad\\u00zz":"x"}', 'a name that does not decode is left as it was');
});

t.test('values keep a scheme and a short suffix, only from long secrets', async (t) => {
  t.equal(maskValue('Bearer sk-or-v1-0123456789abcdef'), 'Bearer ***cdef');
  t.equal(maskValue('sk-short'), '***');
  t.equal(maskValue('Basic dXNlcjpwYXNzd29yZA=='), 'Basic ***ZA==');
  t.equal(maskValue(''), '***');
});

t.test('headers, URLs and JSON text are masked', async (t) => {
  t.same(redactor.redactHeaders({ authorization: 'Bearer sk-live-0123456789abcdef', 'x-api-key': 'k', cookie: ['a=1', 'b=2'], accept: '*/*' }), {
    authorization: 'Bearer ***cdef', 'x-api-key': '***', cookie: '***', accept: '*/*',
  });
  const proto = redactor.redactHeaders(JSON.parse('{"__proto__":"x","x-api-key":"sk-0123456789abcdefgh"}') as Record<string, string>);
  t.equal(Object.getPrototypeOf(proto), Object.prototype, 'a header named __proto__ is a plain key');
  t.equal(redactor.redactUrl('/v1/responses?api_key=sk-0123456789abcdef&limit=2&key=AIzaSyA0123456789abc'), '/v1/responses?api_key=***cdef&limit=2&key=***9abc');
  t.equal(redactor.redactUrl('/v1/responses?ap%69_key=secret-value-0123'), '/v1/responses?ap%69_key=***0123', 'encoded names are decoded');
  t.equal(redactor.redactUrl('/v1/responses'), '/v1/responses');
  const body = JSON.stringify({ model: 'm', api_key: 'sk-0123456789abcdef', metadata: { token: 'tok-0123456789abcdef' }, input: [{ type: 'function_call', arguments: JSON.stringify({ password: 'hunter2-hunter2-hunter2', city: 'Paris' }) }] });
  const masked = redactor.redactJsonText(body);
  t.notMatch(masked, /sk-0123|tok-0123|hunter2-hunter2/);
  t.same(JSON.parse(masked), { model: 'm', api_key: '***cdef', metadata: { token: '***cdef' }, input: [{ type: 'function_call', arguments: JSON.stringify({ password: '***ter2', city: 'Paris' }) }] });
  t.equal(redactor.redactJsonText('{"model":"m","api_key":"sk-012345678'), '{"model":"m","api_key":"***"', 'a value cut short is masked too');
  t.equal(redactor.redactJsonText('{"key":{"type":"string"},"n":1}'), '{"key":{"type":"string"},"n":1}', 'only string values are masked');
});

t.test('a query parameter is secret when its name, decoded, or a word of it is: brackets, dots, NULs, odd escapes', async (t) => {
  const masked = ['api_key[]', 'key[0]', 'token%5B%5D', 'api_key.x', 'authorization[]', 'api_key%00', 'api_key%zz', 'api_key+', 'creds[access_token]', 'TOKEN[]'];
  for (const name of masked) {
    t.equal(redactor.redactUrl(`/__mock/ui?${name}=adm-secret-0123456789`), `/__mock/ui?${name}=***6789`, name);
  }
  t.equal(redactor.redactUrl('/v1/responses?x=1;api_key=sk-0123456789abcdef&limit=2'), '/v1/responses?x=1;api_key=***cdef&limit=2', 'after a semicolon, separators kept');
  const ordinary = '/v1/responses?limit=2&include[]=reasoning.encrypted_content&page[size]=5&order.by=created&prompt_cache_key=c-0123456789abcdef&max_output_tokens=9&keyword=x';
  t.equal(redactor.redactUrl(ordinary), ordinary, 'ordinary parameters are kept');
  t.ok(redactor.isSecretParameter('api_key[]'));
  t.notOk(redactor.isSecretParameter('include[]'));
});

t.test('masking JSON text is linear on hostile text', async (t) => {
  const hostile = `${'"a":'.repeat(50_000)}${'\\"'.repeat(50_000)}${'"'.repeat(50_000)}`;
  t.equal(redactor.redactJsonText(hostile).length, hostile.length, 'no backtracking blow-up (the run finishes)');
});

t.test("a logprob's token is the model's text: kept, in JSON text and inside a JSON string; any other token is masked", async (t) => {
  const logprobs = JSON.stringify({ logprobs: [{ token: 'Here', logprob: -0.1, bytes: [72, 101, 114, 101] }, { token: ' is', logprob: -0.2 }] });
  t.equal(redactor.redactJsonText(logprobs), logprobs);
  const spaced = '{"token" : "Here" , "logprob": -0.1}';
  t.equal(redactor.redactJsonText(spaced), spaced);
  const escaped = JSON.stringify({ arguments: logprobs });
  t.equal(redactor.redactJsonText(escaped), escaped);
  t.equal(redactor.redactJsonText('{"token":"sk-0123456789abcdefghij","model":"x"}'), '{"token":"***ghij","model":"x"}');
  t.equal(redactor.redactJsonText('{"token":"sk-0123456789abcdefghij"}, "logprob": 1'), '{"token":"***ghij"}, "logprob": 1', 'only a logprob next to it in the same object');
  t.equal(redactor.redactJsonText('{"access_token":"abc","logprob":1}'), '{"access_token":"***","logprob":1}', 'only the name token');
});

t.test('the names a redactor remembers do not keep the texts they were read from alive', async (t) => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const redactor = createRedactor();
  gc();
  const before = process.memoryUsage().heapUsed;
  // Each text holds a secret (so it is scanned) and a field name of its own, remembered by the redactor.
  for (let n = 0; n < 300; n += 1) redactor.redactJsonText(`{"api_key":"sk-${n}","field_name_number_${n}":"v","pad":"${'x'.repeat(100_000)}${n}"}`);
  await nextTurn();
  gc();
  const held = process.memoryUsage().heapUsed - before;
  t.ok(held < 4 * 1024 * 1024, `${(held / 1048576).toFixed(1)} MB held after 300 texts of 100 KB`);
});
