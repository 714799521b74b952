// OpenAI refuses a field it does not take: `Unknown parameter: 'max_tokens'.` at the top level, and on an input
// item or content part by its path (`input[2].parsed_arguments`, what the SDKs' parse helpers add), code
// unknown_parameter; and an `include` value it does not know. Strict only (lenient lets newer fields through); OpenRouter ignores unknown fields. Every
// item the real API returned (the conformance captures) and every item the mock returns goes back in as input.
import t from 'tap';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareRequest } from '../../../../src/domain/validation/prepare.js';
import { unknownItemField, webSearchActionProblem } from '../../../../src/domain/validation/items/unknown-fields.js';
import { openAIProfile, openRouterProfile } from '../../../../src/providers/index.js';
import { EMPTY_HISTORY } from '../../../../src/state/responses/response-store.js';
import { OPENAI, post, testApp, weatherTool } from '../../../helpers/app.js';

const openai = { rules: openAIProfile.rules('strict'), history: EMPTY_HISTORY };
const openaiLenient = { rules: openAIProfile.rules('lenient'), history: EMPTY_HISTORY };
const openrouter = { rules: openRouterProfile.rules('strict'), history: EMPTY_HISTORY };
const user = { role: 'user', content: 'weather in Paris?' };
const call = { type: 'function_call', id: 'fc_1', call_id: 'call_1', name: 'get_weather', arguments: '{"city":"Paris"}' };
const output = { type: 'function_call_output', call_id: 'call_1', output: '{"temperature":21}' };
const base = { model: 'gpt-4o', tools: [weatherTool] };
const unknown = (param: string) => ({ ok: false, error: { code: 'unknown_parameter', param, message: `Unknown parameter: '${param}'.` } });

t.test('a top-level field the Responses API does not take', async (t) => {
  t.match(prepareRequest({ ...base, input: 'hi', max_tokens: 100 }, openai), unknown('max_tokens'), 'a Chat Completions habit');
  t.match(prepareRequest({ ...base, input: 'hi', seed: 1, messages: [] }, openai), unknown('seed'), 'the first one is named');
  t.match(prepareRequest({ ...base, input: 'hi', ['k'.repeat(500)]: 1 }, openai), unknown('k'.repeat(100)), 'a long key is quoted in part');
  t.match(prepareRequest({ ...base, input: 'hi', '': 1 }, openai), unknown('[""]'), 'an empty key is named in brackets');
  t.match(prepareRequest({ ...base, input: 'hi', prompt_cache_options: { '': 1 } }, openai), unknown('prompt_cache_options[""]'), 'also inside an option object');
  t.match(prepareRequest({ ...base, input: 'hi', response_format: { type: 'json_object' } }, openai), { ok: false, error: { code: 'unsupported_parameter', param: 'response_format' } }, 'response_format keeps its own message');
  const known = { ...base, input: 'hi', client_metadata: { a: 'b' }, presence_penalty: 0, frequency_penalty: 0, prompt_cache_key: 'k', safety_identifier: 's', truncation: 'auto', include: [], context_management: null };
  t.ok(prepareRequest(known, openai).ok, 'fields of the spec, the echoed penalties and Codex\'s client_metadata pass');
  t.ok(prepareRequest({ ...base, input: 'hi', max_tokens: 100 }, openaiLenient).ok, 'lenient lets it through');
  t.ok(prepareRequest({ ...base, model: 'openai/gpt-4o', input: 'hi', max_tokens: 100, provider: {} }, openrouter).ok, 'OpenRouter ignores it');
});

t.test('an include value the API does not know', async (t) => {
  t.match(prepareRequest({ ...base, input: 'hi', include: ['message.output_text.logprobs', 'reasoning.encrypted'] }, openai), {
    ok: false,
    error: { code: 'invalid_value', param: 'include[1]', message: /^Invalid value: 'reasoning\.encrypted'\. Supported values are: 'file_search_call\.results', .*, and 'message\.output_text\.logprobs'\.$/ },
  });
  const all = ['file_search_call.results', 'web_search_call.results', 'web_search_call.action.sources', 'message.input_image.image_url', 'computer_call_output.output.image_url', 'code_interpreter_call.outputs', 'message.output_text.logprobs'];
  // gpt-5.1 at its default effort none: a reasoning model (encrypted content) that takes logprobs.
  t.ok(prepareRequest({ ...base, model: 'gpt-5.1', input: 'hi', include: [...all, 'reasoning.encrypted_content'] }, openai).ok, 'the spec\'s eight pass');
  t.ok(prepareRequest({ ...base, input: 'hi', include: ['reasoning.encrypted'] }, openaiLenient).ok, 'lenient lets it through');
});

t.test('a setting\'s value the API does not know', async (t) => {
  const cases: Array<[Record<string, unknown>, string, string]> = [
    [{ prompt_cache_retention: 'in-memory' }, 'prompt_cache_retention', "Invalid value: 'in-memory'. Supported values are: 'in_memory' and '24h'."],
    [{ truncation: 'on' }, 'truncation', "Invalid value: 'on'. Supported values are: 'auto' and 'disabled'."],
    [{ service_tier: 'standard' }, 'service_tier', "Invalid value: 'standard'. Supported values are: 'auto', 'default', 'flex', 'scale', 'priority', 'fast', and 'ultrafast'."],
    [{ text: { verbosity: 'verbose' } }, 'text.verbosity', "Invalid value: 'verbose'. Supported values are: 'low', 'medium', and 'high'."],
  ];
  for (const [extra, param, message] of cases) {
    t.match(prepareRequest({ ...base, input: 'hi', ...extra }, openai), { ok: false, error: { code: 'invalid_value', param, message } }, param);
    t.ok(prepareRequest({ ...base, input: 'hi', ...extra }, openaiLenient).ok, `${param}: lenient lets it through`);
  }
  const known = { prompt_cache_retention: '24h', truncation: 'auto', service_tier: 'flex', text: { verbosity: 'low' } };
  t.ok(prepareRequest({ ...base, input: 'hi', ...known }, openai).ok, 'known values pass');
  t.ok(prepareRequest({ ...base, input: 'hi', prompt_cache_retention: null, truncation: null, service_tier: null, text: null }, openai).ok, 'and nulls');
});

t.test('a field an input item or content part may not hold, by its path', async (t) => {
  t.match(prepareRequest({ ...base, input: [user, { ...call, parsed_arguments: { city: 'Paris' } }, output] }, openai), unknown('input[1].parsed_arguments'), 'the SDKs\' parsed_arguments');
  const assistant = { type: 'message', id: 'msg_1', role: 'assistant', status: 'completed', content: [{ type: 'output_text', text: 'Hi', annotations: [], parsed: null }] };
  t.match(prepareRequest({ ...base, input: [user, assistant, user] }, openai), unknown('input[1].content[0].parsed'), 'a parsed output_text part');
  t.match(prepareRequest({ ...base, input: [{ role: 'user', content: [{ type: 'input_text', text: 'hi', annotations: [] }] }] }, openai), unknown('input[0].content[0].annotations'), 'an input_text with output fields');
  t.match(prepareRequest({ ...base, input: [user, call, { ...output, output: [{ type: 'input_text', text: '21', cache: true }] }] }, openai), unknown('input[2].output[0].cache'), 'a tool output\'s part');
  t.match(prepareRequest({ ...base, input: [user, { type: 'reasoning', id: 'rs_1', summary: [], format: 'x' }, call, output] }, openai), unknown('input[1].format'), 'OpenRouter\'s reasoning format, sent to OpenAI');
  t.match(prepareRequest({ ...base, input: [user, { type: 'reasoning', id: 'rs_1', summary: [], status: 'completed' }, call, output] }, openai), unknown('input[1].status'), 'a reasoning item\'s status, as the live service refuses it');
  t.match(prepareRequest({ ...base, input: [{ role: 'user', content: 'hi', name: 'ana' }] }, openai), unknown('input[0].name'), 'a Chat Completions message name');
  t.ok(prepareRequest({ ...base, input: [user, { ...call, status: 'completed', namespace: 'n' }, { ...output, status: 'completed' }] }, openai).ok, 'known fields pass');
  t.ok(prepareRequest({ ...base, input: [user, { type: 'reasoning', id: 'rs_1', summary: [{ type: 'summary_text', text: 'x', extra: 1 }] }, call, output] }, openai).ok, 'other nested objects are not judged');
  t.ok(prepareRequest({ ...base, input: [user, { ...call, parsed_arguments: null }, output] }, openaiLenient).ok, 'lenient lets it through');
  t.ok(prepareRequest({ ...base, model: 'openai/gpt-4o', input: [user, { ...call, parsed_arguments: null }, { ...output, id: 'fco_1' }] }, openrouter).ok, 'OpenRouter ignores it');
});

t.test('a replayed web search call\'s action: one of three types, with the fields of its type', async (t) => {
  const search = (action: Record<string, unknown>) => ({ ...base, input: [user, { type: 'web_search_call', id: 'ws_1', status: 'completed', action }, { role: 'assistant', content: 'Found it.' }, user] });
  for (const rules of [openai, openaiLenient]) {
    t.match(prepareRequest(search({ type: 'other' }), rules), {
      ok: false, error: { code: 'invalid_value', param: 'input[1].action.type', message: "Invalid value: 'other'. Supported values are: 'search', 'open_page', and 'find_in_page'." },
    }, 'an action type the API does not know, at either strictness (openai/codex#7085)');
  }
  t.match(prepareRequest(search({ type: 'find_in_page', url: 'https://example.com', pattern: 'x', query: 'x' }), openai), unknown('input[1].action.query'), 'a find_in_page with a query (pydantic/pydantic-ai#3653)');
  t.ok(prepareRequest(search({ type: 'find_in_page', url: 'https://example.com', pattern: 'x', query: 'x' }), openaiLenient).ok, 'lenient: its fields are not judged');
  for (const action of [{ type: 'search', query: 'q', queries: ['q'], sources: [{ type: 'url', url: 'https://example.com' }] }, { type: 'open_page', url: null }, { type: 'find_in_page', url: 'https://example.com', pattern: 'p' }]) {
    t.ok(prepareRequest(search(action), openai).ok, action.type);
  }
  t.ok(prepareRequest({ ...search({ type: 'other' }), model: 'openai/gpt-4o' }, openrouter).ok, 'OpenRouter does not judge it');
});

t.test('every item the real API returned is accepted back as input', async (t) => {
  const dirs = ['captures', 'openai-captures'].map((name) => fileURLToPath(new URL(`../../../conformance/${name}/`, import.meta.url)));
  const items: Array<Record<string, unknown>> = [];
  const collect = (value: unknown): void => {
    if (typeof value !== 'object' || value === null) return;
    const object = value as Record<string, unknown>;
    if (object.object === 'response' && Array.isArray(object.output)) items.push(...(object.output as Array<Record<string, unknown>>));
    if (typeof object.type === 'string' && object.type.startsWith('response.output_item.')) items.push(object.item as Record<string, unknown>);
    for (const child of Object.values(object)) collect(child);
  };
  // The OpenAI captures kept for the conformance tests (not the OpenRouter recording beside them).
  for (const file of dirs.flatMap((dir) => readdirSync(dir).filter((name) => /^(openai|programmatic)-/.test(name)).map((name) => join(dir, name)))) {
    const text = readFileSync(file, 'utf8');
    if (file.endsWith('.json')) collect(JSON.parse(text));
    else if (file.endsWith('.txt')) for (const line of text.split('\n')) if (line.trim()) collect(JSON.parse(line));
  }
  t.ok(items.length > 100, `${items.length} captured items`);
  t.ok(new Set(items.map((item) => item.type)).size >= 8, `of ${new Set(items.map((item) => item.type)).size} kinds`);
  t.same(items.map((item, index) => unknownItemField(item, `input[${index}]`) ?? webSearchActionProblem(item, { path: `input[${index}]`, fields: true })).filter(Boolean), [], 'none holds a field the tables lack');
});

t.test('every item the mock returns is accepted back as input', async (t) => {
  const app = testApp();
  t.teardown(() => app.close());
  const requests: Array<Record<string, unknown>> = [
    { model: 'gpt-5-mini', input: 'Search the web for news about Mars', tools: [{ type: 'web_search' }], reasoning: { effort: 'low', summary: 'auto' }, include: ['reasoning.encrypted_content'], store: false },
    { model: 'gpt-4o', input: 'Create notes/todo.md with "ship it"', tools: [{ type: 'custom', name: 'apply_patch' }], tool_choice: { type: 'custom', name: 'apply_patch' } },
    { model: 'gpt-4o', input: 'weather in Paris and Oslo?', tools: [weatherTool] },
    { model: 'gpt-4o', input: 'Reply exactly with: hello' },
    { model: 'gpt-5.4', input: 'What is the weather in Paris?', tools: [{ type: 'tool_search' }, { ...weatherTool, defer_loading: true }] },
  ];
  const seen = new Set<string>();
  for (const body of requests) {
    const answer = await post(app, { url: OPENAI, body });
    t.equal(answer.status, 200, `${JSON.stringify(body.tools ?? body.input).slice(0, 60)}: answered`);
    for (const item of answer.body.output ?? []) {
      seen.add(item.type as string);
      t.equal(unknownItemField(item, 'input[0]') ?? webSearchActionProblem(item, { path: 'input[0]', fields: true }), null, `a ${String(item.type)} goes back as is`);
    }
  }
  t.ok(['reasoning', 'web_search_call', 'message', 'custom_tool_call', 'function_call'].every((type) => seen.has(type)), `kinds covered: ${[...seen].join(', ')}`);
});
