// Mutated requests: a valid seed request with fields removed, retyped, added, nulled, made huge or deeply
// nested (up to 400 deep as values, thousands deep spliced into the text beside `stream`), __proto__ keys spliced
// in, or the JSON cut short; plus the x-mock-* headers, mostly absent.
import fc from 'fast-check';
import { timeTool, weatherTool } from '../app.js';
import type { FuzzRequest } from './check.js';

const loop = [
  { role: 'user', content: [{ type: 'input_text', text: 'What is the weather in Paris?' }] },
  { type: 'function_call', id: 'fc_1', call_id: 'call_1', name: 'get_weather', arguments: '{"city":"Paris"}' },
  { type: 'function_call_output', id: 'fco_1', call_id: 'call_1', output: '{"temperature":22}' },
];
export const SEEDS: object[] = [
  { model: 'openai/gpt-4o-mini', input: 'What is the weather in Paris?', tools: [weatherTool, timeTool] },
  { model: 'gpt-4o', input: loop, tools: [{ ...weatherTool, strict: true }], tool_choice: 'auto', store: false },
  { model: 'x-ai/grok-4.3', input: 'time?', tools: [timeTool], tool_choice: { type: 'function', name: 'get_time' }, parallel_tool_calls: false, stream: true },
  { model: 'gpt-4o', input: [{ type: 'message', role: 'assistant', id: 'msg_1', content: [{ type: 'output_text', text: 'hi' }] }, { type: 'item_reference', id: 'msg_x' }], temperature: 0.5, metadata: { a: 'b' }, text: { format: { type: 'text' } } },
  { model: 'gpt-5-mini', input: [...loop.slice(0, 1), { type: 'reasoning', id: 'rs_1', summary: [], encrypted_content: 'gAAAAABx' }, { type: 'custom_tool_call', id: 'ctc_1', call_id: 'call_2', name: 'apply_patch', input: '*** Begin Patch' }, { type: 'custom_tool_call_output', call_id: 'call_2', output: 'ok' }], tools: [{ type: 'custom', name: 'apply_patch', format: { type: 'grammar', syntax: 'lark', definition: 'start: "a" b\nb: /[0-9]+/ | "(" start ")"' } }], tool_choice: { type: 'custom', name: 'apply_patch' }, reasoning: { effort: 'low', summary: 'auto' }, include: ['reasoning.encrypted_content'], text: { format: { type: 'json_schema', name: 'out', strict: true, schema: { type: 'object', properties: { a: { type: 'string' } }, required: ['a'], additionalProperties: false } } }, store: false },
  { model: 'gpt-4o', input: 'hi', conversation: { id: 'conv_1' }, moderation: { model: 'omni-moderation-latest', policy: { input: { mode: 'block' } } }, service_tier: 'flex', truncation: 'auto', prompt_cache_retention: '24h', include: ['message.output_text.logprobs'], text: { verbosity: 'low' } },
  // A program's call answered: programmatic tool calling reads the program's code back from the input.
  {
    model: 'gpt-5.6-sol', store: false, reasoning: { effort: 'max', mode: 'pro', context: 'auto' },
    tools: [{ type: 'programmatic_tool_calling' }, { ...weatherTool, allowed_callers: ['programmatic'], output_schema: { type: 'object' } }],
    input: [
      { role: 'user', content: 'Weather in Paris and Oslo?' },
      { type: 'program', id: 'cm_1', call_id: 'call_p', code: 'const weather = await tools.get_weather({"city":"Paris"});\nconst weather2 = await tools["get_weather"]({"city":"Oslo"});\ntext(JSON.stringify({ weather, weather2 }));\n', fingerprint: 'gAAAAABx' },
      { type: 'function_call', id: 'fc_1', call_id: 'call_1', name: 'get_weather', arguments: '{"city":"Paris"}', status: 'in_progress', caller: { type: 'program', caller_id: 'call_p' } },
      { type: 'function_call_output', call_id: 'call_1', output: '{"temperature":22}' },
    ],
  },
  // OpenAI's hosted code interpreter (arithmetic in the prompt) and file search, with what include adds.
  { model: 'gpt-5-nano', input: 'Use python to compute (3 + 4) * 2 / 7 and search the docs', tools: [{ type: 'code_interpreter', container: { type: 'auto', file_ids: ['file-1'] } }, { type: 'file_search', vector_store_ids: ['vs_1'], max_num_results: 5, ranking_options: { score_threshold: 0.5 } }], include: ['code_interpreter_call.outputs', 'file_search_call.results'], stream: true },
  { model: 'm', input: 'x', tools: [{ type: 'namespace', name: 'crm', tools: [{ type: 'function', name: 'lookup', parameters: { type: 'object', properties: {} } }] }], tool_choice: { type: 'allowed_tools', mode: 'required', tools: [{ type: 'function', name: 'lookup' }] } },
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function nested(depth: number, leaf: Json): Json {
  let value = leaf;
  for (let i = 0; i < depth; i += 1) value = i % 2 ? [value] : { k: value };
  return value;
}

const oddValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', 'auto', 'none', 'required', 'function', 'function_call', 'message', 'user', 'tool', '{"a":', 'fc_1', 'call_1'),
  fc.nat(300_000).map((n) => 'x'.repeat(n)),
  fc.tuple(fc.nat(400), fc.constantFrom<Json>(null, 'x', 1, {})).map(([depth, leaf]) => nested(depth, leaf)),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  fc.array(fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>, { maxLength: 5 }),
);

type Path = Array<string | number>;

function paths(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((child, i) => paths(child, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) paths(child, [...prefix, key], out);
  return out;
}

type Mutation =
  | { kind: 'delete' | 'replace' | 'add'; at: number; value: Json; key: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'proto'; at: number }
  /** A member nested thousands deep, spliced into the text (too deep for the stack to write or walk again). */
  | { kind: 'deep'; at: number; depth: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete', 'replace', 'add'), at: fc.nat(), value: oddValue, key: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'type', 'id', 'call_id')) }) as fc.Arbitrary<Mutation>,
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('proto' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('deep' as const), at: fc.nat(), depth: fc.integer({ min: 2000, max: 30_000 }) }),
);

function apply(seed: object, mutations: Mutation[]): string {
  let doc = structuredClone(seed) as Json;
  let text: string | undefined;
  for (const m of mutations) {
    if (m.kind === 'truncate' || m.kind === 'proto' || m.kind === 'deep') continue;
    const all = paths(doc);
    const path = all[m.at % all.length]!;
    doc = edit({ doc, path, mutation: m });
  }
  text = JSON.stringify(doc);
  for (const m of mutations) {
    if (m.kind === 'truncate') text = text.slice(0, m.at % (text.length + 1));
    if (m.kind === 'proto') {
      const source: string = text;
      const braces: number[] = [...source.matchAll(/\{/g)].map((match) => match.index);
      const at: number | undefined = braces[m.at % Math.max(1, braces.length)];
      if (at !== undefined) text = `${text.slice(0, at + 1)}"__proto__":{"polluted":true},${text.slice(at + 1)}`;
    }
    if (m.kind === 'deep') {
      const braces: number[] = [...text.matchAll(/\{/g)].map((match) => match.index);
      const at: number | undefined = braces[m.at % Math.max(1, braces.length)];
      if (at !== undefined) text = `${text.slice(0, at + 1)}"stream":true,"deep":${'['.repeat(m.depth)}${']'.repeat(m.depth)},${text.slice(at + 1)}`;
    }
  }
  return text;
}

function edit(args: { doc: Json; path: Path; mutation: Extract<Mutation, { value: Json }> }): Json {
  const { doc, path, mutation: m } = args;
  if (path.length === 0) return m.kind === 'replace' ? m.value : doc;
  let parent = doc as Record<string | number, Json>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (m.kind === 'replace') {
    parent[last] = m.value;
  } else {
    const target = parent[last];
    if (target && typeof target === 'object' && !Array.isArray(target)) Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
    else if (Array.isArray(target)) target.push(m.value);
  }
  return doc;
}

// Mostly absent, sometimes valid, now and then invalid: rejected headers must not hide the body paths.
const headerValue = fc.oneof(
  { weight: 6, arbitrary: fc.constant(undefined) },
  { weight: 3, arbitrary: fc.constantFrom('lenient', 'strict', '42', 'session-1') },
  { weight: 1, arbitrary: fc.constantFrom('LENIENT', '', 'x'.repeat(300), '-1', 'abc') },
);


/** A mutated request for either path. */
export const mutatedRequest: fc.Arbitrary<FuzzRequest> = fc.record({
  seedIndex: fc.nat(SEEDS.length - 1),
  mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }),
  openrouter: fc.boolean(),
  mock: fc.record({ strictness: headerValue, seed: headerValue, session: headerValue }),
}).map(({ seedIndex, mutations, openrouter, mock }) => {
  const headers: Record<string, string> = {};
  if (mock.strictness !== undefined) headers['x-mock-strictness'] = mock.strictness;
  if (mock.seed !== undefined) headers['x-mock-seed'] = mock.seed;
  if (mock.session !== undefined) headers['x-mock-session'] = mock.session;
  return { provider: openrouter ? 'openrouter' as const : 'openai' as const, body: apply(SEEDS[seedIndex]!, mutations), headers };
});
