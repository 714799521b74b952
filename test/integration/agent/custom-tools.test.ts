// Custom (freeform) tools end to end through inject, on both paths: a forced call whose input fits the
// tool's format, its stream (input deltas, no content parts), the answer after a custom_tool_call_output,
// and the 400 for a grammar the mock cannot generate from.
import t from 'tap';
import { OPENAI, OPENROUTER, post, testApp } from '../../helpers/app.js';
import { eventsOf, parseSse } from '../../helpers/sse.js';

const patchTool = { type: 'custom', name: 'apply_patch', description: 'Use the `apply_patch` tool to edit files.' };
const calcTool = {
  type: 'custom', name: 'calc', description: 'Evaluate arithmetic.',
  format: { type: 'grammar', syntax: 'lark', definition: 'start: expr\n?expr: INT | expr "+" expr\n%import common.INT' },
};
const dateTool = { type: 'custom', name: 'date', format: { type: 'grammar', syntax: 'regex', definition: '^\\d{4}-(0[1-9]|1[0-2])-\\d{2}$' } };
const assignTool = { type: 'custom', name: 'assign', format: { type: 'grammar', syntax: 'lark', definition: 'start: NAME "=" VALUE ";"\nNAME: /[a-z]{3}/\nVALUE: /\\d+/\n' } };
const paths = [['OpenRouter', OPENROUTER, 'openai/gpt-4o-mini'], ['OpenAI', OPENAI, 'gpt-4o-mini']] as const;

t.test('a forced custom tool gets a custom_tool_call whose input fits its format', async (t) => {
  const app = testApp();
  for (const [name, url, model] of paths) {
    const patch = await post(app, { url, body: { model, input: 'Create todo.md with "buy milk"', tools: [patchTool, calcTool], tool_choice: { type: 'custom', name: 'apply_patch' }, store: false } });
    t.equal(patch.status, 200, name);
    const [item] = patch.body.output!;
    t.match(item, { type: 'custom_tool_call', status: 'completed', name: 'apply_patch', call_id: /^call_/, input: '*** Begin Patch\n*** Add File: todo.md\n+buy milk\n*** End Patch' }, name);
    t.match(item!.id, name === 'OpenAI' ? /^ctc_[0-9a-f]{50}$/ : /^ctc_tmp_/, `${name}: id`);
    t.notOk('arguments' in item!, `${name}: no arguments`);
    const calc = await post(app, { url, body: { model, input: 'add numbers', tools: [patchTool, calcTool], tool_choice: { type: 'custom', name: 'calc' }, store: false } });
    t.match(calc.body.output![0], { type: 'custom_tool_call', name: 'calc', input: /^\d+(\+\d+)*$/ }, `${name}: generated from the Lark grammar`);
    const date = await post(app, { url, body: { model, input: 'when?', tools: [dateTool], tool_choice: 'required', store: false } });
    t.match(date.body.output![0], { type: 'custom_tool_call', input: /^\d{4}-(0[1-9]|1[0-2])-\d{2}$/ }, `${name}: a string matching the regex grammar`);
    const assignment = await post(app, { url, body: { model, input: 'set it', tools: [assignTool], tool_choice: 'required', store: false } });
    t.match(assignment.body.output![0], { type: 'custom_tool_call', input: /^[a-z]{3}=\d+;$/ }, `${name}: Lark regex terminals`);
  }
});

t.test('a custom tool inside a namespace is called with the namespace', async (t) => {
  const tools = [{ type: 'namespace', name: 'files', description: 'File tools.', tools: [patchTool] }];
  for (const [name, url, model] of paths) {
    const answer = await post(testApp(), { url, body: { model, input: 'Create b.txt', tools, tool_choice: 'required', store: false } });
    t.match(answer.body.output![0], { type: 'custom_tool_call', name: 'apply_patch', namespace: 'files' }, name);
  }
});

t.test('streams: output_item.added, input deltas, input.done, output_item.done; no content parts', async (t) => {
  const app = testApp();
  for (const [name, url, model] of paths) {
    const answer = await post(app, { url, body: { model, input: 'Create a.txt', tools: [patchTool], tool_choice: 'required', stream: true, store: false } });
    const events = eventsOf(parseSse(answer.raw));
    const types = [...new Set(events.map((event) => String(event.type)))];
    t.same(types, ['response.created', 'response.in_progress', 'response.output_item.added', 'response.custom_tool_call_input.delta', 'response.custom_tool_call_input.done', 'response.output_item.done', 'response.completed'], `${name}: event types in order`);
    const deltas = events.filter((event) => event.type === 'response.custom_tool_call_input.delta');
    const done = events.find((event) => event.type === 'response.custom_tool_call_input.done')!;
    t.equal(deltas.map((event) => event.delta).join(''), done.input, `${name}: deltas add up`);
    const added = events.find((event) => event.type === 'response.output_item.added')!;
    t.match(added.item, { type: 'custom_tool_call', status: 'in_progress', input: '' }, `${name}: added with empty input`);
    t.equal(done.item_id, (added.item as { id: string }).id, `${name}: item_id`);
    const completed = events.at(-1)!.response as { output: Array<{ input: string }> };
    t.equal(completed.output[0]!.input, done.input, `${name}: the final object carries the input`);
  }
});

t.test('after a custom_tool_call_output, auto answers with text', async (t) => {
  const app = testApp();
  for (const [name, url, model] of paths) {
    const input = [
      { role: 'user', content: 'Create a.txt' },
      { type: 'custom_tool_call', id: name === 'OpenAI' ? 'ctc_1' : 'ctc_tmp_1', call_id: 'call_1', name: 'apply_patch', input: '*** Begin Patch\n*** End Patch' },
      { type: 'custom_tool_call_output', id: 'ctco_1', call_id: 'call_1', output: 'Success. Updated the following files: A a.txt' },
    ];
    const answer = await post(app, { url, body: { model, input, tools: [patchTool], store: false } });
    t.equal(answer.status, 200, name);
    t.match(answer.body.output![0], { type: 'message', content: [{ text: /^The result of apply patch: Success/ }] }, name);
  }
});

t.test('a grammar beyond the mock: a 400 naming the construct and the path', async (t) => {
  const tool = { type: 'custom', name: 'sql', format: { type: 'grammar', syntax: 'lark', definition: 'start: _list{"a", ","}\n' } };
  const answer = await post(testApp(), { url: OPENAI, body: { model: 'gpt-4o-mini', input: 'q', tools: [{ type: 'function', name: 'f' }, tool], tool_choice: { type: 'custom', name: 'sql' } } });
  t.equal(answer.status, 400);
  t.match(answer.body.error, { param: 'tools[1].format.definition', message: /custom tool 'sql'.*template use '_list\{…\}' at line 1.*Script the call's input in a scenario/ });
});
