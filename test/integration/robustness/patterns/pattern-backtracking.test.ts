// A `pattern` that only the backtracking engine runs (look-around, a back-reference, or repeats whose counts RE2
// refuses) runs under one budget per request: one that backtracks exponentially on a short prompt word is a 400
// naming the tool and the place, on both paths, within moments; others get a call whose value matches.
import t from 'tap';
import { patternMatcher, patternRefusal } from '../../../../src/domain/arguments/schema/pattern/patterns.js';
import { OPENAI, OPENROUTER, post, testApp } from '../../../helpers/app.js';

const request = (pattern: string, word = 'aaaaaaaaaaaaaaaab'): unknown => ({
  model: 'gpt-4o',
  input: `Set s to "${word}"`,
  tools: [{ type: 'function', name: 'lookup', parameters: { type: 'object', properties: { s: { type: 'string', pattern } }, required: ['s'], additionalProperties: false } }],
  tool_choice: 'required',
});

t.test('nested repeats the backtracking engine runs answer within moments: a value that matches, or a 400 at the place', async (t) => {
  for (const seed of [1, 7, 11]) {
    const app = testApp({ seed });
    for (const pattern of ['((a{1,100}){1,100}){1,100}', '((a{2,100}){2,100}){2,100}', '^(?=a)(a+)+$', '^(?!b)(\\.[a-z]+)*$', '^((((a{0,50}){0,50}){0,50}){0,50})$']) {
      for (const url of [OPENAI, OPENROUTER]) {
        const started = process.cpuUsage();
        const response = await post(app, { url, body: request(pattern) });
        const used = process.cpuUsage(started);
        t.ok((used.user + used.system) / 1000 < 1500, `${pattern} ${url} answered within moments of CPU`);
        if (response.status === 200) {
          const call = response.body.output?.find((item) => item.type === 'function_call');
          const value = (JSON.parse(String(call?.arguments)) as { s: string }).s;
          t.ok(new RegExp(pattern, 'u').test(value), `${pattern} ${url}: ${value}`);
        } else {
          // Past its budget, or no string of at most 24 characters found (the longest the engine tests).
          t.equal(response.status, 400, `${pattern} ${url} seed ${seed}`);
          t.match(String(response.body.error?.message), /is unusable: the pattern needs the backtracking engine|the mock found no string matching pattern/, `${pattern} ${url}`);
          t.match(String(response.body.error?.message), 'tools[0].parameters.properties.s', `${pattern} ${url}: the place`);
        }
      }
    }
    await app.close();
  }
});

t.test('a backtracking pattern that runs past the request\'s budget is a 400 naming its place, again the next time', async (t) => {
  const started = process.cpuUsage();
  const a = 'a';
  for (const [pattern, word] of [['^(?=a)(a|a|a)*$', `${a.repeat(19)}b`], ['^(?=a)(a|a|a|a)*$', `${a.repeat(23)}b`], [`^(?=a)${'a*'.repeat(12)}$`, `${a.repeat(19)}b`], [`^(?=a)${'a*'.repeat(12)}$`, `${a.repeat(23)}b`]] as const) {
    const app = testApp();
    for (const url of [OPENAI, OPENROUTER, OPENAI]) {
      const response = await post(app, { url, body: request(pattern, word) });
      t.equal(response.status, 400, `${pattern} ${url}`);
      const message = String(response.body.error?.message);
      t.match(message, `${JSON.stringify(pattern)} is unusable: the pattern needs the backtracking engine`, `${pattern} ${url}`);
      t.match(message, 'the request ran past the 250 ms (or 2,000 tests) of that engine the mock gives a request', `${pattern} ${url}`);
      t.match(message, 'tools[0].parameters.properties.s.pattern', `${pattern} ${url}: the place`);
    }
    await app.close();
  }
  const used = process.cpuUsage(started);
  t.ok((used.user + used.system) / 1000 < 5000, 'all answered within seconds of CPU');
});

t.test('a patternProperties pattern that runs past its budget on a property name is never a 500', async (t) => {
  const app = testApp();
  const ref = { anyOf: [{ $ref: '#' }, { type: 'null' }] };
  const pattern = '^(?=a)(a|a|a|a)*$';
  const parameters = { type: 'object', properties: { [`${'a'.repeat(23)}b`]: ref }, patternProperties: { [pattern]: ref }, additionalProperties: false };
  for (const toolChoice of ['none', 'auto', 'required']) {
    for (const url of [OPENAI, OPENROUTER]) {
      const response = await post(app, { url, body: { model: 'gpt-4o', input: 'hi', tools: [{ type: 'function', name: 'lookup', parameters }], tool_choice: toolChoice } });
      t.ok(response.status === 200 || response.status === 400, `${toolChoice} ${url}: ${response.status}`);
      if (toolChoice === 'required') t.match(String(response.body.error?.message), `tools[0].parameters.patternProperties[${JSON.stringify(pattern)}]`, `${url}: the place`);
    }
  }
  await app.close();
});

t.test('what the linear-time engine runs, or the backtracking one without nesting, still gets a matching value', async (t) => {
  const app = testApp();
  for (const pattern of ['^(a{1,10}){1,10}$', '^(a{1,200})*$', '^(ab+)+$', '^.{1,2000}$', '^(?=x)[a-z]{3,1200}$', '^(\\w)\\1$']) {
    for (const url of [OPENAI, OPENROUTER]) {
      const response = await post(app, { url, body: request(pattern) });
      t.equal(response.status, 200, `${pattern} ${url}`);
      const call = response.body.output?.find((item) => item.type === 'function_call');
      const value = (JSON.parse(String(call?.arguments)) as { s: string }).s;
      t.ok(new RegExp(pattern, 'u').test(value), `${pattern} ${url}: ${value}`);
    }
  }
});

t.test('which patterns are refused before they run', (t) => {
  t.equal(patternRefusal('^((a{1,100}){1,100}){1,100}$'), undefined, 'the backtracking engine runs it, under its budget');
  t.ok(patternMatcher('^(?=a)(a+)+$') !== undefined);
  t.equal(patternRefusal('^(a+)+$'), undefined, 'RE2 runs it in linear time');
  t.match(patternRefusal('(a'), /not a valid regular expression/);
  t.end();
});
