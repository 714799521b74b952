// Schemas in older or bundled forms that mean something plain are answered, and the answers checked: draft-04's
// boolean exclusive bounds and `id` (review30 R1), references to the schema's own absolute `$id` or to an
// embedded one (R2), draft-04's and draft-06/07's anchor ids, draft-04's boolean bounds without `$schema`, and
// references that ask again for what is already asked (`allOf: [{ $ref: '#' }]`).
import t from 'tap';
import { Ajv } from 'ajv';
import { generateValue } from '../../../../src/domain/arguments/index.js';
import { OPENAI, post, testApp } from '../../../helpers/app.js';
import { answersFor, SEEDS } from '../../../helpers/arguments.js';

const DRAFT_04 = 'http://json-schema.org/draft-04/schema#';

t.test('draft-04 boolean exclusive bounds are checked as exclusive', async (t) => {
  const schema = { $schema: DRAFT_04, type: 'object', properties: { a: { type: 'integer', minimum: 0, exclusiveMinimum: true, maximum: 2, exclusiveMaximum: true } }, required: ['a'] };
  for (const value of answersFor(schema)) t.same(value, { a: 1 }, 'only 1 lies strictly between 0 and 2');
  const defined = { $schema: DRAFT_04, type: 'object', properties: { p: { $ref: '#/definitions/P' } }, required: ['p'], definitions: { P: { type: 'integer', minimum: 1, maximum: 3, exclusiveMaximum: true, exclusiveMinimum: false } } };
  for (const value of answersFor(defined)) t.ok([1, 2].includes((value as { p: number }).p), JSON.stringify(value));
});

t.test('a boolean exclusive bound without $schema is read as draft-04 wherever it stands, and honoured', async (t) => {
  const bounded = { type: 'integer', minimum: 0, exclusiveMinimum: true, maximum: 2, exclusiveMaximum: true };
  const schemas = [
    { type: 'object', properties: { a: bounded }, required: ['a'] },
    { type: 'object', properties: { a: { $ref: '#/definitions/A' } }, required: ['a'], definitions: { A: bounded } },
    { type: 'object', properties: { a: { type: 'array', items: bounded, minItems: 2, maxItems: 2 } }, required: ['a'] },
  ];
  for (const [index, schema] of schemas.entries()) {
    for (const value of answersFor(schema)) t.same(value, { a: index === 2 ? [1, 1] : 1 }, 'only 1 lies strictly between 0 and 2');
  }
  const real = { type: 'object', properties: { x: { type: 'number', minimum: 0.5, exclusiveMinimum: true, maximum: 0.75, exclusiveMaximum: true } }, required: ['x'] };
  for (const value of answersFor(real)) t.ok((value as { x: number }).x > 0.5 && (value as { x: number }).x < 0.75, JSON.stringify(value));
  const open = { type: 'object', properties: { n: { type: 'integer', minimum: 3, exclusiveMinimum: false, maximum: 3 } }, required: ['n'] };
  for (const value of answersFor(open)) t.same(value, { n: 3 }, 'false keeps the bound inclusive');
});

t.test('over HTTP: boolean exclusive bounds without $schema are answered (strict or not); other faults keep their 400', async (t) => {
  const app = testApp();
  t.teardown(() => app.close());
  const parameters = { type: 'object', properties: { a: { type: 'number', minimum: 0, exclusiveMinimum: true, maximum: 1, exclusiveMaximum: true } }, required: ['a'], additionalProperties: false };
  for (const strict of [true, false]) {
    const called = await post(app, { url: OPENAI, body: { model: 'gpt-4o-mini', input: 'Use the tool', tool_choice: 'required', tools: [{ type: 'function', name: 'tool_x', strict, parameters }] } });
    t.equal(called.status, 200, called.raw.slice(0, 300));
    const args = JSON.parse(String(called.body.output?.find((item) => item.type === 'function_call')?.arguments)) as { a: number };
    t.ok(args.a > 0 && args.a < 1, `strict ${String(strict)}: ${args.a}`);
  }
  const faulty = { type: 'object', properties: { a: { type: 'number', minimum: 'x', exclusiveMinimum: true }, b: { type: 'integer', maximum: 4, exclusiveMaximum: true, minLength: -1 } } };
  const refused = await post(app, { url: OPENAI, body: { model: 'gpt-4o-mini', input: 'Use the tool', tools: [{ type: 'function', name: 'tool_x', parameters: faulty }] } });
  t.equal(refused.status, 400, refused.raw.slice(0, 300));
  t.match(refused.body.error, { code: 'invalid_function_parameters', message: /^Invalid schema for function 'tool_x': .* \(at 'tools\[0\]\.parameters\.properties\.(a\.minimum|b\.minLength)'\)$/ });
  const declared = { ...parameters, $schema: 'https://json-schema.org/draft/2020-12/schema' };
  const later = await post(app, { url: OPENAI, body: { model: 'gpt-4o-mini', input: 'Use the tool', tools: [{ type: 'function', name: 'tool_x', parameters: declared }] } });
  t.equal(later.status, 400, 'a later dialect named in $schema still refuses the boolean');
  t.match(later.body.error, { message: /True is not of type 'number'\. \(at 'tools\[0\]\.parameters\.properties\.a\.exclusive(Minimum|Maximum)'\)$/ });
});

t.test('the draft-04 `id` keyword does not stop an answer', async (t) => {
  const schema = { $schema: DRAFT_04, id: 'http://example.com/x', type: 'object', properties: { a: { type: 'string', minLength: 2 } }, required: ['a'] };
  for (const value of answersFor(schema)) t.ok(typeof (value as { a: unknown }).a === 'string' && (value as { a: string }).a.length >= 2, JSON.stringify(value));
});

t.test('over HTTP: a draft-04 tool and a non-strict draft-04 text.format are answered', async (t) => {
  const app = testApp();
  t.teardown(() => app.close());
  const schema = { $schema: DRAFT_04, type: 'object', properties: { a: { type: 'number', minimum: 0, exclusiveMinimum: true, maximum: 10, exclusiveMaximum: true } }, required: ['a'] };
  const called = await post(app, { url: OPENAI, body: { model: 'gpt-4o-mini', input: 'Use the tool', tool_choice: 'required', tools: [{ type: 'function', name: 'tool_x', parameters: schema }] } });
  t.equal(called.status, 200, called.raw.slice(0, 300));
  const args = JSON.parse(String(called.body.output?.find((item) => item.type === 'function_call')?.arguments)) as { a: number };
  t.ok(args.a > 0 && args.a < 10, String(args.a));
  const formatted = await post(app, { url: OPENAI, body: { model: 'gpt-4o-mini', input: 'give json', text: { format: { type: 'json_schema', name: 'x', strict: false, schema } } } });
  t.equal(formatted.status, 200, formatted.raw.slice(0, 300));
  const value = generateValue({ schema, prompt: 'give json', seed: 3 });
  t.ok(value.ok, JSON.stringify(value));
});

t.test('a reference to the schema\'s own absolute $id is followed, and the answer checked', async (t) => {
  for (const id of ['https://example.com/tool.json', 'urn:example:tool']) {
    const schema = { $id: id, type: 'object', properties: { a: { $ref: `${id}#/$defs/A` } }, required: ['a'], $defs: { A: { type: 'integer', minimum: 7, maximum: 7 } } };
    for (const value of answersFor(schema)) t.same(value, { a: 7 }, id);
  }
});

t.test('a bundled schema refers to an embedded $id (relative or absolute), and refers within it', async (t) => {
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema', $id: 'https://example.com/tool.json', type: 'object',
    properties: { a: { $ref: 'addr.json' }, b: { $ref: 'https://example.com/addr.json#/$defs/zip' } }, required: ['a', 'b'],
    $defs: { addr: { $id: 'https://example.com/addr.json', type: 'object', properties: { zip: { $ref: '#/$defs/zip' } }, required: ['zip'], additionalProperties: false, $defs: { zip: { type: 'string', pattern: '^[0-9]{5}$' } } } },
  };
  for (const value of answersFor(schema)) {
    const { a, b } = value as { a: { zip: unknown }; b: unknown };
    t.match({ a, b }, { a: { zip: /^[0-9]{5}$/ }, b: /^[0-9]{5}$/ }, JSON.stringify(value));
  }
});

t.test('draft-04 anchor ids (`id: \'#name\'`) are followed by the validator and the generator', async (t) => {
  const plain = { type: 'object', properties: { a: { $ref: '#item' } }, required: ['a'], definitions: { x: { id: '#item', type: 'integer', minimum: 4, maximum: 4 } } };
  for (const value of answersFor(plain)) t.same(value, { a: 4 });
  const named = {
    $schema: DRAFT_04, id: 'http://example.com/root.json', type: 'object', required: ['a', 'b', 'c'],
    properties: { a: { $ref: '#item' }, b: { $ref: 'http://example.com/root.json#item' }, c: { $ref: 'inner.json#leaf' } },
    definitions: { x: { id: '#item', type: 'string', enum: ['q'] }, inner: { id: 'inner.json', definitions: { leaf: { id: '#leaf', type: 'boolean', enum: [false] } } } },
  };
  for (const value of answersFor(named)) t.same(value, { a: 'q', b: 'q', c: false });
  const first = { type: 'object', properties: { a: { $ref: '#twice' } }, required: ['a'], definitions: { x: { id: '#twice', const: 1 }, y: { id: '#twice', const: 2 } } };
  for (const value of answersFor(first)) t.same(value, { a: 1 }, 'the first of a name in the document');
  const recursive = { type: 'object', properties: { a: { $ref: '#node' } }, required: ['a'], definitions: { n: { id: '#node', type: 'object', properties: { v: { type: 'integer', minimum: 1, maximum: 1 }, next: { $ref: '#node' } }, required: ['v'] } } };
  for (const value of answersFor(recursive)) {
    let node = (value as { a: { v: unknown; next?: unknown } }).a;
    for (let depth = 0; node !== undefined && depth < 50; depth += 1, node = node.next as typeof node) t.equal(node.v, 1);
  }
});

t.test("draft-06/07 anchor ids (`$id: '#name'`) are followed, in the root document and inside an embedded one, and the answers checked", async (t) => {
  const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';
  const leaf = { $id: '#leaf', type: 'string', enum: ['q'] };
  const schemas = [
    { $schema: DRAFT_07, type: 'object', properties: { a: { $ref: '#leaf' } }, required: ['a'], definitions: { x: leaf } },
    { $schema: 'http://json-schema.org/draft-06/schema#', type: 'object', properties: { a: { $ref: '#leaf' } }, required: ['a'], definitions: { x: leaf } },
    {
      $schema: DRAFT_07, $id: 'https://example.com/root.json', type: 'object', properties: { a: { $ref: 'inner.json#leaf' } }, required: ['a'],
      definitions: { inner: { $id: 'inner.json', definitions: { x: leaf } } },
    },
  ];
  for (const schema of schemas) {
    // Checked by a draft-07 Ajv, which has no draft-06 meta-schema to look up.
    const { $schema: _dialect, ...meaning } = schema;
    const validate = new Ajv({ strict: false }).compile(meaning);
    const answers = answersFor(schema);
    t.same(answers, SEEDS.map(() => ({ a: 'q' })), JSON.stringify(schema.properties));
    t.ok(answers.every((answer) => validate(answer)));
  }
  const recursive = {
    $schema: DRAFT_07, type: 'object', properties: { a: { $ref: '#node' } }, required: ['a'],
    definitions: { n: { $id: '#node', type: 'object', allOf: [{ $ref: '#node' }], properties: { v: { const: 2 }, next: { $ref: '#node' } }, required: ['v'] } },
  };
  for (const value of answersFor(recursive)) {
    let node = (value as { a: { v: unknown; next?: unknown } }).a;
    for (let depth = 0; node !== undefined && depth < 50; depth += 1, node = node.next as typeof node) t.equal(node.v, 2);
  }
});

t.test('an anchor no id names is a 400 naming the tool and the $ref', async (t) => {
  const schema = { type: 'object', properties: { a: { $ref: '#nothing' } }, required: ['a'], definitions: { x: { id: '#item', type: 'integer' } } };
  t.match(answersFor(schema), [{ path: '.properties.a.$ref', reason: /^'#nothing' cannot be resolved: the schema defines nothing there/ }]);
  const app = testApp();
  t.teardown(() => app.close());
  const refused = await post(app, { url: OPENAI, body: { model: 'gpt-4o-mini', input: 'Use the tool', tools: [{ type: 'function', name: 'tool_x', parameters: schema }] } });
  t.equal(refused.status, 400, refused.raw.slice(0, 300));
  t.match(refused.body.error, { message: /^Invalid schema for function 'tool_x': '#nothing' cannot be resolved.* \(at 'tools\[0\]\.parameters\.properties\.a\.\$ref'\)$/ });
});

t.test('a reference to another document keeps its 400', async (t) => {
  const schema = { $id: 'https://example.com/tool.json', type: 'object', properties: { a: { $ref: 'https://example.com/other.json#/$defs/A' } }, required: ['a'] };
  t.match(answersFor(schema), [{ reason: /^'https:\/\/example\.com\/other\.json#\/\$defs\/A' cannot be resolved: the mock does not fetch other documents/ }]);
});

t.test('`contains` beside prefixItems of another type: the contained items follow the prefix (review30 R5)', async (t) => {
  const array = { type: 'array', prefixItems: [{ type: 'string' }], items: { type: 'integer' }, contains: { type: 'integer' } };
  for (const extra of [{}, { minItems: 2 }, { minContains: 2 }, { minContains: 2, minItems: 3 }]) {
    const schema = { type: 'object', properties: { a: { ...array, ...extra } }, required: ['a'] };
    for (const value of answersFor(schema)) {
      const a = (value as { a: unknown[] }).a;
      const integers = Array.isArray(a) ? a.slice(1).filter((item) => Number.isInteger(item)).length : -1;
      t.ok(typeof a?.[0] === 'string' && integers >= ('minContains' in extra ? 2 : 1), `${JSON.stringify(extra)}: ${JSON.stringify(value)}`);
    }
  }
});

t.test('a reference that requires again what is already required is left out, and the answer checked', async (t) => {
  const root = { type: 'object', properties: { a: { type: 'string', minLength: 3 } }, required: ['a'], allOf: [{ $ref: '#' }] };
  for (const value of answersFor(root)) t.ok(typeof (value as { a: unknown }).a === 'string' && (value as { a: string }).a.length >= 3, JSON.stringify(value));
  const definition = { type: 'object', properties: { a: { $ref: '#/$defs/L' } }, required: ['a'], $defs: { L: { type: 'integer', minimum: 2, maximum: 2, allOf: [{ $ref: '#/$defs/L' }] } } };
  for (const value of answersFor(definition)) t.same(value, { a: 2 });
  const through = { type: 'object', allOf: [{ $ref: '#/$defs/R' }], $defs: { R: { allOf: [{ $ref: '#' }], required: ['z'], properties: { z: { const: 5 } } } } };
  for (const value of answersFor(through)) t.same(value, { z: 5 }, 'through a definition only the root names: its own requirements kept');
  const ring = { type: 'object', properties: { x: { $ref: '#/$defs/d0' } }, required: ['x'], $defs: { d0: { allOf: [{ $ref: '#/$defs/d1' }], type: 'integer' }, d1: { allOf: [{ $ref: '#/$defs/d2' }], minimum: 3 }, d2: { allOf: [{ $ref: '#/$defs/d0' }], maximum: 3 } } };
  for (const value of answersFor(ring)) t.same(value, { x: 3 }, 'a ring of definitions entered at one place keeps every definition\'s requirement');
  const beside = { $ref: '#', type: 'object', properties: { n: { enum: [true] } }, required: ['n'] };
  for (const value of answersFor(beside)) t.same(value, { n: true }, '$ref: # beside the root\'s keywords');
});

t.test('any other reference back is still refused as a check that cannot end, not as having no value (review30 R6)', async (t) => {
  const schemas = [
    { type: 'object', anyOf: [{ $ref: '#' }, { required: ['q'] }] },
    { type: 'object', not: { $ref: '#' } },
    // allOf/0 is also the value of `a`: without its reference, `a` would lose the root's requirements.
    { type: 'object', properties: { a: { $ref: '#/allOf/0' } }, allOf: [{ $ref: '#' }] },
    // Each definition is reached from outside too: leaving out either reference would drop a requirement.
    { type: 'object', properties: { a: { $ref: '#/$defs/L' }, b: { $ref: '#/$defs/M' } }, required: ['a', 'b'], $defs: { L: { allOf: [{ $ref: '#/$defs/M' }], type: 'string' }, M: { allOf: [{ $ref: '#/$defs/L' }], minLength: 4 } } },
  ];
  for (const schema of schemas) t.match(answersFor(schema), [{ reason: /refers back to itself .* so the check never ends/ }], JSON.stringify(schema));
});

t.test('unused definitions, however many, do not keep a redundant reference back (review 34 F6)', async (t) => {
  const ring = (size: number, form: 'allOf' | '$ref'): Record<string, unknown> => Object.fromEntries([...Array(size)].map((_, i) => {
    const next = { $ref: `#/definitions/d${(i + 1) % size}` };
    return [`d${i}`, form === 'allOf' ? { allOf: [next] } : next];
  }));
  const withDefinitions = (definitions: Record<string, unknown>): Record<string, unknown> => ({
    type: 'object', properties: { a: { type: 'integer', const: 1 } }, required: ['a'], allOf: [{ $ref: '#/definitions/r' }], definitions: { r: { allOf: [{ $ref: '#' }] }, ...definitions },
  });
  // An allOf ring of 5,000 holds 15,000 objects and arrays, past MAX_SCHEMA_NODES: the $ref form reaches 4,900.
  for (const [size, form] of [[400, 'allOf'], [1600, 'allOf'], [4900, '$ref']] as const) {
    t.same(answersFor(withDefinitions(ring(size, form))), SEEDS.map(() => ({ a: 1 })), `a ring of ${size} (${form})`);
  }
  // 4,000 references at the end of a chain of 100 unused definitions: each walk back runs the chain (800,000 steps
  // when walked one by one). It is answered, in linear time (no timed assertion).
  const chain: Record<string, unknown> = { leaf: { type: 'integer' }, e100: { allOf: [...Array(20)].map((_, k) => ({ $ref: `#/definitions/f${k}` })) } };
  for (let k = 0; k < 20; k += 1) chain[`f${k}`] = { allOf: [...Array(200)].map(() => ({ $ref: '#/definitions/leaf' })) };
  for (let i = 0; i < 100; i += 1) chain[`e${i}`] = { allOf: [{ $ref: `#/definitions/e${i + 1}` }] };
  t.same(answersFor(withDefinitions(chain)), SEEDS.map(() => ({ a: 1 })), 'a chain shared by 4,000 walks back');
  const app = testApp();
  t.teardown(() => app.close());
  const called = await post(app, { url: OPENAI, body: { model: 'gpt-4o-mini', input: 'Use the tool', tool_choice: 'required', tools: [{ type: 'function', name: 'tool_x', parameters: withDefinitions(ring(400, 'allOf')) }] } });
  t.equal(called.status, 200, called.raw.slice(0, 300));
  t.equal(called.body.output?.find((item) => item.type === 'function_call')?.arguments, '{"a":1}');
});
