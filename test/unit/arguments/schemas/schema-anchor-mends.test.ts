// Review 39's findings on anchors and `$dynamicRef`, each held here: a schema the mock cannot follow in full is still
// judged as sent (its meta-schema violations stand) and answered wherever the validator vouches for a value.
import t from 'tap';
import { schemaViolation } from '../../../../src/domain/arguments/index.js';
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
