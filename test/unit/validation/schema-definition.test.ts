// Tool and text.format schemas that are not valid JSON Schema get OpenAI's 400, worded as its Python
// jsonschema check words them; valid but unusual schemas (boolean subschemas, $ref into $defs, 2020-12
// keywords, unknown keywords) pass. OpenRouter keeps accepting them.
import t from 'tap';
import { prepareRequest } from '../../../src/domain/validation/prepare.js';
import { schemaViolation } from '../../../src/domain/arguments/index.js';
import { pythonRepr } from '../../../src/domain/arguments/schema/ajv/meta-violation.js';
import { violationWithoutCompiling } from '../../../src/domain/arguments/schema/ajv/definition-check.js';
import { compiledSchema } from '../../../src/domain/arguments/schema/compiled.js';
import { openAIProfile, openRouterProfile } from '../../../src/providers/index.js';
import { EMPTY_HISTORY } from '../../../src/state/responses/response-store.js';

const openai = { rules: openAIProfile.rules('strict'), history: EMPTY_HISTORY };
const openaiLenient = { rules: openAIProfile.rules('lenient'), history: EMPTY_HISTORY };
const openrouter = { rules: openRouterProfile.rules('strict'), history: EMPTY_HISTORY };

const tool = (parameters: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ type: 'function', name: 'f', parameters, ...extra });
const body = (tools: unknown[]): Record<string, unknown> => ({ model: 'gpt-4o', input: 'hi', tools });

const invalid: Array<{ name: string; parameters: unknown; message: string }> = [
  { name: 'unknown root type', parameters: { type: 'objectx' }, message: "'objectx' is not valid under any of the given schemas. (at 'tools[0].parameters.type')" },
  {
    name: 'unknown type under properties',
    parameters: { type: 'object', properties: { a: { type: 'strng' } } },
    message: "'strng' is not valid under any of the given schemas. (at 'tools[0].parameters.properties.a.type')",
  },
  { name: 'required is a string', parameters: { type: 'object', required: 'a' }, message: "'a' is not of type 'array'. (at 'tools[0].parameters.required')" },
  { name: 'required is null', parameters: { type: 'object', required: null }, message: "None is not of type 'array'. (at 'tools[0].parameters.required')" },
  { name: 'negative minLength', parameters: { minLength: -1 }, message: "-1 is less than the minimum of 0. (at 'tools[0].parameters.minLength')" },
  {
    name: 'a property that is an array',
    parameters: { type: 'object', properties: { a: [] } },
    message: "[] is not of type 'object', 'boolean'. (at 'tools[0].parameters.properties.a')",
  },
  {
    name: 'a property given as JSON text',
    parameters: { type: 'object', properties: { a: '{"type":"string"}' } },
    message: `'{"type":"string"}' is not of type 'object', 'boolean'. (at 'tools[0].parameters.properties.a')`,
  },
  {
    name: 'invalid under items',
    parameters: { type: 'object', properties: { tags: { type: 'array', items: { type: 'string', maxLength: 'ten' } } } },
    message: "'ten' is not of type 'integer'. (at 'tools[0].parameters.properties.tags.items.maxLength')",
  },
  {
    name: 'invalid in an anyOf branch',
    parameters: { type: 'object', properties: { a: { anyOf: [{ type: 'string' }, { type: 'nul' }] } } },
    message: "'nul' is not valid under any of the given schemas. (at 'tools[0].parameters.properties.a.anyOf[1].type')",
  },
  { name: 'empty anyOf', parameters: { anyOf: [] }, message: "[] should be non-empty. (at 'tools[0].parameters.anyOf')" },
  {
    name: 'invalid under $defs',
    parameters: { type: 'object', properties: { a: { $ref: '#/$defs/A' } }, $defs: { A: { type: 'object', required: [1] } } },
    message: "1 is not of type 'string'. (at 'tools[0].parameters.$defs.A.required[0]')",
  },
  { name: 'duplicate required keys', parameters: { type: 'object', required: ['a', 'a'] }, message: "['a', 'a'] has non-unique elements. (at 'tools[0].parameters.required')" },
  { name: 'boolean where an object is expected', parameters: { type: 'object', properties: true }, message: "True is not of type 'object'. (at 'tools[0].parameters.properties')" },
];

for (const { name, parameters, message } of invalid) {
  t.test(`invalid: ${name}`, async (t) => {
    for (const strict of [undefined, false, true]) {
      const result = prepareRequest(body([tool(parameters, strict === undefined ? {} : { strict })]), openai);
      t.notOk(result.ok, `strict ${String(strict)}: refused`);
      if (result.ok) continue;
      t.same(result.error, { code: 'invalid_function_parameters', message: `Invalid schema for function 'f': ${message}`, param: 'tools[0].parameters' }, `strict ${String(strict)}`);
    }
    t.notOk(prepareRequest(body([tool(parameters)]), openaiLenient).ok, 'refused when lenient too, as strict-mode schema errors are');
    t.ok(prepareRequest({ ...body([tool(parameters)]), model: 'openai/gpt-4o' }, openrouter).ok, 'OpenRouter accepts it, as before');
  });
}

t.test('the schema dialect follows $schema', async (t) => {
  const tuple = { type: 'object', properties: { pair: { type: 'array', items: [{ type: 'string' }, { type: 'integer' }] } } };
  const refused = prepareRequest(body([tool(tuple)]), openai);
  t.match(refused, { ok: false, error: { message: /\[\{'type': 'string'\}, \{'type': 'integer'\}\] is not of type 'object', 'boolean'\. \(at 'tools\[0\]\.parameters\.properties\.pair\.items'\)$/ } }, '2020-12 by default: items is one schema');
  t.ok(prepareRequest(body([tool({ $schema: 'http://json-schema.org/draft-07/schema#', ...tuple })]), openai).ok, 'draft-07 tuple items');
  t.ok(prepareRequest(body([tool({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', $defs: { A: { type: 'nope' } } })]), openai).ok, '$defs is no draft-07 keyword');
  const draft04 = { $schema: 'http://json-schema.org/draft-04/schema#', type: 'object', properties: { n: { type: 'number', minimum: 0, exclusiveMinimum: true } } };
  t.ok(prepareRequest(body([tool(draft04)]), openai).ok, 'draft-04 (boolean exclusiveMinimum): no meta-schema here to judge it');
  t.notOk(prepareRequest(body([tool({ ...draft04, $schema: 'https://json-schema.org/draft/2020-12/schema' })]), openai).ok, 'the same keyword under 2020-12');
  const { $schema: _draft, ...undeclared } = draft04;
  t.ok(prepareRequest(body([tool(undeclared)]), openai).ok, 'a boolean exclusiveMinimum with no $schema is read as draft-04');
});

t.test('valid but unusual schemas pass', async (t) => {
  const valid: Array<[string, unknown]> = [
    ['empty schema', {}],
    ['absent parameters', undefined],
    ['null parameters', null],
    ['boolean subschemas', { type: 'object', properties: { anything: true, nothing: false }, additionalProperties: false }],
    ['$ref into $defs', { type: 'object', properties: { a: { $ref: '#/$defs/A' } }, $defs: { A: { type: 'string' } } }],
    ['2020-12 prefixItems', { type: 'object', properties: { pair: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'number' }], items: false } } }],
    ['unknown keywords (OpenAPI nullable, x-*)', { type: 'object', properties: { a: { type: 'string', nullable: true, 'x-order': 1, format: 'made-up' } } }],
    ['nullable without type', { type: 'object', properties: { a: { nullable: true } } }],
    ['type lists', { type: 'object', properties: { a: { type: ['string', 'null'] } } }],
    ['a remote $ref', { type: 'object', properties: { a: { $ref: 'https://example.invalid/a.json' } } }],
    ['a huge number', { type: 'object', properties: { a: { type: 'integer', maximum: 1e308, minLength: 1e300 } } }],
    ['a 10,000-value enum', { type: 'object', properties: { a: { enum: Array.from({ length: 10_000 }, (_, i) => `v${i}`) } } }],
  ];
  for (const [name, parameters] of valid) t.ok(prepareRequest(body([tool(parameters)]), openai).ok, name);
});

t.test('absurd schemas get an answer, not a throw', async (t) => {
  let deep: Record<string, unknown> = { type: 'strng' };
  for (let level = 0; level < 60; level += 1) deep = { type: 'object', properties: { a: deep } };
  const nested = prepareRequest(body([tool(deep)]), openai);
  t.match(nested, { ok: false, error: { code: 'invalid_function_parameters', message: /'strng' is not valid under any of the given schemas\. \(at 'tools\[0\]\.parameters(\.properties\.a){60}\.type'\)$/ } });
  const hugeEnum = { type: 'object', required: Array.from({ length: 10_000 }, () => 'same') };
  const refused = prepareRequest(body([tool(hugeEnum)]), openai);
  t.ok(!refused.ok && refused.error.message.length < 500, 'a huge offending value is cut in the message');
});

t.test('namespace members and additional tools are checked too', async (t) => {
  const namespaced = prepareRequest(body([{ type: 'namespace', name: 'ns', description: 'd', tools: [tool({ type: 'objectx' })] }]), openai);
  t.match(namespaced, { ok: false, error: { code: 'invalid_function_parameters', param: 'tools[0].tools[0].parameters' } });
  const added = prepareRequest({ model: 'gpt-4o', input: [{ type: 'additional_tools', role: 'developer', tools: [tool({ type: 'objectx' })] }, { role: 'user', content: 'hi' }] }, openai);
  t.match(added, { ok: false, error: { code: 'invalid_function_parameters', param: 'input[0].tools[0].parameters' } });
});

t.test('text.format json_schema: invalid_json_schema at text.format.schema', async (t) => {
  const format = (schema: unknown, options: { strict?: boolean } = {}): Record<string, unknown> => ({ model: 'gpt-4o', input: 'hi', text: { format: { type: 'json_schema', name: 'out', schema, ...(options.strict === undefined ? {} : { strict: options.strict }) } } });
  for (const strict of [undefined, true]) {
    const result = prepareRequest(format({ type: 'object', properties: { a: { type: 'strng' } }, required: ['a'], additionalProperties: false }, { strict }), openai);
    t.same(result.ok ? null : result.error, {
      code: 'invalid_json_schema',
      message: "Invalid schema for response_format 'out': 'strng' is not valid under any of the given schemas. (at 'text.format.schema.properties.a.type')",
      param: 'text.format.schema',
    }, `strict ${String(strict)}`);
  }
  t.ok(prepareRequest(format({ type: 'object', properties: { a: { type: 'string', nullable: true } } }), openai).ok, 'unknown keywords pass');
  t.ok(prepareRequest({ ...format({ type: 'objectx' }), model: 'openai/gpt-4o' }, openrouter).ok, 'OpenRouter accepts it, as before');
});

t.test('the check is made once per distinct schema: a copy of a schema finds the verdict', async (t) => {
  const schema = { type: 'object', properties: { once: { type: 'strng' } } };
  const first = schemaViolation(schema);
  t.ok(first);
  t.equal(schemaViolation(structuredClone(schema)), first, 'the same violation object, from the cache');
});

t.test('Python repr of values', async (t) => {
  t.equal(pythonRepr(null), 'None');
  t.equal(pythonRepr([true, false, 1.5, 1e-7]), '[True, False, 1.5, 1e-07]');
  t.equal(pythonRepr({ a: "it's", b: 'say "hi"', c: `both ' "` }), `{'a': "it's", 'b': 'say "hi"', 'c': 'both \\' "'}`);
  t.equal(pythonRepr('tab\there\n'), "'tab\\there\\n'");
  t.ok(pythonRepr('x'.repeat(10_000)).endsWith('...'), 'long texts are cut');
});

t.test('a schema compiling could add nothing to is judged by the meta-schema alone, as compiling judges it', async (t) => {
  const schemas: unknown[] = [
    { type: 'object', properties: { a: { type: 'strng' } } },
    { type: 'object', properties: { a: { $ref: '#/$defs/b' } }, $defs: { b: { type: 'integer', minimum: 'x' } } },
    { $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', definitions: { a: { type: 'string' } }, properties: { a: { $ref: '#/definitions/a' }, b: { items: [{ type: 'string' }], additionalItems: 5 } } },
    { $schema: 'https://json-schema.org/draft/2019-09/schema', properties: { a: { minItems: -1 } } },
    { $schema: 'http://json-schema.org/draft-04/schema#', properties: { a: { type: 'strng' } } },
    { properties: { a: { type: 'integer', minimum: 1, exclusiveMinimum: true, exclusiveMaximum: false } } },
    { properties: { a: { minimum: 1, exclusiveMinimum: true, type: 'strng' }, b: { maximum: 'x', exclusiveMaximum: true } } },
    { type: 'object', properties: { a: true, b: false, c: { pattern: '^[a-z]+$', enum: [1, 1] } }, patternProperties: { '^x_': { type: 'number' } } },
    { type: 'object', required: 'a' },
    true,
  ];
  for (const schema of schemas) {
    const text = JSON.stringify(schema);
    const judged = violationWithoutCompiling(schema, text);
    t.ok(judged, `judged without compiling: ${text.slice(0, 60)}`);
    const compiled = compiledSchema(schema, text);
    t.same(judged?.violation ?? null, compiled.ok ? compiled.value.violation : null, text.slice(0, 60));
  }
  for (const schema of [{ properties: { a: { $ref: '#/$defs/missing' } } }, { properties: { a: { pattern: '(' } } }, { $defs: { a: { $id: 'https://x.test/a', type: 'string' } } }, { $ref: 'other.json' }]) {
    t.equal(violationWithoutCompiling(schema, JSON.stringify(schema)), undefined, `compiled to be judged: ${JSON.stringify(schema)}`);
  }
});

t.test('a reference to the root\'s $schema or $id gets the verdict compiling gives, whichever check judges it', async (t) => {
  for (const dialect of ['https://json-schema.org/draft/2020-12/schema', 'http://json-schema.org/draft-07/schema#', 'https://example.test/unknown']) {
    for (const [keyword, extra] of [['$schema', {}], ['$id', { $id: 'https://x.test/s.json' }]] as const) {
      const schema = { $schema: dialect, ...extra, type: 'object', properties: { a: { $ref: `#/${keyword}` } }, required: ['a'] };
      const text = JSON.stringify(schema);
      const compiled = compiledSchema(schema, text);
      const judged = violationWithoutCompiling(schema, text);
      t.same(judged === undefined ? (compiled.ok ? compiled.value.violation : null) : judged.violation, compiled.ok ? compiled.value.violation : null, text);
      if (keyword === '$schema') t.ok(compiled.ok && compiled.value.violation !== null, `compiling refuses it: ${text}`);
    }
  }
});
