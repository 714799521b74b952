// OpenAI's shell tool run by the client: a shell_call with the commands the prompt asks for (quoted, after
// "run", or for what it names), its command events in the spec's shape, the report of the client's
// shell_call_output, where the tool is not called (a container environment, tool_choice none), and a scenario's
// scripted shell call and its afterToolOutput match.
import t from 'tap';
import { OPENAI, post, testApp } from '../../../helpers/app.js';
import { SCENARIO, scripted, typesOf } from '../../../helpers/hosted.js';
import { eventsOf, parseSse } from '../../../helpers/sse.js';

const SHELL = { type: 'shell', environment: { type: 'local' } };
type Output = Array<Record<string, unknown>>;
const outputOf = (answer: { body: unknown }) => (answer.body as { output: Output }).output;
const weather = { type: 'function', name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } };
/** A function call and a shell call made together, each answered by the client. */
const BESIDE = [
  { role: 'user', content: 'What is the weather in Paris? Also run `ls`.' },
  { type: 'function_call', call_id: 'c1', name: 'get_weather', arguments: '{"city":"Paris"}' },
  { type: 'shell_call', call_id: 'c2', action: { commands: ['ls'] }, status: 'completed' },
  { type: 'function_call_output', call_id: 'c1', output: 'sunny 20C' },
  { type: 'shell_call_output', call_id: 'c2', output: [{ stdout: 'a.txt\n', stderr: '', outcome: { type: 'exit', exit_code: 0 } }] },
];

t.test('a shell_call for the commands the prompt asks for', async (t) => {
  const app = testApp();
  const cases: Array<[string, string[]]> = [
    ['Please run `ls -la` and then `git log -1`', ['ls -la', 'git log -1']],
    ['Run npm test in the repo. Then tell me.', ['npm test in the repo']],
    ['Execute the command "cat notes.txt"', ['cat notes.txt']],
    ['What is in the current directory? Use the terminal.', ['pwd']],
    ['Use the shell to check git.', ['git status']],
    ['How do I run this? Run git log.', ['git log']],
    ['Please run git status and tell me what changed.', ['git status']],
    ['Run npm test, please.', ['npm test']],
    ['Run the tests. Also list the directory.', ['npm test']],
  ];
  for (const [input, commands] of cases) {
    const answer = await post(app, { url: OPENAI, body: { model: 'gpt-5.1', store: false, input, tools: [SHELL] } });
    t.equal(answer.status, 200, input);
    t.match(outputOf(answer), [{ id: /^sh_[0-9a-f]{50}$/, type: 'shell_call', status: 'completed', call_id: /^call_/, action: { commands, timeout_ms: null, max_output_length: null }, environment: { type: 'local' } }], input);
    t.same(Object.keys(outputOf(answer)[0]!), ['id', 'type', 'status', 'call_id', 'action', 'environment']);
  }
  for (const input of ['Tell me a joke', 'What does `ls -la` print?', 'Explain what a shell is.', 'Tell me about `useEffect` in React', 'What does `npm run build` do?', 'How long does it take to run a marathon?', 'Explain how the run loop works', 'Write a Python script that sorts a list.']) {
    const plain = await post(app, { url: OPENAI, body: { model: 'gpt-5.1', store: false, input, tools: [{ type: 'shell' }] } });
    t.same(outputOf(plain).map((item) => item.type), ['message'], `${input}: nothing to run, text`);
  }
  const asked = await post(app, { url: OPENAI, body: { model: 'gpt-5.1', store: false, input: 'Can you run the tests?', tools: [SHELL] } });
  t.match(outputOf(asked), [{ type: 'shell_call', action: { commands: ['npm test'] } }], 'a question that asks to run something is a request');
  const build = await post(app, { url: OPENAI, body: { model: 'gpt-5.1', store: false, input: 'Run the latest build', tools: [SHELL] } });
  t.match(outputOf(build), [{ type: 'shell_call', action: { commands: ['npm run build'] } }], 'the target named as a whole word');
  const quoted = await post(app, { url: OPENAI, body: { model: 'gpt-5.1', store: false, input: 'Show me the output of `git status`', tools: [SHELL] } });
  t.match(outputOf(quoted), [{ type: 'shell_call', action: { commands: ['git status'] } }], 'a quoted command');
  const forced = await post(app, { url: OPENAI, body: { model: 'gpt-5.1', store: false, input: 'Tell me a joke', tools: [{ type: 'shell' }], tool_choice: { type: 'shell' } } });
  t.match(outputOf(forced), [{ type: 'shell_call', action: { commands: ['ls'] }, environment: null }], 'forced, with no environment');
  const none = await post(app, { url: OPENAI, body: { model: 'gpt-5.1', store: false, input: 'Run `ls`', tools: [SHELL], tool_choice: 'none' } });
  t.same(outputOf(none).map((item) => item.type), ['message'], 'tool_choice none: text');
  const container = await post(app, { url: OPENAI, body: { model: 'gpt-5.1', store: false, input: 'Run `ls`', tools: [{ type: 'shell', environment: { type: 'container_auto' } }] } });
  t.same(outputOf(container).map((item) => item.type), ['message'], 'a container runs on the service: answered in text');
  const reasoning = await post(app, { url: OPENAI, body: { model: 'gpt-5-mini', store: false, input: 'Run `ls`', tools: [SHELL] } });
  t.same(outputOf(reasoning).map((item) => item.type), ['reasoning', 'shell_call'], 'a reasoning model reasons first');
});

t.test('the stream: each command between its added and done events, in the spec\'s keys', async (t) => {
  const answer = await post(testApp(), { url: OPENAI, body: { model: 'gpt-5.1', store: false, stream: true, input: 'Run `echo hi` and `pwd`', tools: [SHELL] } });
  const events = eventsOf(parseSse(answer.raw)) as Array<Record<string, unknown> & { type: string }>;
  const command = events.filter((event) => event.type.startsWith('response.shell_call_command.'));
  t.same(command.filter((event) => event.type.endsWith('.done')).map((event) => event.command), ['echo hi', 'pwd']);
  t.same(Object.keys(command[0]!), ['type', 'sequence_number', 'output_index', 'command_index', 'command']);
  t.same(Object.keys(command.find((event) => event.type.endsWith('.delta'))!), ['type', 'sequence_number', 'output_index', 'command_index', 'delta', 'obfuscation']);
  for (const index of [0, 1]) {
    const deltas = command.filter((event) => event.command_index === index && event.type.endsWith('.delta')).map((event) => event.delta).join('');
    t.equal(deltas, ['echo hi', 'pwd'][index], `command ${index}: the deltas make the command`);
  }
  const added = events.find((event) => event.type === 'response.output_item.added')!.item as { action: { commands: string[] }; status: string };
  t.same([added.status, added.action.commands], ['in_progress', []], 'added with no commands yet');
});

t.test('the answer to shell_call_output reports what each command printed', async (t) => {
  const app = testApp();
  const first = await post(app, { url: OPENAI, body: { model: 'gpt-5.1', input: 'Run `ls` and `cat missing.txt`', tools: [SHELL] } });
  const call = outputOf(first)[0]!;
  const output = [
    { stdout: 'a.txt\nb.txt\n', stderr: '', outcome: { type: 'exit', exit_code: 0 } },
    { stdout: '', stderr: 'cat: missing.txt: No such file or directory', outcome: { type: 'exit', exit_code: 1 } },
  ];
  const next = await post(app, {
    url: OPENAI,
    body: { model: 'gpt-5.1', previous_response_id: (first.body as { id: string }).id, tools: [SHELL], input: [{ type: 'shell_call_output', call_id: call.call_id, output }] },
  });
  t.equal(next.status, 200);
  const text = (outputOf(next)[0]!.content as Array<{ text: string }>)[0]!.text;
  t.equal(text, '`ls` printed:\n```\na.txt\nb.txt\n```\n\n`cat missing.txt` failed with exit code 1:\n```\ncat: missing.txt: No such file or directory\n```');
  const timedOut = await post(app, {
    url: OPENAI,
    body: { model: 'gpt-5.1', previous_response_id: (first.body as { id: string }).id, tools: [SHELL], input: [{ type: 'shell_call_output', call_id: call.call_id, output: [{ stdout: '', stderr: '', outcome: { type: 'timeout' } }] }] },
  });
  t.match((outputOf(timedOut)[0]!.content as Array<{ text: string }>)[0]!.text, /^`ls` timed out\.$/);
  const bad = await post(app, { url: OPENAI, body: { model: 'gpt-5.1', store: false, tools: [SHELL], input: [{ type: 'shell_call_output', call_id: 'call_1', output: 'a.txt' }] } });
  t.match(bad.body.error, { param: 'input[0].output', message: /expected an array/ }, 'the output is a list of results');
});

t.test('a scenario scripts a shell call: after the text and calls, its call_id and commands as given', async (t) => {
  const app = testApp(scripted([{ respond: { text: 'Checking.', hosted: [{ shell: { call_id: 'call_sh', commands: ['make test', 'make lint'] } }, { shell: {} }] } }]));
  const answer = await post(app, { url: OPENAI, body: { model: 'gpt-5.1', store: false, input: 'Run `npm ci`', tools: [SHELL] }, headers: SCENARIO });
  t.equal(answer.status, 200);
  t.same(typesOf(answer.body as never), ['message', 'shell_call', 'shell_call']);
  t.match(outputOf(answer)[1], { call_id: 'call_sh', action: { commands: ['make test', 'make lint'] } });
  t.match(outputOf(answer)[2], { call_id: /^call_/, action: { commands: ['npm ci'] } }, 'what is not given is the engine\'s');
  const missing = await post(testApp(scripted([{ respond: { hosted: [{ shell: {} }] } }])), { url: OPENAI, body: { model: 'gpt-5.1', input: 'Run `ls`' }, headers: SCENARIO });
  t.match(missing.body.error, { code: 'scenario_hosted_unavailable', message: /offers no shell tool/ });
});

t.test('shell items sent back are checked entry by entry, each 400 naming its path', async (t) => {
  const app = testApp();
  const call = { type: 'shell_call', call_id: 'call_1', action: { commands: ['ls'] }, status: 'completed' };
  const cases: Array<[unknown, string, RegExp]> = [
    [{ ...call, action: { commands: 'ls' } }, 'input[0].action.commands', /expected an array/],
    [{ ...call, action: { commands: ['ls', 3] } }, 'input[0].action.commands[1]', /expected a string/],
    [{ type: 'shell_call_output', call_id: 'call_1', output: [null] }, 'input[0].output[0]', /expected an object/],
    [{ type: 'shell_call_output', call_id: 'call_1', output: [{ stderr: '', outcome: { type: 'exit', exit_code: 0 } }] }, 'input[0].output[0].stdout', /Missing required parameter/],
    [{ type: 'shell_call_output', call_id: 'call_1', output: [{ stdout: '', stderr: '', outcome: { type: 'crash' } }] }, 'input[0].output[0].outcome.type', /Supported values are: 'exit' and 'timeout'/],
    [{ type: 'shell_call_output', call_id: 'call_1', output: [{ stdout: '', stderr: '', outcome: { type: 'exit', exit_code: 1.5 } }] }, 'input[0].output[0].outcome.exit_code', /expected an integer/],
    [{ type: 'shell_call_output', call_id: 'call_1', output: [{ stdout: '', stderr: '', outcome: { type: 'exit' } }] }, 'input[0].output[0].outcome.exit_code', /Missing required parameter/],
  ];
  for (const [item, param, message] of cases) {
    const answer = await post(app, { url: OPENAI, body: { model: 'gpt-5.1', store: false, tools: [SHELL], input: [item, { role: 'user', content: 'go on' }] } });
    t.equal(answer.status, 400, param);
    t.match(answer.body.error, { param, message }, param);
  }
});

t.test('outputs of apply_patch and shell calls that trail together are both reported', async (t) => {
  const input = [
    { role: 'user', content: 'Create a.txt with hi and run `ls`' },
    { type: 'apply_patch_call', call_id: 'c1', status: 'completed', operation: { type: 'create_file', path: 'a.txt', diff: '+hi\n' } },
    { type: 'shell_call', call_id: 'c2', action: { commands: ['ls'] }, status: 'completed' },
    { type: 'apply_patch_call_output', call_id: 'c1', status: 'completed' },
    { type: 'shell_call_output', call_id: 'c2', output: [{ stdout: 'a.txt\n', stderr: '', outcome: { type: 'exit', exit_code: 0 } }] },
  ];
  const answer = await post(testApp(), { url: OPENAI, body: { model: 'gpt-5.1', store: false, input, tools: [{ type: 'apply_patch' }, SHELL] } });
  t.equal((outputOf(answer)[0]!.content as Array<{ text: string }>)[0]!.text, 'Created `a.txt`.\n\n`ls` printed:\n```\na.txt\n```');
});

t.test('a function output beside a shell output: the answer reports both, and calls neither tool again', async (t) => {
  for (const order of [BESIDE, [...BESIDE.slice(0, 3), BESIDE[4]!, BESIDE[3]!]]) {
    const answer = await post(testApp(), { url: OPENAI, body: { model: 'gpt-5.1', store: false, input: order, tools: [SHELL, weather] } });
    t.same(typesOf(answer.body as never), ['message']);
    t.equal((outputOf(answer)[0]!.content as Array<{ text: string }>)[0]!.text, 'The weather in Paris: sunny 20C.\n\n`ls` printed:\n```\na.txt\n```');
  }
});

t.test("a scenario's afterToolOutput counts shell (and apply_patch) outputs, by tool and by call_id", async (t) => {
  const app = testApp(scripted([
    { match: { afterToolOutput: false }, respond: { hosted: [{ shell: { call_id: 'call_sh', commands: ['ls'] } }] } },
    { match: { afterToolOutput: { tool: 'shell', callId: 'call_sh' } }, respond: { text: 'Listed.' } },
    { match: { afterToolOutput: 'apply_patch' }, respond: { text: 'Patched.' } },
  ]));
  const first = await post(app, { url: OPENAI, body: { model: 'gpt-5.1', store: false, input: 'Run `ls`', tools: [SHELL] }, headers: SCENARIO });
  const call = outputOf(first)[0]!;
  t.match(call, { type: 'shell_call', call_id: 'call_sh' });
  const ran = { type: 'shell_call_output', call_id: 'call_sh', output: [{ stdout: 'a.txt\n', stderr: '', outcome: { type: 'exit', exit_code: 0 } }] };
  const input = [{ role: 'user', content: 'Run `ls`' }, call, ran];
  const second = await post(app, { url: OPENAI, body: { model: 'gpt-5.1', store: false, input, tools: [SHELL] }, headers: SCENARIO });
  t.equal(second.status, 200, JSON.stringify(second.body));
  t.match(outputOf(second)[0], { type: 'message', content: [{ text: 'Listed.' }] }, 'the shell output matches by tool and call_id');
  const patched = [{ role: 'user', content: 'Create a.txt' }, { type: 'apply_patch_call', call_id: 'c1', status: 'completed', operation: { type: 'create_file', path: 'a.txt', diff: '+hi\n' } }, { type: 'apply_patch_call_output', call_id: 'c1', status: 'completed' }];
  const third = await post(app, { url: OPENAI, body: { model: 'gpt-5.1', store: false, input: patched, tools: [{ type: 'apply_patch' }] }, headers: SCENARIO });
  t.match(outputOf(third)[0], { type: 'message', content: [{ text: 'Patched.' }] });
});

t.test('a structured answer after function and shell outputs stays the schema\'s document', async (t) => {
  const format = { type: 'json_schema', name: 'o', strict: true, schema: { type: 'object', properties: { a: { type: 'string' } }, required: ['a'], additionalProperties: false } };
  const shellOnly = [{ role: 'user', content: 'Run `ls`.' }, BESIDE[2]!, BESIDE[4]!];
  for (const [trailing, tools] of [[BESIDE, [SHELL, weather]], [shellOnly, [SHELL]]] as const) {
    const answer = await post(testApp(), { url: OPENAI, body: { model: 'gpt-5.1', store: false, input: trailing, tools, text: { format } } });
    const text = (outputOf(answer).find((item) => item.type === 'message')!.content as Array<{ text: string }>)[0]!.text;
    t.match(JSON.parse(text), { a: String }, `${trailing.length} items: one JSON document`);
  }
});
