// A definition that many `$ref`s point at is read and compiled once: each reference once copied the whole
// definition into the property views and into Ajv's code (2,000 properties referred to 2,900 times ran the
// heap out and killed the server); a failure inside the definition is still placed where it stands.
import t from 'tap';
import { compileValidator } from '../../../../src/domain/arguments/schema/ajv/validator.js';
import { rootProperties } from '../../../../src/domain/arguments/fill/schema-view.js';
import { OPENAI, OPENROUTER, post, testApp } from '../../../helpers/app.js';

const names = (count: number, prefix: string): string[] => Array.from({ length: count }, (_, index) => `${prefix}${index}`);

function referring(options: { leaf: number; refs: number }): Record<string, unknown> {
  const leaf = { type: 'object', properties: Object.fromEntries(names(options.leaf, 'k').map((name) => [name, { type: 'string' }])) };
  const properties = Object.fromEntries(names(options.refs, 'p').map((name) => [name, { $ref: '#/$defs/leaf' }]));
  return { type: 'object', properties, $defs: { leaf } };
}

t.test('a definition of 2,000 properties referred to from 2,900 places gets its call, on both paths', async (t) => {
  const app = testApp();
  const tool = { type: 'function', name: 'wide', parameters: referring({ leaf: 2000, refs: 2900 }) };
  for (const url of [OPENAI, OPENROUTER]) {
    const response = await post(app, { url, body: { model: 'gpt-4o', input: 'Call it', tools: [tool], tool_choice: 'required' } });
    t.equal(response.status, 200, url);
    const call = response.body.output?.find((item) => item.type === 'function_call');
    t.type(JSON.parse(String(call?.arguments)), 'object', `${url}: the arguments are an object`);
  }
  t.equal((await app.inject({ url: '/health' })).statusCode, 200, 'the server still answers');
});

t.test('the references share one view of the definition', (t) => {
  const views = rootProperties(referring({ leaf: 3, refs: 4 }));
  t.equal(views.length, 4);
  t.same(views[0]?.properties.map((view) => view.name), ['k0', 'k1', 'k2'], 'the definition is read through the reference');
  t.equal(views[3]?.properties, views[0]?.properties, 'the same list, not a copy per reference');
  t.same(views[0]?.properties[0]?.pointers, ['/$defs/leaf/properties/k0'], 'placed where the definition stands');
  t.end();
});

t.test('a failure inside a referenced definition is placed in the definition', (t) => {
  for (const refs of [4, 300]) {
    const compiled = compileValidator(referring({ leaf: 3, refs }), { nodes: refs + 6 });
    t.ok(compiled.ok, `${refs} references compile`);
    if (!compiled.ok) continue;
    const value = Object.fromEntries(names(refs, 'p').map((name) => [name, { k0: 'a', k1: 'b', k2: 'c' }]));
    t.equal(compiled.value.validate(value), true, 'a valid value passes');
    t.equal(compiled.value.validate({ ...value, [`p${refs - 1}`]: { k2: 5 } }), false, 'the last reference is checked');
    t.equal(compiled.value.lastFailure(), '/$defs/leaf/properties/k2/type', 'the failure names the definition');
    t.equal(compiled.value.validate({ ...value, p0: 'text' }), false);
    t.equal(compiled.value.lastFailure(), '/$defs/leaf/type');
    compiled.value.release();
  }
  t.end();
});

t.test('a failure is placed only when its place is asked for: failing checks do not walk the schema', (t) => {
  let reads = 0;
  const watched = Object.defineProperty({}, 'type', { enumerable: true, get: () => { reads += 1; return 'string'; } });
  const schema = { type: 'object', properties: { a: { $ref: '#/$defs/leaf' } }, $defs: { leaf: { type: 'object', properties: { k: { type: 'integer' } } }, watched } };
  const compiled = compileValidator(schema, { nodes: 8 });
  if (!compiled.ok) return t.fail('compiles');
  const before = reads;
  for (let count = 0; count < 10; count += 1) t.equal(compiled.value.validate({ a: { k: 'x' } }), false);
  t.equal(reads, before, 'ten failing checks read nothing of the schema');
  t.equal(compiled.value.lastFailure(), '/$defs/leaf/properties/k/type', 'the last one is placed when asked');
  t.equal(compiled.value.validate({ a: { k: 1 } }), true);
  t.equal(compiled.value.lastFailure(), undefined, 'a check that passes leaves no failure');
  compiled.value.release();
  t.end();
});
