// One request per error code and path that makes the server answer with it (error-tables.ts sends them through
// the real app and makes the README's tables from the answers), and the codes no request can bring about.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InjectOptions } from 'fastify';
import type { AppOptions } from '../../src/app.js';
import type { ErrorCode } from '../../src/errors.js';
import { SCENARIO_LIMITS } from '../../src/scenarios/registry.js';

export type ApiPath = 'openai' | 'openrouter' | 'admin';

export interface Trigger {
  code: ErrorCode;
  path: ApiPath;
  app?: AppOptions;
  /** Requests sent first, on the same app (state the error needs). */
  before?: InjectOptions[];
  request: InjectOptions;
  /** Builds the request from the last answer before it instead (ids the error must name). */
  from?: (previous: Record<string, unknown>) => InjectOptions;
}

const weather = { type: 'function', name: 'get_weather', description: 'Weather for a city', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } };
const MODEL: Record<'openai' | 'openrouter', string> = { openai: 'gpt-4o-mini', openrouter: 'openai/gpt-4o-mini' };
const URL: Record<'openai' | 'openrouter', string> = { openai: '/v1/responses', openrouter: '/api/v1/responses' };
const JSON_TYPE = { 'content-type': 'application/json' };
const call = (id: string) => ({ type: 'function_call', id, call_id: 'call_1', name: 'get_weather', arguments: '{"city":"Paris"}' });
const output = { type: 'function_call_output', id: 'fco_1', call_id: 'call_1', output: 'sunny' };
const steps = { rules: [1, 2].map((turn) => ({ match: { turn }, respond: { text: `step ${turn}` } })) };

type Body = Record<string, unknown>;
type Create = { body?: Body; raw?: string; headers?: Record<string, string>; app?: AppOptions; before?: Array<{ body: Body; headers?: Record<string, string> }> };

/** A create request on the path: the model filled in unless the body gives one (or says it has none). */
function create(path: 'openai' | 'openrouter', code: ErrorCode, spec: Create): Trigger {
  const body = (value: Body) => JSON.stringify({ model: MODEL[path], ...value });
  const request = (value: Body | undefined, headers?: Record<string, string>) =>
    ({ method: 'POST' as const, url: URL[path], headers: { ...JSON_TYPE, ...headers }, payload: spec.raw ?? body(value ?? {}) });
  return {
    code,
    path,
    ...(spec.app ? { app: spec.app } : {}),
    ...(spec.before ? { before: spec.before.map((step) => request(step.body, step.headers)) } : {}),
    request: request(spec.body, spec.headers),
  };
}

const both = (code: ErrorCode, spec: Create | ((path: 'openai' | 'openrouter') => Create)): Trigger[] =>
  (['openai', 'openrouter'] as const).map((path) => create(path, code, typeof spec === 'function' ? spec(path) : spec));
/** A stored call replayed by id without the reasoning item before it: the ids come from the stored answer. */
function replayWithoutReasoning(): Trigger {
  const ask = { model: 'gpt-5-mini', input: 'What is the weather in Paris?', tools: [weather], tool_choice: 'required' };
  const trigger = create('openai', 'call_without_reasoning', { before: [{ body: ask }] });
  return {
    ...trigger,
    from: (previous) => {
      const called = ((previous.output ?? []) as Array<Record<string, unknown>>).find((item) => item.type === 'function_call') ?? {};
      const { id, call_id: callId, name, arguments: args } = called;
      const input = [{ role: 'user', content: ask.input }, { type: 'function_call', id, call_id: callId, name, arguments: args }, { type: 'function_call_output', call_id: callId, output: 'sunny' }];
      return { ...trigger.request, payload: JSON.stringify({ ...ask, tool_choice: 'auto', input }) };
    },
  };
}

/** An item id that is not in a conversation: the conversation's id comes from the answer that created it. */
function missingConversationItem(): Trigger {
  const created: InjectOptions = { method: 'POST', url: '/v1/conversations', headers: JSON_TYPE, payload: '{}' };
  return {
    code: 'conversation_item_not_found',
    path: 'openai',
    before: [created],
    request: { method: 'GET', url: '/v1/conversations/conv_x/items/msg_nope' },
    from: (previous) => ({ method: 'GET', url: `/v1/conversations/${String(previous.id)}/items/msg_nope` }),
  };
}

const admin = (code: ErrorCode, request: InjectOptions, app?: AppOptions): Trigger =>
  ({ code, path: 'admin', ...(app ? { app } : {}), request: { ...request, headers: { host: 'localhost', ...request.headers } } });
const get = (path: 'openai' | 'openrouter', code: ErrorCode, url: string): Trigger => ({ code, path, request: { method: 'GET', url } });

export function errorTriggers(): Trigger[] {
  const nested = `{"model":"m","input":${'['.repeat(200)}${']'.repeat(200)}}`;
  const strictTool = { type: 'function', name: 'f', strict: true, parameters: { type: 'object', properties: { a: { type: 'string' } } } };
  const grammarTool = { type: 'custom', name: 'sql', format: { type: 'grammar', syntax: 'lark', definition: 'start: _list{"a", ","}\n' } };
  const customCall = { type: 'custom_tool_call', id: 'ctc_1', call_id: 'call_c', name: 'apply_patch', input: 'x' };
  const patchCall = { type: 'apply_patch_call', id: 'apc_1', call_id: 'call_p', status: 'completed', operation: { type: 'delete_file', path: 'old.txt' } };
  const record = mkdtempSync(join(tmpdir(), 'responses-mock-triggers-'));
  return [
    ...both('invalid_json', { raw: '{"model":' }),
    ...both('invalid_body', { raw: '[1]' }),
    ...(['openai', 'openrouter'] as const).map((path): Trigger => ({ code: 'unsupported_media_type', path, request: { method: 'POST', url: URL[path], headers: { 'content-type': 'text/plain' }, payload: 'hi' } })),
    ...both('unsupported_content_encoding', { body: { input: 'hi' }, headers: { 'content-encoding': 'gzip' } }),
    ...both('body_too_large', { app: { bodyLimit: 1024 }, body: { input: 'x'.repeat(2000) } }),
    ...both('too_deeply_nested', { raw: nested }),
    ...both('too_many_values', { body: { input: 'hi', metadata: { a: '1' }, include: Array.from({ length: 200_001 }, () => 'x') } }),
    ...both('missing_required_parameter', { raw: '{"input":"hi"}' }),
    ...both('invalid_type', { body: { model: 1, input: 'hi' } }),
    ...both('invalid_value', { body: { input: [{ role: 'tool', content: 'x' }] } }),
    ...both('value_out_of_range', { body: { input: 'hi', temperature: 5 } }),
    ...both('string_above_max_length', { body: { input: 'hi', tools: [{ ...weather, name: 'f'.repeat(65) }] } }),
    ...both('object_above_max_properties', { body: { input: 'hi', metadata: Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`k${i}`, 'v'])) } }),
    create('openai', 'array_above_max_length', { body: { input: 'hi', tools: Array.from({ length: 129 }, (_, i) => ({ ...weather, name: `tool_${i}` })) } }),
    ...both('invalid_function_parameters', { body: { input: 'hi', tools: [strictTool] } }),
    create('openai', 'unknown_parameter', { body: { input: 'hi', max_tokens: 100 } }),
    create('openai', 'unsupported_parameter', { body: { input: 'hi', response_format: { type: 'json_object' } } }),
    ...both('invalid_json_schema', { body: { input: 'hi', text: { format: { type: 'json_schema', name: 'x', strict: true, schema: { type: 'object', properties: { a: { type: 'string' } } } } } } }),
    create('openai', 'json_word_missing', { body: { input: 'hi', text: { format: { type: 'json_object' } } } }),
    ...both('unsupported_grammar', { body: { input: 'q', tools: [grammarTool], tool_choice: { type: 'custom', name: 'sql' } } }),
    ...both('tool_choice_not_found', { body: { input: 'hi', tools: [weather], tool_choice: { type: 'function', name: 'nope' } } }),
    create('openrouter', 'history_missing_id', { body: { tools: [weather], input: [{ role: 'user', content: 'weather?' }, call('fc_1'), { ...output, id: undefined }] } }),
    create('openrouter', 'history_unknown_tool', { body: { tools: [weather], input: [{ role: 'user', content: 'q' }, { ...call('fc_tmp_1'), name: 'nope' }, output] } }),
    create('openrouter', 'history_invalid_arguments', { body: { tools: [weather], input: [{ role: 'user', content: 'q' }, { ...call('fc_tmp_1'), arguments: '{oops' }, output] } }),
    create('openai', 'invalid_item_id', { body: { tools: [weather], input: [{ role: 'user', content: 'q' }, call('x_1'), output] } }),
    ...both('orphan_function_call_output', { body: { tools: [weather], input: [{ role: 'user', content: 'q' }, { ...output, call_id: 'call_nope' }] } }),
    create('openai', 'function_call_without_output', { body: { tools: [weather], input: [{ role: 'user', content: 'q' }, call('fc_1'), { role: 'user', content: 'and?' }] } }),
    ...both('orphan_custom_tool_call_output', { body: { input: [{ role: 'user', content: 'q' }, { type: 'custom_tool_call_output', id: 'ctco_1', call_id: 'call_nope', output: 'x' }] } }),
    create('openai', 'custom_tool_call_without_output', { body: { tools: [{ type: 'custom', name: 'apply_patch' }], input: [{ role: 'user', content: 'q' }, customCall, { role: 'user', content: 'and?' }] } }),
    create('openai', 'orphan_apply_patch_call_output', { body: { tools: [{ type: 'apply_patch' }], input: [{ role: 'user', content: 'q' }, { type: 'apply_patch_call_output', call_id: 'call_nope', status: 'completed' }] } }),
    create('openai', 'apply_patch_call_without_output', { body: { tools: [{ type: 'apply_patch' }], input: [{ role: 'user', content: 'q' }, patchCall, { role: 'user', content: 'and?' }] } }),
    create('openai', 'item_not_found', { body: { store: false, input: [{ role: 'user', content: 'q' }, { type: 'reasoning', id: 'rs_1', summary: [] }, { role: 'assistant', content: 'a' }] } }),
    create('openai', 'invalid_encrypted_content', { body: { store: false, input: [{ role: 'user', content: 'q' }, { type: 'reasoning', id: 'rs_1', summary: [], encrypted_content: 'gAAAAABforged==' }, { role: 'assistant', content: 'a' }] } }),
    replayWithoutReasoning(),
    create('openai', 'reasoning_without_following_item', { body: { input: [{ role: 'user', content: 'q' }, { type: 'reasoning', id: 'rs_1', summary: [] }] } }),
    ...both('duplicate_item_id', { body: { input: [{ type: 'message', id: 'msg_1', role: 'user', content: 'a' }, { type: 'message', id: 'msg_1', role: 'user', content: 'b' }] } }),
    create('openrouter', 'store_not_supported', { body: { input: 'hi', store: true } }),
    create('openrouter', 'previous_response_not_supported', { body: { input: 'hi', previous_response_id: 'resp_1' } }),
    create('openai', 'unsupported_value', { body: { model: 'gpt-5.1', input: 'hi', reasoning: { effort: 'minimal' } } }),
    create('openai', 'encrypted_content_not_supported', { body: { model: 'gpt-4o', input: 'hi', include: ['reasoning.encrypted_content'] } }),
    create('openai', 'unsupported_model_parameter', { body: { model: 'o3-mini', input: 'hi', temperature: 0.2 } }),
    create('openai', 'conversation_not_found', { body: { input: 'hi', conversation: 'conv_nope' } }),
    missingConversationItem(),
    create('openai', 'previous_response_not_found', { body: { input: 'hi', previous_response_id: 'resp_nope' } }),
    create('openai', 'item_reference_not_found', { body: { input: [{ type: 'item_reference', id: 'msg_nope' }] } }),
    get('openai', 'response_not_found', '/v1/responses/resp_nope'),
    get('openai', 'model_not_found', '/v1/models/nope'),
    get('openai', 'route_not_found', '/v1/nope'),
    get('openrouter', 'route_not_found', '/api/v1/nope'),
    ...both('invalid_header', { body: { input: 'hi' }, headers: { 'x-mock-strictness': 'loose' } }),
    ...both('scenario_not_found', { body: { input: 'hi' }, headers: { 'x-mock-scenario': 'nope' } }),
    ...both('scenario_no_match', { app: { strictScenarios: true }, body: { input: 'hi' }, headers: { 'x-mock-scenario': 'forced-tool' } }),
    // OpenAI: no code_interpreter tool offered; OpenRouter: no such item on that path.
    ...both('scenario_hosted_unavailable', { app: { scenarios: { run: { rules: [{ respond: { hosted: [{ code_interpreter: {} }] } }] } } }, body: { input: 'hi' }, headers: { 'x-mock-scenario': 'run' } }),
    ...both('state_evicted', {
      app: { sessionLimit: 1, sessionIdleMs: 0, scenarios: { steps } },
      before: [{ body: { input: 'one', store: false }, headers: { 'x-mock-session': 'a', 'x-mock-scenario': 'steps' } }, { body: { input: 'x', store: false }, headers: { 'x-mock-session': 'b' } }],
      body: { input: 'two', store: false },
      headers: { 'x-mock-session': 'a', 'x-mock-scenario': 'steps' },
    }),
    ...both('upstream_failed', (path) => ({ app: { record, fixtures: false, [path === 'openai' ? 'upstreamOpenai' : 'upstreamOpenrouter']: `http://127.0.0.1:9${path === 'openai' ? '/v1' : '/api/v1'}` }, body: { input: 'hi' } })),
    ...both('injected_fault', { body: { input: 'hi' }, headers: { 'x-mock-scenario': 'server-error' } }),
    admin('admin_host_not_allowed', { method: 'GET', url: '/__mock/stats', headers: { host: 'evil.example' } }),
    admin('admin_cross_site', { method: 'POST', url: '/__mock/reset', headers: { origin: 'https://evil.example', 'content-type': 'text/plain' }, payload: '' }),
    admin('admin_bad_request', { method: 'GET', url: '/__mock/requests?limit=0' }),
    admin('admin_unauthorized', { method: 'GET', url: '/__mock/stats' }, { adminToken: 'secret-token' }),
    admin('admin_not_found', { method: 'GET', url: '/__mock/scenarios/nope' }),
    admin('admin_invalid_scenario', { method: 'PUT', url: '/__mock/scenarios/x', headers: JSON_TYPE, payload: '{"rules":[]}' }),
    admin('admin_scenario_limit', { method: 'POST', url: '/__mock/scenarios', headers: JSON_TYPE, payload: JSON.stringify({ scenarios: Object.fromEntries(Array.from({ length: SCENARIO_LIMITS.scenarios + 1 }, (_, index) => [`s${index}`, { rules: [{ respond: { text: 'x' } }] }])) }) }),
  ];
}

/** Codes no request can bring about on purpose (shown as the provider envelopes render them). */
export const UNTRIGGERABLE = new Set<ErrorCode>(['internal_error']);

/** Codes only a raw connection brings about (inject cannot): around a WebSocket (test/integration/websocket*),
 * refused by Node's HTTP parser (robustness/bodies/http-framing), or beside another body held (robustness/bodies/body-memory):
 * the paths that answer each, in their envelope. */
export const ON_A_SOCKET = new Map<ErrorCode, Array<'openai' | 'openrouter'>>([
  ['headers_too_large', ['openai', 'openrouter']],
  ['malformed_http', ['openai', 'openrouter']],
  ['websocket_not_supported', ['openrouter', 'openai']],
  ['websocket_connection_limit_reached', ['openai']],
  ['websocket_stream_limit_reached', ['openai']],
  ['response_already_in_flight', ['openai']],
  ['server_overloaded', ['openai', 'openrouter']],
]);
