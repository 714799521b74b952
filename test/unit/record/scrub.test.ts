// What a recording keeps of credentials (nothing) and of everything else (all of it), and the recording
// settings that contradict each other.
import t from 'tap';
import { parseConfig } from '../../../src/config/config.js';
import { MAX_BODY_DEPTH, nestsDeeperThan } from '../../../src/domain/validation/body-depth.js';
import { createRedactor } from '../../../src/http/traffic/redact.js';
import { createScrubber, credentialsOf, REDACTED, requestScrubber } from '../../../src/record/scrub.js';
import { scenarioName } from '../../../src/record/recorder.js';

const names = createRedactor({ extra: ['x-team'] });

t.test('secret-named text is redacted; a schema property called key and ordinary fields are kept', async (t) => {
  const scrub = createScrubber({ names, secrets: [] });
  const body = {
    metadata: { api_key: 'k1', clientSecret: 'k2', note: 'kept', prompt_cache_key: 'kept too' },
    tools: [{ type: 'function', name: 'cache_get', parameters: { type: 'object', properties: { key: { type: 'string' } }, required: ['key'] } }],
    usage: { input_tokens: 3, output_tokens: 4 },
    reasoning: { encrypted_content: 'gAAAAB-sk-Abcdefghijklmnopqrstuvwxyz_0123' },
  };
  t.same(scrub.json(body), {
    ...body,
    metadata: { api_key: REDACTED, clientSecret: REDACTED, note: 'kept', prompt_cache_key: 'kept too' },
  });
  t.same(scrub.headers({ authorization: 'Bearer abc', 'x-team': 'blue', accept: 'application/json', cookie: ['a=1', 'b=2'] }), { authorization: REDACTED, 'x-team': REDACTED, accept: 'application/json', cookie: REDACTED });
});

t.test("the request's own credentials and key-shaped text are cut out of every string", async (t) => {
  const headers = { authorization: 'Bearer tok-1234567890', cookie: 'sid=cookie-value-123; theme=dark', accept: '*/*' };
  const secrets = credentialsOf(headers, names);
  t.ok(secrets.includes('tok-1234567890') && secrets.includes('cookie-value-123'));
  const scrub = createScrubber({ names, secrets });
  t.equal(scrub.text('Incorrect API key provided: tok-1234567890.'), `Incorrect API key provided: ${REDACTED}.`);
  t.equal(scrub.text('echo sid=cookie-value-123'), `echo sid=${REDACTED}`);
  t.equal(scrub.text('use sk-or-v1-0123456789abcdef0123 or Bearer abcdefghijklmnop1234'), `use ${REDACTED} or ${REDACTED}`);
  t.equal(scrub.text('dark'), 'dark', 'a short value is not searched for in text');
});

t.test('a secret field is cut out of echoes at any depth a recording may nest', async (t) => {
  // A body whose object holding the secret lies at `level` (the body being level 1), in arrays and objects.
  const bodyHolding = (level: number, secret: string): unknown => {
    let value: unknown = { password: secret };
    for (let at = level - 1; at >= 2; at -= 1) value = at % 2 === 0 ? [value] : { inner: value };
    return level === 1 ? { model: 'm', password: secret } : { model: 'm', input: 'hi', metadata: value, later: [{ ok: 1 }] };
  };
  t.notOk(nestsDeeperThan(bodyHolding(MAX_BODY_DEPTH, 'x'), MAX_BODY_DEPTH), 'the deepest is recordable');
  for (const level of [1, 70, 127, MAX_BODY_DEPTH]) {
    const secret = `hunter2hunter2-at-${level}`;
    const scrub = requestScrubber({ headers: {}, query: '', body: bodyHolding(level, secret) }, names);
    t.equal(scrub.text(`bad password ${secret}`), `bad password ${REDACTED}`, `level ${level}`);
  }
  const beside = { model: 'm', metadata: { api_key: 'not-key-shaped-secret-1' }, input: bodyHolding(300, 'nested-far-too-deep') };
  t.equal(requestScrubber({ headers: {}, query: '', body: beside }, names).text('key not-key-shaped-secret-1'), `key ${REDACTED}`, 'a body nesting too deep still gives up its other secrets');
});

t.test('session ids become scenario names', async (t) => {
  t.equal(scenarioName('suite-a.test_1:x'), 'suite-a.test_1:x');
  t.equal(scenarioName('weather loop #1 / ok'), 'weather-loop-1-ok');
  t.equal(scenarioName('__'), 'session');
});

t.test('recording settings that contradict each other are refused together', async (t) => {
  const result = parseConfig(['--record', 'a', '--record-missing', 'b', '--watch', '--upstream-openai', 'ftp://x', '--record-name', 'bad name'], {});
  t.notOk(result.ok);
  const problems = result.ok === false ? result.problems : [];
  t.match(problems, [/^--record-name: expected a scenario name/, /^--upstream-openai: expected an http:\/\/ or https:\/\/ URL, got 'ftp:\/\/x'$/, /^--record and --record-missing: give one of them$/, /^--watch cannot be combined with --record-missing/]);
  const fine = parseConfig(['--record', 'rec', '--upstream-openrouter', 'http://127.0.0.1:9/api/v1/'], {});
  t.match(fine, { ok: true, config: { record: 'rec', upstreamOpenrouter: 'http://127.0.0.1:9/api/v1' } });
});

t.test('a logprob token in the request is the model\'s text, not a credential to cut everywhere', async (t) => {
  const logprob = { token: ' wonderful', logprob: -0.1, bytes: [], top_logprobs: [] };
  const body = {
    input: [
      { type: 'message', role: 'assistant', content: [{ type: 'output_text', text: ' wonderful', annotations: [], logprobs: [logprob] }] },
      { role: 'user', content: 'what a wonderful day' },
    ],
    metadata: { session_token: 'not-key-shaped-secret-2' },
  };
  const scrub = requestScrubber({ headers: {}, query: '', body }, names);
  t.equal(scrub.text('what a wonderful day'), 'what a wonderful day', 'the word stays in the text');
  t.equal(scrub.text('echo not-key-shaped-secret-2'), `echo ${REDACTED}`, 'a secret-named field is still cut');
  const same = requestScrubber({ headers: {}, query: '', body: { ...body, metadata: { session_token: ' wonderful' } } }, names);
  t.equal(same.text('what a wonderful day'), `what a${REDACTED} day`, 'a credential equal to a token is still one');
});

t.test('object keys are cut as text is; keys that become the same are told apart, never merged', async (t) => {
  const own = 'own-metadata-key-0123456789';
  const scrub = createScrubber({ names, secrets: [own] });
  const key = 'sk-proj-MetadataKey0123456789abcdef';
  const other = 'sk-proj-OtherMetadataKey0123456789';
  const scrubbed = scrub.json({ metadata: { [key]: 'x', [other]: 'y', [`${REDACTED}#2`]: 'taken', [`note ${own}`]: 'z', plain: 'kept' } });
  t.same(scrubbed, { metadata: { [REDACTED]: 'x', [`${REDACTED}#3`]: 'y', [`${REDACTED}#2`]: 'taken', [`note ${REDACTED}`]: 'z', plain: 'kept' } });
  t.same(Object.keys(scrubbed.metadata), [REDACTED, `${REDACTED}#3`, `${REDACTED}#2`, `note ${REDACTED}`, 'plain'], 'in the order they came');
  t.notOk(JSON.stringify(scrubbed).includes('MetadataKey'), 'no key survives');
  t.same(scrub.json({ [`${key}`]: { api_key: 'secret' } }), { [REDACTED]: { api_key: REDACTED } }, 'a cut key keeps its value, scrubbed');
});

t.test('many keys that cut to the same text are told apart in time linear in their number', async (t) => {
  const scrub = createScrubber({ names, secrets: [] });
  const metadata: Record<string, number> = { [`${REDACTED}#5`]: -1 };
  for (let i = 0; i < 20_000; i += 1) metadata[`sk-${String(i).padStart(20, 'a')}`] = i;
  const started = performance.now();
  const scrubbed = scrub.json({ metadata });
  const ms = performance.now() - started;
  const keys = Object.keys(scrubbed.metadata);
  t.equal(keys.length, 20_001, 'none merged');
  t.same(keys.slice(0, 6), [`${REDACTED}#5`, REDACTED, `${REDACTED}#2`, `${REDACTED}#3`, `${REDACTED}#4`, `${REDACTED}#6`], 'the first free names, in order');
  t.equal(scrubbed.metadata[`${REDACTED}#20001`], 19_999);
  // Alone it takes 60 to 250 ms; quadratic, 20,000 keys took about 50 s. The bound leaves room for a loaded machine.
  t.ok(ms < 5000, `linear: ${Math.round(ms)} ms`);
});

t.test('a top logprob alternative that would make a key with the chosen tokens around it is cut', async (t) => {
  const own = 'own-secret-0123456789';
  const scrub = createScrubber({ names, secrets: [own] });
  const entry = (token: string, top: string[] = []) => ({ token, logprob: -0.1, bytes: [...Buffer.from(token)], top_logprobs: [token, ...top].map((alternative) => ({ token: alternative, logprob: -1, bytes: [...Buffer.from(alternative)] })) });
  const list = [entry('Your'), entry(' key:'), entry(' sk'), entry('-proj'), entry(' is', ['-Alternative0123456789abcdef']), entry(' own'), entry(' words', ['-secret-0123456789']), entry(' hidden', ['sk-proj-Whole0123456789abcdef'])];
  const cut = scrub.json({ logprobs: list }).logprobs;
  const redacted = { token: REDACTED, logprob: -1, bytes: [...Buffer.from(REDACTED)] };
  t.same(cut[4]!.top_logprobs, [list[4]!.top_logprobs[0], redacted], 'a piece that ends a key begun by the chosen tokens');
  t.same(cut[6]!.top_logprobs, [list[6]!.top_logprobs[0], redacted], "a piece of the request's own credential");
  t.same(cut[7]!.top_logprobs, [list[7]!.top_logprobs[0], redacted], 'a whole key');
  t.same([...cut.slice(0, 4), cut[5]], [...list.slice(0, 4), list[5]], 'the rest as it came');
  t.notOk(JSON.stringify(cut).includes('Alternative0123'), 'no piece survives');
});
