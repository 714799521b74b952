// OpenAI's hosted apply_patch tool through inject: the call (create, update, delete; forced or asked for), the
// client's apply_patch_call_output answered in text (applied or failed, by previous_response_id or replayed
// history), and the outputs and calls the API refuses.
import t from 'tap';
import { eventsOf, parseSse } from '../../../helpers/sse.js';
import type { Wire } from '../../../helpers/wire.js';
import { OPENAI, OPENROUTER, post, testApp } from '../../../helpers/app.js';

const tools = [{ type: 'apply_patch' }];
const types = (output: Wire[] | undefined) => (output ?? []).map((item) => item.type);
const textOf = (output: Wire[] | undefined) => (output ?? []).find((item) => item.type === 'message')?.content[0].text as string | undefined;
const lenient = { 'x-mock-strictness': 'lenient' };

t.test('turn 1 calls apply_patch, turn 2 (the applied patch, by previous_response_id) says the file was created', async (t) => {
  const app = testApp();
  const first = await post(app, { url: OPENAI, body: { model: 'gpt-5-mini', input: 'Create notes.md with a shopping list: milk, bread and eggs.', tools } });
  t.equal(first.status, 200);
  t.same(types(first.body.output), ['reasoning', 'apply_patch_call'], 'a reasoning model reasons first, as before other calls');
  const call = first.body.output![1] as Wire;
  t.match(call, { id: /^apc_[0-9a-f]{50}$/, status: 'completed', call_id: /^call_/, operation: { type: 'create_file', path: 'notes.md' } });
  t.equal(call.operation.diff, '+# Notes\n+\n+- Milk\n+- Bread\n+- Eggs\n', 'the list the prompt gives, as a markdown list');
  const second = await post(app, { url: OPENAI, body: {
    model: 'gpt-5-mini', tools, previous_response_id: first.body.id,
    input: [{ type: 'apply_patch_call_output', call_id: call.call_id, status: 'completed', output: 'Created notes.md' }],
  } });
  t.equal(second.status, 200);
  t.same(types(second.body.output), ['reasoning', 'message'], 'no second call');
  t.equal(textOf(second.body.output), 'Created `notes.md`.');
  const listed = await app.inject({ method: 'GET', url: `/v1/responses/${String(second.body.id)}/input_items` });
  t.match((listed.json() as Wire).data[0], { id: /^apco_/, type: 'apply_patch_call_output', call_id: call.call_id, status: 'completed' }, 'the output listed as a resource');
  const third = await post(app, { url: OPENAI, body: { model: 'gpt-5-mini', tools, previous_response_id: second.body.id, input: 'Now append a line to notes.md saying "butter".' } });
  t.match(third.body.output![1], { type: 'apply_patch_call', operation: { type: 'update_file', path: 'notes.md', diff: '@@\n - Eggs\n+- Butter\n' } }, 'a change to the created file is anchored in it and continues its list');
  const applied = third.body.output![1] as Wire;
  const fourth = await post(app, { url: OPENAI, body: {
    model: 'gpt-5-mini', tools, previous_response_id: third.body.id,
    input: [{ type: 'apply_patch_call_output', call_id: applied.call_id, status: 'completed' }, { role: 'user', content: 'And append a line to notes.md saying "jam".' }],
  } });
  t.match(fourth.body.output![1], { type: 'apply_patch_call', operation: { type: 'update_file', path: 'notes.md', diff: '@@\n - Butter\n+- Jam\n' } }, 'the next change is anchored after the last one');
});

t.test('a failed patch is reported with the tool\'s log; an exact directive still wins', async (t) => {
  const app = testApp();
  const prompt = 'Delete old-notes.txt';
  const first = await post(app, { url: OPENAI, body: { model: 'gpt-4.1', input: prompt, tools, store: false } });
  const call = first.body.output![0] as Wire;
  t.same(call.operation, { type: 'delete_file', path: 'old-notes.txt' }, 'a deletion has no diff');
  const history = (status: string, output?: string) => [{ role: 'user', content: prompt }, call, { type: 'apply_patch_call_output', call_id: call.call_id, status, ...(output === undefined ? {} : { output }) }];
  const failed = await post(app, { url: OPENAI, body: { model: 'gpt-4.1', tools, store: false, input: history('failed', 'old-notes.txt: no such file') } });
  t.equal(failed.status, 200, 'the replayed call and its output are accepted');
  t.equal(textOf(failed.body.output), "I couldn't delete `old-notes.txt`: old-notes.txt: no such file.");
  const silent = await post(app, { url: OPENAI, body: { model: 'gpt-4.1', tools, store: false, input: history('failed') } });
  t.equal(textOf(silent.body.output), "I couldn't delete `old-notes.txt`.");
  const done = await post(app, { url: OPENAI, body: { model: 'gpt-4.1', tools, store: false, input: history('completed', null as unknown as string) } });
  t.equal(textOf(done.body.output), 'Deleted `old-notes.txt`.', 'output may be null');
  const exact = await post(app, { url: OPENAI, body: { model: 'gpt-4.1', tools, store: false, input: [{ role: 'user', content: `${prompt}, then reply exactly: gone` }, call, { type: 'apply_patch_call_output', call_id: call.call_id, status: 'completed' }] } });
  t.equal(textOf(exact.body.output), 'gone');
});

t.test('what is asked decides the operation and the path; tool_choice forces the call', async (t) => {
  const app = testApp();
  const ask = async (input: string, extra: Record<string, unknown> = {}): Promise<Wire> => (await post(app, { url: OPENAI, body: { model: 'gpt-4.1', input, tools, ...extra } })).body.output![0]!;
  t.same((await ask('Update src/app.ts to log a greeting')).operation, { type: 'update_file', diff: '@@\n+// Log greeting\n', path: 'src/app.ts' }, 'an @@ hunk, a comment in code');
  t.same((await ask('Create hello.txt containing "Hello, world!"')).operation, { type: 'create_file', diff: '+Hello, world!\n', path: 'hello.txt' }, 'quoted content as given');
  t.same((await ask('Add a line to notes.md saying remember the milk')).operation.type, 'update_file', 'a line added to a file changes it');
  t.same((await ask('Remove the TODO line from `todo.md`')).operation, { type: 'update_file', diff: '@@\n+Todo line.\n', path: 'todo.md' }, 'removing from a file changes it');
  t.same((await ask('Write a python script that prints the date')).operation, { type: 'create_file', diff: '+# Prints date\n', path: 'prints-date.py' }, 'a name made of the topic words, the format\'s extension');
  t.equal((await ask('What is the capital of France?')).type, 'message', 'no file asked for: text');
  t.equal((await ask("What's new in notes.md?")).type, 'message', 'a question about a file changes nothing');
  t.equal((await ask('Write a short intro to Node.js')).type, 'message', 'Node.js is a library, not a file');
  t.equal((await ask('Can you create notes.md?')).type, 'apply_patch_call', 'a request put as a question still asks');
  t.equal((await ask('Create notes.md', { tool_choice: 'none' })).type, 'message', 'tool_choice none: text');
  const forced = await ask('Hello there', { tool_choice: { type: 'apply_patch' } });
  t.match(forced, { type: 'apply_patch_call', operation: { type: 'create_file', path: 'hello.md' } }, 'forced: a call even without a file in the prompt');
  const refused = await post(app, { url: OPENAI, body: { model: 'gpt-4.1', input: 'Create notes.md', tools: [{ type: 'web_search' }], tool_choice: { type: 'apply_patch' } } });
  t.equal(refused.status, 400, 'forcing a tool that is not offered');
  t.equal(refused.body.error!.param, 'tool_choice');
  const seeded = await post(testApp(), { url: OPENAI, body: { model: 'gpt-4.1', input: 'Create notes.md', tools } });
  const again = await post(testApp(), { url: OPENAI, body: { model: 'gpt-4.1', input: 'Create notes.md', tools } });
  t.same(seeded.body.output, again.body.output, 'same seed, same call (ids included)');
  const openrouter = await post(app, { url: OPENROUTER, body: { model: 'openai/gpt-4.1', input: 'Create notes.md', tools } });
  t.same(types(openrouter.body.output), ['message'], 'the OpenRouter path answers in text, as before');
});

t.test('stream: the diff as deltas between added and done; a deletion streams no diff', async (t) => {
  const app = testApp();
  const stream = async (input: string) => eventsOf(parseSse((await post(app, { url: OPENAI, body: { model: 'gpt-4.1', input, tools, stream: true } })).raw)) as Wire[];
  const events = await stream('Create a todo checklist file with wash car, buy milk and call mom');
  const own = events.filter((event) => event.output_index === 0).map((event) => event.type as string);
  t.same(own.filter((type, index) => type !== own[index - 1]), [
    'response.output_item.added', 'response.apply_patch_call_operation_diff.delta', 'response.apply_patch_call_operation_diff.done', 'response.output_item.done',
  ]);
  const delta = events.find((event) => event.type === 'response.apply_patch_call_operation_diff.delta')!;
  t.same(Object.keys(delta), ['type', 'sequence_number', 'item_id', 'output_index', 'delta', 'obfuscation'], 'item_id before output_index');
  const done = events.find((event) => event.type === 'response.apply_patch_call_operation_diff.done')!;
  t.equal(done.diff, '+# Todo Checklist\n+\n+- [ ] Wash car\n+- [ ] Buy milk\n+- [ ] Call mom\n', 'a checklist when one is asked for');
  t.same((events.at(-1)!.response as Wire).output[0].operation.diff, done.diff, 'response.completed holds the same diff');
  const deleted = await stream('Delete build.log');
  t.same(deleted.filter((event) => event.output_index === 0).map((event) => event.type), ['response.output_item.added', 'response.output_item.done']);
  t.same(deleted.find((event) => event.type === 'response.output_item.added')!.item.operation, { type: 'delete_file', path: 'build.log' });
});

t.test('apply_patch items the API refuses: unknown call_id, a call without output, bad fields', async (t) => {
  const app = testApp();
  const call = { type: 'apply_patch_call', id: 'apc_1', call_id: 'call_p', status: 'completed', operation: { type: 'create_file', diff: '+x\n', path: 'a.md' } };
  const output = { type: 'apply_patch_call_output', call_id: 'call_p', status: 'completed', output: 'ok' };
  const send = (input: unknown[], headers: Record<string, string> = {}) => post(app, { url: OPENAI, headers, body: { model: 'gpt-4.1', tools, input: [{ role: 'user', content: 'Create a.md' }, ...input] } });
  const orphan = await send([{ ...output, call_id: 'call_nope' }]);
  t.equal(orphan.status, 400);
  t.match(orphan.body.error, { type: 'invalid_request_error', code: null, param: 'input[1].call_id', message: /^No tool call found for apply patch call output with call_id call_nope/ });
  const unanswered = await send([call, { role: 'user', content: 'and?' }]);
  t.match(unanswered.body.error, { param: 'input[1].call_id', message: /^No tool output found for apply patch call call_p/ });
  const cases: Array<[string, unknown[], string, RegExp]> = [
    ['status of an output', [call, { ...output, status: 'done' }], 'input[2].status', /^Invalid value: 'done'\. Supported values are: 'completed' and 'failed'\.$/],
    ['call_id of an output', [call, { type: 'apply_patch_call_output', status: 'completed' }], 'input[2].call_id', /^Missing required parameter/],
    ['operation of a call', [{ ...call, operation: undefined }, output], 'input[1].operation', /^Missing required parameter/],
    ['operation type', [{ ...call, operation: { type: 'move_file', path: 'a.md' } }, output], 'input[1].operation.type', /Supported values are: 'create_file', 'delete_file', and 'update_file'/],
    ['empty path', [{ ...call, operation: { type: 'delete_file', path: '' } }, output], 'input[1].operation.path', /empty string/],
    ['diff of a created file', [{ ...call, operation: { type: 'create_file', path: 'a.md' } }, output], 'input[1].operation.diff', /^Missing required parameter/],
    ['id prefix', [{ ...call, id: 'fc_1' }, output], 'input[1].id', /Expected an ID that begins with 'apc'/],
    ['call_id length', [{ ...call, call_id: 'c'.repeat(65) }, { ...output, call_id: 'c'.repeat(65) }], 'input[1].call_id', /string too long/],
  ];
  for (const [what, input, param, message] of cases) {
    const answer = await send(input);
    t.equal(answer.status, 400, what);
    t.match(answer.body.error, { param, message }, `${what}: ${param}`);
  }
  const loose = await send([{ ...output, call_id: 'call_nope' }], lenient);
  t.equal(loose.status, 200, 'lenient: an orphan output passes');
  t.equal(textOf(loose.body.output), 'Applied the patch to the file.', 'and is answered without a path');
});
