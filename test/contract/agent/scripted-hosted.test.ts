// A scenario that scripts the service's own items, through the openai SDK on a real port: a file search and a
// code interpreter run before a cited answer (JSON, and responses.stream() event by event), then a hosted
// apply_patch call (a raw stream: the SDK's helper does not know the diff events, README) whose diff applies
// with @openai/agents' applyDiff, and the turn after its output, by previous_response_id.
import { applyDiff } from '@openai/agents';
import OpenAI from 'openai';
import t from 'tap';
import type { Rule } from '../../../src/schemas/fixtures.js';
import { listen } from '../../helpers/server.js';

const CODE = 'import math\nprint(math.comb(10, 3))\n';
const DIFF = '+# Combinations\n+\n+10 choose 3 is 120.\n';
const rules: Rule[] = [
  {
    name: 'look it up and compute',
    match: { provider: 'openai', turn: { max: 2 } },
    respond: {
      text: 'The guide defines it, and 10 choose 3 is 120.',
      hosted: [
        { file_search: { files: [{ filename: 'math-guide.pdf', file_id: 'file-guide', text: 'C(n, k) counts the ways to choose k of n.' }] } },
        { code_interpreter: { code: CODE, logs: '120\n' } },
      ],
    },
    times: 2,
  },
  { name: 'write it down', match: { turn: 3 }, respond: { hosted: [{ apply_patch: { call_id: 'call_write', path: 'combinations.md', diff: DIFF } }] } },
  { name: 'confirm', match: { afterToolOutput: 'apply_patch' }, respond: { text: 'Wrote combinations.md.' } },
];
const tools: OpenAI.Responses.Tool[] = [{ type: 'file_search', vector_store_ids: ['vs_math'] }, { type: 'code_interpreter', container: { type: 'auto' } }, { type: 'apply_patch' }];
const input = 'What is 10 choose 3, per the math guide?';

t.test('openai SDK: a scripted file search, code run and apply_patch call, JSON and streamed', async (t) => {
  const server = await listen(t, { seed: 3, scenarios: { math: { rules } } });
  const client = new OpenAI({ apiKey: 'k', baseURL: server.openaiBaseURL, maxRetries: 0, defaultHeaders: { 'x-mock-scenario': 'math', 'x-mock-session': 'math' } });
  const body = { model: 'gpt-4.1', input, tools, include: ['code_interpreter_call.outputs', 'file_search_call.results'] as OpenAI.Responses.ResponseIncludable[] };

  const json = await client.responses.create(body);
  t.same(json.output.map((item) => item.type), ['file_search_call', 'code_interpreter_call', 'message']);
  t.match(json.output[0], { type: 'file_search_call', status: 'completed', results: [{ file_id: 'file-guide', filename: 'math-guide.pdf', text: 'C(n, k) counts the ways to choose k of n.' }] });
  t.match(json.output[1], { type: 'code_interpreter_call', code: CODE, container_id: /^cntr_/, outputs: [{ type: 'logs', logs: '120\n' }] });
  t.equal(json.output_text, 'The guide defines it, and 10 choose 3 is 120.', 'the text as written');
  t.same((json.output[2] as OpenAI.Responses.ResponseOutputMessage).content[0], {
    type: 'output_text', text: json.output_text, logprobs: [], annotations: [{ type: 'file_citation', file_id: 'file-guide', filename: 'math-guide.pdf', index: 44 }],
  }, 'the file cited before the full stop');

  const stream = client.responses.stream(body);
  let code = '';
  let annotations = 0;
  stream.on('response.code_interpreter_call_code.delta', (event) => { code += event.delta; });
  stream.on('response.output_text.annotation.added', () => { annotations += 1; });
  const streamed = await stream.finalResponse();
  t.equal(code, CODE, 'the code arrives in deltas');
  t.equal(annotations, 1, 'the citation is announced');
  t.same(streamed.output.map((item) => item.type), json.output.map((item) => item.type), 'the same items as the JSON answer');

  const patched = await client.responses.create({ ...body, input: 'Write it down in combinations.md', stream: true });
  let diff = '';
  let final: OpenAI.Responses.Response | undefined;
  for await (const event of patched) {
    // Not in the SDK's event union: read as it comes.
    const raw = event as unknown as { type: string; delta?: string };
    if (raw.type === 'response.apply_patch_call_operation_diff.delta') diff += raw.delta ?? '';
    if (event.type === 'response.completed') final = event.response;
  }
  const call = final?.output.at(-1) as OpenAI.Responses.ResponseApplyPatchToolCall;
  t.same(call.operation, { type: 'create_file', diff, path: 'combinations.md' }, 'the deltas make the diff of the final item');
  t.equal(call.call_id, 'call_write');
  t.equal(applyDiff('', DIFF, 'create'), '# Combinations\n\n10 choose 3 is 120.', 'the diff applies as a created file');
  const done = await client.responses.create({ model: 'gpt-4.1', tools, previous_response_id: final!.id, input: [{ type: 'apply_patch_call_output', call_id: 'call_write', status: 'completed' }] });
  t.equal(done.output_text, 'Wrote combinations.md.');
});

t.test('openai SDK: a hosted item for a tool the request does not offer is a 400 naming the rule', async (t) => {
  const server = await listen(t, { scenarios: { math: { rules } } });
  const client = new OpenAI({ apiKey: 'k', baseURL: server.openaiBaseURL, maxRetries: 0, defaultHeaders: { 'x-mock-scenario': 'math' } });
  await t.rejects(client.responses.create({ model: 'gpt-4.1', input, tools: [{ type: 'apply_patch' }] }), {
    constructor: OpenAI.BadRequestError, status: 400, code: 'scenario_hosted_unavailable', param: 'tools',
    message: /^400 Scenario 'math', rule 1 \('look it up and compute'\): respond\.hosted\[0\] is a file_search_call item, but the request offers no file_search tool/,
  });
});
