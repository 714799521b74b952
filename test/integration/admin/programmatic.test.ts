// startMockServer() as the README documents it: options (seed, fixtures, scenarios, default scenario), start-up
// errors as a rejected StartupError, useScenario's returned name, requests() as the raw journal entries.
import t from 'tap';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMockServer, StartupError } from '../../../src/index.js';

const create = (url: string, session: string) => fetch(`${url}/v1/responses`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-mock-session': session },
  body: JSON.stringify({ model: 'gpt-4o-mini', input: 'hi' }),
}).then((answer) => answer.json() as Promise<{ id: string; output: Array<{ content?: Array<{ text: string }> }> }>);

t.test('options: seed, fixtures folders, scenarios in code and the default scenario', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'fixtures-'));
  writeFileSync(join(dir, 'a.yaml'), 'scenarios:\n  from-file:\n    rules:\n      - respond: { text: from a file }\n        times: always\n');
  const mock = await startMockServer({ seed: 3, fixtures: dir, shippedFixtures: false, scenarios: { inline: { rules: [{ respond: { text: 'from code' }, times: 'always' }] } }, scenario: 'from-file' });
  t.teardown(() => mock.close());
  t.same(mock.app.mock.scenarios.names(), ['from-file', 'inline']);
  const first = await create(mock.url, 's');
  t.equal(first.output[0]!.content![0]!.text, 'from a file', 'the default scenario answers');
  t.equal((await create(mock.url, 's')).id, first.id, 'seeded: the same request gives the same id');
  t.equal(mock.useScenario('inline', { session: 's' }), 'inline');
  t.equal((await create(mock.url, 's')).output[0]!.content![0]!.text, 'from code');
  t.match(mock.useScenario({ rules: [{ respond: { text: 'x' } }] }), /^inline-\d+$/, 'a definition without a name gets a generated one');
  t.equal(mock.useScenario({ rules: [{ respond: { text: 'x' } }] }, { name: 'mine' }), 'mine');
  const sent = mock.requests({ session: 's' });
  t.ok(Array.isArray(sent), 'an array, not the admin route\'s wrapper');
  t.equal(sent.length, 3);
  t.equal(typeof sent[0]!.body, 'string', 'the raw body');
  t.equal(JSON.parse(sent[0]!.body).input, 'hi');
  t.match(sent[0], { status: 200, scenario: 'from-file', rule: { index: 0 } });
});

t.test('an invalid scenario or unknown default rejects with a StartupError listing the problems', async (t) => {
  const invalid = await startMockServer({ fixtures: false, scenarios: { bad: { rules: [] } } }).catch((error: unknown) => error);
  t.ok(invalid instanceof StartupError);
  t.match((invalid as StartupError).problems, [/^scenarios\.bad: rules: must have at least 1 item/]);
  const unknown = await startMockServer({ fixtures: false, scenario: 'nope' }).catch((error: unknown) => error);
  t.match((unknown as StartupError).problems, [/^--scenario: no scenario named 'nope'/]);
  const near = await startMockServer({ fixtures: false, scenarios: { 'basic-tool-call': { rules: [{ respond: { text: 'x' } }] }, other: { rules: [{ respond: { text: 'y' } }] } }, scenario: 'basic-tool-cal' }).catch((error: unknown) => error);
  t.same((near as StartupError).problems, ["--scenario: no scenario named 'basic-tool-cal' (known: basic-tool-call (the nearest), other)"]);
});

t.test('an unknown name, from useScenario or x-mock-scenario, names the nearest loaded scenario first', async (t) => {
  const mock = await startMockServer({ fixtures: false, scenarios: { 'basic-tool-call': { rules: [{ respond: { text: 'x' } }] }, other: { rules: [{ respond: { text: 'y' } }] } } });
  t.teardown(() => mock.close());
  t.throws(() => mock.useScenario('basic-tool-cal'), { message: "No scenario named 'basic-tool-cal'. Known: basic-tool-call (the nearest), other." });
  const answer = await fetch(`${mock.url}/v1/responses`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-mock-scenario': 'basic-tool-cal' }, body: JSON.stringify({ model: 'gpt-4o', input: 'hi' }) });
  t.equal(answer.status, 400);
  t.equal(((await answer.json()) as { error: { message: string } }).error.message, "Unknown scenario 'basic-tool-cal' in 'x-mock-scenario'. Known scenarios: basic-tool-call (the nearest), other.");
});

t.test('tests in parallel may give their scenarios the same name: each session keeps the definition it was given', async (t) => {
  const mock = await startMockServer({ fixtures: false });
  t.teardown(() => mock.close());
  const define = (text: string) => ({ rules: [{ respond: { text }, times: 'always' as const }] });
  mock.useScenario(define('first test'), { session: 'a', name: 'weather' });
  mock.useScenario(define('second test'), { session: 'b', name: 'weather' });
  const [a, b] = await Promise.all([create(mock.url, 'a'), create(mock.url, 'b')]);
  t.equal(a.output[0]!.content![0]!.text, 'first test', 'session a answers from its own definition');
  t.equal(b.output[0]!.content![0]!.text, 'second test', 'session b from its own');
  t.match(mock.requests({ session: 'a' }), [{ scenario: 'weather', rule: { index: 0, turn: 1 } }], 'the journal names it as given');
  mock.useScenario('weather', { session: 'a' });
  t.equal((await create(mock.url, 'a')).output[0]!.content![0]!.text, 'second test', 'by name: the scenario registered under it now');
});

t.test('options are checked as the command line is: a mistyped name or a value out of range rejects, listing each', async (t) => {
  const error = await startMockServer({ fixtures: false, sesionLimit: 3, streamDelayMs: -5, seed: '1', strictness: 'loose', shippedFixtures: 'no', redact: 'x-trace' } as never).catch((caught: unknown) => caught);
  t.ok(error instanceof StartupError, 'a StartupError');
  t.same((error as StartupError).problems, [
    "sesionLimit: not an option (did you mean 'sessionLimit'?)",
    'streamDelayMs: expected an integer of 0 or more, got -5',
    "seed: expected an integer of 0 or more, got '1'",
    "strictness: expected one of strict, lenient, got 'loose'",
    "shippedFixtures: expected true or false, got 'no'",
    "redact: expected an array of strings, got 'x-trace'",
  ]);
  for (const [options, problem] of [
    [{ port: 70000 }, 'port: expected an integer from 0 to 65535, got 70000'],
    [{ port: 1.5 }, 'port: expected an integer from 0 to 65535, got 1.5'],
    [{ port: -1 }, 'port: expected an integer from 0 to 65535, got -1'],
    [{ port: 'abc' }, "port: expected an integer from 0 to 65535, got 'abc'"],
    [{ port: Number.NaN }, 'port: expected an integer from 0 to 65535, got NaN'],
    [{ port: 'a\nb' }, "port: expected an integer from 0 to 65535, got 'a\\nb'"],
    [{ host: 12 }, "host: expected an address to bind as a string ('127.0.0.1', '::1', 'localhost'), got 12"],
  ] as const) {
    const refused = await startMockServer({ fixtures: false, ...options } as never).catch((caught: unknown) => caught);
    t.ok(refused instanceof StartupError, `${JSON.stringify(options)}: a StartupError, not Node's own error`);
    t.same((refused as StartupError).problems, [problem]);
  }
  for (const port of ['0', null]) {
    const server = await startMockServer({ fixtures: false, port } as never);
    t.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/, `port ${JSON.stringify(port)}: digits as text (process.env) or null listen, as before`);
    await server.close();
  }
  t.same(await startMockServer({ fixtures: false, port: 1e6, sesionLimit: 3 } as never).catch((caught: unknown) => (caught as StartupError).problems), [
    'port: expected an integer from 0 to 65535, got 1000000',
    "sesionLimit: not an option (did you mean 'sessionLimit'?)",
  ], 'listed beside the other options\' problems');
  t.same(await startMockServer({ fixtures: false, recordName: 'suite', recordTiming: true }).catch((caught: unknown) => (caught as StartupError).problems), [
    'recordName: takes effect only with record or recordMissing, and neither is given',
    'recordTiming: takes effect only with record or recordMissing, and neither is given',
  ], 'recording options without record, as the command line refuses them');
  t.match(await startMockServer({ fixtures: 'x' as never, loger: true } as never).catch((caught: unknown) => (caught as StartupError).problems), [/^loger: not an option \(did you mean 'logger'\?\)$/]);
  t.match(await startMockServer({ fixtures: 3 as never }).catch((caught: unknown) => (caught as StartupError).problems), ['fixtures: expected a folder, an array of folders or false, got 3']);
  // Thousands of unknown names list the options once; a megabyte name or value is shown cut.
  const many = Object.fromEntries(Array.from({ length: 2_000 }, (_, index) => [`zz${index}`, 1]));
  const problemsOf = (options: object): Promise<string[]> => startMockServer(options as never).then(async (mock) => {
    await mock.close();
    return [];
  }, (caught: unknown) => (caught as StartupError).problems);
  const manyProblems = await problemsOf({ fixtures: false, ...many });
  t.equal(manyProblems.length, 2_000);
  t.match(manyProblems[0], /^zz0: not an option; the options are the command line's settings by their camelCase names: /);
  t.equal(manyProblems[1], 'zz1: not an option', 'the names are listed once');
  const long = await problemsOf({ fixtures: false, ['x'.repeat(1 << 20)]: 1, streamDelayMs: 'y'.repeat(1 << 20) });
  t.equal(long.length, 2);
  t.ok(long.every((problem) => problem.length < 2_000), `problems of ${long.map((problem) => problem.length).join(', ')} characters`);
  const mock = await startMockServer({ fixtures: false, upstreamOpenai: 'https://example.test/v1/', redact: ['x-trace'], port: 0 });
  t.teardown(() => mock.close());
  t.equal(mock.app.mock.config.upstreamOpenai, 'https://example.test/v1', 'read as the command line reads it');
});

t.test('reset forgets the default scenario useScenario gave the session, as the README says', async (t) => {
  const mock = await startMockServer({ fixtures: false });
  t.teardown(() => mock.close());
  mock.useScenario({ rules: [{ respond: { text: 'scripted' }, times: 'always' }] }, { session: 'r' });
  t.equal((await create(mock.url, 'r')).output[0]!.content![0]!.text, 'scripted');
  mock.reset({ session: 'r' });
  t.same(mock.requests({ session: 'r' }), [], 'the journal is empty');
  t.not((await create(mock.url, 'r')).output[0]!.content?.[0]?.text, 'scripted', 'the rule-based engine answers again');
  t.match(mock.requests({ session: 'r' }), [{ scenario: null }]);
});

t.test('a scenario name given in code is held to the rule a file\'s is', async (t) => {
  const problems = await startMockServer({ fixtures: false, scenarios: { 'bad name!': { rules: [{ respond: { text: 'x' } }] } } }).catch((error: unknown) => (error as StartupError).problems);
  t.same(problems, ["scenarios: 'bad name!' is not a scenario name (letters, digits, _ . : -; at most 128 characters, starting with a letter or digit)"]);
  const mock = await startMockServer({ fixtures: false });
  t.teardown(() => mock.close());
  t.throws(() => mock.useScenario({ rules: [{ respond: { text: 'x' } }] }, { name: 'no good' }), { message: /^Invalid scenario:\n\(name\): 'no good' is not a scenario name/ });
});

t.test('a mistyped option of useScenario, requests or reset throws, naming the nearest; the default session is left alone', async (t) => {
  const mock = await startMockServer({ fixtures: false });
  t.teardown(() => mock.close());
  await create(mock.url, 'default');
  const call = (run: () => unknown) => { try { run(); return 'no error'; } catch (error) { return `${(error as Error).name}: ${(error as Error).message}`; } };
  // Options as a JavaScript test may write them, past what the types allow.
  const loose = mock as unknown as Record<'useScenario' | 'requests' | 'reset', (...args: unknown[]) => unknown>;
  t.equal(call(() => loose.reset({ sesion: 'mine' })), "TypeError: reset(): unknown option 'sesion' (did you mean 'session'?); reset() takes { session, all }");
  t.equal(call(() => loose.requests('mine')), "TypeError: requests() takes { session }, not the string 'mine': write requests({ session: 'mine' })");
  t.equal(call(() => loose.useScenario({ rules: [{ respond: { text: 'x' } }] }, 'mine')), "TypeError: useScenario() takes { session, name }, not the string 'mine': write useScenario(scenario, { session: 'mine' })");
  t.equal(call(() => loose.useScenario({ rules: [{ respond: { text: 'x' } }] }, { sessions: 'mine' })), "TypeError: useScenario(): unknown option 'sessions' (did you mean 'session'?); useScenario() takes { session, name }");
  t.equal(mock.requests().length, 1, 'the default session kept its journal');
  t.equal(mock.app.mock.sessions.peek('default')?.scenario ?? null, null, 'and has no scenario');
  t.equal(call(() => mock.requests({ session: 'mine' })), 'no error');
  t.equal(call(() => mock.reset({ all: true })), 'no error');
});
