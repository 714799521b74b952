// No answer goes out unchecked: a schema with no value (an empty enum) is a 400 naming the tool and the schema
// path, a schema Ajv cannot compile is a 400 naming why, and a form Ajv alone refuses but whose meaning is plain
// (an empty enum on an optional property, `nullable` without `type`) is compiled from a copy and checked.
import t from 'tap';
import Ajv2020 from 'ajv/dist/2020.js';
import { generateArgumentSets, generateValue } from '../../../../src/domain/arguments/index.js';
import { OPENAI, OPENROUTER, post, testApp } from '../../../helpers/app.js';

const emptyRequired = { type: 'object', properties: { a: { enum: [] }, b: { type: 'string' } }, required: ['a', 'b'] };
const strictEmpty = { type: 'object', properties: { a: { type: 'string', enum: [] } }, required: ['a'], additionalProperties: false };

t.test('a required property with an empty enum has no value: the failure names its path', async (t) => {
  for (const schema of [emptyRequired, strictEmpty]) {
    const sets = generateArgumentSets({ schema, prompt: 'call f', seed: 1 });
    t.match(sets, { ok: false, problem: { path: '.properties.a', reason: 'the enum is empty: no value is valid here' } }, JSON.stringify(schema));
    t.match(generateValue({ schema, prompt: 'give json', seed: 1 }), { ok: false, problem: { path: '.properties.a' } });
  }
});

t.test('an optional property with an empty enum is left out, and the answer is checked', async (t) => {
  const schema = { type: 'object', properties: { a: { enum: [] }, b: { type: 'string', minLength: 3 } }, required: ['b'] };
  const sets = generateArgumentSets({ schema, prompt: 'call f', seed: 1 });
  t.ok(sets.ok, 'answered');
  if (sets.ok) for (const text of sets.value) t.notOk(Object.hasOwn(JSON.parse(text) as object, 'a'), text);
});

t.test('a schema Ajv cannot compile is never answered unchecked', async (t) => {
  const remote = { type: 'object', properties: { a: { $ref: 'https://example.com/schema.json' } }, required: ['a'] };
  t.match(generateArgumentSets({ schema: remote, prompt: 'call f', seed: 1 }), {
    ok: false, problem: { path: '.properties.a.$ref', reason: /^'https:\/\/example\.com\/schema\.json' cannot be resolved: the mock does not fetch/ },
  });
  const endless = { anyOf: [{ $ref: '#' }, { required: ['q'] }], type: 'object' };
  t.match(generateArgumentSets({ schema: endless, prompt: 'call f', seed: 1 }), { ok: false }, 'a check that never ends passes nothing');
});

t.test('`nullable` without `type` still compiles, and the answer keeps to the rest of the schema', async (t) => {
  const schema = { type: 'object', properties: { a: { nullable: true }, n: { type: 'integer', minimum: 5, maximum: 6 } }, required: ['a', 'n'] };
  const sets = generateArgumentSets({ schema, prompt: 'call f', seed: 2 });
  t.ok(sets.ok);
  if (!sets.ok) return;
  const value = JSON.parse(sets.value[0]!) as { a?: unknown; n?: unknown };
  t.ok(Object.hasOwn(value, 'a'), 'a is given');
  t.ok(value.n === 5 || value.n === 6, `n within its bounds: ${String(value.n)}`);
});

t.test('over HTTP: 400 invalid_function_parameters naming the tool and the path, on both paths; structured output too', async (t) => {
  const app = testApp();
  t.teardown(() => app.close());
  const tool = (parameters: unknown, options: { strict: boolean }) => ({ type: 'function', name: 'pick', strict: options.strict, parameters });
  const openrouter = await post(app, { url: OPENROUTER, body: { model: 'x', input: 'call pick', tool_choice: 'required', tools: [tool(emptyRequired, { strict: false })] } });
  t.equal(openrouter.status, 400, openrouter.raw.slice(0, 300));
  t.match(openrouter.raw, /pick/);
  t.match(openrouter.raw, /properties\.a/);
  const openai = await post(app, { url: OPENAI, body: { model: 'x', input: 'call pick', tool_choice: 'required', tools: [tool(strictEmpty, { strict: true })] } });
  t.equal(openai.status, 400, openai.raw.slice(0, 300));
  t.match(openai.body.error, { code: 'invalid_function_parameters', message: /pick.*tools\[0\]\.parameters\.properties\.a: the enum is empty/ });
  const structured = await post(app, { url: OPENAI, body: { model: 'x', input: 'give json', text: { format: { type: 'json_schema', name: 'o', strict: true, schema: strictEmpty } } } });
  t.equal(structured.status, 400, structured.raw.slice(0, 300));
  t.match(structured.raw, /text\.format\.schema\.properties\.a/);
});

t.test('every 200 answer validates against the schema (checked with an Ajv of our own)', async (t) => {
  const ajv = new Ajv2020.default({ strict: false });
  const app = testApp();
  t.teardown(() => app.close());
  const schema = { type: 'object', properties: { a: { enum: [] }, b: { type: 'string' } }, required: ['b'] };
  const answered = await post(app, { url: OPENAI, body: { model: 'x', input: 'call pick', tool_choice: 'required', tools: [{ type: 'function', name: 'pick', strict: false, parameters: schema }] } });
  t.equal(answered.status, 200);
  const call = answered.body.output?.find((item) => item.type === 'function_call');
  const checkable = { ...schema, properties: { ...schema.properties, a: false } };
  t.ok(ajv.validate(checkable, JSON.parse(String(call?.arguments))), String(call?.arguments));
});
