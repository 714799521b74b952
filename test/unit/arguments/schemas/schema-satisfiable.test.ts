// Satisfiable schemas the generator used to refuse ("the mock found no value"): propertyNames with a pattern,
// pattern properties with minProperties, minContains, and a format with a pattern or a maxLength. Each answer is
// checked with an Ajv of the test's own; schemas that truly have too few values are still refused, quickly.
import t from 'tap';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { generateArgumentSets } from '../../../../src/domain/arguments/index.js';
import { OPENAI, post, testApp } from '../../../helpers/app.js';

type FormatsPlugin = (ajv: unknown) => unknown;
const addFormats = ((addFormatsModule as unknown as { default?: FormatsPlugin }).default ?? addFormatsModule) as unknown as FormatsPlugin;
const ajv = new Ajv2020.default({ strict: false, allErrors: true });
addFormats(ajv);

const satisfiable: Array<[string, Record<string, unknown>]> = [
  ['propertyNames with a pattern', { type: 'object', properties: { a: { type: 'object', propertyNames: { pattern: '^x' }, minProperties: 1 } }, required: ['a'] }],
  ['propertyNames with a pattern, two names', { type: 'object', properties: { a: { type: 'object', propertyNames: { pattern: '^id_[0-9]+$' }, minProperties: 2 } }, required: ['a'] }],
  ['patternProperties with minProperties, closed', { type: 'object', patternProperties: { '^n_': { type: 'integer' } }, additionalProperties: false, minProperties: 2 }],
  ['minContains and maxContains', { type: 'object', properties: { a: { type: 'array', items: { type: 'integer' }, contains: { const: 1 }, minContains: 2, maxContains: 2 } }, required: ['a'] }],
  ['minContains 3', { type: 'object', properties: { a: { type: 'array', contains: { type: 'string', minLength: 2 }, minContains: 3 } }, required: ['a'] }],
  ['date-time with a pattern', { type: 'object', properties: { when: { type: 'string', format: 'date-time', pattern: '^2030' } }, required: ['when'] }],
  ['uri with maxLength 15', { type: 'object', properties: { link: { type: 'string', format: 'uri', maxLength: 15 } }, required: ['link'] }],
  ['email with a pattern on its host', { type: 'object', properties: { to: { type: 'string', format: 'email', pattern: '@corp\\.io$' } }, required: ['to'] }],
  ['hostname with maxLength 6', { type: 'object', properties: { host: { type: 'string', format: 'hostname', maxLength: 6, minLength: 3 } }, required: ['host'] }],
];

t.test('satisfiable schemas get values that validate, for several seeds and prompts', async (t) => {
  for (const [name, schema] of satisfiable) {
    const check = ajv.compile(schema);
    for (const [seed, prompt] of [[1, 'call f'], [2, 'Remind me tomorrow at 9am'], [3, 'send it to bob'], [99, '']] as const) {
      const generated = generateArgumentSets({ schema, prompt, seed });
      if (!generated.ok) { t.fail(`${name} (seed ${seed}): ${generated.problem.path} ${generated.problem.reason}`); continue; }
      for (const text of generated.value) t.ok(check(JSON.parse(text)), `${name} (seed ${seed}): ${text} ${JSON.stringify(check.errors)}`);
    }
  }
});

t.test('schemas with too few values are still refused, naming the place, in bounded time', async (t) => {
  const started = performance.now();
  const single = { type: 'object', patternProperties: { '^only$': { type: 'integer' } }, additionalProperties: false, minProperties: 2 };
  t.match(generateArgumentSets({ schema: single, prompt: 'x', seed: 1 }), { ok: false, problem: { path: '', reason: /minProperties 2: the mock found no more property names/ } });
  const names = { type: 'object', propertyNames: { enum: ['a', 'b'] }, minProperties: 3 };
  t.match(generateArgumentSets({ schema: names, prompt: 'x', seed: 1 }), { ok: false });
  const unique = { type: 'object', properties: { a: { type: 'array', contains: { const: 1 }, minContains: 2, uniqueItems: true } }, required: ['a'] };
  t.match(generateArgumentSets({ schema: unique, prompt: 'x', seed: 1 }), { ok: false, problem: { path: '.properties.a' } });
  const dated = { type: 'object', properties: { when: { type: 'string', format: 'date', pattern: '^x' } }, required: ['when'] };
  t.match(generateArgumentSets({ schema: dated, prompt: 'x', seed: 1 }), { ok: false, problem: { path: '.properties.when', reason: /of format "date"/ } });
  t.ok(performance.now() - started < 3000, `${Math.round(performance.now() - started)} ms`);
});

t.test('over HTTP: a tool with propertyNames is called with arguments that validate', async (t) => {
  const app = testApp();
  t.teardown(() => app.close());
  const [, schema] = satisfiable[0]!;
  const response = await post(app, { url: OPENAI, body: { model: 'x', input: 'call f', tool_choice: 'required', tools: [{ type: 'function', name: 'f', strict: false, parameters: schema }] } });
  t.equal(response.status, 200, response.raw.slice(0, 300));
  const call = response.body.output?.find((item) => item.type === 'function_call');
  t.ok(ajv.validate(schema, JSON.parse(String(call?.arguments))), String(call?.arguments));
});
