// A `$dynamicAnchor` is also a plain anchor (`$ref: '#node'`), and `$dynamicRef` lands where a `$ref` would when
// no embedded resource declares a `$dynamicAnchor` (2020-12): both are followed by the generator and the
// validator alike, and every answer is checked against the schema here. A `$dynamicRef` the mock cannot follow
// is a 400 naming it, never a value the validator reads another way.
import t, { type Test } from 'tap';
import Ajv2020 from 'ajv/dist/2020.js';
import { OPENAI, post, testApp } from '../../../helpers/app.js';
import { answersFor, SEEDS } from '../../../helpers/arguments.js';

const node = { $dynamicAnchor: 'node', type: 'object', properties: { v: { type: 'integer', minimum: 1, maximum: 9 } }, required: ['v'] };
const holding = (a: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ type: 'object', properties: { a }, required: ['a'], $defs: { n: node }, ...extra });

/**
 * Every answer for `schema` under the seeds, each checked by a fresh Ajv (no mock code) against `meaning`: the
 * schema itself, or for a `$dynamicRef` the same schema with the `$ref` the 2020-12 spec makes it (Ajv sends a
 * `$dynamicRef` to the root whenever the anchor's schema was not compiled before it).
 */
function checkedAnswers(t: Test, schema: Record<string, unknown>, meaning = schema): unknown[] {
  const answers = answersFor(schema);
  const validate = new Ajv2020.default({ strict: false }).compile(meaning);
  t.equal(answers.length, SEEDS.length, JSON.stringify(answers[0]));
  for (const answer of answers) t.ok(validate(answer), `${JSON.stringify(answer)} is valid`);
  return answers;
}

t.test("$ref: '#node' to a $dynamicAnchor is followed", async (t) => {
  for (const answer of checkedAnswers(t, holding({ $ref: '#node' }))) t.match(answer, { a: { v: Number } });
  const declared = { ...holding({ $ref: '#node' }), $schema: 'http://json-schema.org/draft-07/schema#', definitions: { n: node }, $defs: undefined };
  t.same(answersFor(declared).map((answer) => typeof (answer as { a: { v: unknown } }).a.v), SEEDS.map(() => 'number'), 'draft-07: Ajv reads the anchor in every dialect, and so does the generator');
});

t.test('$dynamicRef to a $dynamicAnchor, an $anchor or a pointer lands where a $ref would', async (t) => {
  for (const answer of checkedAnswers(t, holding({ $dynamicRef: '#node' }), holding({ $ref: '#/$defs/n' }))) t.match(answer, { a: { v: Number } });
  for (const answer of checkedAnswers(t, holding({ $dynamicRef: '#/$defs/n' }), holding({ $ref: '#/$defs/n' }))) t.match(answer, { a: { v: Number } });
  const plain = (a: unknown): Record<string, unknown> => holding(a, { $defs: { p: { $anchor: 'plain', const: 'p' } } });
  t.same(checkedAnswers(t, plain({ $dynamicRef: '#plain' }), plain({ $ref: '#plain' })), SEEDS.map(() => ({ a: 'p' })));
  const m = { type: 'object', properties: { w: { const: 1 } }, required: ['w'] };
  const both = holding({ $ref: '#/$defs/m', $dynamicRef: '#node' }, { $defs: { n: node, m } });
  const meant = holding({ $ref: '#/$defs/m', allOf: [{ $ref: '#/$defs/n' }] }, { $defs: { n: node, m } });
  for (const answer of checkedAnswers(t, both, meant)) t.match(answer, { a: { w: 1, v: Number } }, 'beside a $ref, both apply');
});

t.test('a tree through $dynamicRef to the root anchor is answered and bounded; a required one without end is refused', async (t) => {
  const tree = { $dynamicAnchor: 'node', type: 'object', properties: { v: { type: 'integer' }, children: { type: 'array', items: { $dynamicRef: '#node' }, maxItems: 3 } }, required: ['v', 'children'] };
  const answers = checkedAnswers(t, tree, { ...tree, properties: { ...tree.properties, children: { ...tree.properties.children, items: { $ref: '#' } } } });
  const depth = (value: { children: unknown[] }): number => 1 + Math.max(0, ...value.children.map((child) => depth(child as { children: unknown[] })));
  for (const answer of answers) t.ok(depth(answer as { children: unknown[] }) < 50, 'the recursion is cut');
  const endless = { $dynamicAnchor: 'node', type: 'object', properties: { next: { $dynamicRef: '#node' } }, required: ['next'] };
  t.match(answersFor(endless), [{ reason: /deeper than \d+ levels/ }]);
});

t.test('a $dynamicRef the mock cannot follow is refused, naming it, where no value passes; one in draft-07 is no keyword', async (t) => {
  t.match(answersFor(holding({ $dynamicRef: '#nope' })), [{ path: '.properties.a.$dynamicRef', reason: /^the mock cannot follow '#nope'/ }]);
  // An embedded resource declaring the anchor: where the reference lands depends on the path taken.
  const scoped = {
    $id: 'https://example.com/tree.json', $dynamicAnchor: 'node', type: 'object', properties: { c: { $ref: 'strict.json' } },
    $defs: { s: { $id: 'strict.json', $dynamicAnchor: 'node', type: 'object', properties: { d: { $dynamicRef: '#node' } } } },
  };
  const reached = { ...scoped, required: ['c'], $defs: { s: { ...scoped.$defs.s, required: ['d'] } } };
  t.match(answersFor(reached), [{ path: '.$defs.s.properties.d.$dynamicRef', reason: /embedded resource/ }], 'where no value generated passes the check');
  const older = { $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties: { a: { const: 1 }, b: { $dynamicRef: '#nope' } }, required: ['a'] };
  t.same(answersFor(older), SEEDS.map(() => ({ a: 1 })));
});

t.test('over HTTP: the schema of the report is answered with valid arguments; an unfollowed $dynamicRef is a 400 naming it', async (t) => {
  const app = testApp();
  t.teardown(() => app.close());
  const tool = (parameters: unknown): unknown => ({ type: 'function', name: 'f', parameters });
  for (const a of [{ $ref: '#node' }, { $dynamicRef: '#node' }]) {
    const called = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: 'call it', tool_choice: 'required', tools: [tool(holding(a))] } });
    t.equal(called.status, 200, called.raw.slice(0, 300));
    t.match(JSON.parse(String(called.body.output?.find((item) => item.type === 'function_call')?.arguments)), { a: { v: Number } });
  }
  const refused = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: 'call it', tool_choice: 'required', tools: [tool(holding({ $dynamicRef: '#nope' }))] } });
  t.equal(refused.status, 400, refused.raw.slice(0, 300));
  t.match(refused.body.error, { message: /^Invalid schema for function 'f': tools\[0\]\.parameters\.properties\.a\.\$dynamicRef: the mock cannot follow '#nope'/ });
});
