// OpenAI's hosted apply_patch tool through real clients, unmodified, on a real port: the openai SDK's
// responses.create (JSON, and a raw stream iterated event by event) gets the call, and the output sent back gets
// text; @openai/agents runs the whole loop (plain and streamed) with an editor that applies each diff with the
// SDK's own applyDiff.
// openai-node 7.59's responses.stream() helper does not know the diff events the real service sends (README).
import { Agent, applyDiff, applyPatchTool, OpenAIResponsesModel, run, setTracingDisabled, type Editor } from '@openai/agents';
import OpenAI from 'openai';
import t from 'tap';
import { listen } from '../../helpers/server.js';

const tools: OpenAI.Responses.Tool[] = [{ type: 'apply_patch' }];
const prompt = 'Create a shopping checklist markdown file with milk, bread, eggs and coffee.';

t.test('openai SDK: create (JSON) gets the call, the output sent back gets text', async (t) => {
  const server = await listen(t, { seed: 5 });
  const client = new OpenAI({ apiKey: 'k', baseURL: server.openaiBaseURL, maxRetries: 0 });
  const first = await client.responses.create({ model: 'gpt-5.1', input: prompt, tools });
  const call = first.output.find((item): item is OpenAI.Responses.ResponseApplyPatchToolCall => item.type === 'apply_patch_call');
  t.ok(call, 'an apply_patch_call');
  t.match(call, { status: 'completed', operation: { type: 'create_file', path: 'shopping-checklist.md' } });
  const operation = call!.operation;
  t.equal(operation.type === 'create_file' ? applyDiff('', operation.diff, 'create') : '', '# Shopping Checklist\n\n- [ ] Milk\n- [ ] Bread\n- [ ] Eggs\n- [ ] Coffee', 'the diff applies as a created file');
  t.equal(first.output_text, '', 'no text beside the call');
  const second = await client.responses.create({
    model: 'gpt-5.1', tools, previous_response_id: first.id,
    input: [{ type: 'apply_patch_call_output', call_id: call!.call_id, status: 'completed', output: 'Created shopping-checklist.md' }],
  });
  t.equal(second.output_text, 'Created `shopping-checklist.md`.');
  const failed = await client.responses.create({
    model: 'gpt-5.1', tools, previous_response_id: first.id,
    input: [{ type: 'apply_patch_call_output', call_id: call!.call_id, status: 'failed', output: 'Permission denied' }],
  });
  t.equal(failed.output_text, "I couldn't create `shopping-checklist.md`: Permission denied.");
  await t.rejects(client.responses.create({ model: 'gpt-5.1', tools, previous_response_id: first.id, input: [{ type: 'apply_patch_call_output', call_id: 'call_unknown', status: 'completed' }] }),
    { constructor: OpenAI.BadRequestError, status: 400, param: 'input[0].call_id', message: /^400 No tool call found for apply patch call output with call_id call_unknown/ }, 'an output for no call');
});

t.test('openai SDK: a raw stream (stream: true) carries the diff deltas and ends with the call', async (t) => {
  const server = await listen(t, { seed: 5 });
  const client = new OpenAI({ apiKey: 'k', baseURL: server.openaiBaseURL, maxRetries: 0 });
  const stream = await client.responses.create({ model: 'gpt-5-mini', input: 'Update src/app.ts to log a greeting', tools, stream: true });
  const seen: string[] = [];
  let diff = '';
  let final: OpenAI.Responses.Response | undefined;
  for await (const event of stream) {
    seen.push(event.type);
    // Not in the SDK's event union (7.59): read as it comes.
    const raw = event as unknown as { type: string; delta?: string };
    if (raw.type === 'response.apply_patch_call_operation_diff.delta') diff += raw.delta ?? '';
    if (event.type === 'response.completed') final = event.response;
  }
  t.ok(seen.includes('response.apply_patch_call_operation_diff.done'), 'the diff is done before the item');
  t.same(final?.output.map((item) => item.type), ['reasoning', 'apply_patch_call']);
  const call = final?.output[1] as OpenAI.Responses.ResponseApplyPatchToolCall;
  t.same(call.operation, { type: 'update_file', diff, path: 'src/app.ts' }, 'the deltas make the diff of the final item');
  t.equal(applyDiff('const app = 1;\n', diff), '// Log greeting\nconst app = 1;\n', 'an @@ hunk that applies to any file');
});

t.test('openai SDK: responses.stream() throws on the diff events it does not know', async (t) => {
  const server = await listen(t, { seed: 5 });
  const client = new OpenAI({ apiKey: 'k', baseURL: server.openaiBaseURL, maxRetries: 0 });
  const stream = client.responses.stream({ model: 'gpt-5.1', input: prompt, tools });
  await t.rejects(stream.finalResponse(), { message: 'Unhandled response stream event: unknown' }, 'the client\'s limit, not the mock\'s: the real service sends them too');
});

t.test('@openai/agents: an editor applies each patch, then the agent answers', async (t) => {
  const server = await listen(t, { seed: 5 });
  setTracingDisabled(true);
  // The client is given to the model, not set as the default: other files of the suite run in this process.
  const model = new OpenAIResponsesModel(new OpenAI({ apiKey: 'k', baseURL: server.openaiBaseURL, maxRetries: 0 }), 'gpt-5.1');
  const files = new Map<string, string>([['old.txt', 'stale']]);
  const editor: Editor = {
    createFile: async (operation) => { files.set(operation.path, applyDiff('', operation.diff, 'create')); return { status: 'completed', output: `Created ${operation.path}` }; },
    updateFile: async (operation) => { files.set(operation.path, applyDiff(files.get(operation.path) ?? '', operation.diff)); return { status: 'completed' }; },
    deleteFile: async (operation) => { if (!files.delete(operation.path)) throw new Error(`${operation.path}: no such file`); return { status: 'completed' }; },
  };
  const agent = new Agent({ name: 'Editor', instructions: 'Edit files as asked.', tools: [applyPatchTool({ editor })], model });
  const created = await run(agent, 'Create notes.md with the text "Buy milk"');
  t.equal(files.get('notes.md'), 'Buy milk', 'the created file');
  t.equal(created.finalOutput, 'Created `notes.md`.');
  const deleted = await run(agent, 'Delete old.txt');
  t.notOk(files.has('old.txt'), 'the deleted file');
  t.equal(deleted.finalOutput, 'Deleted `old.txt`.');
  const missing = await run(agent, 'Delete ghost.txt');
  t.match(missing.finalOutput, /^I couldn't delete `ghost\.txt`/, 'a failed patch is reported');
  const streamed = await run(agent, 'Create todo.md with the text "Call mom"', { stream: true });
  for await (const _event of streamed) { /* drained */ }
  await streamed.completed;
  t.equal(files.get('todo.md'), 'Call mom', 'a streamed run applies the streamed call');
  t.equal(streamed.finalOutput, 'Created `todo.md`.');
});
