// Schemas of thousands of subschemas: past 5,000 objects and arrays a tool's parameters or a text format's schema
// is a 400 naming where the bound was passed, found before anything else walks the schema (100,000 properties
// took 53 s, a million exhausted the heap; such a body is now refused before it is parsed, past 200,000 JSON
// values: body-values.test.ts); below it, a schema of thousands of properties compiles and is checked.
import t from 'tap';
import { compileValidator } from '../../../../src/domain/arguments/schema/ajv/validator.js';
import { oversizedSchema } from '../../../../src/domain/arguments/index.js';
import { OPENAI, OPENROUTER, post, testApp } from '../../../helpers/app.js';

const properties = (count: number): Record<string, unknown> => Object.fromEntries(Array.from({ length: count }, (_, index) => [`p${index}`, { type: 'string' }]));

t.test('a tool schema of 40,000 properties is a 400 naming the tool and the place, on both paths', async (t) => {
  const app = testApp();
  const tool = { type: 'function', name: 'wide', parameters: { type: 'object', properties: properties(40_000) } };
  for (const url of [OPENAI, OPENROUTER]) {
    const started = performance.now();
    const response = await post(app, { url, body: { model: 'gpt-4o', input: 'Call it', tools: [tool], tool_choice: 'required' } });
    t.equal(response.status, 400, url);
    const error = response.body.error as { message: string; param?: string; code: string };
    t.match(error.message, /^Invalid schema for function 'wide': tools\[0\]\.parameters\.properties\.p\d+: the schema holds more than 5,000 objects and arrays, beyond what the mock compiles\.$/, url);
    // Each provider's envelope: OpenAI's code and param, OpenRouter's invalid_prompt with the path in metadata.
    if (url === OPENAI) t.match(error, { code: 'invalid_function_parameters', param: /^tools\[0\]\.parameters\.properties\.p\d+$/ }, 'the param is where the bound was passed');
    else t.match(response.body, { error: { code: 'invalid_prompt' }, metadata: { raw: /"path":\["tools",0,"parameters","properties","p\d+"\]/ } }, 'the path is where the bound was passed');
    t.comment(`${url}: ${Math.round(performance.now() - started)} ms`);
  }
});

t.test('branches count as much as properties, in a namespace too', async (t) => {
  const app = testApp();
  const branches = { type: 'object', properties: { x: { anyOf: Array.from({ length: 6000 }, (_, index) => ({ const: `v${index}` })) } } };
  const response = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: 'x', tools: [{ type: 'namespace', name: 'ns', description: 'd', tools: [{ type: 'function', name: 'pick', parameters: branches }] }] } });
  t.equal(response.status, 400);
  t.match(response.body.error, { code: 'invalid_function_parameters', param: /^tools\[0\]\.tools\[0\]\.parameters\.properties\.x\.anyOf\[\d+\]$/ });
});

t.test('a text format schema past the bound is a 400 in the text format\'s words', async (t) => {
  const app = testApp();
  const format = { type: 'json_schema', name: 'report', schema: { type: 'object', properties: properties(20_000) } };
  for (const url of [OPENAI, OPENROUTER]) {
    const response = await post(app, { url, body: { model: 'gpt-4o', input: 'Report as JSON', text: { format } } });
    t.equal(response.status, 400, url);
    t.match(response.body.error, { message: /^Invalid schema for response_format 'report': text\.format\.schema\.properties\.p\d+: the schema holds more than 5,000/ }, url);
    if (url === OPENAI) t.match(response.body.error, { code: 'invalid_json_schema', param: /^text\.format\.schema\.properties\.p\d+$/ });
  }
});

t.test('within the bound, a schema of thousands of properties gets its call', async (t) => {
  const app = testApp();
  const tool = { type: 'function', name: 'wide', parameters: { type: 'object', properties: { ...properties(2000), city: { type: 'string' } }, required: ['city'] } };
  const response = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: 'Weather in Paris', tools: [tool], tool_choice: 'required' } });
  t.equal(response.status, 200);
  const call = response.body.output?.find((item) => item.type === 'function_call');
  t.match(JSON.parse(String(call?.arguments)), { city: String }, 'the required property is there');
});

t.test('a schema of 4,000 properties compiles to a check that works (its nested code once overflowed the parser)', (t) => {
  const schema = { type: 'object', properties: properties(4000) };
  const compiled = compileValidator(schema, { nodes: 4002 });
  t.ok(compiled.ok, 'compiled');
  if (compiled.ok) {
    t.equal(compiled.value.validate({ p3999: 'text' }), true, 'a valid value passes');
    t.equal(compiled.value.validate({ p3999: 5 }), false, 'the last property is checked');
    t.equal(compiled.value.lastFailure(), '/properties/p3999/type', 'and the failure is placed');
    compiled.value.release();
  }
  t.end();
});

t.test('the bound counts every object and list: a flat object takes 4,998 properties, or 2,499 with a type list', (t) => {
  const flat = (count: number, type: unknown): unknown => ({ type: 'object', properties: Object.fromEntries(Array.from({ length: count }, (_, index) => [`p${index}`, { type }])) });
  t.equal(oversizedSchema(flat(4998, 'string')), null);
  t.match(oversizedSchema(flat(4999, 'string')), { path: '.properties.p4998' });
  t.equal(oversizedSchema(flat(2499, ['string', 'null'])), null);
  t.match(oversizedSchema(flat(2500, ['string', 'null'])), { path: /^\.properties\.p\d+(?:\.type)?$/ });
  t.end();
});

t.test('a prompt that names thousands of keys of a wide tool: the first are read, the rest keep generated values', async (t) => {
  const app = testApp();
  const count = 4900;
  const wide = Object.fromEntries(Array.from({ length: count }, (_, index) => [`note_${index}`, { type: 'string' }]));
  const input = Array.from({ length: count }, (_, index) => `note ${index} text${index}`).join(' and ');
  // Each property once looked for every other key in every clause (about 100 s a request), then read the whole
  // prompt as a number (seconds); the look-ups and the fill are now within budgets.
  const response = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input, tools: [{ type: 'function', name: 'wide', parameters: { type: 'object', properties: wide } }], tool_choice: 'required' } });
  t.equal(response.status, 200);
  const call = response.body.output?.find((item) => item.type === 'function_call');
  const value = JSON.parse(String(call?.arguments)) as Record<string, string>;
  t.match(value, { note_0: 'text0', note_1: 'text1', note_50: 'text50' });
  t.ok(Object.keys(value).length < count, `${Object.keys(value).length} read from the prompt`);
});
