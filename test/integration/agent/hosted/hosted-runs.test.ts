// OpenAI's hosted code interpreter and file search through inject: when they run (the prompt asks, or
// tool_choice forces them), what `include` adds, the container a run uses, the tools' own 400s, and that
// OpenRouter (whose hosted tools are named openrouter:*) leaves them alone.
import t from 'tap';
import type { Wire } from '../../../helpers/wire.js';
import { OPENAI, OPENROUTER, post, testApp } from '../../../helpers/app.js';
import { code, files, itemOf, typesOf } from '../../../helpers/hosted.js';

type Json = Wire;

t.test('code_interpreter: arithmetic evaluated as Python prints it, else the task printed', async (t) => {
  const app = testApp();
  const cases: Array<[string, string, string]> = [
    ['Use python to compute 2 + 2', '2 + 2\n', '4'],
    ['Calculate 7 / 2 with code', '7 / 2\n', '3.5'],
    ['Calculate (10 - 4) * 3 / 2 in python', '(10 - 4) * 3 / 2\n', '9.0'],
    ['Compute 17 % 5 in python', '17 % 5\n', '2'],
    ['Calculate 17 * 23.', '17 * 23\n', '391'],
    ['Compute 1 / 100000 in python', '1 / 100000\n', '1e-05'],
    ['Compute 100000000 * 100000000 / 1 in python', '100000000 * 100000000 / 1\n', '1e+16'],
    ['Compute -7 % 3 in python', '-7 % 3\n', '2'],
    ['Use python to compute 2 ** 100', '2 ** 100\n', '1267650600228229401496703205376'],
    ['Compute -7 // 2 in python', '-7 // 2\n', '-4'],
    ['Compute 2024-01-05 in python', 'print("Compute 2024-01-05 in python")\n', 'Compute 2024-01-05 in python\n'],
    ['Run a simulation of 10000 dice rolls', 'print("Run a simulation of 10000 dice rolls")\n', 'Run a simulation of 10000 dice rolls\n'],
  ];
  for (const [input, source, logs] of cases) {
    const { status, body } = await post(app, { url: OPENAI, body: { model: 'gpt-4.1', input, tools: [code], include: ['code_interpreter_call.outputs'] } });
    t.equal(status, 200);
    t.same(typesOf(body), ['code_interpreter_call', 'message'], input);
    t.match(itemOf(body, 'code_interpreter_call'), { id: /^ci_[0-9a-f]{50}$/, status: 'completed', code: source, outputs: [{ type: 'logs', logs }] }, input);
    t.match(itemOf(body, 'message').content[0].text, logs.trim(), 'the answer states the output');
  }
  const plain = await post(app, { url: OPENAI, body: { model: 'gpt-4.1', input: 'Use python to compute 2 + 2', tools: [code] } });
  t.equal(itemOf(plain.body, 'code_interpreter_call').outputs, null, 'no outputs unless include asks for them');
  const written = await post(app, { url: OPENAI, body: { model: 'gpt-4.1', input: 'Write python code to compute 6 * 7', tools: [code] } });
  t.equal(itemOf(written.body, 'code_interpreter_call').code, '6 * 7\n', 'writing code is not saving a file');
  const talk = await post(app, { url: OPENAI, body: { model: 'gpt-4.1', input: 'Tell me a joke', tools: [code] } });
  t.same(typesOf(talk.body), ['message'], 'a prompt that asks for no code gets none');
});

t.test('code_interpreter: a file the prompt asks to save is written in /mnt/data, linked and cited', async (t) => {
  const app = testApp();
  const { body } = await post(app, { url: OPENAI, body: { model: 'gpt-4.1', input: 'Compute 6 * 7 in python and save it to a file', tools: [code], include: ['code_interpreter_call.outputs'] } });
  const call = itemOf(body, 'code_interpreter_call');
  t.equal(call.code, '# Compute 6 * 7 in python and save it to a file\nwith open("/mnt/data/result.txt", "w") as f:\n    f.write("42\\n")\n"/mnt/data/result.txt"\n');
  t.same(call.outputs, [{ type: 'logs', logs: "'/mnt/data/result.txt'" }], 'the notebook shows the path');
  const part = itemOf(body, 'message').content[0];
  t.match(part.text, /42\. I saved it as a file: \[Download result\.txt\]\(sandbox:\/mnt\/data\/result\.txt\)$/);
  t.match(part.annotations, [{ type: 'container_file_citation', container_id: call.container_id, file_id: /^cfile_[0-9a-f]{32}$/, filename: 'result.txt' }]);
  t.same(Object.keys(part.annotations[0]), ['type', 'container_id', 'end_index', 'file_id', 'filename', 'start_index'], 'the captured key order');
});

t.test('code_interpreter: the container named, else the one the conversation used, else a new one', async (t) => {
  const app = testApp();
  const named = await post(app, { url: OPENAI, body: { model: 'gpt-4.1', input: 'Compute 1 + 1 in python', tools: [{ type: 'code_interpreter', container: 'cntr_mine' }] } });
  t.equal(itemOf(named.body, 'code_interpreter_call').container_id, 'cntr_mine');
  const first = await post(app, { url: OPENAI, body: { model: 'gpt-4.1', input: 'Compute 1 + 1 in python', tools: [code] } });
  const call = itemOf(first.body, 'code_interpreter_call');
  t.match(call.container_id, /^cntr_[0-9a-f]{48}$/);
  const input = [{ role: 'user', content: 'Compute 1 + 1 in python' }, call, itemOf(first.body, 'message'), { role: 'user', content: 'Now compute 2 * 21 in python' }];
  const second = await post(app, { url: OPENAI, body: { model: 'gpt-4.1', input, tools: [code] } });
  t.equal(second.status, 200);
  t.equal(itemOf(second.body, 'code_interpreter_call').container_id, call.container_id, 'the active container is used again');
  t.equal(itemOf(second.body, 'code_interpreter_call').code, '2 * 21\n');
  const chained = await post(app, { url: OPENAI, body: { model: 'gpt-4.1', previous_response_id: first.body.id, input: 'Now compute 3 * 3 in python', tools: [code] } });
  t.equal(itemOf(chained.body, 'code_interpreter_call').container_id, call.container_id, 'also after previous_response_id');
});

t.test('file_search: queries, results with include, citations of one file', async (t) => {
  const app = testApp();
  const input = 'What does the refund policy say about returns?';
  const { body } = await post(app, { url: OPENAI, body: { model: 'gpt-4.1', input, tools: [files], include: ['file_search_call.results'] } });
  t.same(typesOf(body), ['file_search_call', 'message']);
  const search = itemOf(body, 'file_search_call');
  t.match(search, { id: /^fs_[0-9a-f]{50}$/, status: 'completed', queries: [input, 'refund policy returns'] });
  t.same(Object.keys(search.results[0]), ['attributes', 'file_id', 'filename', 'score', 'text'], 'a result as the spec and Vercel ai read it');
  const part = itemOf(body, 'message').content[0];
  t.equal(part.annotations.length, 2);
  for (const annotation of part.annotations) t.match(annotation, { type: 'file_citation', file_id: search.results[0].file_id, filename: 'refund-policy.pdf' });
  const none = await post(app, { url: OPENAI, body: { model: 'gpt-4.1', input, tools: [files], tool_choice: 'none' } });
  t.same(typesOf(none.body), ['message'], "tool_choice 'none' searches nothing");
  const forced = await post(app, { url: OPENAI, body: { model: 'gpt-4.1', input: 'Hello there', tools: [files], tool_choice: { type: 'file_search' } } });
  t.same(typesOf(forced.body), ['file_search_call', 'message'], 'a forced search runs whatever the prompt');
  const exact = await post(app, { url: OPENAI, body: { model: 'gpt-4.1', input: 'Search the docs and reply exactly with: found it', tools: [files] } });
  t.equal(itemOf(exact.body, 'message').content[0].text, 'found it', 'an exact reply is kept, cited');
  t.match(itemOf(exact.body, 'message').content[0].annotations, [{ type: 'file_citation', index: 8 }], 'at its end');
});

t.test("the tools' own fields are checked as OpenAI checks them; OpenRouter runs neither", async (t) => {
  const app = testApp();
  const refused: Array<[Json, string, string]> = [
    [{ type: 'code_interpreter' }, 'tools[0].container', "Missing required parameter: 'tools[0].container'."],
    [{ type: 'file_search' }, 'tools[0].vector_store_ids', "Missing required parameter: 'tools[0].vector_store_ids'."],
    [{ ...files, max_num_results: 51 }, 'tools[0].max_num_results', "Invalid 'tools[0].max_num_results': integer above maximum value. Expected a value <= 50, but got 51 instead."],
  ];
  for (const [tool, param, message] of refused) {
    const { status, body } = await post(app, { url: OPENAI, body: { model: 'gpt-4.1', input: 'hi', tools: [tool] } });
    t.equal(status, 400, param);
    t.match(body.error, { param, message });
  }
  for (const tool of [code, files, { type: 'code_interpreter' }]) {
    const { status, body } = await post(app, { url: OPENROUTER, body: { model: 'openai/gpt-4o', input: 'Use python to compute 2 + 2 from the docs', tools: [tool] } });
    t.equal(status, 200);
    t.same(typesOf(body), ['message'], `${tool.type} on OpenRouter`);
  }
});

t.test('a megabyte prompt is read in bounded time: only its start makes the task, the question and the code', async (t) => {
  const app = testApp();
  const input = `Compute 6 * 7 in python ${' '.repeat(1_000_000)}and ${'1+'.repeat(50_000)}1`;
  const { status, body } = await post(app, { url: OPENAI, body: { model: 'gpt-4.1', input, tools: [code, files] } });
  t.equal(status, 200);
  t.equal(itemOf(body, 'code_interpreter_call').code, '6 * 7\n');
  const docs = await post(app, { url: OPENAI, body: { model: 'gpt-4.1', input: `What does the manual say?${'.'.repeat(500_000)}`, tools: [files] } });
  t.equal(docs.status, 200);
  t.ok(itemOf(docs.body, 'file_search_call').queries[0].length <= 300);
});
