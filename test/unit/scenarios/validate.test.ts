// Fixture validation lists every problem with its path, schema failures and semantic ones alike.
import t from 'tap';
import { validateFixtureFile, validateScenario } from '../../../src/domain/scenarios/validate.js';

t.test('a valid file passes', async (t) => {
  const result = validateFixtureFile({
    scenarios: {
      weather: {
        description: 'd',
        rules: [
          { match: { message: 'weather', tools: ['get_weather'] }, respond: { calls: [{ name: 'get_weather', arguments: { city: 'Paris' } }] } },
          { match: { afterToolOutput: 'get_weather', message: { regex: '^w', flags: 'i' } }, respond: { text: 'sunny' }, times: 'always' },
          { respond: { error: { status: 429, headers: { 'retry-after': '1' } } }, times: 2 },
        ],
      },
    },
  });
  t.ok(result.ok, result.ok ? '' : result.problems.join('\n'));
});

t.test('every problem is listed with its path', async (t) => {
  const result = validateFixtureFile({
    scenarios: {
      'bad name!': { rules: [{ respond: {} }] },
      broken: {
        rules: [
          { mach: {}, respond: {} },
          { respond: { calls: [{ arguments: {} }] }, times: 0 },
          { match: { message: 5, turn: { min: 3, max: 1 } }, respond: { text: 'x' } },
          { match: { message: { regex: '(' } }, respond: { error: { status: 429 }, text: 'x' } },
          { respond: { error: { status: 200 } } },
        ],
      },
      empty: { rules: [] },
    },
  });
  t.notOk(result.ok);
  const problems = result.ok ? [] : result.problems;
  const expect = [
    /^scenarios: name 'bad name!' is not allowed/,
    /^scenarios\.broken\.rules\[0\]: unknown field 'mach' \(did you mean 'match'\?\)/,
    /^scenarios\.broken\.rules\[1\]\.respond\.calls\[0\]: 'name' is required/,
    /^scenarios\.broken\.rules\[1\]\.times: must be >= 1$/,
    /^scenarios\.broken\.rules\[2\]\.match\.message: must be a string or an object with equals\/contains\/regex\/flags \(got the number 5\)$/,
    /^scenarios\.broken\.rules\[4\]\.respond\.error\.status: must be >= 400/,
    /^scenarios\.empty\.rules: must have at least 1 item/,
  ];
  for (const pattern of expect) t.ok(problems.some((p) => pattern.test(p)), `${pattern}\n  in: ${problems.join('\n      ')}`);
});

t.test('semantic problems once the schema holds', async (t) => {
  const result = validateScenario({
    rules: [
      { match: { message: { regex: '(' } }, respond: { error: { status: 429 }, text: 'x' } },
      { match: { turn: { min: 3, max: 1 }, headers: { 'X-Test': 'a' } }, respond: { fail: { code: 'c', message: 'm' }, incomplete: 'max_output_tokens' } },
    ],
  });
  t.notOk(result.ok);
  t.same(result.ok ? [] : result.problems, [
    "rules[0].respond: 'error' answers with an HTTP error; it cannot be combined with text, json, refusal, calls, hosted, fail or incomplete",
    'rules[0].match.message.regex: does not compile (Invalid regular expression: /(/: Unterminated group)',
    "rules[1].respond: 'fail' and 'incomplete' are exclusive",
    'rules[1].match.turn: min 3 is above max 1',
    'rules[1].match.headers.X-Test: header names must be lower case',
  ]);
});

t.test('injected error headers must be valid HTTP and leave framing alone', async (t) => {
  const result = validateScenario({
    rules: [{ respond: { error: { status: 429, headers: { 'retry-after': '1\r\nx-injected: yes', 'bad name': 'v', 'content-length': '5', 'x-ok': 'tab\tand obs-text \u00e9' } } } }],
  });
  t.notOk(result.ok);
  const problems = result.ok ? [] : result.problems;
  t.match(problems, [
    /^rules\[0\]\.respond\.error\.headers\.retry-after: the value contains a line break/,
    /^rules\[0\]\.respond\.error\.headers: header name "bad name" is not a valid HTTP header name/,
    /^rules\[0\]\.respond\.error\.headers\.content-length: 'content-length' frames the response/,
  ]);
  t.equal(problems.length, 3, 'a tab and Latin-1 text are allowed');
});

t.test('regex problems are listed beside schema problems, in the same pass', async (t) => {
  const file = validateFixtureFile({
    scenarios: {
      broken: { rules: [{ match: { message: { regex: '(a)\\1' } }, respond: { text: 'x' } }] },
      broken2: { rules: [{ match: { mesage: 'weather', model: { regex: '(?=a)', flags: 'i' } }, respond: { text: 'hi' } }] },
    },
  });
  t.match(file.ok ? [] : file.problems, [
    /^scenarios\.broken2\.rules\[0\]\.match: unknown field 'mesage' \(did you mean 'message'\?\)/,
    /^scenarios\.broken\.rules\[0\]\.match\.message\.regex: uses what the linear-time engine \(RE2\) does not run/,
    /^scenarios\.broken2\.rules\[0\]\.match\.model\.regex: uses what the linear-time engine \(RE2\) does not run/,
  ]);
  const one = validateScenario({ rules: [{ match: { foo: 1 }, respond: { text: 'x' } }, { match: { headers: { 'x-a': { regex: '(' } } }, respond: { text: 'y' } }] });
  t.match(one.ok ? [] : one.problems, [/^rules\[0\]\.match: unknown field 'foo'/, /^rules\[1\]\.match\.headers\.x-a\.regex: does not compile/]);
  const badFlags = validateScenario({ rules: [{ match: { message: { regex: '(?=a)', flags: 'x' } }, respond: { text: 'x' } }] });
  t.equal(badFlags.ok ? 0 : badFlags.problems.length, 1, 'a regex with flags the schema refuses is not compiled as well');
});

t.test('a string match given as an object names its own problem', async (t) => {
  const problemsOf = (message: unknown) => {
    const result = validateScenario({ rules: [{ match: { message }, respond: { text: 'x' } }] });
    return result.ok ? [] : result.problems;
  };
  t.same(problemsOf({ regex: 'a', flags: 'x' }), ["rules[0].match.message.flags: 'x' is not a set of supported regex flags: i, m, s (and u, v, g, y, d, which change nothing here)"]);
  t.same(problemsOf({ regex: 'a', flags: 5 }), ['rules[0].match.message.flags: must be a string (got the number 5)']);
  t.same(problemsOf({ regx: 'a' }), ["rules[0].match.message: unknown field 'regx' (did you mean 'regex'?); known fields: equals, contains, regex, flags"]);
  t.same(problemsOf(5), ['rules[0].match.message: must be a string or an object with equals/contains/regex/flags (got the number 5)'], 'neither a string nor an object: the union is named');
  const afterToolOutput = validateScenario({ rules: [{ match: { afterToolOutput: { tol: 'f' } }, respond: { text: 'x' } }] });
  t.match(afterToolOutput.ok ? [] : afterToolOutput.problems, [/^rules\[0\]\.match\.afterToolOutput: unknown field 'tol' \(did you mean 'tool'\?\)/]);
});

t.test("one rule's union does not hide another rule's problem in the same union", async (t) => {
  const rules = Array.from({ length: 11 }, () => ({ match: { message: 'ok' }, respond: { text: 'x' } }));
  rules[0] = { match: { message: { regx: 'a' } }, respond: { text: 'x' } } as never;
  rules[1] = { match: { message: 123 }, respond: { text: 'y' } } as never;
  rules[10] = { match: { message: { equals: 'a', flag: 'i' } }, respond: { text: 'z' } } as never;
  const result = validateScenario({ rules });
  t.same(result.ok ? [] : result.problems, [
    "rules[0].match.message: unknown field 'regx' (did you mean 'regex'?); known fields: equals, contains, regex, flags",
    'rules[1].match.message: must be a string or an object with equals/contains/regex/flags (got the number 123)',
    "rules[10].match.message: unknown field 'flag' (did you mean 'flags'?); known fields: equals, contains, regex, flags",
  ], 'rules[1] is not a prefix of rules[10]');
});

t.test('a scenario of 16,000 faulty rules is checked in time linear in its rules', async (t) => {
  // Each error is paired only with the unions of its own rule. Pairing it with every rule's union made this
  // take minutes (one admin PUT blocked the server); linear, it takes about a second. Nothing but time tells the
  // two apart, so the bound is loose enough for a busy machine and still far below the quadratic time.
  const rules = Array.from({ length: 16_000 }, () => ({ match: { message: { regx: 'a' } }, respond: { text: 'x' } }));
  const started = performance.now();
  const result = validateScenario({ rules });
  const elapsed = performance.now() - started;
  const problems = result.ok ? [] : result.problems;
  t.equal(problems.length, 101, 'the first hundred listed, and a line for the rest');
  t.ok(elapsed < 10_000, `checked in ${Math.round(elapsed)} ms`);
  t.equal(problems[99], "rules[99].match.message: unknown field 'regx' (did you mean 'regex'?); known fields: equals, contains, regex, flags");
  t.equal(problems[100], '… and more problems past these 100, not listed');
  t.equal(result.ok ? '' : result.count, 'more than 100');
});

t.test("a misshapen part hides no other part's semantic problem, in its rule, scenario or file", async (t) => {
  const file = validateFixtureFile({
    scenarios: {
      s: {
        rules: [
          { respond: { error: { status: 429, headers: { 'content-length': '5' } } } },
          { match: { turn: { min: 3, max: 1 } }, respond: { text: 'a', replay: { body: {} } } },
          { respond: { error: { status: 99 } } },
          { match: { tools: 5, message: { regex: '(' } }, respond: { text: 'a', refusal: 'b' } },
          { match: { turn: { min: 2, max: 1 } }, respond: { text: 5, json: {} } },
        ],
      },
      t: { rules: [{ respond: { error: { status: 429, headers: { 'transfer-encoding': 'chunked' } } } }] },
    },
  });
  const problems = file.ok ? [] : file.problems;
  const expected = [
    /^scenarios\.s\.rules\[2\]\.respond\.error\.status: must be >= 400/,
    /^scenarios\.s\.rules\[3\]\.match\.tools: /,
    /^scenarios\.s\.rules\[4\]\.respond\.text: /,
    /^scenarios\.s\.rules\[0\]\.respond\.error\.headers\.content-length: 'content-length' frames the response/,
    /^scenarios\.s\.rules\[1\]\.respond: 'replay' .*cannot be combined with 'text'/,
    /^scenarios\.s\.rules\[1\]\.match\.turn: min 3 is above max 1$/,
    /^scenarios\.s\.rules\[3\]\.respond: 'text' and 'refusal' each give the message; choose one$/,
    /^scenarios\.s\.rules\[3\]\.match\.message\.regex: does not compile/,
    /^scenarios\.s\.rules\[4\]\.match\.turn: min 2 is above max 1$/,
    /^scenarios\.t\.rules\[0\]\.respond\.error\.headers\.transfer-encoding: 'transfer-encoding' frames the response/,
    /^scenarios\.s\.rules\[1\]\.respond\.replay\.body\.output: a recorded response must have an 'output' array/,
  ];
  for (const pattern of expected) t.ok(problems.some((problem) => pattern.test(problem)), `${pattern}\n  in: ${problems.join('\n      ')}`);
  t.equal(problems.length, 11, `no semantic check of a misshapen part (rules[4].respond): ${problems.join('\n')}`);
  t.equal(file.ok ? '' : file.count, '11');
  const one = validateScenario({ rules: [{ respond: { error: { status: 429, headers: { 'content-length': '5' } } } }, { respond: { error: { status: 99 } } }] });
  t.same(one.ok ? [] : one.problems.map((problem) => problem.split(':')[0]), ['rules[1].respond.error.status', 'rules[0].respond.error.headers.content-length'], 'the admin API body (one scenario) too');
});
