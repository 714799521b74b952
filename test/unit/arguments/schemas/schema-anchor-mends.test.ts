// Review 39's findings on anchors and `$dynamicRef`, each held here: a schema the mock cannot follow in full is still
// judged as sent (its meta-schema violations stand) and answered wherever the validator vouches for a value.
import t, { type Test } from 'tap';
import Ajv2020 from 'ajv/dist/2020.js';
import { schemaViolation } from '../../../../src/domain/arguments/index.js';
import { OPENAI, post, testApp } from '../../../helpers/app.js';
import { answersFor, SEEDS } from '../../../helpers/arguments.js';

t.test('F3: a $dynamicRef beside a $ref and a non-array allOf leaves the allOf as written: the meta-schema refuses it', async (t) => {
  const schema = {
    type: 'object', properties: { a: { $ref: '#/$defs/m', $dynamicRef: '#node', allOf: {} } }, required: ['a'],
    $defs: { n: { $dynamicAnchor: 'node', type: 'object' }, m: { type: 'object' } },
  };
  t.match(schemaViolation(schema), { pointer: '/properties/a/allOf', message: /not of type 'array'/ });
});

t.test('F2: the meta-schema judges the schema as sent, anchors of embedded resources and all', async (t) => {
  const embedded = (e: Record<string, unknown>, ref = 'e.json'): Record<string, unknown> => ({ type: 'object', properties: { a: { $ref: ref } }, required: ['a'], $defs: { e: { $id: 'e.json', ...e } } });
  t.match(schemaViolation(embedded({ $anchor: 5, const: 2 })), { pointer: '/$defs/e/$anchor', message: /not of type 'string'/ });
  t.match(schemaViolation(embedded({ $dynamicAnchor: '1bad', const: 2 })), { pointer: '/$defs/e/$dynamicAnchor', message: /does not match/ });
  t.match(schemaViolation(embedded({ $defs: { q: { $id: '#x', const: 2 } } }, 'e.json#x')), { pointer: '/$defs/e/$defs/q/$id', message: /does not match/ });
  t.equal(schemaViolation(embedded({ $anchor: 'fine', const: 2 })), null, 'a well-formed one is no violation');
});

t.test('F2: an anchor declared twice in one embedded resource is a 400 naming the second declaration', async (t) => {
  const twice = (q: Record<string, unknown>): Record<string, unknown> => ({
    type: 'object', properties: { a: { $ref: 'e.json#x' } }, required: ['a'], $defs: { e: { $id: 'e.json', $defs: { p: { $anchor: 'x', const: 1 }, q } } },
  });
  t.match(answersFor(twice({ $anchor: 'x', const: 2 })), [{ path: '.$defs.e.$defs.q.$anchor', reason: /the anchor 'x' is declared more than once/ }]);
  t.match(answersFor(twice({ $dynamicAnchor: 'x', const: 2 })), [{ path: '.$defs.e.$defs.q.$dynamicAnchor', reason: /declared more than once/ }]);
  t.same(answersFor(twice({ $anchor: 'y', const: 2 })), SEEDS.map(() => ({ a: 1 })), 'two names are two anchors');
  const other = { type: 'object', properties: { a: { $ref: 'e.json#x' }, b: { $ref: 'f.json#x' } }, required: ['a', 'b'], $defs: { e: { $id: 'e.json', $anchor: 'x', const: 1 }, f: { $id: 'f.json', $anchor: 'x', const: 2 } } };
  t.same(answersFor(other), SEEDS.map(() => ({ a: 1, b: 2 })), 'one name in two resources is no duplicate');
});

/** Every answer for `schema` under the seeds, each checked by a fresh Ajv (no mock code) against `meaning`. */
function validAnswers(t: Test, schema: Record<string, unknown>, meaning = schema): unknown[] {
  const answers = answersFor(schema);
  const validate = new Ajv2020.default({ strict: false }).compile(meaning);
  t.equal(answers.length, SEEDS.length, JSON.stringify(answers[0]));
  for (const answer of answers) t.ok(validate(answer), `${JSON.stringify(answer)} is valid`);
  return answers;
}

t.test('F1: a $dynamicRef the mock cannot follow refuses nothing where the check passes a value', async (t) => {
  const unused = { type: 'object', properties: { a: { type: 'integer', minimum: 1, maximum: 9 } }, required: ['a'], $defs: { u: { $dynamicRef: '#nope' } } };
  for (const answer of validAnswers(t, unused)) t.match(answer, { a: Number });
  const optional = { type: 'object', properties: { a: { const: 1 }, b: { $dynamicRef: '#nope' } }, required: ['a'] };
  validAnswers(t, optional);
  // The 2020-12 spec's own example: the dynamic scope runs through an embedded resource.
  const strictTree = {
    $schema: 'https://json-schema.org/draft/2020-12/schema', $id: 'https://example.com/strict-tree', $dynamicAnchor: 'node', $ref: 'tree', unevaluatedProperties: false,
    $defs: { tree: { $id: 'https://example.com/tree', $dynamicAnchor: 'node', type: 'object', properties: { data: { type: 'integer', minimum: 1, maximum: 3 }, children: { type: 'array', items: { $dynamicRef: '#node' }, maxItems: 2 } }, required: ['data'] } },
  };
  for (const answer of validAnswers(t, strictTree)) t.match(answer, { data: Number });
});

t.test('F1: an unrelated embedded $dynamicAnchor leaves other $dynamicRefs followed; a pointer one is a $ref', async (t) => {
  const lib = { $id: 'https://lib.example/x.json', $dynamicAnchor: 'meta', type: 'string' };
  const pointer = { type: 'object', properties: { a: { $dynamicRef: '#/$defs/n' } }, required: ['a'], $defs: { n: { const: 7 }, lib } };
  t.same(answersFor(pointer), SEEDS.map(() => ({ a: 7 })));
  const node = { $dynamicAnchor: 'node', type: 'object', properties: { v: { const: 3 } }, required: ['v'] };
  const named = { type: 'object', properties: { a: { $dynamicRef: '#node' } }, required: ['a'], $defs: { n: node, lib } };
  t.same(answersFor(named), SEEDS.map(() => ({ a: { v: 3 } })));
  const redeclared = { ...named, $defs: { n: node, lib: { ...lib, $dynamicAnchor: 'node' } } };
  t.match(answersFor(redeclared), [{ path: '.properties.a.$dynamicRef', reason: /cannot follow '#node'/ }], 'one whose anchor an embedded resource re-declares is not');
});

t.test('F1: a property named $dynamicRef is no keyword, under properties or dependentRequired', async (t) => {
  const schema = { type: 'object', properties: { $dynamicRef: { type: 'string' }, a: { const: 1 } }, required: ['a'], dependentRequired: { $dynamicRef: ['a'] } };
  for (const answer of validAnswers(t, schema)) t.match(answer, { a: 1 });
  const itself = { ...schema, $anchor: 'top', allOf: [{ $ref: '#top' }] };
  t.same(answersFor(itself), SEEDS.map(() => ({ a: 1 })), 'nor does it stop the self-conjunction walk');
});

t.test('F4: a self-conjunction through $dynamicRef is left out whether or not the text holds a "$ref"', async (t) => {
  const itself = (reference: string): Record<string, unknown> => ({ $dynamicAnchor: 'r', type: 'object', properties: { v: { const: 2 } }, required: ['v'], allOf: [{ $dynamicRef: reference }] });
  t.same(answersFor(itself('#r')), SEEDS.map(() => ({ v: 2 })));
  t.same(answersFor(itself('#')), SEEDS.map(() => ({ v: 2 })));
  const withRef = { ...itself('#r'), properties: { v: { $ref: '#/$defs/two' } }, $defs: { two: { const: 2 } } };
  t.same(answersFor(withRef), SEEDS.map(() => ({ v: 2 })), 'as with an unrelated $ref beside it');
});

t.test('F5: the duplicate-anchor 400 names the second declaration: not a value in const, and two on one node', async (t) => {
  const inConst = { type: 'object', properties: { a: { $ref: '#x' }, c: { const: { $anchor: 'x' } } }, required: ['a'], $defs: { p: { $anchor: 'x', const: 1 }, q: { $anchor: 'x', const: 2 } } };
  t.match(answersFor(inConst), [{ path: '.$defs.q.$anchor', reason: /the anchor 'x' is declared more than once/ }]);
  const oneNode = { type: 'object', properties: { a: { $ref: '#x' } }, required: ['a'], $defs: { p: { $anchor: 'x', $dynamicAnchor: 'x', const: 1 } } };
  t.match(answersFor(oneNode), [{ path: '.$defs.p.$dynamicAnchor', reason: /declared more than once/ }]);
});

t.test('over HTTP, strict: an unused unfollowed $dynamicRef is answered; an embedded resource\'s malformed anchor is a 400', async (t) => {
  const app = testApp();
  t.teardown(() => app.close());
  const call = (parameters: unknown): ReturnType<typeof post> =>
    post(app, { url: OPENAI, body: { model: 'gpt-4o', input: 'call it', tool_choice: 'required', tools: [{ type: 'function', name: 'f', strict: true, parameters }] } });
  const answered = await call({ type: 'object', properties: { a: { const: 1 } }, required: ['a'], additionalProperties: false, $defs: { u: { $dynamicRef: '#nope' } } });
  t.equal(answered.status, 200, answered.raw.slice(0, 300));
  t.same(JSON.parse(String(answered.body.output?.find((item) => item.type === 'function_call')?.arguments)), { a: 1 });
  const malformed = await call({ type: 'object', properties: { a: { $ref: 'e.json#x' } }, required: ['a'], additionalProperties: false, $defs: { e: { $id: 'e.json', $defs: { q: { $id: '#x', const: 2 } } } } });
  t.equal(malformed.status, 400, malformed.raw.slice(0, 300));
  t.match(malformed.body.error, { message: /\$defs\.e\.\$defs\.q\.\$id/ });
});
