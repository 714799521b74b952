// Table-driven: each invalid request gives the expected catalog code, JSON path and message; each valid
// one passes. Rules come from the real provider profiles, as the routes use them.
import t from 'tap';
import { fieldNestedTooDeep } from '../../../src/domain/validation/body-depth.js';
import { prepareRequest } from '../../../src/domain/validation/prepare.js';
import { openAIProfile, openRouterProfile } from '../../../src/providers/index.js';
import { EMPTY_HISTORY } from '../../../src/state/responses/response-store.js';
import { timeTool, weatherTool } from '../../helpers/app.js';

const openrouter = { rules: openRouterProfile.rules('strict'), history: EMPTY_HISTORY };
const lenient = { rules: openRouterProfile.rules('lenient'), history: EMPTY_HISTORY };
const openai = { rules: openAIProfile.rules('strict'), history: EMPTY_HISTORY };
type Context = typeof openrouter;

const base = { model: 'openai/gpt-4o-mini', input: 'hi' };
const call = { type: 'function_call', id: 'fc_1', call_id: 'call_1', name: 'get_weather', arguments: '{"city":"Paris"}' };
const output = { type: 'function_call_output', id: 'fco_1', call_id: 'call_1', output: '{"temp":20}' };
const user = { role: 'user', content: 'weather in Paris?' };

interface Case {
  name: string;
  body: unknown;
  context?: Context;
  code: string;
  param: string | null;
  message?: RegExp;
  /** The real message does not name the path: only `param` does. */
  verbatim?: boolean;
}

const invalid: Case[] = [
  { name: 'body is an array', body: [], code: 'invalid_body', param: null },
  { name: 'missing model', body: { input: 'hi' }, code: 'missing_required_parameter', param: 'model', message: /Missing required parameter: 'model'/ },
  { name: 'model is a number', body: { model: 3, input: 'hi' }, code: 'invalid_type', param: 'model', message: /expected a string, but got an integer/ },
  { name: 'input is a number', body: { model: 'm', input: 3 }, code: 'invalid_type', param: 'input', message: /expected one of a string or an array of objects/ },
  { name: 'no input at all', body: { model: 'm' }, code: 'missing_required_parameter', param: 'input' },
  { name: 'temperature above 2', body: { ...base, temperature: 5 }, code: 'value_out_of_range', param: 'temperature', message: /Expected a value <= 2, but got 5/ },
  { name: 'temperature is a string', body: { ...base, temperature: 'hot' }, code: 'invalid_type', param: 'temperature' },
  { name: 'tool_choice unknown string', body: { ...base, tool_choice: 'sometimes' }, code: 'invalid_value', param: 'tool_choice', message: /'auto', 'none', and 'required'/, verbatim: true },
  { name: 'stream not boolean', body: { ...base, stream: 'yes' }, code: 'invalid_type', param: 'stream' },
  { name: 'metadata value too long', body: { ...base, metadata: { k: 'x'.repeat(513) } }, code: 'string_above_max_length', param: 'metadata.k' },
  {
    name: 'metadata too many keys', body: { ...base, metadata: Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`k${i}`, 'v'])) }, code: 'object_above_max_properties', param: 'metadata',
    message: /^Invalid 'metadata': too many properties\. Expected an object with at most 16 properties, but got an object with 17 properties instead\.$/,
  },
  {
    name: 'metadata key too long', body: { ...base, metadata: { ['x'.repeat(65)]: 'v' } }, code: 'string_above_max_length', param: `metadata.${'x'.repeat(65)}`,
    message: /^Invalid property name in 'metadata': 'x{65}' is too long\. Expected a string with maximum length 64, but got a string with length 65 instead\.$/,
  },
  { name: 'OpenRouter store true', body: { ...base, store: true }, code: 'store_not_supported', param: 'store' },
  { name: 'OpenRouter store null', body: { ...base, store: null }, code: 'store_not_supported', param: 'store' },
  { name: 'OpenRouter previous_response_id', body: { ...base, previous_response_id: 'resp_1' }, code: 'previous_response_not_supported', param: 'previous_response_id' },
  { name: 'role tool', body: { ...base, input: [{ role: 'tool', content: 'x' }] }, code: 'invalid_value', param: 'input[0].role', message: /^Invalid value: 'tool'\. Supported values are: 'assistant', 'system', 'developer', and 'user'\.$/, verbatim: true },
  { name: 'reasoning summary', body: { ...base, reasoning: { summary: 'brief' } }, code: 'invalid_value', param: 'reasoning.summary', message: /^Invalid value: 'brief'\. Supported values are: 'concise', 'detailed', and 'auto'\.$/, verbatim: true },
  { name: 'item without type or role', body: { ...base, input: [{ content: 'x' }] }, code: 'missing_required_parameter', param: 'input[0].role' },
  { name: 'unknown item type', body: { ...base, input: [{ type: 'tool_result', content: 'x' }] }, code: 'invalid_value', param: 'input[0].type', verbatim: true },
  {
    name: 'unknown content part', body: { ...base, input: [{ role: 'user', content: [{ type: 'image_url', image_url: 'x' }] }] }, code: 'invalid_value', param: 'input[0].content[0]', verbatim: true,
    message: /^Invalid value: 'image_url'\. Supported values are: 'input_text', 'input_image', 'output_text', 'refusal', 'input_file', 'computer_screenshot', 'summary_text', and 'encrypted_content'\.$/,
  },
  {
    name: 'unknown tool output part', body: { ...base, tools: [weatherTool], input: [user, call, { ...output, output: [{ type: 'text', text: 'x' }] }] }, code: 'invalid_value', param: 'input[2].output[0]', verbatim: true,
    message: /^Invalid value: 'text'\. Supported values are: 'input_text', 'input_image', 'input_file', and 'scoped_content'\.$/,
  },
  { name: 'input_text without text', body: { ...base, input: [{ role: 'user', content: [{ type: 'input_text' }] }] }, code: 'missing_required_parameter', param: 'input[0].content[0].text' },
  { name: 'function_call without call_id', body: { ...base, tools: [weatherTool], input: [user, { ...call, call_id: undefined }] }, code: 'missing_required_parameter', param: 'input[1].call_id', message: /Missing required parameter: 'input\[1\]\.call_id'/ },
  { name: 'function_call arguments not a string', body: { ...base, tools: [weatherTool], input: [user, { ...call, arguments: { city: 'Paris' } }] }, code: 'invalid_type', param: 'input[1].arguments' },
  { name: 'output is an object', body: { ...base, tools: [weatherTool], input: [user, call, { ...output, output: { temp: 1 } }] }, code: 'invalid_type', param: 'input[2].output', message: /expected one of a string or an array of objects, but got an object/ },
  { name: 'reasoning without summary', body: { ...base, input: [{ type: 'reasoning', id: 'rs_1' }] }, code: 'missing_required_parameter', param: 'input[0].summary' },
  { name: 'chat-style tool', body: { ...base, tools: [{ type: 'function', function: { name: 'f', parameters: {} } }] }, code: 'missing_required_parameter', param: 'tools[0].name', message: /Missing required parameter: 'tools\[0\]\.name'/ },
  { name: 'tool without type', body: { ...base, tools: [{ name: 'f' }] }, code: 'missing_required_parameter', param: 'tools[0].type' },
  { name: 'unknown tool type', body: { ...base, tools: [{ type: 'retrieval' }] }, code: 'invalid_value', param: 'tools[0].type', verbatim: true },
  { name: 'tool name with a space', body: { ...base, tools: [{ ...weatherTool, name: 'get weather' }] }, code: 'invalid_value', param: 'tools[0].name', message: /does not match pattern/ },
  { name: 'tool name of 70 characters', body: { ...base, tools: [{ ...weatherTool, name: 'a'.repeat(70) }] }, code: 'string_above_max_length', param: 'tools[0].name', message: /maximum length 64, but got a string with length 70/ },
  {
    name: 'strict tool without additionalProperties',
    body: { ...base, tools: [{ type: 'function', name: 'f', strict: true, parameters: { type: 'object', properties: { x: { type: 'string' } }, required: ['x'] } }] },
    code: 'invalid_function_parameters', param: 'tools[0].parameters',
    message: /^Invalid schema for function 'f': In context=\(\), 'additionalProperties' is required to be supplied and to be false\.$/, verbatim: true,
  },
  {
    name: 'strict tool with an optional key',
    body: { ...base, tools: [{ type: 'function', name: 'f', strict: true, parameters: { type: 'object', properties: { x: { type: 'string' }, y: { type: 'string' } }, required: ['x'], additionalProperties: false } }] },
    code: 'invalid_function_parameters', param: 'tools[0].parameters', message: /Missing 'y'\.$/, verbatim: true,
  },
  {
    name: 'strict tool with an extra required key',
    body: { ...base, tools: [{ type: 'function', name: 'f', strict: true, parameters: { type: 'object', properties: { x: { type: 'string' } }, required: ['x', 'k'], additionalProperties: false } }] },
    code: 'invalid_function_parameters', param: 'tools[0].parameters', message: /Extra required key 'k' supplied\./, verbatim: true,
  },
  {
    name: 'strict tool with a loose nested object',
    body: { ...base, tools: [{ type: 'function', name: 'f', strict: true, parameters: { type: 'object', properties: { meta: { type: 'object', properties: {} } }, required: ['meta'], additionalProperties: false } }] },
    code: 'invalid_function_parameters', param: 'tools[0].parameters', message: /In context=\('properties', 'meta'\), 'additionalProperties'/, verbatim: true,
  },
  { name: 'forced tool not defined', body: { ...base, tools: [weatherTool], tool_choice: { type: 'function', name: 'get_time' } }, code: 'tool_choice_not_found', param: 'tool_choice', message: /'tool_choice\.name' is 'get_time', but tools define only 'get_weather'/ },
  { name: 'chat-style tool_choice', body: { ...base, tools: [weatherTool], tool_choice: { type: 'function', function: { name: 'get_weather' } } }, code: 'missing_required_parameter', param: 'tool_choice.name' },
  { name: 'allowed_tools names an unknown tool', body: { ...base, tools: [weatherTool], tool_choice: { type: 'allowed_tools', mode: 'auto', tools: [{ type: 'function', name: 'nope' }] } }, code: 'tool_choice_not_found', param: 'tool_choice.tools[0].name' },
  { name: 'required without tools', body: { ...base, tool_choice: 'required' }, code: 'invalid_value', param: 'tool_choice' },
  { name: 'hosted tool_choice without the tool', body: { ...base, tool_choice: { type: 'web_search_preview' } }, code: 'tool_choice_not_found', param: 'tool_choice' },
  // OpenRouter strict history (the seed's rules)
  { name: 'output without id', body: { ...base, tools: [weatherTool], input: [user, call, { ...output, id: undefined }] }, code: 'history_missing_id', param: 'input[2].id', message: /^Missing required parameter: 'input\[2\]\.id'\. A function_call_output in conversation history needs an 'id'.*x-mock-strictness: lenient/ },
  { name: 'output with empty id', body: { ...base, tools: [weatherTool], input: [user, call, { ...output, id: '' }] }, code: 'history_missing_id', param: 'input[2].id' },
  { name: 'call without id', body: { ...base, tools: [weatherTool], input: [user, { ...call, id: undefined }, output] }, code: 'history_missing_id', param: 'input[1].id' },
  { name: 'call to an undefined tool', body: { ...base, tools: [weatherTool], input: [user, { ...call, name: 'get_time' }, output] }, code: 'history_unknown_tool', param: 'input[1].name', message: /'get_time' matches no function in 'tools'/ },
  { name: 'call with invalid JSON arguments', body: { ...base, tools: [weatherTool], input: [user, { ...call, arguments: '{city:' }, output] }, code: 'history_invalid_arguments', param: 'input[1].arguments' },
  { name: 'call with empty arguments', body: { ...base, tools: [weatherTool], input: [user, { ...call, arguments: '' }, output] }, code: 'history_invalid_arguments', param: 'input[1].arguments', message: /empty string/ },
  { name: 'orphan output', body: { ...base, tools: [weatherTool], input: [user, { ...output, call_id: 'call_X' }] }, code: 'orphan_function_call_output', param: 'input[1].call_id', message: /No tool call found for function call output with call_id call_X/ },
  { name: 'output before its call', body: { ...base, tools: [weatherTool], input: [user, output, call] }, code: 'orphan_function_call_output', param: 'input[1].call_id' },
  { name: 'duplicate ids', body: { ...base, tools: [weatherTool], input: [user, call, { ...output, id: 'fc_1' }] }, code: 'duplicate_item_id', param: 'input', message: /^Duplicate item found with id fc_1\. Remove duplicate items from your input and try again\. \('input\[2\]\.id' repeats 'input\[1\]\.id'\)$/ },
  // OpenRouter lenient still needs call_id and output
  { name: 'lenient: output without output', context: lenient, body: { ...base, input: [{ type: 'function_call_output', call_id: 'c' }] }, code: 'missing_required_parameter', param: 'input[0].output' },
  // OpenAI rules
  { name: 'OpenAI: call id without fc prefix', context: openai, body: { ...base, tools: [weatherTool], input: [user, { ...call, id: 'call_x' }, output] }, code: 'invalid_item_id', param: 'input[1].id', message: /Expected an ID that begins with 'fc'/ },
  {
    name: 'OpenAI: an item id of 67 characters', context: openai, body: { ...base, input: [{ type: 'message', role: 'user', id: `msg_${'a'.repeat(63)}`, content: 'hi' }] },
    code: 'string_above_max_length', param: 'input[0].id', message: /^Invalid 'input\[0\]\.id': string too long\. Expected a string with maximum length 64, but got a string with length 67 instead\.$/,
  },
  {
    name: 'OpenAI: a call_id of 67 characters', context: openai, body: { ...base, tools: [weatherTool], input: [user, { ...call, call_id: `call_${'x'.repeat(62)}` }, { ...output, call_id: `call_${'x'.repeat(62)}` }] },
    code: 'string_above_max_length', param: 'input[1].call_id', message: /^Invalid 'input\[1\]\.call_id': string too long\. Expected a string with maximum length 64, but got a string with length 67 instead\.$/,
  },
  {
    name: 'OpenAI: a previous_response_id with a space', context: openai, body: { ...base, previous_response_id: 'resp 1!' },
    code: 'invalid_value', param: 'previous_response_id',
    message: /^Invalid 'previous_response_id': 'resp 1!'\. Expected an ID that contains letters, numbers, underscores, or dashes, but this value contained additional characters\.$/,
  },
  {
    name: 'OpenAI: max_output_tokens below 16', context: openai, body: { ...base, max_output_tokens: 10 },
    code: 'value_out_of_range', param: 'max_output_tokens', message: /^Invalid 'max_output_tokens': integer below minimum value\. Expected a value >= 16, but got 10 instead\.$/,
  },
  {
    name: 'OpenAI: 129 tools', context: openai, body: { ...base, tools: Array.from({ length: 129 }, (_, i) => ({ ...weatherTool, name: `tool_${i}` })) },
    code: 'array_above_max_length', param: 'tools', message: /^Invalid 'tools': array too long\. Expected an array with maximum length 128, but got an array with length 129 instead\.$/,
  },
  {
    name: 'OpenAI: message id of another provider', context: openai, body: { ...base, input: [user, { type: 'message', role: 'assistant', id: 'item_66935b8a', content: [{ type: 'output_text', text: 'Hi' }] }, user] },
    code: 'invalid_item_id', param: 'input[1].id', message: /^Invalid 'input\[1\]\.id': 'item_66935b8a'\. Expected an ID that begins with 'msg'\.$/,
  },
  {
    name: 'OpenAI: reasoning id of another provider', context: openai, body: { ...base, input: [user, { type: 'reasoning', id: 'item_9c5b9896', summary: [] }, { type: 'message', role: 'assistant', content: 'Hi' }] },
    code: 'invalid_item_id', param: 'input[1].id', message: /^Invalid 'input\[1\]\.id': 'item_9c5b9896'\. Expected an ID that begins with 'rs'\.$/,
  },
  { name: 'OpenAI: call without output', context: openai, body: { ...base, tools: [weatherTool], input: [user, call] }, code: 'function_call_without_output', param: 'input[1].call_id', message: /No tool output found for function call call_1/ },
  { name: 'OpenAI: orphan output', context: openai, body: { ...base, tools: [weatherTool], input: [user, { ...output, call_id: 'call_9' }] }, code: 'orphan_function_call_output', param: 'input[1].call_id' },
  { name: 'OpenAI: unknown previous_response_id', context: openai, body: { ...base, previous_response_id: 'resp_404' }, code: 'previous_response_not_found', param: 'previous_response_id' },
  { name: 'OpenAI: unknown item_reference', context: openai, body: { ...base, input: [{ type: 'item_reference', id: 'msg_404' }] }, code: 'item_reference_not_found', param: 'input[0].id' },
];

t.test('invalid requests are rejected with the right code, path and message', async (t) => {
  for (const c of invalid) {
    const result = prepareRequest(c.body, c.context ?? openrouter);
    if (result.ok) {
      t.fail(`${c.name}: accepted`);
      continue;
    }
    t.equal(result.error.code, c.code, `${c.name}: code`);
    t.equal(result.error.param, c.param, `${c.name}: param`);
    if (c.message) t.match(result.error.message, c.message, `${c.name}: message`);
    // A message the real API words without the path (its param names it) is kept verbatim.
    if (c.param && !c.verbatim) t.ok(result.error.message.includes(c.param.split('.')[0]!), `${c.name}: message names the path`);
  }
});

interface ValidCase {
  name: string;
  body: unknown;
  context?: Context;
}

const valid: ValidCase[] = [
  { name: 'a string input', body: base },
  { name: 'unknown top-level fields are ignored', body: { ...base, client_metadata: { a: 1 }, foo: 'bar' } },
  { name: 'store false on OpenRouter', body: { ...base, store: false, previous_response_id: null } },
  { name: 'a full strict loop', body: { ...base, tools: [weatherTool], input: [user, call, output] } },
  { name: 'lenient: no ids, orphan output, unknown tool', context: lenient, body: { ...base, tools: [weatherTool], input: [user, { ...call, id: undefined, name: 'nope', arguments: '' }, { type: 'function_call_output', call_id: 'other', output: 'x' }] } },
  { name: 'OpenAI: no ids at all (agents, Vercel)', context: openai, body: { ...base, tools: [weatherTool], input: [user, { ...call, id: undefined }, { ...output, id: undefined }] } },
  { name: 'OpenAI: max_output_tokens of 16', context: openai, body: { ...base, max_output_tokens: 16 } },
  { name: 'OpenRouter: max_output_tokens of 10', body: { ...base, max_output_tokens: 10 } },
  { name: 'OpenAI: 128 tools', context: openai, body: { ...base, tools: Array.from({ length: 128 }, (_, i) => ({ ...weatherTool, name: `tool_${i}` })) } },
  { name: 'OpenRouter: 129 tools', body: { ...base, tools: Array.from({ length: 129 }, (_, i) => ({ ...weatherTool, name: `tool_${i}` })) } },
  {
    name: 'OpenAI lenient: ids of another provider', context: { rules: openAIProfile.rules('lenient'), history: EMPTY_HISTORY },
    body: { ...base, input: [user, { type: 'message', role: 'assistant', id: 'item_1', content: 'Hi' }, user] },
  },
  { name: 'namespace tools and a namespaced call', body: { ...base, tools: [{ type: 'namespace', name: 'crm', description: 'd', tools: [{ type: 'function', name: 'lookup', parameters: { type: 'object', properties: {} } }] }], input: [user, { ...call, name: 'lookup', namespace: 'crm' }, output] } },
  { name: 'hosted tools are accepted', body: { ...base, tools: [{ type: 'web_search_preview' }, weatherTool], tool_choice: { type: 'web_search_preview' } } },
  { name: 'strict tool that obeys strict mode', body: { ...base, tools: [{ ...weatherTool, strict: true }] } },
  { name: 'tool without parameters', body: { ...base, tools: [{ type: 'function', name: 'ping' }] } },
  { name: 'allowed_tools subset', body: { ...base, tools: [weatherTool, timeTool], tool_choice: { type: 'allowed_tools', mode: 'required', tools: [{ type: 'function', name: 'get_time' }] } } },
  { name: 'content parts of every kind', body: { ...base, input: [{ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'a' }, { type: 'input_image', image_url: 'https://x/y.png' }, { type: 'input_file', file_id: 'f' }] }, { type: 'message', role: 'assistant', id: 'msg_1', status: 'completed', content: [{ type: 'output_text', text: 'b' }] }] } },
];

t.test('valid requests pass', async (t) => {
  for (const c of valid) {
    const result = prepareRequest(c.body, c.context ?? openrouter);
    t.ok(result.ok, `${c.name}${result.ok ? '' : `: ${result.error.message}`}`);
  }
});

t.test('the policy follows tool_choice and parallel_tool_calls', async (t) => {
  const prepared = (extra: object) => {
    const result = prepareRequest({ ...base, tools: [weatherTool, timeTool], ...extra }, openrouter);
    if (!result.ok) throw new Error(result.error.message);
    return result.value.policy;
  };
  t.equal(prepared({}).mode, 'auto');
  t.equal(prepared({}).parallel, true);
  t.equal(prepared({ parallel_tool_calls: false }).parallel, false);
  t.equal(prepared({ tool_choice: 'none' }).mode, 'none');
  t.equal(prepared({ tool_choice: 'required' }).allowed.length, 2);
  const forced = prepared({ tool_choice: { type: 'function', name: 'get_time' } });
  t.equal(forced.mode, 'required');
  t.equal(forced.forced?.name, 'get_time');
  t.same(prepared({ tool_choice: { type: 'allowed_tools', mode: 'auto', tools: [{ type: 'function', name: 'get_time' }] } }).allowed.map((tool) => tool.name), ['get_time']);
});

t.test('deeply nested bodies are refused before any recursion', async (t) => {
  let nested: unknown = 'x';
  for (let i = 0; i < 5000; i += 1) nested = [nested];
  const result = prepareRequest({ ...base, metadata: nested }, openrouter);
  t.match(result.ok ? 'accepted' : result.error, { code: 'too_deeply_nested', param: 'metadata', message: /^Invalid 'metadata': the request body is nested more than 128 levels deep there\.$/ });
  let limit: unknown = 'x';
  for (let i = 0; i < 127; i += 1) limit = [limit];
  t.equal(fieldNestedTooDeep({ a: limit }), null, '128 levels: accepted');
  t.equal(fieldNestedTooDeep({ a: 1, b: [limit] }), 'b', '129 levels: the field named');
});
