// An array schema without `items` in a function's parameters is OpenAI's 400 for strict and non-strict tools
// alike (`In context=('properties', 'paths'), array schema missing items.`, reported against the Responses
// API with param 'tools[3].parameters'), and for a strict json_schema text format; list indices in the context
// are quoted as the real message quotes them. OpenRouter, and a non-strict text format, keep accepting them.
import t from 'tap';
import { prepareRequest } from '../../../src/domain/validation/prepare.js';
import { openAIProfile, openRouterProfile } from '../../../src/providers/index.js';
import { EMPTY_HISTORY } from '../../../src/state/responses/response-store.js';

const openai = { rules: openAIProfile.rules('strict'), history: EMPTY_HISTORY };
const openaiLenient = { rules: openAIProfile.rules('lenient'), history: EMPTY_HISTORY };
const openrouter = { rules: openRouterProfile.rules('strict'), history: EMPTY_HISTORY };

const tool = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> =>
  ({ type: 'function', name: 'f', parameters: { type: 'object', properties, ...extra } });
const body = (tools: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> => ({ model: 'gpt-4o', input: 'hi json', tools, ...extra });

const missing: Array<{ name: string; properties: Record<string, unknown>; context: string }> = [
  { name: 'a plain array', properties: { paths: { type: 'array' } }, context: "('properties', 'paths')" },
  { name: 'an array among types', properties: { interaction: { type: ['string', 'array'] } }, context: "('properties', 'interaction', 'type', '1')" },
  {
    name: 'a tuple in anyOf (prefixItems only)',
    properties: { center: { anyOf: [{ type: 'array', prefixItems: [{ type: 'number' }, { type: 'number' }], minItems: 2, maxItems: 2 }, { type: 'null' }] } },
    context: "('properties', 'center', 'anyOf', '0')",
  },
  { name: 'an array of arrays', properties: { grid: { type: 'array', items: { type: 'array' } } }, context: "('properties', 'grid', 'items')" },
  { name: 'an array under $defs', properties: { a: { $ref: '#/$defs/list' } }, context: "('$defs', 'list')" },
];

t.test('OpenAI: a function whose array has no items is a 400 naming where, strict or not', async (t) => {
  for (const { name, properties, context } of missing) {
    const extra = name.includes('$defs') ? { $defs: { list: { type: 'array' } } } : {};
    for (const rules of [openai, openaiLenient]) {
      const prepared = prepareRequest(body([tool(properties, extra)]), rules);
      t.match(prepared, {
        ok: false,
        error: { code: 'invalid_function_parameters', param: 'tools[0].parameters', message: `Invalid schema for function 'f': In context=${context}, array schema missing items.` },
      }, name);
    }
  }
});

t.test('a strict function reports it in the order strict mode walks the schema', async (t) => {
  const strict = (properties: Record<string, unknown>) => tool(properties, { required: Object.keys(properties), additionalProperties: false });
  const prepared = prepareRequest(body([{ ...strict({ tags: { type: 'array' } }), strict: true }]), openai);
  t.match(prepared, { ok: false, error: { message: /^Invalid schema for function 'f': In context=\('properties', 'tags'\), array schema missing items\./ } });
  const looseFirst = prepareRequest(body([{ ...tool({ tags: { type: 'array' } }, { required: ['tags'] }), strict: true }]), openai);
  t.match(looseFirst, { ok: false, error: { message: /In context=\(\), 'additionalProperties' is required/ } }, 'the root object comes first');
  const inAnyOf = prepareRequest(body([{ ...strict({ content: { anyOf: [{ type: 'object', properties: {} }, { type: 'null' }] } }), strict: true }]), openai);
  t.match(inAnyOf, { ok: false, error: { message: /In context=\('properties', 'content', 'anyOf', '0'\), 'additionalProperties' is required/ } }, 'indices quoted');
});

t.test('arrays with items, and every array on OpenRouter, are accepted', async (t) => {
  for (const items of [{ type: 'string' }, {}, true]) {
    t.ok(prepareRequest(body([tool({ paths: { type: 'array', items } })]), openai).ok, JSON.stringify(items));
  }
  t.ok(prepareRequest(body([tool({ tags: { type: 'string' }, n: { type: ['integer', 'null'] } })]), openai).ok, 'no array at all');
  for (const { name, properties } of missing) t.ok(prepareRequest(body([tool(properties)]), openrouter).ok, `OpenRouter: ${name}`);
});

t.test('text.format: a strict schema needs items, a non-strict one is left alone', async (t) => {
  const schema = { type: 'object', properties: { tags: { type: 'array' } }, required: ['tags'], additionalProperties: false };
  const format = ({ strict }: { strict: boolean }) => ({ text: { format: { type: 'json_schema', name: 'out', schema, strict } } });
  t.match(prepareRequest(body([], format({ strict: true })), openai), {
    ok: false,
    error: { code: 'invalid_json_schema', param: 'text.format.schema', message: "Invalid schema for response_format 'out': In context=('properties', 'tags'), array schema missing items." },
  });
  t.ok(prepareRequest(body([], format({ strict: false })), openai).ok);
});
