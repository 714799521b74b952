// A schema small as written that its references multiply: a chain of definitions each naming the next ten times
// in `allOf` or `anyOf` (ten to the power of its depth checks of one value) is a 400 naming the place where the
// count passes the bound, at once, on both paths; the prompt view reads each place of such a chain once.
import t from 'tap';
import { rootProperties } from '../../../../src/domain/arguments/fill/schema-view.js';
import { expansionProblem } from '../../../../src/domain/arguments/schema/ajv/expansion.js';
import { compiledSchema, generateDocument } from '../../../../src/domain/arguments/schema/compiled.js';
import { OPENAI, OPENROUTER, post, testApp } from '../../../helpers/app.js';

const names = (count: number, prefix: string): string[] => Array.from({ length: count }, (_, index) => `${prefix}${index}`);

/** Definitions d0…d{depth-1}, each naming the next `fan` times under `keyword`; d{depth} is a string. */
function chain(options: { depth: number; fan: number; keyword: 'allOf' | 'anyOf' | 'properties' }): Record<string, unknown> {
  const $defs: Record<string, unknown> = {};
  for (let level = 0; level < options.depth; level += 1) {
    const ref = (): Record<string, unknown> => ({ $ref: `#/$defs/d${level + 1}` });
    $defs[`d${level}`] = options.keyword === 'properties'
      ? { type: 'object', properties: Object.fromEntries(names(options.fan, 'p').map((name) => [name, ref()])) }
      : { [options.keyword]: names(options.fan, 'p').map(ref) };
  }
  $defs[`d${options.depth}`] = { type: 'string', description: 'the leaf' };
  return { type: 'object', properties: { root: { $ref: '#/$defs/d0' } }, required: ['root'], $defs };
}

const request = (parameters: unknown): unknown => ({ model: 'gpt-4o', input: 'Call it', tools: [{ type: 'function', name: 'f', parameters }], tool_choice: 'required' });

t.test('a chain that checks one value ten billion times is a 400 naming where, on both paths', async (t) => {
  const app = testApp();
  for (const keyword of ['allOf', 'anyOf'] as const) {
    for (const url of [OPENAI, OPENROUTER]) {
      const response = await post(app, { url, body: request(chain({ depth: 10, fan: 10, keyword })) });
      t.equal(response.status, 400, `${keyword} ${url}`);
      t.match(response.body.error?.message, "tools[0].parameters.$defs.d6: checking one value here takes more than 5,000 subschemas (through $ref, allOf, anyOf, oneOf, not, if/then/else), beyond what the mock compiles.", `${keyword} ${url}`);
    }
  }
  const format = { type: 'json_schema', name: 'out', schema: chain({ depth: 10, fan: 10, keyword: 'allOf' }) };
  const structured = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: 'json please', text: { format } } });
  t.equal(structured.status, 400, 'a text format too');
  t.match(structured.body.error?.message, "Invalid schema for response_format 'out': text.format.schema.$defs.d6: checking one value");
  t.equal((await app.inject({ url: '/health' })).statusCode, 200, 'the server still answers');
});

t.test('what references multiply within the bound still gets its call', async (t) => {
  const app = testApp();
  for (const parameters of [chain({ depth: 3, fan: 10, keyword: 'allOf' }), chain({ depth: 12, fan: 3, keyword: 'properties' })]) {
    const response = await post(app, { url: OPENAI, body: request(parameters) });
    t.equal(response.status, 200);
  }
});

t.test('the count follows the value: properties of one object add up only when they check the same member', (t) => {
  t.equal(expansionProblem(chain({ depth: 3, fan: 10, keyword: 'allOf' })), undefined, '1,111 checks of one value');
  t.equal(expansionProblem(chain({ depth: 4, fan: 10, keyword: 'allOf' }))?.pointer, '/$defs/d0', '11,111 checks of one value');
  t.equal(expansionProblem(chain({ depth: 12, fan: 3, keyword: 'properties' })), undefined, 'each member checked once');
  const member = (level: number): unknown => ({ allOf: names(10, 'p').map(() => ({ properties: { x: { $ref: `#/$defs/d${level + 1}` } } })) });
  const nested = { $ref: '#/$defs/d0', $defs: { ...Object.fromEntries([0, 1, 2, 3].map((level) => [`d${level}`, member(level)])), d4: {} } };
  t.equal(expansionProblem(nested)?.pointer, '/$defs/d0', 'a member reached through ten allOf members, four levels down');
  t.equal(expansionProblem({ type: 'object', properties: { a: { $ref: '#' }, b: { allOf: [{ $ref: '#' }] } } }), undefined, 'recursion is bounded by the value');
  t.end();
});

t.test('a recursion that checks one member twice at every level is a 400 naming where it returns', async (t) => {
  const twice = { allOf: [{ properties: { a: { $ref: '#/$defs/N' } } }, { properties: { a: { $ref: '#/$defs/N' } } }] };
  const parameters = {
    type: 'object', properties: { root: { $ref: '#/$defs/N' } }, required: ['root'],
    $defs: { N: { anyOf: [{ type: 'object', required: ['a'], ...twice }, { type: 'null' }] } },
  };
  const app = testApp();
  for (const url of [OPENAI, OPENROUTER]) {
    const response = await post(app, { url, body: request(parameters) });
    t.equal(response.status, 400, url);
    t.match(response.body.error?.message, 'tools[0].parameters.$defs.N: the schema refers back here 2 times for one member of a value (through $ref, allOf, not, if/then/else, dependentSchemas, patternProperties or contains), so checking a value takes 2 times as many subschemas at every level it nests, beyond what the mock compiles.', url);
  }
  t.equal((await app.inject({ url: '/health' })).statusCode, 200, 'the server still answers');
});

t.test('a member checked through its name or place and through a pattern or contains too', async (t) => {
  const ref = { anyOf: [{ $ref: '#' }, { type: 'null' }] };
  const overlapping = { type: 'object', properties: { a: ref }, patternProperties: { '^a$': ref }, required: ['a'], additionalProperties: false };
  t.equal(expansionProblem(overlapping)?.pointer, '', 'the recursion through the name and the pattern doubles');
  const app = testApp();
  const response = await post(app, { url: OPENAI, body: request(overlapping) });
  t.equal(response.status, 400, 'a 400 where 48 levels of {"a": …} were checked 2^48 times');
  t.match(response.body.error?.message, 'tools[0].parameters: the schema refers back here 2 times for one member of a value');
  const apart = { ...overlapping, patternProperties: { '^b$': ref } };
  t.equal(expansionProblem(apart), undefined, 'a pattern that does not match the name is another member');
  t.equal((await post(app, { url: OPENAI, body: request(apart) })).status, 200);
  const list = { anyOf: [{ $ref: '#/$defs/A' }, { type: 'null' }] };
  const tuple = { $defs: { A: { type: 'array', prefixItems: [list], contains: list, minItems: 1, maxItems: 1 } }, $ref: '#/$defs/A' };
  t.equal(expansionProblem(tuple)?.pointer, '/$defs/A', 'a tuple item is checked by contains too');
  t.equal(expansionProblem({ ...tuple, $defs: { A: { ...tuple.$defs.A, contains: { type: 'null' } } } }), undefined, 'a contains that does not recurse adds nothing');
});

t.test('recursive patterns that can never match one name are alternatives; others still double', async (t) => {
  const ref = { anyOf: [{ $ref: '#' }, { type: 'null' }] };
  const patterns = (...sources: string[]): unknown => ({ type: 'object', patternProperties: Object.fromEntries(sources.map((source) => [source, ref])), additionalProperties: false });
  t.equal(expansionProblem(patterns('^a_', '^b_')), undefined, 'different literal prefixes');
  t.equal(expansionProblem(patterns('^user\\.', '^group\\.', '^x-[0-9]+$')), undefined, 'three prefixes, escapes read as the characters they stand for');
  t.equal(expansionProblem(patterns('^id$', '^[0-9]+$')), undefined, 'a name the other pattern does not match');
  t.equal(expansionProblem(patterns('^a', '^ab'))?.pointer, '', 'one prefix starting the other: `abc` matches both');
  t.equal(expansionProblem(patterns('^ab*c', '^ad'))?.pointer, '', 'a repeated character ends the prefix');
  t.equal(expansionProblem(patterns('^a_', 'b_'))?.pointer, '', 'an unanchored pattern may match anywhere');
  t.equal(expansionProblem(patterns('^a_|b', '^b_'))?.pointer, '', 'an alternation is not read');
  t.equal(expansionProblem(patterns('^id$', '^i'))?.pointer, '', 'a name the other pattern matches');
  t.equal(expansionProblem(patterns('^x', '^😀?x'))?.pointer, '', 'a character past U+FFFF made optional: `xy` matches both');
  t.equal(expansionProblem(patterns('^𐀀?x', '^𐐀?x'))?.pointer, '', 'two such characters, each optional: `x` matches both');
  t.equal(expansionProblem(patterns('^😀x', '^😁x')), undefined, 'characters past U+FFFF that part ways');
  const inBranch = { type: 'object', allOf: [{ patternProperties: { '^a': ref } }], patternProperties: { '^a_': ref, '^b_': ref } };
  t.equal(expansionProblem(inBranch)?.pointer, '', 'a pattern of another subschema of the same value still adds');
  const app = testApp();
  for (const url of [OPENAI, OPENROUTER]) t.equal((await post(app, { url, body: request(patterns('^a_', '^b_')) })).status, 200, url);
});

t.test('recursions that check each member once are not refused', (t) => {
  const branch = (kind: string): unknown => ({ type: 'object', properties: { kind: { const: kind }, children: { type: 'array', items: { $ref: '#/$defs/T' } } } });
  const tree = { $defs: { T: { anyOf: [branch('a'), branch('b'), { type: 'string' }] } }, $ref: '#/$defs/T' };
  t.equal(expansionProblem(tree), undefined, 'one branch of an anyOf is taken');
  const json = { $defs: { J: { type: ['object', 'array', 'string'], items: { $ref: '#/$defs/J' }, additionalProperties: { $ref: '#/$defs/J' } } }, $ref: '#/$defs/J' };
  t.equal(expansionProblem(json), undefined, 'items and properties are different members');
  t.equal(expansionProblem({ type: 'object', properties: { a: { $ref: '#' }, b: { $ref: '#' } } }), undefined, 'two members, once each');
  const kinds = (branch: 'then' | 'else'): unknown => ({ properties: { children: { type: 'array', items: { $ref: '#' } }, kind: { const: branch } } });
  const conditional = { type: 'object', properties: { kind: { enum: ['then', 'else'] } }, if: { properties: { kind: { const: 'then' } } }, then: kinds('then'), else: kinds('else') };
  t.equal(expansionProblem(conditional), undefined, 'a value takes then or else');
  t.equal(expansionProblem({ ...conditional, if: kinds('then') })?.pointer, '', 'but if and then are both checked');
  const twoLevels = { $defs: { P: { allOf: [{ properties: { x: { $ref: '#/$defs/Q' } } }, { properties: { x: { $ref: '#/$defs/Q' } } }] }, Q: { properties: { y: { $ref: '#/$defs/P' } } } }, $ref: '#/$defs/P' };
  t.equal(expansionProblem(twoLevels)?.pointer, '/$defs/P', 'a doubling over two levels is found');
  t.end();
});

t.test('the prompt view reads each place of an allOf chain once', (t) => {
  const views = rootProperties(chain({ depth: 9, fan: 10, keyword: 'allOf' }));
  t.same(views.map((view) => view.name), ['root']);
  t.same([...(views[0]?.types ?? [])], ['string'], 'the leaf type is found through the chain');
  t.end();
});

t.test('an object tried with each of 800 failing anyOf branches is folded a bounded number of times', async (t) => {
  const properties = Object.fromEntries(names(1200, 'k').map((name) => [name, { type: 'string' }]));
  const anyOf = names(800, 'b').map((name) => ({ required: [name], properties: { [name]: { type: 'string', minLength: 5000 } } }));
  const parameters = { type: 'object', properties, anyOf };
  const compiled = compiledSchema(parameters, JSON.stringify(parameters));
  if (!compiled.ok) return t.fail('compiles');
  t.notOk(generateDocument(compiled.value, 1).ok, 'no branch can be generated');
  const late = compiled.value.context.node([{ schema: parameters, pointer: '' }, { schema: anyOf[799], pointer: '/anyOf/799' }]);
  t.match(late.ok ? '' : late.problem.reason, 'the branches tried here fold more than 100,000 subschemas and properties together, beyond what the mock generates', 'the budget stopped the folding');
  const app = testApp();
  const response = await post(app, { url: OPENAI, body: request(parameters) });
  t.equal(response.status, 400);
  t.match(response.body.error?.message, 'tools[0].parameters.anyOf[0].properties.b0: minLength 5000 is beyond what the mock generates', 'the first branch\'s own reason is told');
});

t.test('a chain of 2,400 definitions each naming the next is a 400 where it passes 256, not a stack overflow', async (t) => {
  const app = testApp();
  const $defs: Record<string, unknown> = Object.fromEntries(names(2400, 'd').map((name, level) => [name, { $ref: `#/$defs/d${level + 1}` }]));
  $defs.d2400 = { type: 'string' };
  const parameters = { type: 'object', properties: { a: { $ref: '#/$defs/d0' } }, $defs };
  for (const url of [OPENAI, OPENROUTER]) {
    const response = await post(app, { url, body: request(parameters) });
    t.equal(response.status, 400, url);
    t.match(response.body.error?.message, /tools\[0\]\.parameters\.\$defs\.d\d+: the schema goes more than 256 places deep here/, url);
  }
  const short = { ...parameters, $defs: { ...Object.fromEntries(names(100, 'd').map((name, level) => [name, { $ref: `#/$defs/d${level + 1}` }])), d100: { type: 'string' } } };
  t.equal((await post(app, { url: OPENAI, body: request(short) })).status, 200, 'a chain of 100 is answered');
});
