// The official openai SDK, unmodified, on a real port: a forced custom tool streamed through
// responses.stream() (its accumulator checks the custom_tool_call_input events against the item), and
// reasoning items round-tripped with store:false + include reasoning.encrypted_content across a tool loop (and
// the SDK's parsed_arguments, which OpenAI refuses in input, left out).
import OpenAI from 'openai';
import type { ResponseInputItem, ResponseReasoningItem } from 'openai/resources/responses/responses';
import t from 'tap';
import { listen } from '../../helpers/server.js';

const applyPatch = { type: 'custom', name: 'apply_patch', description: 'Use the `apply_patch` tool to edit files.' } as const;

t.test('a forced custom tool, streamed, both paths', async (t) => {
  const server = await listen(t);
  for (const [name, baseURL, model] of [['OpenRouter', server.openrouterBaseURL, 'openai/gpt-4o-mini'], ['OpenAI', server.openaiBaseURL, 'gpt-4o-mini']] as const) {
    const client = new OpenAI({ apiKey: 'k', baseURL, maxRetries: 0 });
    const stream = client.responses.stream({ model, input: 'Create notes/todo.md with "ship it"', tools: [applyPatch], tool_choice: { type: 'custom', name: 'apply_patch' }, store: false });
    let input = '';
    stream.on('response.custom_tool_call_input.delta', (event) => (input += event.delta));
    const final = await stream.finalResponse();
    const call = final.output.find((item) => item.type === 'custom_tool_call');
    t.match(call, { name: 'apply_patch', call_id: /^call_/, input: '*** Begin Patch\n*** Add File: notes/todo.md\n+ship it\n*** End Patch' }, `${name}: the call`);
    t.equal(input, call?.type === 'custom_tool_call' && call.input, `${name}: deltas add up`);

    const answer = await client.responses.create({
      model,
      tools: [applyPatch],
      store: false,
      input: [
        { role: 'user', content: 'Create notes/todo.md with "ship it"' },
        { type: 'custom_tool_call', id: call!.id, call_id: call!.type === 'custom_tool_call' ? call!.call_id : '', name: 'apply_patch', input },
        { type: 'custom_tool_call_output', id: 'ctco_1', call_id: call!.type === 'custom_tool_call' ? call!.call_id : '', output: 'Done!' },
      ],
    });
    t.equal(answer.output_text, 'The result of apply patch: Done!', `${name}: the loop ends in text`);
  }
});

t.test('reasoning items round-trip with store:false and encrypted content', async (t) => {
  const server = await listen(t);
  const client = new OpenAI({ apiKey: 'k', baseURL: server.openaiBaseURL, maxRetries: 0 });
  const tools: OpenAI.Responses.Tool[] = [{ type: 'function', name: 'get_weather', description: 'Get the weather', strict: true, parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false } }];
  const request = { model: 'gpt-5-mini', tools, store: false, include: ['reasoning.encrypted_content'] as ['reasoning.encrypted_content'], reasoning: { effort: 'low' as const, summary: 'auto' as const } };
  const history: ResponseInputItem[] = [{ role: 'user', content: 'What is the weather in Paris?' }];
  const first = await client.responses.stream({ ...request, input: history }).finalResponse();
  const reasoning = first.output.find((item): item is ResponseReasoningItem => item.type === 'reasoning');
  t.match(reasoning, { id: /^rs_/, encrypted_content: /^gAAAA/, summary: [{ type: 'summary_text', text: /get_weather/ }] }, 'a reasoning item with a summary and encrypted content');
  const call = first.output.find((item) => item.type === 'function_call');
  t.ok(call, 'then the call');
  const output: ResponseInputItem = { type: 'function_call_output', call_id: call!.type === 'function_call' ? call!.call_id : '', output: '{"temperature":21}' };
  // The SDK's stream helper adds `parsed_arguments` to each call it returns: sent back as is, OpenAI refuses it.
  t.match(call, { parsed_arguments: { city: 'Paris' } }, 'the SDK parsed the strict tool\'s arguments into the call');
  await t.rejects(
    client.responses.create({ ...request, input: [...history, ...(first.output as ResponseInputItem[]), output] }),
    { status: 400, code: 'unknown_parameter', param: 'input[2].parsed_arguments', message: "Unknown parameter: 'input[2].parsed_arguments'." },
    'replayed with the SDK\'s parsed_arguments: refused',
  );
  const replayable = first.output.map((item) => {
    const { parsed_arguments: _parsed, ...rest } = item as typeof item & { parsed_arguments?: unknown };
    return rest as ResponseInputItem;
  });
  history.push(...replayable, output);
  const second = await client.responses.create({ ...request, input: history });
  t.equal(second.status, 'completed', 'the items went back by value and were accepted');
  t.equal(second.output_text, 'The weather in Paris: temperature 21.', 'the answer');
  t.ok((second.usage?.output_tokens_details.reasoning_tokens ?? 0) > 0, 'reasoning tokens counted');

  const edited = history.map((item) => (item.type === 'reasoning' ? { ...item, encrypted_content: 'gAAAAABforged==' } : item));
  await t.rejects(client.responses.create({ ...request, input: edited }), { status: 400, code: 'invalid_encrypted_content' }, 'an edited blob is refused');
  const idOnly = history.map((item) => (item.type === 'reasoning' ? { type: 'reasoning' as const, id: item.id, summary: [] } : item));
  await t.rejects(client.responses.create({ ...request, input: idOnly }), { status: 404, message: /not found/ }, 'by id alone with store off: not found');
});
