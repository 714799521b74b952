// OpenAI's response envelope against every captured response object (openai-captures/ and captures/, see their
// READMEs): the mock's answer for the same model and the same kind of request (JSON or stream, store, reasoning)
// has the capture's keys in the capture's order, and echoes what that model echoes by default (dated snapshot,
// top_p, text.verbosity, reasoning, prompt_cache_retention, service tier). Fields the live service added after a
// capture was made are left out when comparing with it: the mock follows the newest envelope.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { OPENAI, post, testApp } from '../helpers/app.js';
import { eventsOf, parseSse } from '../helpers/sse.js';

type Json = Record<string, unknown>;

const HERE = fileURLToPath(new URL('.', import.meta.url));

/** Each response object a capture holds: a JSON body, or the first and the terminal response of its first stream. */
const CAPTURES = [
  'openai-captures/programmatic-tool-calling.1.json', 'openai-captures/programmatic-tool-calling.1.chunks.txt',
  'openai-captures/openai-apply-patch-tool.1.json', 'openai-captures/openai-reasoning-encrypted-content.1.json',
  'openai-captures/openai-reasoning-encrypted-content.1.chunks.txt', 'captures/openai-tool-search.1.json',
  'captures/openai-tool-search.1.chunks.txt', 'captures/openai-client-tool-search.2.json', 'captures/openai-code-interpreter-tool.1.json',
  'captures/openai-web-search-tool.1.json', 'captures/openai-web-search-tool.1.chunks.txt', 'captures/openai-file-search-tool.1.chunks.txt',
  'openai-captures/openai-error.1.chunks.txt', 'captures/openai-compaction.1.json', 'captures/openai-compaction.1.chunks.txt',
];

/** When the live envelope gained a field (between the last capture without it and the first with it). */
const ADDED: ReadonlyArray<{ field: string; since: string }> = [
  { field: 'prompt_cache_retention', since: '2025-11-01' },
  { field: 'completed_at', since: '2026-01-01' },
  { field: 'frequency_penalty', since: '2026-01-01' },
  { field: 'presence_penalty', since: '2026-01-01' },
  { field: 'moderation', since: '2026-04-01' },
  { field: 'tool_usage', since: '2026-04-01' },
];

/** Since then (a 2026-09 third-party wire log; the spec's defaults), every model echoes `reasoning.context`, and a reasoning model its `mode`. */
const REASONING_CONTEXT_SINCE = '2026-04-01';
const withoutContext = ({ context: _context, mode: _mode, ...rest }: Json): Json => rest;

/** Compared by value; ids, times, output, usage, tools and tool_choice follow each request and are left out. */
const ECHOED = [
  'object', 'background', 'billing', 'error', 'frequency_penalty', 'incomplete_details', 'max_output_tokens', 'max_tool_calls', 'model',
  'moderation', 'parallel_tool_calls', 'presence_penalty', 'previous_response_id', 'prompt_cache_key', 'prompt_cache_retention',
  'reasoning', 'safety_identifier', 'service_tier', 'store', 'temperature', 'text', 'top_logprobs', 'top_p', 'truncation', 'user', 'metadata',
];

interface Captured { label: string; response: Json; stream: boolean }

function captured(file: string): Captured[] {
  const text = readFileSync(`${HERE}${file}`, 'utf8');
  if (file.endsWith('.json')) return [{ label: file, response: JSON.parse(text) as Json, stream: false }];
  const events = text.split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as Json);
  const last = events.find((event) => /^response\.(completed|failed|incomplete)$/.test(String(event.type)))!;
  return [
    { label: `${file} response.created`, response: events[0]!.response as Json, stream: true },
    { label: `${file} ${String(last.type)}`, response: last.response as Json, stream: true },
  ];
}

/** The request the mock gets for a capture: its model's alias, its store and stream, its reasoning if not default. */
function requestFor(capture: Captured): Json {
  const { response } = capture;
  const alias = String(response.model).replace(/-\d{4}-\d{2}-\d{2}$/, '');
  const reasoning = response.reasoning as Json | null;
  return {
    model: alias, input: 'Say hello.', store: response.store, ...(capture.stream ? { stream: true } : {}),
    ...(reasoning?.summary ? { reasoning: { effort: reasoning.effort, summary: reasoning.summary } } : {}),
  };
}

/** A failed capture's request fails the same way: a scenario scripts its error. */
function appFor(capture: Captured): { app: ReturnType<typeof testApp>; headers: Record<string, string> } {
  const error = capture.response.error as { code: string; message: string } | null;
  if (!error) return { app: testApp(), headers: {} };
  const scenarios = { failed: { rules: [{ times: 'always' as const, respond: { fail: { code: error.code, message: error.message } } }] } };
  return { app: testApp({ scenarios }), headers: { 'x-mock-scenario': 'failed' } };
}

for (const capture of CAPTURES.flatMap(captured)) {
  t.test(`${capture.label} (${String(capture.response.model)})`, async (t) => {
    const { app, headers } = appFor(capture);
    const answer = await post(app, { url: OPENAI, body: requestFor(capture), headers });
    t.equal(answer.status, 200);
    const events = capture.stream ? eventsOf(parseSse(answer.raw)) : [];
    const mine = (capture.stream ? (capture.label.endsWith('created') ? events[0]! : events.at(-1)!).response : answer.body) as Json;
    const day = new Date(Number(capture.response.created_at) * 1000).toISOString().slice(0, 10);
    const later = new Set(ADDED.filter((added) => day < added.since).map((added) => added.field));
    t.same(Object.keys(mine).filter((key) => !later.has(key)), Object.keys(capture.response), 'the same keys, in the same order');
    for (const key of ECHOED) {
      if (!(key in capture.response)) continue;
      const value = key === 'reasoning' && day < REASONING_CONTEXT_SINCE ? withoutContext(mine.reasoning as Json) : mine[key];
      t.same(value, capture.response[key], key);
    }
  });
}

t.test('a conversation is named only when the request names one', async (t) => {
  const app = testApp();
  const plain = await post(app, { url: OPENAI, body: { model: 'gpt-5.4', input: 'hi' } });
  t.notOk('conversation' in plain.body, 'no conversation key otherwise');
  const made = await app.inject({ method: 'POST', url: '/v1/conversations', payload: {} });
  const id = made.json<{ id: string }>().id;
  const turn = await post(app, { url: OPENAI, body: { model: 'gpt-5.4', input: 'hi', conversation: id } });
  const keys = Object.keys(turn.body);
  t.same(turn.body.conversation, { id });
  t.equal(keys.indexOf('conversation'), keys.indexOf('completed_at') + 1, 'in its alphabetical place');
});

t.test('the reasoning context and mode a response ran with; auto is resolved', async (t) => {
  const app = testApp();
  const echo = async (reasoning: Json) => (await post(app, { url: OPENAI, body: { model: 'gpt-5.6-terra', input: 'hi', reasoning } })).body.reasoning;
  t.same(await echo({ effort: 'max', mode: 'pro' }), { context: 'all_turns', effort: 'max', mode: 'pro', summary: null });
  t.same(await echo({ context: 'current_turn' }), { context: 'current_turn', effort: 'medium', mode: 'standard', summary: null });
  t.same(await echo({ context: 'auto' }), { context: 'all_turns', effort: 'medium', mode: 'standard', summary: null });
  const astra = await post(app, { url: OPENAI, body: { model: 'gpt-6-astra', input: 'hi' } });
  t.same(astra.body.reasoning, { context: 'all_turns', effort: 'medium', mode: 'standard', summary: null }, 'gpt-6-astra: medium unasked');
  const older = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: 'hi', text: { verbosity: 'low' } } });
  t.same([older.body.reasoning, older.body.text, older.body.top_p], [{ context: null, effort: null, summary: null }, { format: { type: 'text' }, verbosity: 'low' }, 1], 'gpt-4o: no context, effort or mode');
  const earlier = await post(app, { url: OPENAI, body: { model: 'gpt-5.4', input: 'hi', reasoning: { effort: 'low', context: 'auto' } } });
  t.same(earlier.body.reasoning, { context: 'current_turn', effort: 'low', mode: 'standard', summary: null }, 'before gpt-5.6: current_turn');
});

t.test('tools are echoed as captured: type first, then the fields alphabetically, programmatic ones kept', async (t) => {
  const files = ['openai-captures/programmatic-tool-calling.1.json', 'openai-captures/openai-reasoning-encrypted-content.1.json', 'captures/openai-client-tool-search.1.json', 'captures/openai-tool-search.1.json'];
  for (const file of files) {
    const response = JSON.parse(readFileSync(`${HERE}${file}`, 'utf8')) as Json;
    const tools = response.tools as Json[];
    const answer = await post(testApp(), { url: OPENAI, body: { model: String(response.model).replace(/-\d{4}-\d{2}-\d{2}$/, ''), input: 'Say hello.', tools, tool_choice: 'none' } });
    t.equal(answer.status, 200, file);
    t.same((answer.body.tools as Json[]).map((tool) => Object.keys(tool)), tools.map((tool) => Object.keys(tool)), `${file}: keys in order`);
    t.same(answer.body.tools, tools, `${file}: values`);
  }
});

t.test('a moderated completion reports on its input and output; a bad moderation is the real 400', async (t) => {
  const app = testApp();
  const asked = await post(app, { url: OPENAI, body: { model: 'gpt-5.6-sol', input: 'hi', moderation: { model: 'omni-moderation-latest', policy: { input: { mode: 'score' } } } } });
  const moderation = asked.body.moderation as Record<string, Json>;
  t.same(Object.keys(moderation), ['input', 'output']);
  for (const side of ['input', 'output']) {
    const result = moderation[side]!;
    t.same(Object.keys(result), ['type', 'model', 'flagged', 'categories', 'category_scores', 'category_applied_input_types'], `${side}: the spec's ModerationResultBody`);
    t.match(result, { type: 'moderation_result', model: 'omni-moderation-latest', flagged: false, categories: { harassment: false, violence: false } });
    t.ok(Object.values(result.category_scores as Record<string, number>).every((score) => score > 0 && score < 0.001), `${side}: small scores`);
  }
  const refused = async (value: unknown) => ((await post(app, { url: OPENAI, body: { model: 'gpt-5.6-sol', input: 'hi', moderation: value } })).body.error as Json);
  t.match(await refused('omni'), { code: 'invalid_type', param: 'moderation', message: "Invalid type for 'moderation': expected an object, but got a string instead." });
  t.match(await refused({}), { code: 'missing_required_parameter', param: 'moderation.model' });
  t.match(await refused({ model: 'm', policy: { output: { mode: 'warn' } } }), { code: 'invalid_value', param: 'moderation.policy.output.mode', message: "Invalid value: 'warn'. Supported values are: 'score' and 'block'." });
  const plain = await post(app, { url: OPENAI, body: { model: 'gpt-5.6-sol', input: 'hi', moderation: null } });
  t.equal(plain.body.moderation, null, 'not asked: null');
});
