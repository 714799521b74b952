// The generator never throws and stays deterministic whatever it is given: odd schemas, cyclic refs,
// deep nesting, huge prompts, odd seeds, a different clock or time zone; and it leaves its input alone.
import t from 'tap';
import { computeArgumentSets, generateArgumentSets } from '../../../src/domain/arguments/index.js';
import { oracleFor } from './oracle.js';
import { corpus } from './schema-corpus.js';

function nested(depth: number): unknown {
  let schema: Record<string, unknown> = { type: 'string' };
  for (let level = 0; level < depth; level += 1) schema = { type: 'object', properties: { child: schema }, required: ['child'] };
  return schema;
}

const circular: Record<string, unknown> = { type: 'object' };
circular.properties = { self: circular };

const oddSchemas: [string, unknown][] = [
  ['null', null],
  ['undefined', undefined],
  ['number', 42],
  ['string', 'object'],
  ['array', [{ type: 'string' }]],
  ['unknown type', { type: 'foo' }],
  ['type not a string', { type: 7 }],
  ['broken $ref', { $ref: '#/nope' }],
  ['remote $ref', { type: 'object', properties: { a: { $ref: 'https://example.com/schema.json' } }, required: ['a'] }],
  ['nullable without type', { nullable: true }],
  ['root self $ref', { $ref: '#' }],
  ['cyclic $refs', { $ref: '#/$defs/a', $defs: { a: { $ref: '#/$defs/b' }, b: { $ref: '#/$defs/a' } } }],
  ['property refers to itself', { type: 'object', properties: { x: { $ref: '#/properties/x' } }, required: ['x'] }],
  ['allOf of itself', { allOf: [{ $ref: '#' }], type: 'object' }],
  ['draft-04 exclusiveMinimum', { type: 'object', properties: { n: { type: 'integer', minimum: 1, exclusiveMinimum: true } } }],
  ['invalid pattern', { type: 'object', properties: { s: { type: 'string', pattern: '([' } }, required: ['s'] }],
  ['negative minLength', { type: 'string', minLength: -1 }],
  ['200 levels of nesting', nested(200)],
  ['5000 levels of nesting', nested(5000)],
  ['circular object', circular],
];

t.test('odd schemas never throw and always give JSON', async (t) => {
  for (const [name, schema] of oddSchemas) {
    let sets: string[] = [];
    t.doesNotThrow(() => { sets = generateArgumentSets({ schema, prompt: 'weather in Paris, query "x"', seed: 3 }); }, name);
    t.ok(sets.length >= 1, `${name}: at least one set`);
    for (const text of sets) t.doesNotThrow(() => JSON.parse(text), `${name}: ${text.slice(0, 60)} parses`);
  }
});

t.test('null, undefined and {} give {}', async (t) => {
  for (const schema of [null, undefined, {}, { type: 'object' }, { $schema: 'https://json-schema.org/draft/2020-12/schema' }]) {
    t.same(generateArgumentSets({ schema, prompt: 'anything at all', seed: 0 }), ['{}'], JSON.stringify(schema) ?? 'undefined');
  }
});

t.test('satisfiable odd schemas still validate', async (t) => {
  const schema = oddSchemas.find(([name]) => name === '200 levels of nesting')?.[1];
  const [text = ''] = generateArgumentSets({ schema, prompt: '', seed: 1 });
  t.ok(oracleFor(schema)(JSON.parse(text)), 'deeply nested but valid');
});

t.test('odd prompts and seeds', async (t) => {
  const schema = corpus[0]?.schema;
  const capitals = Array.from({ length: 20000 }, (_, index) => `Place${index}`).join(' and ');
  const prompts = ['', ' ', '\n\n', '"', "'", '`', 'in', 'in ,', 'Paris and', 'x'.repeat(200000), capitals, '🙂 in Zürich 🙂', '\u0000\u0001'];
  const validate = oracleFor(schema);
  for (const prompt of prompts) {
    const started = performance.now();
    const sets = generateArgumentSets({ schema, prompt, seed: 5 });
    const elapsed = performance.now() - started;
    t.ok(sets.every((text) => validate(JSON.parse(text))), `valid for prompt of length ${prompt.length}`);
    t.ok(elapsed < 2000, `prompt of length ${prompt.length} took ${elapsed.toFixed(1)} ms`);
  }
  for (const seed of [Number.NaN, -1, 2 ** 40, 1.5, Number.MAX_SAFE_INTEGER]) {
    const sets = generateArgumentSets({ schema, prompt: 'weather in Oslo', seed });
    t.same(sets, generateArgumentSets({ schema, prompt: 'weather in Oslo', seed }), `seed ${seed} is deterministic`);
    t.ok(sets.every((text) => validate(JSON.parse(text))), `seed ${seed} gives valid output`);
  }
});

t.test('the schema passed in is not modified', async (t) => {
  for (const entry of corpus) {
    if (typeof entry.schema !== 'object' || entry.schema === null) continue;
    const copy = structuredClone(entry.schema);
    generateArgumentSets({ schema: entry.schema, prompt: 'weather in Paris and London, query "x", limit 5', seed: 11 });
    t.same(entry.schema, copy, entry.name);
  }
});

t.test('output does not depend on the clock or the time zone', async (t) => {
  const compute = (): string[][] =>
    corpus.map((entry) => computeArgumentSets({ schema: entry.schema, prompt: 'schedule it on 2025-05-05', seed: 99 }, JSON.stringify(entry.schema)));
  const before = compute();
  const RealDate = Date;
  const originalTz = process.env.TZ;
  const shift = 1000 * 60 * 60 * 24 * 3650;
  class ShiftedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + shift);
      else super(...(args as [string]));
    }

    static override now(): number {
      return RealDate.now() + shift;
    }
  }
  try {
    globalThis.Date = ShiftedDate as DateConstructor;
    process.env.TZ = 'Pacific/Kiritimati';
    t.same(compute(), before, 'ten years later, fourteen hours ahead');
  } finally {
    globalThis.Date = RealDate;
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  }
});

t.test('a warm call is answered from the cache quickly', async (t) => {
  const schema = corpus[0]?.schema;
  const request = { schema, prompt: 'What is the weather in Paris?', seed: 1 };
  generateArgumentSets(request);
  const rounds = 2000;
  const started = performance.now();
  for (let round = 0; round < rounds; round += 1) generateArgumentSets(request);
  const perCall = (performance.now() - started) / rounds;
  t.ok(perCall < 0.1, `warm call took ${(perCall * 1000).toFixed(1)} µs`);
});
