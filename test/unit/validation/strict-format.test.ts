// Strict mode knows nine string formats; any other on a string of a strict function or strict json_schema
// format is OpenAI's 400 (`In context=(..., 'listingUrl', 'anyOf', '0'), 'uri' is not a valid format.`, which
// zod's `.url()` brings about). Non-strict schemas, and formats on other types, are left alone.
import t from 'tap';
import { prepareRequest } from '../../../src/domain/validation/prepare.js';
import { openAIProfile } from '../../../src/providers/index.js';
import { EMPTY_HISTORY } from '../../../src/state/responses/response-store.js';

const openai = { rules: openAIProfile.rules('strict'), history: EMPTY_HISTORY };

const strictTool = (properties: Record<string, unknown>, { strict } = { strict: true }): Record<string, unknown> => ({
  type: 'function', name: 'add_property', strict,
  parameters: { type: 'object', properties, required: Object.keys(properties), additionalProperties: false },
});
const body = (extra: Record<string, unknown>): Record<string, unknown> => ({ model: 'gpt-4o', input: 'json please', ...extra });

t.test('a strict function with an unknown string format is a 400 naming where', async (t) => {
  const listingUrl = { anyOf: [{ type: 'string', format: 'uri' }, { type: 'null' }] };
  t.match(prepareRequest(body({ tools: [strictTool({ listingUrl })] }), openai), {
    ok: false,
    error: {
      code: 'invalid_function_parameters',
      param: 'tools[0].parameters',
      message: "Invalid schema for function 'add_property': In context=('properties', 'listingUrl', 'anyOf', '0'), 'uri' is not a valid format.",
    },
  });
  t.match(prepareRequest(body({ tools: [strictTool({ site: { type: ['string', 'null'], format: 'url' } })] }), openai), { ok: false, error: { message: /In context=\('properties', 'site'\), 'url' is not a valid format\./ } });
});

t.test('the nine known formats, non-strict tools and formats on numbers pass', async (t) => {
  for (const format of ['date-time', 'time', 'date', 'duration', 'email', 'hostname', 'ipv4', 'ipv6', 'uuid']) {
    t.ok(prepareRequest(body({ tools: [strictTool({ v: { type: 'string', format } })] }), openai).ok, format);
  }
  t.ok(prepareRequest(body({ tools: [strictTool({ v: { type: 'string', format: 'uri' } }, { strict: false })] }), openai).ok, 'not strict');
  t.ok(prepareRequest(body({ tools: [strictTool({ n: { type: 'integer', format: 'int32' } })] }), openai).ok, 'a number format');
});

t.test('a strict json_schema format is checked the same way', async (t) => {
  const schema = { type: 'object', properties: { link: { type: 'string', format: 'uri' } }, required: ['link'], additionalProperties: false };
  t.match(prepareRequest(body({ text: { format: { type: 'json_schema', name: 'out', schema, strict: true } } }), openai), {
    ok: false,
    error: { code: 'invalid_json_schema', param: 'text.format.schema', message: "Invalid schema for response_format 'out': In context=('properties', 'link'), 'uri' is not a valid format." },
  });
  t.ok(prepareRequest(body({ text: { format: { type: 'json_schema', name: 'out', schema, strict: false } } }), openai).ok, 'not strict');
});
