// `$ref: '#name'` to a `$anchor` is followed by the validator and the generator alike, and draft-04's anchor ids
// (`id: '#name'`) are read only where draft-04 reads them, never over a `$anchor` of the same name (review 34 F7).
// A schema that refers back to itself through an anchor is answered as it is through a pointer.
import t from 'tap';
import Ajv2020 from 'ajv/dist/2020.js';
import { OPENAI, post, testApp } from '../../../helpers/app.js';
import { answersFor, SEEDS } from '../../../helpers/arguments.js';

const DRAFT_04 = 'http://json-schema.org/draft-04/schema#';
const DRAFT_2020 = 'https://json-schema.org/draft/2020-12/schema';

const refersTo = (definitions: Record<string, unknown>, dialect?: string): Record<string, unknown> => ({
  ...(dialect === undefined ? {} : { $schema: dialect }), type: 'object', properties: { a: { $ref: '#x' } }, required: ['a'], $defs: definitions,
});
const anchored = { $anchor: 'x', type: 'integer', const: 12 };
const idAnchored = { id: '#x', type: 'string', const: 'y' };
const all = (value: unknown): unknown[] => SEEDS.map(() => value);

t.test('a $anchor beats an id anchor of the same name, before or after it, in any dialect', async (t) => {
  for (const dialect of [undefined, DRAFT_04, DRAFT_2020]) {
    t.same(answersFor(refersTo({ x: anchored, y: idAnchored }, dialect)), all({ a: 12 }), `$anchor first, ${dialect ?? 'no $schema'}`);
    t.same(answersFor(refersTo({ y: idAnchored, x: anchored }, dialect)), all({ a: 12 }), `id first, ${dialect ?? 'no $schema'}`);
  }
});

t.test('$ref to a $anchor alone is followed: plain, recursive, inside an embedded document', async (t) => {
  t.same(answersFor(refersTo({ x: anchored })), all({ a: 12 }));
  t.same(answersFor(refersTo({ x: anchored }, 'http://json-schema.org/draft-07/schema#')), all({ a: 12 }), 'the validator falls back to a dialect that reads it');
  const recursive = { type: 'object', properties: { a: { $ref: '#n' } }, required: ['a'], $defs: { n: { $anchor: 'n', type: 'object', properties: { v: { const: 1 }, next: { $ref: '#n' } }, required: ['v'] } } };
  for (const value of answersFor(recursive)) {
    let node = (value as { a: { v: unknown; next?: unknown } }).a;
    for (let depth = 0; node !== undefined && depth < 50; depth += 1, node = node.next as typeof node) t.equal(node.v, 1);
  }
  const embedded = { $id: 'https://example.com/r.json', type: 'object', properties: { a: { $ref: 's.json#k' } }, required: ['a'], $defs: { s: { $id: 's.json', $defs: { k: { $anchor: 'k', const: 'sub' } } } } };
  t.same(answersFor(embedded), all({ a: 'sub' }));
});

t.test('an id anchor is read under draft-04 or no $schema, and is nothing under a later dialect', async (t) => {
  t.same(answersFor(refersTo({ y: idAnchored })), all({ a: 'y' }));
  t.same(answersFor(refersTo({ y: idAnchored }, DRAFT_04)), all({ a: 'y' }));
  t.match(answersFor(refersTo({ y: idAnchored }, DRAFT_2020)), [{ path: '.properties.a.$ref', reason: /^'#x' cannot be resolved: the schema defines nothing there/ }]);
});

t.test('over HTTP: the $anchor\'s value is answered; an anchor nothing names is a 400 naming the $ref', async (t) => {
  const app = testApp();
  t.teardown(() => app.close());
  const tool = (parameters: unknown): unknown => ({ type: 'function', name: 'tool_x', parameters });
  const called = await post(app, { url: OPENAI, body: { model: 'gpt-4o-mini', input: 'Use the tool', tool_choice: 'required', tools: [tool(refersTo({ x: anchored, y: idAnchored }))] } });
  t.equal(called.status, 200, called.raw.slice(0, 300));
  t.equal(called.body.output?.find((item) => item.type === 'function_call')?.arguments, '{"a":12}');
  const refused = await post(app, { url: OPENAI, body: { model: 'gpt-4o-mini', input: 'Use the tool', tools: [tool(refersTo({ x: { ...anchored, $anchor: 'z' } }))] } });
  t.equal(refused.status, 400, refused.raw.slice(0, 300));
  t.match(refused.body.error, { message: /^Invalid schema for function 'tool_x': '#x' cannot be resolved.* \(at 'tools\[0\]\.parameters\.properties\.a\.\$ref'\)$/ });
});

t.test("an id anchor is followed under every dialect but the later ones (draft-03, the unversioned 'schema#', a non-string $schema)", async (t) => {
  for (const dialect of ['http://json-schema.org/draft-03/schema#', 'http://json-schema.org/schema#', 7 as unknown as string]) {
    t.same(answersFor(refersTo({ y: idAnchored }, dialect)), all({ a: 'y' }), String(dialect));
  }
});

t.test('recursion through an anchor is answered as the same recursion through a pointer, and the answers are valid', async (t) => {
  const validator = new Ajv2020.default({ strict: false });
  const integer = { type: 'integer' };
  // Each schema twice: through `#name` to an anchor, and through the pointer of the same place.
  const pairs: Array<[string, (to: string) => Record<string, unknown>, string]> = [
    ['a root $anchor, optional child', (to) => ({ type: 'object', $anchor: 'top', properties: { child: { $ref: to }, v: integer }, required: ['v'] }), '#'],
    ['a root $anchor asked again through allOf', (to) => ({ type: 'object', $anchor: 'top', allOf: [{ $ref: to }], properties: { child: { $ref: to }, v: integer }, required: ['v'] }), '#'],
    ['a $defs anchor asked again through allOf', (to) => ({ type: 'object', properties: { a: { $ref: to } }, required: ['a'], $defs: { n: { $anchor: 'top', type: 'object', allOf: [{ $ref: to }], properties: { v: integer }, required: ['v'] } } }), '#/$defs/n'],
    ['a $defs anchor, required through an optional property', (to) => ({
      type: 'object', properties: { a: { $ref: to } }, required: ['a'],
      $defs: { n: { $anchor: 'top', type: 'object', allOf: [{ $ref: to }], properties: { next: { type: 'object', properties: { more: { $ref: to } } }, v: integer }, required: ['v', 'next'] } },
    }), '#/$defs/n'],
    ['a $dynamicAnchor asked again through allOf', (to) => ({ $dynamicAnchor: 'top', type: 'object', allOf: [{ $ref: to }], properties: { child: { $ref: to }, v: integer }, required: ['v'] }), '#'],
  ];
  for (const [name, schemaTo, pointer] of pairs) {
    const anchoredForm = schemaTo('#top');
    const answers = answersFor(anchoredForm);
    t.same(answers, answersFor(schemaTo(pointer)), name);
    // Checked without the `allOf` that asks again for the same schema (Ajv's own check of it never ends).
    const meaning = JSON.parse(JSON.stringify(schemaTo(pointer)).replaceAll(`"allOf":[{"$ref":"${pointer}"}],`, '')) as Record<string, unknown>;
    const validate = validator.compile(meaning);
    t.ok(answers.length === SEEDS.length && answers.every((answer) => validate(answer)), `${name}: ${JSON.stringify(answers[0])}`);
  }
});

t.test('one anchor name in the root and in an embedded document names two places, both followed', async (t) => {
  const twice = (root: Record<string, unknown>): Record<string, unknown> => ({
    ...root, type: 'object', properties: { a: { $ref: '#x' }, b: { $ref: 's.json#x' }, c: { $ref: 's.json' } }, required: ['a', 'b', 'c'],
    $defs: { r: { $anchor: 'x', const: 1 }, s: { $id: 's.json', type: 'object', properties: { d: { $ref: '#x' } }, required: ['d'], $defs: { q: { $anchor: 'x', const: 's' } } } },
  });
  const expected = SEEDS.map(() => ({ a: 1, b: 's', c: { d: 's' } }));
  t.same(answersFor(twice({})), expected);
  const named = twice({ $id: 'https://example.com/root.json' });
  t.same(answersFor(named), expected);
  const validate = new Ajv2020.default({ strict: false }).compile(named);
  t.ok(validate(expected[0]), 'the answer is valid where Ajv reads the schema as written');
  const idAnchors = {
    $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties: { a: { $ref: '#x' }, b: { $ref: 's.json#x' } }, required: ['a', 'b'],
    definitions: { r: { $id: '#x', const: 1 }, s: { $id: 's.json', definitions: { y: { $id: '#x', const: 's' } } } },
  };
  t.same(answersFor(idAnchors), SEEDS.map(() => ({ a: 1, b: 's' })), "draft-07's anchor ids alike");
});

t.test('one anchor name twice in one document is a 400 naming the second', async (t) => {
  const ambiguous = refersTo({ r: { $anchor: 'x', const: 1 }, s: { $dynamicAnchor: 'x', const: 2 } });
  t.match(answersFor(ambiguous), [{ path: '.$defs.s.$dynamicAnchor', reason: "the anchor 'x' is declared more than once in one schema resource, so '#x' names more than one subschema" }]);
  const app = testApp();
  t.teardown(() => app.close());
  const refused = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: 'call it', tool_choice: 'required', tools: [{ type: 'function', name: 'f', parameters: ambiguous }] } });
  t.equal(refused.status, 400, refused.raw.slice(0, 300));
  t.match(refused.body.error, { message: /^Invalid schema for function 'f': tools\[0\]\.parameters\.\$defs\.s\.\$dynamicAnchor: the anchor 'x' is declared more than once/ });
});
