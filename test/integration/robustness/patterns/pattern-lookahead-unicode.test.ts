// Patterns real tool schemas carry that bound a value with a leading look-ahead (password rules, phone lengths,
// usernames) or name Unicode classes (`\p{L}`, `\p{Script=Latin}`): each gets a call whose value matches it, on
// both paths and under several seeds, never a 400 and never a value the pattern rejects.
import t from 'tap';
import { OPENAI, OPENROUTER, post, testApp } from '../../../helpers/app.js';

export const LOOKAHEAD_AND_UNICODE_PATTERNS = [
  '^(?=.*[A-Z])(?=.*\\d).{8,}$',
  '^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)(?=.*[!@#$%^&*])[A-Za-z\\d!@#$%^&*]{8,64}$',
  '^(?=.{8,32}$)(?=.*[A-Za-z])(?=.*\\d).*$',
  '^(?=.{10,15}$)\\+?[0-9]+$',
  '^(?=(?:\\D*\\d){10,15}\\D*$)[0-9 ()+-]+$',
  '^(?=.{3,20}$)[a-zA-Z0-9_]+$',
  '^(?=.{3,16}$)(?![_.])(?!.*[_.]{2})[a-zA-Z0-9._]+(?<![_.])$',
  '^(?!.*[DFIOQU])[A-VXY]\\d[A-Z] ?\\d[A-Z]\\d$',
  '^(?=[^@]{1,64}@)[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$',
  '^(?!-)[a-z0-9-]{1,64}(?<!-)$',
  '^[a-z0-9]+(?:-[a-z0-9]+)*(?<!-)$',
  '^\\p{Script=Latin}+$',
  '^[\\p{L}\\p{M} \'-]{1,50}$',
  '^\\p{Lu}\\p{Ll}+$',
  '^[\\p{L} .\'-]+$',
  '^\\p{L}[\\p{L}\\p{N}_-]{2,31}$',
  '^\\p{Lu}[\\p{L}\'-]*(?: \\p{Lu}[\\p{L}\'-]*)*$',
  '^[\\p{L}\\p{N}\\s]{1,100}$',
  '^(?=.{1,64}$)[\\p{L}\\p{N}._-]+$',
  '^(?=.*\\p{Lu})(?=.*\\p{Nd}).{8,}$',
  '^\\p{Sc}?\\d+(\\.\\d{2})?$',
  '^[\\p{Script=Latin}\\s]+$',
  '^(?!.*\\s{2})[\\p{L} ]{2,40}$',
  '^(?=.{32,64}$)[A-Za-z0-9]+$',
  '^(?=.{30,40}$)((a*)*)*$',
  '^[^\\p{C}]{1,80}$',
];

const request = (pattern: string, input: string): unknown => ({
  model: 'gpt-4o',
  input,
  tools: [{ type: 'function', name: 'lookup', parameters: { type: 'object', properties: { s: { type: 'string', pattern } }, required: ['s'], additionalProperties: false } }],
  tool_choice: 'required',
});

t.test('look-ahead and Unicode-class patterns get a value that matches them', async (t) => {
  for (const seed of [1, 7, 11]) {
    const app = testApp({ seed });
    for (const pattern of LOOKAHEAD_AND_UNICODE_PATTERNS) {
      for (const [url, input] of [[OPENAI, 'Look it up'], [OPENROUTER, 'Set s to "x"']] as const) {
        const response = await post(app, { url, body: request(pattern, input) });
        t.equal(response.status, 200, `${pattern} ${url} seed ${seed}: ${String(response.body.error?.message)}`);
        const call = response.body.output?.find((item) => item.type === 'function_call');
        const value = call === undefined ? undefined : (JSON.parse(String(call.arguments)) as { s: string }).s;
        t.ok(value !== undefined && new RegExp(pattern, 'u').test(value), `${pattern} ${url} seed ${seed}: ${JSON.stringify(value)}`);
      }
    }
    await app.close();
  }
});

t.test('a class of another script gets its letters; a property that does not exist is refused as before', async (t) => {
  const app = testApp();
  for (const [pattern, letters] of [['^\\p{Script=Greek}{3,8}$', /^[α-ωΑ-Ω]+$/u], ['^\\p{sc=Cyrillic}+$', /^[а-яА-Я]+$/u], ['^[\\p{Lu}\\p{Mn}]{2}$', /^[\u0300-\u036fA-ZÁÉÑ]{2}$/u]] as const) {
    const response = await post(app, { url: OPENAI, body: request(pattern, 'Look it up') });
    t.equal(response.status, 200, `${pattern}: ${String(response.body.error?.message)}`);
    const call = response.body.output?.find((item) => item.type === 'function_call');
    const value = (JSON.parse(String(call?.arguments)) as { s: string }).s;
    t.match(value, letters, `${pattern}: ${value}`);
  }
  const refused = await post(app, { url: OPENAI, body: request('^\\p{NoSuchProperty}+$', 'Look it up') });
  t.equal(refused.status, 400);
  await app.close();
});

t.test('a length look-ahead past what the mock writes, or over nested repeats, answers within moments', async (t) => {
  const app = testApp();
  for (const pattern of ['^(?=.{100000}$)a*$', '^(?=.{4000}$)(a+b+)+$', '^(?=.{5000,}$)(?:[a-z]+\\d*)+$']) {
    const started = process.cpuUsage();
    const response = await post(app, { url: OPENAI, body: request(pattern, 'Look it up') });
    const used = process.cpuUsage(started);
    t.ok((used.user + used.system) / 1000 < 1500, `${pattern}: within moments of CPU`);
    t.equal(response.status, 400, `${pattern}: no value of at most 256 characters matches`);
    t.match(String(response.body.error?.message), 'tools[0].parameters.properties.s', pattern);
  }
  await app.close();
});

t.test('a value longer than 24 characters is tested against such a pattern: a long email in the prompt is read', async (t) => {
  const app = testApp();
  const email = 'jonathan.richardson@example.com';
  const body = {
    model: 'gpt-4o',
    input: `Send the report to ${email} please`,
    tools: [{ type: 'function', name: 'send_report', parameters: { type: 'object', properties: { to: { type: 'string', pattern: '^(?=[^@]{1,64}@)[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$' } }, required: ['to'], additionalProperties: false } }],
    tool_choice: 'required',
  };
  const response = await post(app, { url: OPENAI, body });
  const call = response.body.output?.find((item) => item.type === 'function_call');
  t.same(JSON.parse(String(call?.arguments)), { to: email });
  await app.close();
});

t.test('a long phrase of the prompt that such a pattern cannot judge in time is no match, not a refusal', async (t) => {
  const app = testApp();
  const pattern = '^(?=.*[a-z])([a-zA-Z0-9]+\\s?)*$';
  for (const input of ['Set the title to "Quarterly report for the finance team, draft two"', 'Set the title to "Quarterly report for the finance team draft two!"']) {
    const started = process.cpuUsage();
    const response = await post(app, { url: OPENAI, body: request(pattern, input) });
    const used = process.cpuUsage(started);
    t.equal(response.status, 200, `${input}: ${String(response.body.error?.message)}`);
    const call = response.body.output?.find((item) => item.type === 'function_call');
    const value = (JSON.parse(String(call?.arguments)) as { s: string }).s;
    t.ok(new RegExp(pattern, 'u').test(value), `a value the pattern takes: ${JSON.stringify(value)}`);
    t.ok((used.user + used.system) / 1000 < 1000, 'within the budget and the answer around it');
  }
  await app.close();
});

t.test('a length look-ahead the draws rarely meet exactly, or a count of digits, gets a value on nearly every seed', async (t) => {
  const app = testApp();
  for (const [pattern, most] of [['^(?=.{40}$)\\p{L}+(?: \\p{L}+)*$', 1], ['^(?=(?:\\D*\\d){10,15}\\D*$)[0-9 ()+-]+$', 0]] as const) {
    let refused = 0;
    for (let seed = 1; seed <= 60; seed += 1) {
      const response = await post(app, { url: OPENAI, body: request(pattern, 'Look it up'), headers: { 'x-mock-seed': String(seed) } });
      if (response.status !== 200) refused += 1;
    }
    // 17 and 9 of 60 seeds were a 400 with eight draws and no cut to the look-ahead's length.
    t.ok(refused <= most, `${pattern}: refused on ${refused} of 60 seeds`);
  }
  await app.close();
});
