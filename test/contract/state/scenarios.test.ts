// Every shipped scenario, through the official openai SDK on a real port. A scenario added to fixtures/
// without a case here fails the first test.
import t, { type Test } from 'tap';
import OpenAI from 'openai';
import { zodTextFormat } from 'openai/helpers/zod';
import type { ResponseCustomToolCall, ResponseFunctionToolCall, ResponseInputItem, Tool } from 'openai/resources/responses/responses';
import { z } from 'zod';
import { loadFixtures } from '../../../src/scenarios/load.js';
import { SHIPPED_FIXTURES } from '../../../src/runtime.js';
import { listen } from '../../helpers/server.js';

const fn = (name: string, properties: Record<string, object>): Tool => ({
  type: 'function', name, description: name.replace(/_/g, ' '), strict: false,
  parameters: { type: 'object', properties, required: Object.keys(properties) },
});
const weather = fn('get_weather', { location: { type: 'string' } });

type Client = OpenAI;
type Case = (t: Test, client: Client) => Promise<void>;

const calls = (response: OpenAI.Responses.Response) => response.output.filter((item): item is ResponseFunctionToolCall => item.type === 'function_call');
const outputsFor = (list: ResponseFunctionToolCall[], output: string): ResponseInputItem[] => list.flatMap((call) => [
  { type: 'function_call', id: call.id, call_id: call.call_id, name: call.name, arguments: call.arguments },
  { type: 'function_call_output', id: `out_${call.call_id}`, call_id: call.call_id, output },
] as ResponseInputItem[]);

const CASES: Record<string, Case> = {
  'basic-tool-call': async (t, client) => {
    const first = await client.responses.create({ model: 'gpt-4o', input: 'What is the weather in San Francisco?', tools: [weather] });
    t.same(calls(first).map((c) => [c.name, JSON.parse(c.arguments)]), [['get_weather', { location: 'San Francisco, CA' }]]);
    const second = await client.responses.create({ model: 'gpt-4o', tools: [weather], input: [{ role: 'user', content: 'What is the weather in San Francisco?' }, ...outputsFor(calls(first), '72F sunny')] });
    t.equal(second.output_text, 'The weather in San Francisco is 72°F and sunny.');
  },
  'forced-tool': async (t, client) => {
    const response = await client.responses.create({ model: 'gpt-4o', input: 'Weather in Lisbon please', tools: [weather], tool_choice: { type: 'function', name: 'get_weather' } });
    t.same(calls(response).map((c) => JSON.parse(c.arguments)), [{ location: 'Lisbon' }], 'arguments generated from the schema and the prompt');
  },
  'tools-disabled': async (t, client) => {
    const response = await client.responses.create({ model: 'gpt-4o', input: 'Weather in Paris?', tools: [weather], tool_choice: 'none' });
    t.same(calls(response), []);
    t.match(response.output_text, /Paris is usually mild/);
  },
  'multiple-tools': async (t, client) => {
    const tools = [fn('search_products', { query: { type: 'string' }, max_results: { type: 'integer' } }), fn('get_product_details', { product_id: { type: 'string' } })];
    const input: ResponseInputItem[] = [{ role: 'user', content: 'Find me wireless headphones' }];
    const first = await client.responses.create({ model: 'gpt-4o', input, tools });
    t.equal(calls(first)[0]?.name, 'search_products');
    input.push(...outputsFor(calls(first), '[{"id":"prod_123"}]'));
    const second = await client.responses.create({ model: 'gpt-4o', input, tools });
    t.same(calls(second).map((c) => [c.name, c.arguments]), [['get_product_details', '{"product_id":"prod_123"}']]);
    input.push(...outputsFor(calls(second), '{"name":"Acme","price":99}'));
    const third = await client.responses.create({ model: 'gpt-4o', input, tools });
    t.match(third.output_text, /Acme Wireless Headphones at \$99/);
  },
  'parallel-calls': async (t, client) => {
    const first = await client.responses.create({ model: 'gpt-4o', input: 'Weather in Paris and London?', tools: [weather] });
    const list = calls(first);
    t.same(list.map((c) => JSON.parse(c.arguments).location), ['Paris', 'London']);
    t.not(list[0]!.call_id, list[1]!.call_id, 'distinct call ids');
    t.not(list[0]!.id, list[1]!.id, 'distinct item ids');
    const second = await client.responses.create({ model: 'gpt-4o', tools: [weather], input: [{ role: 'user', content: 'Weather in Paris and London?' }, ...outputsFor(list, '{"ok":true}')] });
    t.match(second.output_text, /Paris is 18°C.*London is 14°C/);
  },
  'tool-conversation': async (t, client) => {
    const input: ResponseInputItem[] = [{ role: 'user', content: 'Weather in Tokyo?' }];
    const first = await client.responses.create({ model: 'gpt-4o', input, tools: [weather] });
    input.push(...outputsFor(calls(first), '22C clear'));
    const second = await client.responses.create({ model: 'gpt-4o', input, tools: [weather] });
    t.equal(second.output_text, 'It is 22°C and clear in Tokyo.');
    input.push({ role: 'assistant', content: second.output_text }, { role: 'user', content: 'Do I need an umbrella?' });
    const third = await client.responses.create({ model: 'gpt-4o', input, tools: [weather] });
    t.equal(third.output_text, 'No umbrella needed today.');
  },
  'streaming-tool-call': async (t, client) => {
    const stream = client.responses.stream({ model: 'gpt-4o', input: 'Weather in Berlin?', tools: [weather] });
    let deltas = 0;
    stream.on('response.function_call_arguments.delta', () => { deltas += 1; });
    const final = await stream.finalResponse();
    t.same(calls(final).map((c) => JSON.parse(c.arguments)), [{ location: 'Berlin', unit: 'celsius' }]);
    t.ok(deltas >= 8, `arguments arrive in 4-character deltas (${deltas})`);
  },
  'validation-failures': async (t, client) => {
    const malformed = await client.responses.create({ model: 'gpt-4o', input: 'Weather?', tools: [weather] });
    t.throws(() => JSON.parse(calls(malformed)[0]!.arguments), 'the arguments are not valid JSON');
    const unknown = await client.responses.create({ model: 'gpt-4o', input: 'Weather?', tools: [weather] });
    t.equal(calls(unknown)[0]!.name, 'delete_everything', 'a call to a tool that was never offered');
  },
  'structured-output-loop': async (t, client) => {
    const text = { format: zodTextFormat(z.object({ city: z.string(), temperature: z.number(), conditions: z.string() }), 'weather') };
    const tools = [fn('get_weather', { city: { type: 'string' } })];
    const first = await client.responses.parse({ model: 'gpt-4o', input: 'Weather in Paris?', tools, text });
    t.same(calls(first).map((c) => [c.name, c.arguments]), [['get_weather', '{"city":"Paris"}']], 'the call first');
    const second = await client.responses.parse({ model: 'gpt-4o', tools, text, input: [{ role: 'user', content: 'Weather in Paris?' }, ...outputsFor(calls(first), '21C sunny')] });
    t.same(second.output_parsed, { city: 'Paris', temperature: 21, conditions: 'sunny' }, 'then the parsed document');
  },
  'structured-refusal': async (t, client) => {
    const text = { format: zodTextFormat(z.object({ answer: z.string() }), 'answer') };
    const parsed = await client.responses.parse({ model: 'gpt-4o', input: 'Tell me a secret.', text });
    t.equal(parsed.output_parsed, null, 'nothing parsed');
    t.match(parsed.output[0], { type: 'message', content: [{ type: 'refusal', refusal: /can't help/ }] });
  },
  'apply-patch-loop': async (t, client) => {
    const applyPatch: Tool = { type: 'custom', name: 'apply_patch', description: 'Use the `apply_patch` tool to edit files.', format: { type: 'grammar', syntax: 'lark', definition: 'start: begin_patch hunk+ end_patch\nbegin_patch: "*** Begin Patch" LF\nend_patch: "*** End Patch" LF?\n%import common.LF\n' } };
    const input: ResponseInputItem[] = [{ role: 'user', content: 'Create hello.txt' }];
    const first = await client.responses.stream({ model: 'gpt-5-codex', input, tools: [applyPatch], reasoning: { summary: 'auto' } }).finalResponse();
    t.match(first.output[0], { type: 'reasoning', summary: [{ text: /Creating the file/ }] }, 'a reasoning summary first');
    const call = first.output.find((item): item is ResponseCustomToolCall => item.type === 'custom_tool_call');
    t.equal(call?.input, '*** Begin Patch\n*** Add File: hello.txt\n+Hello, world!\n*** End Patch\n', 'then the patch');
    // A stored call goes back with the reasoning it followed, as OpenAI requires.
    input.push(first.output[0] as ResponseInputItem, { type: 'custom_tool_call', id: call!.id, call_id: call!.call_id, name: 'apply_patch', input: call!.input }, { type: 'custom_tool_call_output', call_id: call!.call_id, output: 'Success. Updated the following files:\nA hello.txt' });
    const second = await client.responses.create({ model: 'gpt-5-codex', input, tools: [applyPatch] });
    t.equal(second.output_text, 'Created hello.txt.');
  },
  'codex-session': async (t, client) => {
    const exec = fn('exec_command', { cmd: { type: 'string' } });
    const applyPatch: Tool = { type: 'custom', name: 'apply_patch', description: 'Edit files.' };
    const tools = [exec, applyPatch];
    const input: ResponseInputItem[] = [{ role: 'user', content: 'Say hello and add hello.txt.' }];
    const first = await client.responses.stream({ model: 'gpt-5.5', input, tools, store: false, reasoning: { summary: 'auto' } }).finalResponse();
    t.match(first.output[0], { type: 'reasoning', summary: [{ text: /Running a command/ }] });
    t.same(calls(first).map((c) => JSON.parse(c.arguments)), [{ cmd: 'echo hello from the mock' }], 'first the echo');
    input.push(...outputsFor(calls(first), 'hello from the mock\n'));
    const second = await client.responses.create({ model: 'gpt-5.5', input, tools });
    const patch = second.output.find((item): item is ResponseCustomToolCall => item.type === 'custom_tool_call');
    t.match(patch?.input, /^\*\*\* Begin Patch\n\*\*\* Add File: hello\.txt\n/, 'then the patch');
    const reasoned = second.output.filter((item) => item.type === 'reasoning') as ResponseInputItem[];
    input.push(...reasoned, { type: 'custom_tool_call', id: patch!.id, call_id: patch!.call_id, name: 'apply_patch', input: patch!.input }, { type: 'custom_tool_call_output', call_id: patch!.call_id, output: 'Success.' });
    t.equal((await client.responses.create({ model: 'gpt-5.5', input, tools })).output_text, 'I ran `echo hello from the mock` and created hello.txt.');
  },
  'hosted-tools': async (t, client) => {
    const tools: Tool[] = [{ type: 'file_search', vector_store_ids: ['vs_handbook'] }, { type: 'code_interpreter', container: { type: 'auto' } }, { type: 'apply_patch' }];
    const input: ResponseInputItem[] = [{ role: 'user', content: 'How many refunds were there, and is that within policy?' }];
    const first = await client.responses.create({ model: 'gpt-4.1', input, tools });
    t.same(first.output.map((item) => item.type), ['file_search_call', 'code_interpreter_call', 'message'], 'the search and the run before the answer');
    t.match(first.output[1], { type: 'code_interpreter_call', code: /df\.to_csv\("\/mnt\/data\/refunds\.csv"/ });
    t.match(first.output_text, /the handbook's 30 days\. I saved it as a file: \[Download refunds\.csv\]\(sandbox:\/mnt\/data\/refunds\.csv\)$/);
    t.match((first.output[2] as OpenAI.Responses.ResponseOutputMessage).content[0], { annotations: [{ type: 'file_citation', file_id: 'file-handbook' }, { type: 'container_file_citation', filename: 'refunds.csv' }] });
    input.push(...first.output as ResponseInputItem[], { role: 'user', content: 'Write that to notes.md' });
    const second = await client.responses.create({ model: 'gpt-4.1', input, tools });
    const call = second.output.at(-1) as OpenAI.Responses.ResponseApplyPatchToolCall;
    t.match(call, { type: 'apply_patch_call', call_id: 'call_refunds_summary', operation: { type: 'create_file', path: 'notes.md', diff: /^\+# Refunds\n/ } }, 'the response ends with the call');
    input.push(...second.output as ResponseInputItem[], { type: 'apply_patch_call_output', call_id: call.call_id, status: 'completed' });
    t.equal((await client.responses.create({ model: 'gpt-4.1', input, tools })).output_text, 'Created notes.md.');
  },
  'rate-limited-then-ok': async (t, client) => {
    const started = Date.now();
    const response = await client.responses.create({ model: 'gpt-4o', input: 'hello' });
    t.equal(response.status, 'completed', 'the SDK retried after the 429');
    t.ok(Date.now() - started >= 900, 'and honoured retry-after');
  },
  'server-error-then-ok': async (t, client) => {
    t.equal((await client.responses.create({ model: 'gpt-4o', input: 'hello' })).status, 'completed', 'the SDK retried after the 500');
  },
  'server-error': async (t, client) => {
    const error: unknown = await client.withOptions({ maxRetries: 1 }).responses.create({ model: 'gpt-4o', input: 'hello' }).catch((e: unknown) => e);
    t.type(error, OpenAI.InternalServerError, 'a 500 after the retries ran out');
  },
  'stream-cut': async (t, client) => {
    const stream = client.responses.stream({ model: 'gpt-4o', input: 'hello' });
    let text = '';
    stream.on('response.output_text.delta', (event) => { text += event.delta; });
    await t.rejects(stream.finalResponse(), 'the dropped connection surfaces as an error');
    t.ok(text.length > 0, `some text arrived first (${JSON.stringify(text)})`);
  },
  'response-failed': async (t, client) => {
    const json = await client.responses.create({ model: 'gpt-4o', input: 'hello' });
    t.match(json, { status: 'failed', error: { code: 'server_error' } });
    const error: unknown = await client.responses.stream({ model: 'gpt-4o', input: 'hello' }).finalResponse().catch((e: unknown) => e);
    t.type(error, OpenAI.APIError, 'streams reject on the error event');
  },
  'response-incomplete': async (t, client) => {
    const json = await client.responses.create({ model: 'gpt-4o', input: 'hello' });
    t.match(json, { status: 'incomplete', incomplete_details: { reason: 'max_output_tokens' } });
    const streamed = await client.responses.stream({ model: 'gpt-4o', input: 'hello' }).finalResponse();
    t.equal(streamed.status, 'incomplete');
  },
};

t.test('every shipped scenario has a case', async (t) => {
  const loaded = loadFixtures(SHIPPED_FIXTURES);
  t.ok(loaded.ok);
  if (loaded.ok) t.same([...loaded.scenarios.keys()].sort(), Object.keys(CASES).sort());
});

t.test('each shipped scenario through the openai SDK', async (t) => {
  const server = await listen(t);
  for (const [name, run] of Object.entries(CASES)) {
    const client = new OpenAI({ apiKey: 'test', baseURL: server.openaiBaseURL, maxRetries: 2, defaultHeaders: { 'x-mock-scenario': name, 'x-mock-session': name } });
    await t.test(name, (t) => run(t, client));
  }
});
