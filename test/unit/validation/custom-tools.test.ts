// Custom (freeform) tools through validation: the tool itself, tool_choice forms naming it, and replayed
// custom_tool_call / custom_tool_call_output items (pairing both ways and the ctc prefix on OpenAI, ids on
// OpenRouter's strict path), with the real API's message texts.
import t from 'tap';
import { prepareRequest } from '../../../src/domain/validation/prepare.js';
import { openAIProfile, openRouterProfile } from '../../../src/providers/index.js';
import { EMPTY_HISTORY } from '../../../src/state/responses/response-store.js';
import { weatherTool } from '../../helpers/app.js';

const openrouter = { rules: openRouterProfile.rules('strict'), history: EMPTY_HISTORY };
const lenient = { rules: openRouterProfile.rules('lenient'), history: EMPTY_HISTORY };
const openai = { rules: openAIProfile.rules('strict'), history: EMPTY_HISTORY };

const patchTool = { type: 'custom', name: 'apply_patch', description: 'Edit files.', format: { type: 'grammar', syntax: 'lark', definition: 'start: "x"' } };
const base = { model: 'gpt-4o-mini', input: 'hi', tools: [patchTool] };
const user = { role: 'user', content: 'edit it' };
const call = { type: 'custom_tool_call', id: 'ctc_1', call_id: 'call_1', name: 'apply_patch', input: '*** Begin Patch' };
const output = { type: 'custom_tool_call_output', id: 'ctco_1', call_id: 'call_1', output: 'Done.' };

const invalid = [
  { name: 'custom tool without name', body: { ...base, tools: [{ type: 'custom' }] }, param: 'tools[0].name', message: /^Missing required parameter: 'tools\[0\]\.name'\.$/ },
  { name: 'unknown format type', body: { ...base, tools: [{ ...patchTool, format: { type: 'json' } }] }, param: 'tools[0].format.type', message: /'text' and 'grammar'/ },
  { name: 'grammar without definition', body: { ...base, tools: [{ ...patchTool, format: { type: 'grammar', syntax: 'lark' } }] }, param: 'tools[0].format.definition' },
  { name: 'unknown grammar syntax', body: { ...base, tools: [{ ...patchTool, format: { type: 'grammar', syntax: 'ebnf', definition: 'x' } }] }, param: 'tools[0].format.syntax', message: /'lark' and 'regex'/ },
  { name: 'empty grammar', body: { ...base, tools: [{ ...patchTool, format: { type: 'grammar', syntax: 'regex', definition: ' ' } }] }, param: 'tools[0].format.definition' },
  { name: 'custom name with a space', body: { ...base, tools: [{ ...patchTool, name: 'apply patch' }] }, param: 'tools[0].name', message: /does not match pattern/ },
  { name: 'namespace member of another type', body: { ...base, tools: [{ type: 'namespace', name: 'ns', description: 'd', tools: [{ type: 'web_search' }] }] }, param: 'tools[0].tools[0].type', message: /'function' and 'custom'/ },
  { name: 'forced custom tool not defined', body: { ...base, tool_choice: { type: 'custom', name: 'shell' } }, param: 'tool_choice', message: /^Tool choice 'custom' not found in 'tools' parameter: 'tool_choice.name' is 'shell', but tools define only 'apply_patch'\.$/ },
  { name: 'forced custom names a function', body: { ...base, tools: [weatherTool, patchTool], tool_choice: { type: 'custom', name: 'get_weather' } }, param: 'tool_choice' },
  { name: 'forced function names a custom tool', body: { ...base, tool_choice: { type: 'function', name: 'apply_patch' } }, param: 'tool_choice', message: /tools define no function/ },
  { name: 'allowed_tools lists an unknown custom tool', body: { ...base, tool_choice: { type: 'allowed_tools', mode: 'required', tools: [{ type: 'custom', name: 'x' }] } }, param: 'tool_choice.tools[0].name' },
  { name: 'custom_tool_call without input', body: { ...base, input: [user, { ...call, input: undefined }, output] }, param: 'input[1].input', message: /^Missing required parameter: 'input\[1\]\.input'\.$/ },
  { name: 'custom_tool_call_output without call_id', body: { ...base, input: [user, call, { ...output, call_id: undefined }] }, param: 'input[2].call_id' },
  { name: 'OpenAI: custom call with an fc id', body: { ...base, input: [user, { ...call, id: 'fc_1' }, output] }, param: 'input[1].id', message: /^Invalid 'input\[1\]\.id': 'fc_1'\. Expected an ID that begins with 'ctc'\.$/ },
  { name: 'OpenAI: custom call without output', body: { ...base, input: [user, call] }, param: 'input[1].call_id', message: /^No tool output found for custom tool call call_1: / },
  { name: 'OpenAI: output without custom call', body: { ...base, input: [user, output] }, param: 'input[1].call_id', message: /^No tool call found for custom tool call output with call_id call_1: / },
  { name: 'OpenAI: function output answering a custom call', body: { ...base, input: [user, call, { type: 'function_call_output', call_id: 'call_1', output: 'x' }] }, param: 'input[2].call_id', message: /^No tool call found for function call output/ },
  { name: 'OpenRouter strict: custom call without id', body: { ...base, model: 'openai/gpt-4o-mini', input: [user, { ...call, id: undefined }, output] }, context: openrouter, param: 'input[1].id', message: /A custom_tool_call in conversation history needs an 'id'/ },
  { name: 'OpenRouter strict: output without id', body: { ...base, model: 'openai/gpt-4o-mini', input: [user, call, { ...output, id: undefined }] }, context: openrouter, param: 'input[2].id' },
  { name: 'OpenRouter strict: call to an undefined custom tool', body: { ...base, model: 'openai/gpt-4o-mini', input: [user, { ...call, name: 'shell' }, output] }, context: openrouter, param: 'input[1].name', message: /matches no custom tool/ },
];

for (const c of invalid) {
  t.test(c.name, async (t) => {
    const result = prepareRequest(c.body, c.context ?? openai);
    t.notOk(result.ok, 'rejected');
    if (result.ok) return;
    t.equal(result.error.param, c.param, 'param');
    if (c.message) t.match(result.error.message, c.message, 'message');
    t.ok(result.error.code, 'has a code');
  });
}

t.test('valid custom tools and history', async (t) => {
  const accepted = [
    { name: 'free text format', body: { ...base, tools: [{ type: 'custom', name: 'run' }] } },
    { name: 'text format given', body: { ...base, tools: [{ type: 'custom', name: 'run', format: { type: 'text' } }] } },
    { name: 'regex grammar', body: { ...base, tools: [{ type: 'custom', name: 'date', format: { type: 'grammar', syntax: 'regex', definition: '^\\d{4}$' } }] } },
    { name: 'custom tool inside a namespace', body: { ...base, tools: [{ type: 'namespace', name: 'files', description: 'Files.', tools: [patchTool] }] } },
    { name: 'forced custom tool', body: { ...base, tool_choice: { type: 'custom', name: 'apply_patch' } } },
    { name: 'required with only a custom tool', body: { ...base, tool_choice: 'required' } },
    { name: 'allowed_tools with a custom tool', body: { ...base, tools: [weatherTool, patchTool], tool_choice: { type: 'allowed_tools', mode: 'required', tools: [{ type: 'custom', name: 'apply_patch' }] } } },
    { name: 'a full custom tool loop', body: { ...base, input: [user, call, output] } },
    { name: 'LangChain replays without a server id', body: { ...base, input: [user, { ...call, id: '' }, { ...output, id: undefined }] } },
  ];
  for (const c of accepted) {
    const result = prepareRequest(c.body, openai);
    t.ok(result.ok, `${c.name}${result.ok ? '' : `: ${result.error.message}`}`);
  }
  const forced = prepareRequest({ ...base, tool_choice: { type: 'custom', name: 'apply_patch' } }, openai);
  t.equal(forced.ok && forced.value.policy.forced?.kind, 'custom', 'the forced tool is the custom one');
  const lenientLoop = prepareRequest({ ...base, model: 'openai/gpt-4o-mini', input: [user, { ...call, id: undefined }, { ...output, id: undefined }] }, lenient);
  t.ok(lenientLoop.ok, 'OpenRouter lenient: ids are optional');
});
