// Review 39's findings on anchors and `$dynamicRef`, each held here: a schema the mock cannot follow in full is still
// judged as sent (its meta-schema violations stand) and answered wherever the validator vouches for a value.
import t from 'tap';
import { schemaViolation } from '../../../../src/domain/arguments/index.js';

t.test('F3: a $dynamicRef beside a $ref and a non-array allOf leaves the allOf as written: the meta-schema refuses it', async (t) => {
  const schema = {
    type: 'object', properties: { a: { $ref: '#/$defs/m', $dynamicRef: '#node', allOf: {} } }, required: ['a'],
    $defs: { n: { $dynamicAnchor: 'node', type: 'object' }, m: { type: 'object' } },
  };
  t.match(schemaViolation(schema), { pointer: '/properties/a/allOf', message: /not of type 'array'/ });
});
