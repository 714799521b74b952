// A scenario's scripted apply_patch call (the hosted tool) through inject: it ends the response after the
// text and the function calls, with the call_id, operation, path and diff given (the rest from the prompt), its
// diff streamed as the engine's is, and the next turn's output accepted. Also where scripted items go around
// reasoning, the usage they add, the 400 naming the rule for a kind the path or the request lacks, and the
// same bytes for the same request and seed.
import t from 'tap';
import type { Rule } from '../../../../src/schemas/fixtures.js';
import { OPENAI, OPENROUTER, post, testApp, weatherTool } from '../../../helpers/app.js';
import { code, files, itemOf, patch, SCENARIO, scripted, textOf, typesOf } from '../../../helpers/hosted.js';
import { eventsOf, parseSse } from '../../../helpers/sse.js';
import type { Wire } from '../../../helpers/wire.js';

const callsOf = (body: Wire): Wire[] => (body.output as Wire[]).filter((item) => item.type === 'apply_patch_call');

t.test('apply_patch: the call ends the response, after the text and the function calls', async (t) => {
  const app = testApp(scripted([
    {
      respond: {
        text: 'Updating the notes and checking the weather.',
        calls: [{ name: 'get_weather', arguments: { city: 'Paris' } }],
        hosted: [{ apply_patch: { call_id: 'call_notes', operation: 'update_file', path: 'notes.md', diff: '@@\n # Notes\n+- Paris\n' } }],
      },
    },
    { match: { turn: 2 }, respond: { text: 'Both done.' } },
  ]));
  const input = 'Add Paris to notes.md and get the weather';
  const first = await post(app, { url: OPENAI, body: { model: 'gpt-5.5', input, tools: [weatherTool, patch] }, headers: SCENARIO });
  t.equal(first.status, 200);
  t.same(typesOf(first.body), ['reasoning', 'message', 'function_call', 'apply_patch_call']);
  const [call] = callsOf(first.body);
  t.match(call, { id: /^apc_/, status: 'completed', call_id: 'call_notes', operation: { type: 'update_file', diff: '@@\n # Notes\n+- Paris\n', path: 'notes.md' } });
  t.same(Object.keys(call!.operation), ['type', 'diff', 'path'], 'the captured key order');
  t.notOk('phase' in (first.body.output as Wire[])[1]!, 'a message before calls is not the final answer');
  // The client applies the patch and answers both calls.
  const fc = (first.body.output as Wire[])[2]!;
  const history = [
    { role: 'user', content: input }, ...(first.body.output as Wire[]),
    { type: 'function_call_output', call_id: fc.call_id, output: 'sunny' },
    { type: 'apply_patch_call_output', call_id: 'call_notes', status: 'completed', output: '' },
  ];
  const second = await post(app, { url: OPENAI, body: { model: 'gpt-5.5', input: history, tools: [weatherTool, patch] }, headers: SCENARIO });
  t.equal(second.status, 200, 'the call and its output are accepted back');
  t.match((second.body.output as Wire[]).at(-1), { type: 'message', phase: 'final_answer', content: [{ text: 'Both done.' }] });
});

t.test('apply_patch: what is not given comes from the prompt or the diff', async (t) => {
  const app = testApp(scripted([
    { respond: { hosted: [{ apply_patch: { path: 'list.md' } }] } },
    { respond: { hosted: [{ apply_patch: { diff: '+# Title\n+body\n' } }] } },
    { respond: { hosted: [{ apply_patch: { path: 'a.md', diff: '@@\n+more\n' } }] } },
    { respond: { hosted: [{ apply_patch: { operation: 'delete_file' } }, { apply_patch: { operation: 'create_file', path: 'b.txt' } }] } },
  ]));
  const ask = async (input: string) => (await post(app, { url: OPENAI, body: { model: 'gpt-4.1', input, tools: [patch] }, headers: SCENARIO })).body;
  const named = await ask('Create a shopping checklist with milk, bread and eggs');
  t.match(callsOf(named)[0], { call_id: /^call_/, operation: { type: 'create_file', path: 'list.md', diff: '+# Shopping Checklist\n+\n+- [ ] Milk\n+- [ ] Bread\n+- [ ] Eggs\n' } }, 'the diff the prompt asks for, at the path given');
  t.same(callsOf(await ask('Write the draft to draft.md'))[0]!.operation, { type: 'create_file', diff: '+# Title\n+body\n', path: 'draft.md' }, 'a diff of added lines creates the file the prompt names');
  t.same(callsOf(await ask('Change it'))[0]!.operation, { type: 'update_file', diff: '@@\n+more\n', path: 'a.md' }, 'a hunk changes it');
  const two = await ask('Remove old.md');
  t.same(callsOf(two).map((call) => call.operation), [{ type: 'delete_file', path: 'old.md' }, { type: 'create_file', diff: '+B\n', path: 'b.txt' }], 'a deletion has no diff');
  t.not(callsOf(two)[0]!.call_id, callsOf(two)[1]!.call_id, 'each call its own call_id');
});

t.test('apply_patch stream: the diff as the engine streams it', async (t) => {
  const diff = '+# Notes\n+first line\n';
  const app = testApp(scripted([{ respond: { text: 'Creating it.', hosted: [{ apply_patch: { call_id: 'call_s', path: 'notes.md', diff } }] } }]));
  const { raw } = await post(app, { url: OPENAI, body: { model: 'gpt-4.1', input: 'Create notes.md', tools: [patch], stream: true }, headers: SCENARIO });
  const events = eventsOf(parseSse(raw)).filter((event) => event.output_index === 1);
  t.same([...new Set(events.map((event) => event.type))], ['response.output_item.added', 'response.apply_patch_call_operation_diff.delta', 'response.apply_patch_call_operation_diff.done', 'response.output_item.done']);
  const deltas = events.filter((event) => event.type === 'response.apply_patch_call_operation_diff.delta');
  t.equal(deltas.map((event) => event.delta).join(''), diff);
  t.same(Object.keys(deltas[0]!).slice(0, 4), ['type', 'sequence_number', 'item_id', 'output_index'], 'item_id before output_index, as captured');
  t.match(events[0]!.item, { type: 'apply_patch_call', status: 'in_progress', call_id: 'call_s', operation: { type: 'create_file', diff: '', path: 'notes.md' } });
  t.match(events.at(-1)!.item, { status: 'completed', call_id: 'call_s', operation: { diff } });
});

t.test('items come after reasoning; a failure after them; usage counts the diff unless scripted', async (t) => {
  const app = testApp(scripted([
    { respond: { reasoning: 'Searching first.', text: 'Found it.', hosted: [{ web_search: { sources: [] } }] } },
    { respond: { hosted: [{ web_search: { query: 'q', sources: [] } }], fail: { code: 'server_error', message: 'Boom.' } } },
    { respond: { text: 'x', hosted: [{ apply_patch: { path: 'a.md', diff: '+one two three four five six\n' } }] } },
    { respond: { text: 'x', usage: { output_tokens: 7 }, hosted: [{ apply_patch: { path: 'a.md', diff: '+one two three four five six\n' } }] } },
  ]));
  const tools = [{ type: 'web_search' }, patch];
  const ask = async (): Promise<Wire> => (await post(app, { url: OPENAI, body: { model: 'gpt-4.1', input: 'hello', tools }, headers: SCENARIO })).body;
  t.same(typesOf(await ask()), ['reasoning', 'web_search_call', 'message']);
  const failed = await ask();
  t.match(failed, { status: 'failed', error: { code: 'server_error' } });
  t.same(typesOf(failed), ['web_search_call', 'message'], 'the items and the default answer first');
  const counted = await ask();
  const exact = await ask();
  t.ok(counted.usage.output_tokens > exact.usage.output_tokens, `the diff's tokens are output (${counted.usage.output_tokens})`);
  t.equal(exact.usage.output_tokens, 7, 'a scripted figure is kept');
});

t.test('a kind the path does not produce, or whose tool is not offered: a 400 naming the rule', async (t) => {
  const app = testApp({ scenarios: { s: { rules: [{ name: 'run the code', respond: { text: 'x', hosted: [{ web_search: {} }, { code_interpreter: {} }] }, times: 'always' }] } } });
  const openai = await post(app, { url: OPENAI, body: { model: 'gpt-4.1', input: 'hi', tools: [{ type: 'web_search' }] }, headers: SCENARIO });
  t.equal(openai.status, 400);
  t.same(openai.body.error, {
    message: "Scenario 's', rule 1 ('run the code'): respond.hosted[1] is a code_interpreter_call item, but the request offers no code_interpreter tool, and the service only runs the tools it is offered. Add one to the request's tools.",
    type: 'invalid_request_error', param: 'tools', code: 'scenario_hosted_unavailable',
  });
  const openrouter = await post(app, { url: OPENROUTER, body: { model: 'openai/gpt-4o', input: 'hi', tools: [{ type: 'web_search_preview' }, { type: 'code_interpreter' }] }, headers: SCENARIO });
  t.equal(openrouter.status, 400);
  t.equal(openrouter.body.error?.message, "Scenario 's', rule 1 ('run the code'): respond.hosted[1] is a code_interpreter_call item, which the OpenRouter path (/api/v1) never produces; the OpenAI path (/v1) does. Give the rule `match: { provider: openai }` to keep it to that path.");
  const search = testApp(scripted([{ respond: { hosted: [{ web_search: {} }] } }]));
  const unoffered = await post(search, { url: OPENROUTER, body: { model: 'openai/gpt-4o', input: 'hi', tools: [weatherTool] }, headers: SCENARIO });
  t.match(unoffered, { status: 400, body: { error: { message: /respond\.hosted\[0\] is a web_search_call item, but the request offers no web search \(web_search, web_search_preview, openrouter:web_search, …\) tool/ } } });
});

t.test('same request and seed, same bytes', async (t) => {
  const rules: Rule[] = [{ respond: { text: 'Done.', hosted: [{ web_search: {} }, { code_interpreter: { file: { path: '/mnt/data/x.csv' } } }, { file_search: { files: [{ filename: 'a.pdf' }] } }, { apply_patch: {} }] }, times: 'always' }];
  const tools = [{ type: 'web_search' }, { type: 'code_interpreter', container: { type: 'auto' } }, { type: 'file_search', vector_store_ids: ['vs'] }, patch];
  for (const stream of [false, true]) {
    const body = { model: 'gpt-4.1', input: 'Create notes.md', tools, stream };
    const [one, two] = await Promise.all([testApp(scripted(rules)), testApp(scripted(rules))].map((app) => post(app, { url: OPENAI, body, headers: SCENARIO })));
    t.equal(one!.status, 200);
    t.equal(one!.raw, two!.raw, stream ? 'streamed' : 'JSON');
  }
});

t.test('review cases: the conversation\'s container, exact replies kept once, linked query strings, reasoning around each run', async (t) => {
  const app = testApp(scripted([
    { match: { message: 'exact' }, respond: { hosted: [{ code_interpreter: { code: '1\n', logs: '1' } }, { file_search: { files: [{ filename: 'a.pdf' }] } }] } },
    { match: { message: 'link' }, respond: { text: 'See the page.', hosted: [{ web_search: { sources: [{ url: 'https://example.com/a?b=1#top', title: 'A' }] } }] } },
    { match: { message: 'container' }, respond: { hosted: [{ code_interpreter: {} }] } },
    { match: { message: 'several' }, respond: { text: 'Done.', hosted: [{ file_search: {} }, { code_interpreter: {} }] } },
  ]));
  t.teardown(() => app.close());
  const exact = await post(app, { url: OPENAI, body: { model: 'gpt-4.1', input: 'exact: reply exactly with: found it', tools: [code, files] }, headers: SCENARIO });
  t.equal(textOf(exact.body).text, 'found it', 'an exact reply once, as written, whatever the items');
  const link = await post(app, { url: OPENAI, body: { model: 'gpt-4.1', input: 'link', tools: [{ type: 'web_search' }] }, headers: SCENARIO });
  t.match(textOf(link.body).text, /\(\[example\.com\]\(https:\/\/example\.com\/a\?b=1&utm_source=openai#top\)\)$/, 'utm_source joins the query, before the fragment');
  const first = await post(app, { url: OPENAI, body: { model: 'gpt-4.1', input: 'Compute 1 + 1 in python', tools: [code] } });
  const container = itemOf(first.body, 'code_interpreter_call').container_id;
  const chained = await post(app, { url: OPENAI, body: { model: 'gpt-4.1', previous_response_id: first.body.id, input: 'container: compute 2 + 2 in python', tools: [code] }, headers: SCENARIO });
  t.equal(itemOf(chained.body, 'code_interpreter_call').container_id, container, 'the container of the chain, as the engine would');
  const several = await post(app, { url: OPENAI, body: { model: 'gpt-5-mini', input: 'several: search the docs and compute 2 * 3', tools: [code, files] }, headers: SCENARIO });
  t.same(typesOf(several.body), ['reasoning', 'file_search_call', 'reasoning', 'code_interpreter_call', 'reasoning', 'message'], 'reasoning after each run, as captured');
});
