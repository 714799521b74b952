// Absurd tool schemas and hostile prompts through the real app: every answer is a 200 whose arguments
// validate against the schema, or a JSON 400 naming the tool and the schema path; the server still
// answers /health afterwards. (Speed is measured in scripts/bench/growth.ts, not asserted here.)
import t from 'tap';
import { OPENAI, OPENROUTER, post, testApp, weatherTool } from '../../helpers/app.js';
import { oracleFor } from '../../unit/arguments/corpus/oracle.js';

function nestedArrays(depth: number, minItems?: number): Record<string, unknown> {
  let schema: Record<string, unknown> = { type: 'string' };
  for (let level = 0; level < depth; level += 1) schema = { type: 'array', items: schema, ...(minItems === undefined ? {} : { minItems }) };
  return schema;
}

const object = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  type: 'object', properties, required: Object.keys(properties), ...extra,
});

const enumValues = Array.from({ length: 10_000 }, (_, index) => `value_${index}`);

interface SchemaCase {
  name: string;
  parameters: Record<string, unknown>;
  prompt?: string;
  /** What the answer must be; either when the schema may or may not be met within the bounds. */
  expect: 200 | 400 | 'either';
  /** For a 400: the path the message must name. */
  path?: string;
}

const schemaCases: SchemaCase[] = [
  { name: '20 levels of arrays', parameters: object({ a: nestedArrays(20) }), expect: 200 },
  { name: '40 levels of arrays', parameters: object({ a: nestedArrays(40) }), expect: 200 },
  { name: '40 levels of arrays, each with an item', parameters: object({ a: nestedArrays(40, 1) }), expect: 200 },
  { name: '100 levels of arrays, each with an item', parameters: object({ a: nestedArrays(100, 1) }), expect: 400, path: 'tools[0].parameters.properties.a.items' },
  { name: 'minLength 1e9', parameters: object({ a: { type: 'string', minLength: 1e9 } }), expect: 400, path: 'tools[0].parameters.properties.a' },
  { name: 'minItems 1e7', parameters: object({ a: { type: 'array', items: { type: 'integer' }, minItems: 1e7 } }), expect: 400, path: 'tools[0].parameters.properties.a' },
  { name: 'maxItems 1e7', parameters: object({ a: { type: 'array', items: { type: 'integer' }, maxItems: 1e7 } }), expect: 200 },
  { name: 'minItems 200 of long strings', parameters: object({ a: { type: 'array', minItems: 200, items: { type: 'string', minLength: 4000 } } }), expect: 400, path: 'tools[0].parameters.properties.a' },
  { name: 'minProperties 1e6', parameters: { type: 'object', minProperties: 1e6 }, expect: 400, path: 'tools[0].parameters' },
  { name: 'enum of 10,000 values', parameters: object({ choice: { type: 'string', enum: enumValues } }), prompt: 'use value_1234 please', expect: 200 },
  {
    name: 'recursive $ref',
    parameters: { $defs: { node: object({ name: { type: 'string' }, children: { type: 'array', items: { $ref: '#/$defs/node' } } }) }, $ref: '#/$defs/node' },
    expect: 200,
  },
  { name: 'recursion that never ends', parameters: { $defs: { node: object({ next: { $ref: '#/$defs/node' } }) }, $ref: '#/$defs/node' }, expect: 400, path: 'tools[0].parameters' },
  { name: 'contradictory allOf', parameters: { type: 'object', properties: { a: { allOf: [{ type: 'string' }, { type: 'integer' }] } }, required: ['a'] }, expect: 400, path: 'tools[0].parameters.properties.a' },
  { name: 'contradictory bounds', parameters: object({ n: { type: 'integer', minimum: 10, maximum: 1 } }), expect: 400, path: 'tools[0].parameters.properties.n' },
  { name: 'a pattern that cannot match', parameters: object({ s: { type: 'string', pattern: 'a^b' } }), expect: 400, path: 'tools[0].parameters.properties.s' },
  { name: 'a backtracking pattern', parameters: object({ s: { type: 'string', pattern: '(a+)+$' } }), prompt: `${'a'.repeat(40)}! ${'a'.repeat(5000)}!`, expect: 200 },
  { name: 'a look-ahead pattern', parameters: object({ s: { type: 'string', pattern: '^(?=.*[0-9])[a-z0-9]{8}$' } }), prompt: `code ${'a'.repeat(50)}x`, expect: 'either' },
  { name: 'a pattern with a huge repetition', parameters: object({ s: { type: 'string', pattern: '^a{1000000}$' } }), expect: 400, path: 'tools[0].parameters.properties.s' },
  // Texts that become validator code, a megabyte long: refused before compiling (compiling took seconds to a minute).
  { name: 'a megabyte $ref', parameters: object({ a: { $ref: `#/$defs/${'x'.repeat(1 << 20)}` } }), expect: 400, path: 'tools[0].parameters.properties.a.$ref' },
  { name: 'a megabyte pattern', parameters: object({ s: { type: 'string', pattern: 'weather in Paris '.repeat(60_000) } }), expect: 400, path: 'tools[0].parameters.properties.s.pattern' },
  { name: 'a megabyte property name', parameters: { type: 'object', properties: { ['k'.repeat(1 << 20)]: { type: 'string' } } }, expect: 400, path: 'tools[0].parameters.properties' },
  { name: 'a megabyte required name', parameters: { type: 'object', properties: { a: { type: 'string' } }, required: ['r'.repeat(1 << 20)] }, expect: 400, path: 'tools[0].parameters.required[0]' },
  { name: 'a pattern nesting 3,000 groups', parameters: object({ s: { type: 'string', pattern: `${'('.repeat(3000)}a${')'.repeat(3000)}` } }), expect: 400, path: 'tools[0].parameters.properties.s.pattern' },
  { name: 'a pattern that is not a regular expression', parameters: object({ s: { type: 'string', pattern: '(a' } }), expect: 400, path: 'tools[0].parameters.properties.s.pattern' },
  { name: 'a $ref to nothing', parameters: object({ a: { $ref: '#/$defs/missing' } }), expect: 400, path: 'tools[0].parameters.properties.a.$ref' },
  // RE2 refuses counts that multiply past 1,000; the backtracking engine runs it under its budget of time.
  { name: 'a pattern with nested repetitions', parameters: object({ s: { type: 'string', pattern: '^((((a{0,50}){0,50}){0,50}){0,50})$' } }), expect: 200 },
];

t.test('pathological schemas: a valid call or a 400 naming the schema path', async (t) => {
  const app = testApp();
  for (const entry of schemaCases) {
    const tool = { type: 'function', name: 'tool', description: 'A tool.', parameters: entry.parameters };
    for (const url of [OPENROUTER, OPENAI]) {
      const response = await post(app, { url, body: { model: 'gpt-4o-mini', input: entry.prompt ?? 'call the tool', tools: [tool], tool_choice: 'required', store: false } });
      const label = `${entry.name} (${url})`;
      if (response.status === 400) {
        t.not(entry.expect, 200, `${label}: ${response.raw.slice(0, 300)}`);
        const message = JSON.stringify(response.body.error);
        // The engine's refusal names the path first; a schema that is invalid as such ends with it, as OpenAI's checks do.
        t.match(message, /Invalid schema for function 'tool': (tools\[0\]\.parameters|.*\(at 'tools\[0\]\.parameters)/, `${label}: names the tool`);
        if (entry.path !== undefined) t.ok(message.includes(`${entry.path}`), `${label}: names ${entry.path}: ${message.slice(0, 200)}`);
        continue;
      }
      t.equal(response.status, 200, label);
      t.not(entry.expect, 400, `${label}: expected a 400`);
      const call = response.body.output?.find((item) => item.type === 'function_call');
      const args: unknown = JSON.parse(String(call?.arguments));
      t.ok(oracleFor(entry.parameters)(args), `${label}: the arguments validate`);
      t.ok(String(call?.arguments).length < 300_000, `${label}: the answer stays small (${String(call?.arguments).length} characters)`);
      if (entry.name === 'enum of 10,000 values') t.same(args, { choice: 'value_1234' }, `${label}: the value named in the prompt`);
    }
  }
  const health = await app.inject({ method: 'GET', url: '/health' });
  t.equal(health.statusCode, 200, 'the server still answers /health');
});

const MB = 1024 * 1024;

const promptCases: Array<{ name: string; prompt: string }> = [
  { name: 'megabytes of spaces', prompt: `weather in Paris${' '.repeat(3 * MB)}` },
  { name: '"reply exactly:" and spaces', prompt: `reply exactly: x${' '.repeat(200_000)}` },
  { name: 'repeated place names', prompt: 'weather in Paris '.repeat(64_000) },
  { name: 'a list that never ends', prompt: `weather in ${'Paris, '.repeat(150_000)}London` },
  { name: 'a run of letters', prompt: 'a'.repeat(MB) },
  { name: 'a run of capitals', prompt: `weather ${'A'.repeat(MB)}` },
  { name: 'a run of underscores', prompt: `${'_a'.repeat(MB / 2)}/` },
  { name: 'a run of slashes', prompt: '/'.repeat(MB) },
  { name: 'a run of at signs and dots', prompt: `x${'@a.'.repeat(300_000)}` },
  { name: 'a run of quotes', prompt: `"${"'".repeat(MB)}` },
  { name: 'a run of digits and dashes', prompt: `for 5${'-'.repeat(MB)}days` },
  { name: 'keys with long gaps', prompt: `query${' '.repeat(MB)}city${' '.repeat(MB)}x` },
  { name: 'search with a long clause', prompt: `search for ${'word '.repeat(200_000)}` },
];

const searchAndWeather = [
  weatherTool,
  { type: 'function', name: 'search', description: 'Search the web.', parameters: { type: 'object', properties: { query: { type: 'string' }, limit: { type: 'integer', minimum: 1, maximum: 10 }, city: { type: 'string' }, unit: { enum: ['celsius', 'fahrenheit'] } }, required: ['query'] } },
];

t.test('pathological prompts: valid calls, and the directive still read', async (t) => {
  const app = testApp();
  for (const entry of promptCases) {
    const response = await post(app, { url: OPENAI, body: { model: 'gpt-4o-mini', input: entry.prompt, tools: searchAndWeather, tool_choice: 'required', store: false } });
    t.equal(response.status, 200, entry.name);
    const calls = response.body.output?.filter((item) => item.type === 'function_call') ?? [];
    t.ok(calls.length >= 1, `${entry.name}: a call`);
    for (const call of calls) {
      const tool = searchAndWeather.find((candidate) => candidate.name === call.name);
      t.ok(tool !== undefined && oracleFor(tool.parameters)(JSON.parse(String(call.arguments))), `${entry.name}: ${String(call.name)} arguments validate`);
    }
  }
  const text = await post(app, { url: OPENAI, body: { model: 'gpt-4o-mini', input: `reply exactly: x${' '.repeat(200_000)}`, store: false } });
  t.equal(text.status, 200);
  t.equal((text.body.output?.[0]?.content as Array<{ text: string }> | undefined)?.[0]?.text, 'x', 'the directive is honoured');
  // A history ending in tens of thousands of tool outputs (orphans pass in lenient mode): read linearly.
  const outputs = Array.from({ length: 20_000 }, (_, index) => index % 2
    ? { type: 'function_call_output', call_id: `call_${index}`, output: 'ok' }
    : { type: 'apply_patch_call_output', call_id: `call_${index}`, status: 'completed' });
  const trailing = await app.inject({ method: 'POST', url: OPENAI, headers: { 'x-mock-strictness': 'lenient' }, payload: { model: 'gpt-4.1', input: [{ role: 'user', content: 'Create notes.md' }, ...outputs], tools: [{ type: 'apply_patch' }], store: false } });
  t.equal(trailing.statusCode, 200, 'a history of 20,000 trailing outputs');
  const health = await app.inject({ method: 'GET', url: '/health' });
  t.equal(health.statusCode, 200, 'the server still answers /health');
});
