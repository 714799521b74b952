// The generator never throws and stays deterministic whatever it is given: odd schemas, cyclic refs,
// deep nesting, huge prompts, odd seeds, a different clock or time zone; and it leaves its input alone.
import t from 'tap';
import { generateArgumentSets, type Generated } from '../../../../src/domain/arguments/index.js';
import { compiledSchema } from '../../../../src/domain/arguments/schema/compiled.js';
import { oracleFor } from '../corpus/oracle.js';
import { corpus } from '../corpus/schemas/schema-corpus.js';

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

function setsOf(generated: Generated<string[]>): string[] {
  return generated.ok ? generated.value : [];
}

t.test('odd schemas never throw: JSON, or a failure naming where', async (t) => {
  for (const [name, schema] of oddSchemas) {
    let generated = { ok: true, value: [] } as Generated<string[]>;
    t.doesNotThrow(() => { generated = generateArgumentSets({ schema, prompt: 'weather in Paris, query "x"', seed: 3 }); }, name);
    if (!generated.ok) {
      t.match(generated.problem, { pointer: String, path: String, reason: /\w/ }, `${name}: ${generated.problem.path} ${generated.problem.reason}`);
      continue;
    }
    t.ok(generated.value.length >= 1, `${name}: at least one set`);
    for (const text of generated.value) t.doesNotThrow(() => JSON.parse(text), `${name}: ${text.slice(0, 60)} parses`);
  }
});

t.test('null, undefined and {} give {}', async (t) => {
  for (const schema of [null, undefined, {}, { type: 'object' }, { $schema: 'https://json-schema.org/draft/2020-12/schema' }]) {
    t.same(generateArgumentSets({ schema, prompt: 'anything at all', seed: 0 }), { ok: true, value: ['{}'] }, JSON.stringify(schema) ?? 'undefined');
  }
});

t.test('nesting within the bounds validates; beyond them, the failure names the deepest path', async (t) => {
  const [text = ''] = setsOf(generateArgumentSets({ schema: nested(40), prompt: '', seed: 1 }));
  t.ok(oracleFor(nested(40))(JSON.parse(text)), '40 levels: deeply nested but valid');
  const deep = generateArgumentSets({ schema: nested(200), prompt: '', seed: 1 });
  t.notOk(deep.ok, '200 levels are beyond the bounds');
  if (!deep.ok) {
    t.match(deep.problem.path, /^(\.properties\.child)+$/, 'the path leads down the chain');
    t.match(deep.problem.reason, /deeper than \d+ levels/);
  }
});

t.test('odd prompts and seeds', async (t) => {
  const schema = corpus[0]?.schema;
  const capitals = Array.from({ length: 20000 }, (_, index) => `Place${index}`).join(' and ');
  const prompts = ['', ' ', '\n\n', '"', "'", '`', 'in', 'in ,', 'Paris and', 'x'.repeat(200000), capitals, '🙂 in Zürich 🙂', '\u0000\u0001'];
  const validate = oracleFor(schema);
  for (const prompt of prompts) {
    const started = performance.now();
    const sets = setsOf(generateArgumentSets({ schema, prompt, seed: 5, now: () => 1_790_784_000 }));
    const elapsed = performance.now() - started;
    t.ok(sets.length > 0 && sets.every((text) => validate(JSON.parse(text))), `valid for prompt of length ${prompt.length}`);
    t.ok(elapsed < 2000, `prompt of length ${prompt.length} took ${elapsed.toFixed(1)} ms`);
  }
  for (const seed of [Number.NaN, -1, 2 ** 40, 1.5, Number.MAX_SAFE_INTEGER]) {
    const sets = setsOf(generateArgumentSets({ schema, prompt: 'weather in Oslo', seed }));
    t.same(sets, setsOf(generateArgumentSets({ schema, prompt: 'weather in Oslo', seed })), `seed ${seed} is deterministic`);
    t.ok(sets.length > 0 && sets.every((text) => validate(JSON.parse(text))), `seed ${seed} gives valid output`);
  }
});

t.test('hostile prompts for every kind of property stay linear', async (t) => {
  const str = { type: 'string' };
  const schema = {
    type: 'object',
    properties: {
      to: str, subject: str, body: str, name: str, phone: str, order_id: str, amount: { type: 'number' }, expression: str, sql: str, from_currency: str, to_unit: str, target_language: str,
      attendees: { type: 'array', items: { type: 'string', format: 'email' } }, city: str, query: str, label: str, duration_seconds: { type: 'integer' },
      numbers: { type: 'array', items: { type: 'number' } }, date: { type: 'string', format: 'date' }, when: { type: 'string', format: 'date-time' },
    },
    required: ['when', 'to', 'subject', 'body', 'name', 'phone', 'order_id', 'amount', 'attendees', 'city', 'query', 'expression', 'sql', 'from_currency', 'to_unit', 'target_language'],
  };
  const validate = oracleFor(schema);
  const prompts = [
    'that '.repeat(20000), ': '.repeat(50000), `asking${' '.repeat(99000)}x`, `remind me${' '.repeat(99000)}to`,
    'called '.repeat(14000), '1 '.repeat(50000), '+1'.repeat(50000), '(1) '.repeat(25000), `1${',234'.repeat(24000)}x`,
    'A-1 '.repeat(25000), '('.repeat(100000), '1+'.repeat(50000), `${'. '.repeat(50000)}1`, 'SELECT '.repeat(14000), 'from feature/x '.repeat(6000), '$'.repeat(100000), '5 m in French '.repeat(7000), 'a@b.co and '.repeat(9000), `Add ${'word '.repeat(20000)}`, `Send it at 10:30 ${'on 2025-01-01 '.repeat(7000)}`,
    'for the '.repeat(12000), 'for 5 '.repeat(16000), '5 minutes '.repeat(10000), '1, 2 and '.repeat(11000), 'Al is. '.repeat(14000), `${'Al '.repeat(33000)}is`,
    'tomorrow '.repeat(11000), 'in 1 in 1 '.repeat(10000), 'next next Monday '.repeat(6000), `in ${'1'.repeat(99000)} days`,
    `${'\n'.repeat(100000)}Al is`, `Hi.${' \n'.repeat(50000)}Al is`, 'Friday 2025-01-01 '.repeat(6000), 'tomorrow (2025-01-01) '.repeat(5000),
    'today is '.repeat(11000), "today's date is Tuesday, June 10 ".repeat(3000), 'current date:    '.repeat(6000), "It's Tue, the 10th of June, 2025".repeat(3000),
    `today is ${'2025-06-10'.repeat(9000)}`,
    `€${'1.000'.repeat(19000)},5`, `${'1 000 '.repeat(16000)}x EUR`, '€1 000'.repeat(16000), '12,50 12,50 '.repeat(8000), `${'1,5,'.repeat(24000)} €`, `€ ${'1'.repeat(99000)},5`,
    'tomorrow at 9am '.repeat(6000), 'at 9 at 9 tomorrow '.repeat(5000), '2025-01-01 at 12:00 '.repeat(5000), 'at 9am on '.repeat(10000), `${'at '.repeat(33000)}tomorrow`, `tomorrow${' '.repeat(99000)}at 9`,
  ];
  for (const prompt of prompts) {
    const started = performance.now();
    const sets = setsOf(generateArgumentSets({ schema, prompt, seed: 5, now: () => 1_790_784_000 }));
    const elapsed = performance.now() - started;
    t.ok(sets.length > 0 && sets.every((text) => validate(JSON.parse(text))), `valid for ${JSON.stringify(prompt.slice(0, 12))}… (${prompt.length})`);
    // A few hundred milliseconds alone; a reading that went back over the prompt would take minutes.
    t.ok(elapsed < 5000, `${JSON.stringify(prompt.slice(0, 12))}… took ${elapsed.toFixed(1)} ms`);
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
  const compute = (): Array<Generated<string[]>> =>
    corpus.map((entry) => generateArgumentSets({ schema: entry.schema, prompt: 'schedule it on 2025-05-05', seed: 99 }));
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

t.test('a schema is compiled once, keyed by its content', async (t) => {
  const schema = corpus[0]?.schema;
  const text = JSON.stringify(schema);
  const first = compiledSchema(schema, text);
  t.equal(compiledSchema(structuredClone(schema), text), first, 'an equal schema object reuses the compiled form');
  t.not(compiledSchema({ type: 'object', properties: { other: { type: 'string' } } }, '{"other":1}'), first, 'another schema does not');
});
