// How the cost of one request grows: with the prompt's size (1 KB up to the body limit), the number of tools,
// the size of an enum and the length of the history, plus the hostile cases that once blocked the server.
// Each row is the median time of a few injected requests (buildApp + inject, no network), after a warm-up.
// Run: npx tsx scripts/bench/growth.ts [--quick] [--only <text in the case's name>]
// (on a quiet machine: other load skews the figures)
import { parseArgs } from 'node:util';
import { buildApp } from '../../src/app.js';
import { DEFAULT_CONFIG } from '../../src/config/config.js';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, only: { type: 'string' } } });
const app = buildApp({ seed: 1, logLevel: 'silent' });
const { bodyLimit } = DEFAULT_CONFIG;

const weather = {
  type: 'function', name: 'get_weather', description: 'Get the current weather for a city.',
  parameters: { type: 'object', properties: { city: { type: 'string' }, unit: { type: 'string', enum: ['celsius', 'fahrenheit'] } }, required: ['city'], additionalProperties: false },
};

function tool(index: number, properties: Record<string, unknown> = { query: { type: 'string' }, limit: { type: 'integer', minimum: 1 } }): Record<string, unknown> {
  return { type: 'function', name: `tool_${index}`, description: `Tool number ${index} for weather and search.`, parameters: { type: 'object', properties, required: Object.keys(properties) } };
}

function history(items: number): unknown[] {
  const out: unknown[] = [];
  for (let turn = 0; out.length < items - 1; turn += 1) {
    out.push({ role: 'user', content: `What is the weather in city ${turn}?` });
    out.push({ type: 'function_call', id: `fc_${turn}`, call_id: `call_${turn}`, name: 'get_weather', arguments: `{"city":"City ${turn}"}` });
    out.push({ type: 'function_call_output', id: `fco_${turn}`, call_id: `call_${turn}`, output: '{"temperature":21}' });
  }
  out.length = Math.max(0, items - 1);
  out.push({ role: 'user', content: 'And what is the weather in Paris?' });
  return out;
}

/** The body with the round's number at the end of the prompt: no two requests are alike, so no memo answers. */
function varied(body: Record<string, unknown>, round: number): string {
  const input = body.input;
  if (typeof input === 'string') return JSON.stringify({ ...body, input: `${input} (${round})` });
  const items = input as Array<Record<string, unknown>>;
  const last = items[items.length - 1] ?? {};
  const content = Array.isArray(last.content)
    ? (last.content as Array<{ text: string }>).map((part, index, parts) => (index === parts.length - 1 ? { ...part, text: `${part.text} (${round})` } : part))
    : `${String(last.content)} (${round})`;
  return JSON.stringify({ ...body, input: [...items.slice(0, -1), { ...last, content }] });
}

async function time(body: Record<string, unknown>, rounds: number): Promise<{ ms: number; status: number }> {
  const send = async (round: number): Promise<number> =>
    (await app.inject({ method: 'POST', url: '/v1/responses', headers: { 'content-type': 'application/json' }, payload: varied(body, round) })).statusCode;
  const status = await send(0);
  const times: number[] = [];
  for (let round = 1; round <= rounds; round += 1) {
    const started = performance.now();
    await send(round);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] ?? 0, status };
}

interface Row { group: string; name: string; body: Record<string, unknown>; bytes?: number }
const rows: Row[] = [];
const base = { model: 'gpt-4o-mini', store: false, tool_choice: 'required' };

const promptSizes = values.quick ? [1024, 100 * 1024] : [1024, 10 * 1024, 100 * 1024, 1024 * 1024, 8 * 1024 * 1024, bodyLimit - 4096];
for (const size of promptSizes) {
  const prompt = 'weather in Paris '.repeat(Math.ceil(size / 17)).slice(0, size);
  // In text parts of at most 8 MB: OpenAI refuses a single input text longer than 10,485,760 characters.
  const parts = Array.from({ length: Math.ceil(size / (8 * 1024 * 1024)) }, (_, index) => ({ type: 'input_text', text: prompt.slice(index * 8 * 1024 * 1024, (index + 1) * 8 * 1024 * 1024) }));
  rows.push({ group: 'prompt size', name: `${Math.round(size / 1024)} KB`, body: { ...base, input: [{ role: 'user', content: parts }], tools: [weather] }, bytes: size });
}
for (const count of [1, 16, 128]) {
  rows.push({ group: 'tools', name: `${count}`, body: { ...base, tool_choice: 'auto', input: 'What is the weather in Paris? Search for umbrellas, top 3.', tools: Array.from({ length: count }, (_, index) => tool(index)) } });
}
for (const size of [10, 100, 1000, 10_000]) {
  const values_ = Array.from({ length: size }, (_, index) => `option_${index}`);
  rows.push({ group: 'enum size', name: `${size}`, body: { ...base, input: `pick option_${size - 1} for Paris`, tools: [tool(0, { choice: { type: 'string', enum: values_ } })] } });
}
for (const items of [1, 10, 100, 1000, 5000]) {
  rows.push({ group: 'history items', name: `${items}`, body: { ...base, tool_choice: 'auto', input: history(items), tools: [weather] } });
}
const nested = (depth: number): unknown => (depth === 0 ? { type: 'string' } : { type: 'array', items: nested(depth - 1) });
const hostile: Array<[string, Record<string, unknown>]> = [
  ['"reply exactly: x" + 100 KB of spaces', { model: 'gpt-4o-mini', store: false, input: `reply exactly: x${' '.repeat(100_000)}` }],
  ['the same with tools', { ...base, tool_choice: 'auto', input: `reply exactly: x${' '.repeat(100_000)}`, tools: [weather] }],
  ['"weather in Paris " to 1 MB', { ...base, input: 'weather in Paris '.repeat(61_681), tools: [weather] }],
  ['enum of 10,000 values', { ...base, input: 'pick one', tools: [tool(0, { choice: { type: 'string', enum: Array.from({ length: 10_000 }, (_, index) => `v${index}`) } })] }],
  ['pattern (a+)+$ against prompt words', { ...base, input: `${'a'.repeat(30)}! ${'a'.repeat(3000)}!`, tools: [tool(0, { s: { type: 'string', pattern: '(a+)+$' } })] }],
  ['20 levels of arrays', { ...base, input: 'go', tools: [tool(0, { a: nested(20) })] }],
  ['40 levels of arrays', { ...base, input: 'go', tools: [tool(0, { a: nested(40) })] }],
  ['minLength 1e9 (a 400)', { ...base, input: 'go', tools: [tool(0, { a: { type: 'string', minLength: 1e9 } })] }],
  ['1 MB of one letter', { ...base, input: 'a'.repeat(1024 * 1024), tools: [weather] }],
];
for (const [name, body] of hostile) rows.push({ group: 'hostile', name, body });

console.log('| group | case | status | ms per request |');
console.log('|---|---|---|---|');
for (const row of rows) {
  if (values.only !== undefined && !`${row.group}: ${row.name}`.includes(values.only)) continue;
  const big = row.bytes !== undefined && row.bytes > 1024 * 1024;
  const { ms, status } = await time(row.body, big ? 3 : values.quick ? 5 : 15);
  console.log(`| ${row.group} | ${row.name} | ${status} | ${ms.toFixed(2)} |`);
}
await app.close();
