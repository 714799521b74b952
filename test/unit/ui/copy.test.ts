// The inspector's pure parts: the curl command (quoting that survives any body, masked credentials as a
// variable with a placeholder, no cut body), the scenario a request's answer becomes, the JSON path of a
// validation error located in a body and marked in its pretty-printed text, and the list's filters.
import { execFileSync } from 'node:child_process';
import t from 'tap';
import { curlCommand, shellQuote } from '../../../ui/copy.js';
import { scenarioRule } from '../../../ui/rule.js';
import { answeredBy, matchesFilters, pollStart } from '../../../ui/format.js';
import { locate, parsePath, printJson } from '../../../ui/json-view.js';

const entry = (fields: Record<string, unknown> = {}) => ({
  id: 7,
  method: 'POST',
  path: '/v1/responses',
  provider: 'openai',
  headers: { 'content-type': 'application/json', authorization: 'Bearer ***cdef', cookie: '***', 'x-mock-session': "it's" },
  body: JSON.stringify({ model: 'gpt-4o', input: "it's <b>" }),
  bodyBytes: 36,
  status: 200,
  answer: JSON.stringify({ object: 'response', status: 'completed', output: [{ type: 'message', content: [{ type: 'output_text', text: 'Hello.' }] }] }),
  stream: null,
  error: null,
  ...fields,
});

t.test('curl: every value single-quoted, masked keys as a variable, cookies left out, cut bodies refused', async (t) => {
  t.equal(shellQuote("a'b"), `'a'\\''b'`);
  const made = curlCommand(entry(), 'http://127.0.0.1:8080');
  t.ok(made.ok);
  const command = (made as { command: string }).command;
  t.match(command, /^curl -sS -X POST 'http:\/\/127\.0\.0\.1:8080\/v1\/responses'/);
  t.match(command, /-H "authorization: Bearer \$\{OPENAI_API_KEY:-sk-placeholder\}"/);
  t.match(command, /-H 'x-mock-session: it'\\''s'/);
  t.notMatch(command, /cookie/);
  t.match(command, /--data-raw '\{"model":"gpt-4o","input":"it'\\''s <b>"\}'$/);
  t.match(curlCommand(entry({ provider: 'openrouter' }), '').ok && (curlCommand(entry({ provider: 'openrouter' }), '') as { command: string }).command, /OPENROUTER_API_KEY/);
  const cut = curlCommand(entry({ body: '{"input":"xx…[responses-mock: 5 of 20 bytes cut; raise --journal-body-limit to keep more]' }), '');
  t.match(cut, { ok: false, reason: /--journal-body-limit/ });
});

t.test('curl: a credential the journal masked in the query becomes the key variable too, the rest as sent', async (t) => {
  const made = curlCommand(entry({ path: '/v1/responses?api_key=***cdef&note=a"b$c`d\\e&key' }), 'http://127.0.0.1:8080') as { ok: true; command: string };
  const word = /^curl -sS -X POST (\S+)/.exec(made.command)![1]!;
  t.equal(word, '"http://127.0.0.1:8080/v1/responses?api_key=${OPENAI_API_KEY:-sk-placeholder}&note=a\\"b\\$c\\`d\\\\e&key"');
  const shell = (env: Record<string, string>) => execFileSync('bash', ['-c', `printf %s ${word}`], { env: { PATH: process.env.PATH, ...env } }).toString();
  t.equal(shell({}), 'http://127.0.0.1:8080/v1/responses?api_key=sk-placeholder&note=a"b$c`d\\e&key', 'the placeholder, every other character as sent');
  t.equal(shell({ OPENAI_API_KEY: 'sk-real' }), 'http://127.0.0.1:8080/v1/responses?api_key=sk-real&note=a"b$c`d\\e&key', 'or the key from the environment');
  t.match((curlCommand(entry({ path: '/v1/responses?limit=2' }), '') as { command: string }).command, /^curl -sS -X POST '\/v1\/responses\?limit=2'/, 'nothing masked: single-quoted as before');
});

t.test('curl for a socket message: the same create over HTTP, streamed; a handshake has none', async (t) => {
  const message = entry({ transport: 'websocket', method: 'WS', body: JSON.stringify({ type: 'response.create', model: 'gpt-4o', input: 'hi', generate: true }) });
  const made = curlCommand(message, 'http://127.0.0.1:8080') as { ok: true; command: string };
  t.match(made.command, /^curl -sS -X POST 'http:\/\/127\.0\.0\.1:8080\/v1\/responses' -N/);
  t.match(made.command, /--data-raw '\{"model":"gpt-4o","input":"hi","stream":true\}'$/, 'no type, no generate');
  const handshake = { authorization: 'Bearer ***cdef', 'x-mock-session': 'cpws' };
  const laned = curlCommand(entry({ transport: 'websocket', method: 'WS', headers: handshake, body: JSON.stringify({ type: 'response.create', model: 'gpt-4o', input: 'hi', stream_id: 'lane1', background: true }) }), '') as { ok: true; command: string };
  t.match(laned.command, /-H 'content-type: application\/json'/, 'a handshake has no content type: the copy sends JSON');
  t.match(laned.command, /--data-raw '\{"model":"gpt-4o","input":"hi","stream":true\}'$/, 'no lane, no background (a socket ignores it)');
  t.equal((laned.command.match(/content-type/g) ?? []).length, 1);
  t.equal(((made.command.match(/content-type/g)) ?? []).length, 1, 'a content type given is not given twice');
  t.match(curlCommand(entry({ transport: 'websocket', method: 'GET', body: '' }), ''), { ok: false, reason: /handshake/ });
  t.match(curlCommand(entry({ transport: 'websocket', method: 'WS', body: '{"type":"response.cancel"}' }), ''), { ok: false, reason: /response\.create/ });
});

t.test('a scenario from the answer: text, calls with their arguments, errors, streams', async (t) => {
  const text = scenarioRule(entry()) as { ok: true; scenario: { rules: Array<Record<string, unknown>> } };
  t.match(text.scenario.rules[0], { match: { message: "it's <b>", provider: 'openai' }, respond: { text: 'Hello.' }, times: 'always' });
  const calls = scenarioRule(entry({
    body: JSON.stringify({ model: 'm', input: [{ role: 'user', content: 'weather?' }], tools: [{ type: 'function', name: 'get_weather' }, { type: 'namespace', name: 'crm', tools: [{ type: 'function', name: 'lookup' }] }], stream: true }),
    answer: '',
    stream: { steps: [{ type: 'response.completed', data: JSON.stringify({ response: { output: [{ type: 'function_call', name: 'get_weather', arguments: '{"city":"Paris"}' }] } }) }] },
  })) as { ok: true; scenario: { rules: Array<Record<string, unknown>> } };
  t.match(calls.scenario.rules[0], { match: { message: 'weather?', tools: ['get_weather', 'crm.lookup'], stream: true }, respond: { calls: [{ name: 'get_weather', arguments: { city: 'Paris' } }] } });
  const refused = scenarioRule(entry({ status: 429, answer: JSON.stringify({ error: { message: 'Slow down.', type: 'rate_limit_exceeded', code: 'rate_limit_exceeded', param: null } }) })) as { ok: true; scenario: { rules: Array<Record<string, unknown>> } };
  t.match(refused.scenario.rules[0], { respond: { error: { status: 429, message: 'Slow down.', type: 'rate_limit_exceeded' } } });
  t.match(scenarioRule(entry({ answer: '', stream: { steps: [] } })), { ok: false, reason: /stream/ });
  t.match(scenarioRule(entry({ body: 'not json' })), { ok: false });
  const keyed = (input: string) => (scenarioRule(entry({ body: JSON.stringify({ model: 'gpt-4o', input }) })) as { ok: true; scenario: { rules: Array<{ match: { message: unknown } }> } }).scenario.rules[0]!.match.message;
  t.same(keyed('Please repeat: my key [redacted] (and $5?)'), { regex: 'Please repeat: my key [\\s\\S]+ \\(and \\$5\\?\\)', flags: 'i' }, 'a credential the journal cut: any text in its place');
  const copied = keyed('Please repeat: my key [redacted] (and $5?)') as { regex: string; flags: string };
  const pattern = new RegExp(copied.regex, copied.flags);
  t.ok(pattern.test('please REPEAT: my key sk-proj-ZYXWVUTSRQPONM9876 (and $5?)'), 'the request with its key matches, in any case as a plain message does');
  t.equal(keyed('no key here'), 'no key here', 'a plain message stays a plain text');
  const emoji = keyed(`[redacted] ${'x'.repeat(187)}😀 tail`) as { regex: string; flags: string };
  t.ok(new RegExp(emoji.regex, emoji.flags).test(`sk-key ${'x'.repeat(187)}😀 tail`) && !emoji.regex.endsWith('\ud83d'), 'a character cut in half at the limit is left out');
  t.equal(keyed(`${'x'.repeat(195)}[redacted] tail`), 'x'.repeat(195), 'a marker cut short at the end is left out');
  t.same(keyed(`${'x'.repeat(190)}[redacted] tail`), { regex: `${'x'.repeat(190)}[\\s\\S]+`, flags: 'i' }, 'a marker ending at the cut is kept');
});

t.test('the JSON path at fault: parsed, located (or its nearest part), and marked in the printed text', async (t) => {
  t.same(parsePath('input[2].content[0].type'), ['input', 2, 'content', 0, 'type']);
  const body = { model: 'm', input: [{ role: 'user', content: [{ type: 'input_txt', text: 'x' }] }] };
  t.same(locate(body, parsePath('input[0].content[0].type')), { found: ['input', 0, 'content', 0, 'type'], missing: [] });
  t.same(locate(body, parsePath('input[0].content[3].type')), { found: ['input', 0, 'content'], missing: [3, 'type'] });
  t.same(locate(body, parsePath('__proto__.x')), { found: [], missing: ['__proto__', 'x'] }, 'only own keys');
  const printed = printJson(body, ['input', 0, 'content', 0, 'type']);
  t.equal(printed.text, JSON.stringify(body, null, 2), 'the same text as JSON.stringify');
  t.equal(printed.text.slice(...printed.range!), '"type": "input_txt"', 'the marked member, key and value');
  const element = printJson([1, [2, 3]], [1, 0]);
  t.equal(element.text.slice(...element.range!), '2');
});

t.test('filters and what answered', async (t) => {
  const row = { session: 'CI-1', method: 'POST', path: '/api/v1/responses', provider: 'openrouter', status: 429, scenario: 'faults', rule: { index: 0, name: 'limited' }, engine: null, error: null };
  t.ok(matchesFilters(row, { session: 'ci', path: 'openrouter', status: '4xx', scenario: 'limit' }));
  t.ok(matchesFilters(row, { status: '!200' }));
  t.notOk(matchesFilters(row, { status: '200' }));
  t.notOk(matchesFilters(row, { scenario: 'engine' }));
  t.ok(matchesFilters({ ...row, status: null }, { status: 'pending' }));
  t.equal(answeredBy(row), 'faults › limited');
  t.equal(answeredBy({ ...row, rule: { ...row.rule, turn: 2 } }), 'faults › limited (turn 2)', 'the turn, when known');
  t.equal(answeredBy({ ...row, rule: null, scenario: null, engine: { tools: ['a', 'b'] } }), 'engine → a, b');
  t.equal(answeredBy({ ...row, rule: null, scenario: null, error: { code: 'invalid_value' } }), 'refused: invalid_value');
  const proxied = { ...row, rule: null, scenario: null, upstream: 'https://api.openai.com/v1' };
  t.equal(answeredBy(proxied), 'upstream https://api.openai.com/v1 (recording)', 'a recording proxy\'s request');
  t.ok(matchesFilters(proxied, { scenario: 'upstream' }));
});

t.test('polling resumes after the newest entry, or before the oldest recent one still being answered', async (t) => {
  const at = (ms: number) => new Date(ms).toISOString();
  const entries = [
    { id: 9, durationMs: 1, time: at(9000) },
    { id: 8, durationMs: null, time: at(8000) },
    { id: 7, durationMs: null, time: at(1000) },
    { id: 3, durationMs: null, time: at(2000) },
  ];
  t.equal(pollStart(entries, { newestId: 9, window: 100, since: 5000 }), 7, 'entry 8 is still being answered');
  t.equal(pollStart(entries, { newestId: 9, window: 100, since: 9500 }), 9, 'too old to wait for');
  t.equal(pollStart(entries, { newestId: 9, window: 100, since: 0 }), 2);
  t.equal(pollStart(entries, { newestId: 9, window: 4, since: 0 }), 6, 'no further back than the window');
});

t.test('scenario from a hosted answer: loaded again, it answers with the same items and text', async (t) => {
  const { testApp, post, OPENAI } = await import('../../helpers/app.js');
  const source = testApp();
  t.teardown(() => source.close());
  const requests = [
    { model: 'gpt-4.1', input: 'Use python to compute 6 * 7 and save it', tools: [{ type: 'code_interpreter', container: { type: 'auto' } }], include: ['code_interpreter_call.outputs'] },
    { model: 'gpt-4.1', input: 'What does the travel policy document say?', tools: [{ type: 'file_search', vector_store_ids: ['vs_1'] }] },
    { model: 'gpt-4.1', input: 'Create notes.md with milk and eggs', tools: [{ type: 'apply_patch' }] },
    { model: 'gpt-4.1', input: 'Search the web for news about Artemis', tools: [{ type: 'web_search' }], include: ['web_search_call.action.sources'] },
  ];
  for (const body of requests) {
    const first = (await post(source, { url: OPENAI, body })).body;
    const journal = JSON.parse((await source.inject({ method: 'GET', url: '/__mock/requests?limit=1' })).body) as { requests: Array<Record<string, unknown>> };
    const made = scenarioRule(journal.requests[0]!) as { ok: true; name: string; scenario: Record<string, unknown> };
    t.ok(made.ok, body.input);
    const replay = testApp({ scenarios: { [made.name]: made.scenario } } as Parameters<typeof testApp>[0]);
    const again = (await post(replay, { url: OPENAI, body, headers: { 'x-mock-scenario': made.name } })).body;
    const answered = JSON.parse((await replay.inject({ method: 'GET', url: '/__mock/requests?limit=1' })).body) as { requests: Array<{ scenario?: string }> };
    t.equal(answered.requests[0]!.scenario, made.name, 'answered by the copied scenario, not the engine');
    await replay.close();
    const shape = (response: Record<string, unknown>) => (response.output as Array<Record<string, unknown>>).map((item) => {
      const { id: _id, ...rest } = item;
      return item.type === 'message' ? { type: 'message', text: (rest.content as Array<{ text: string }>)[0]!.text } : rest;
    });
    t.same(shape(again), shape(first), `${body.input}: the same items (ids aside) and text`);
  }
});
