// Random JSON Schemas: nested objects and arrays, unions, $refs (local, remote, to Object.prototype names),
// enums and consts of mixed types, patterns (catastrophic, invalid, unmatchable), formats, bounds from 0 to
// 1e308, property names like __proto__ and constructor — as a tool's parameters or as text.format's schema.
import fc from 'fast-check';
import type { FuzzRequest } from './check.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const propertyName = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('city', 'query', 'limit', 'days', 'email', 'date', 'url', 'id', 'unit', 'tags') },
  { weight: 1, arbitrary: fc.constantFrom('constructor', 'toString', '__proto__', 'hasOwnProperty', 'prototype', '', ' ', 'a.b', '$ref', 'type') },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
const bound = fc.oneof(fc.nat(10), fc.constantFrom(0, 1, 64, 4096, 1e6, 1e9, -1, 0.5, 1e308));
const pattern = fc.constantFrom('^[a-z]+$', '^\\d{3}-\\d{4}$', '(a+)+$', '^(a|a)*$', '(?=x)y', '(\\w)\\1', '[', 'a{1000000}', '^$', '^(?!.*)$', '.*', '\\p{Lu}');
const format = fc.constantFrom('email', 'uri', 'date', 'date-time', 'time', 'uuid', 'ipv4', 'hostname', 'regex', 'nope');
const scalar = fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null));

const leaf: fc.Arbitrary<Json> = fc.oneof(
  fc.record({ type: fc.constant('string'), minLength: bound, maxLength: bound, pattern, format, enum: fc.array(scalar, { maxLength: 4 }) }, { requiredKeys: ['type'] }),
  fc.record({ type: fc.constantFrom('integer', 'number'), minimum: bound, maximum: bound, exclusiveMinimum: bound, multipleOf: fc.constantFrom(0, 0.1, 3, 1e-9) }, { requiredKeys: ['type'] }),
  fc.record({ type: fc.constantFrom<Json>('boolean', 'null', ['string', 'null'], ['integer', 'string'], 'nope', 7) }),
  fc.record({ const: scalar }),
  fc.record({ enum: fc.array(scalar, { minLength: 0, maxLength: 6 }) }),
  fc.record({ $ref: fc.constantFrom('#', '#/properties/city', '#/$defs/x', '#/definitions/x', 'https://example.com/s.json', '#/constructor', '#/__proto__', '#/properties/__proto__') }),
  fc.constantFrom<Json>(true, false, {}, null, 'string', 1, []),
);

const { schema } = fc.letrec<{ schema: Json }>((tie) => ({
  schema: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({
      type: fc.constant('object'),
      properties: fc.dictionary(propertyName, tie('schema'), { maxKeys: 4 }),
      required: fc.array(propertyName, { maxLength: 3 }),
      additionalProperties: fc.oneof(fc.boolean(), tie('schema')),
      minProperties: bound,
      $defs: fc.dictionary(fc.constantFrom('x', 'y', 'constructor'), tie('schema'), { maxKeys: 2 }),
    }, { requiredKeys: ['type'] }) as fc.Arbitrary<Json>,
    fc.record({ type: fc.constant('array'), items: fc.oneof(tie('schema'), fc.array(tie('schema'), { maxLength: 2 })), minItems: bound, maxItems: bound, uniqueItems: fc.boolean() }, { requiredKeys: ['type'] }) as fc.Arbitrary<Json>,
    fc.record({ anyOf: fc.array(tie('schema'), { maxLength: 3 }) }) as fc.Arbitrary<Json>,
    fc.record({ allOf: fc.array(tie('schema'), { maxLength: 3 }) }) as fc.Arbitrary<Json>,
    fc.record({ oneOf: fc.array(tie('schema'), { maxLength: 3 }) }) as fc.Arbitrary<Json>,
    fc.record({ not: tie('schema') }) as fc.Arbitrary<Json>,
  ),
}));

const PROMPTS = [
  'What is the weather in Paris and London for 3 days?', 'search for cheap flights to Tokyo', 'email ada@example.com the report from 2026-05-01',
  'call it', '', 'constructor toString __proto__', 'limit 5, top 10 results, https://example.com/x', 'Answer in JSON: {"ok": true, "items": [1, 2]}',
];

/**
 * A request with a random schema: as the parameters of its one tool, called by force or not, or as the
 * `text.format` json_schema the answer must follow (the root wrapped in an object now and then, as strict mode
 * wants an object).
 */
export const schemaRequest: fc.Arbitrary<FuzzRequest> = fc.record({
  schema: fc.oneof(schema, schema.map((inner) => ({ type: 'object', properties: { value: inner }, required: ['value'], additionalProperties: false }))),
  where: fc.constantFrom('tool', 'tool', 'text.format'),
  strict: fc.option(fc.boolean(), { nil: undefined }),
  prompt: fc.oneof(fc.constantFrom(...PROMPTS), fc.string({ maxLength: 40 })),
  choice: fc.constantFrom<Json>('required', 'auto', { type: 'function', name: 'fuzz_tool' }),
  stream: fc.boolean(),
  openrouter: fc.boolean(),
}).map(({ schema: drawn, where, strict, prompt, choice, stream, openrouter }) => {
  const strictness = strict === undefined ? {} : { strict };
  const placed = where === 'tool'
    ? { tools: [{ type: 'function', name: 'fuzz_tool', description: 'Looks things up.', parameters: drawn, ...strictness }], tool_choice: choice }
    : { text: { format: { type: 'json_schema', name: 'fuzz_format', schema: drawn, ...strictness } } };
  return {
    provider: openrouter ? 'openrouter' as const : 'openai' as const,
    body: JSON.stringify({ model: 'gpt-4o', input: prompt, ...placed, stream, store: false }),
    headers: { 'x-mock-strictness': 'lenient' },
  };
});
