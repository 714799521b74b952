// The Python `openai` SDK (pinned, in a venv the test makes once) against a real server on 127.0.0.1: the groups
// in test/contract/python/, run in one Python process, report what the SDK returned (classes, fields, strict
// re-validation against the SDK's own types); the journal shows what went over the wire.
import t from 'tap';
import { listen } from '../helpers/server.js';
import { PYTHON_OPENAI_VERSION, pythonOpenAI, runPython, type GroupResult } from '../helpers/clients/python.js';
import { skipWithout } from '../helpers/prerequisite.js';
import type { Test } from 'tap';
import type { Wire } from '../helpers/wire.js';

const setup = await pythonOpenAI();
const skip = skipWithout(setup.ok ? false : `the Python openai SDK is not available: ${setup.reason}`);
const python = setup.ok ? setup.python : '';
// Run alone (not by tap), the file has tap's 30 s default; installing the SDK and starting Python on a busy
// machine can take longer.
if (process.env.TAP_TIMEOUT === undefined) t.setTimeout(300_000);

interface JournalEntry { transport: string; method: string; path: string; status: number; headers: Record<string, string>; body: string; bodyBytes: number; scenario: string | null; rule: { name?: string } | null; error: { code: string | null; param: string | null } | null }

async function journal(url: string, session: string): Promise<JournalEntry[]> {
  const answer = await fetch(`${url}/__mock/requests?session=${session}`);
  return ((await answer.json()) as { requests: JournalEntry[] }).requests;
}

const body = (entry: JournalEntry | undefined): Wire => JSON.parse(entry?.body ?? 'null') as Wire;
const SDK = { 'user-agent': `OpenAI/Python ${PYTHON_OPENAI_VERSION}`, 'x-stainless-lang': 'python', 'x-stainless-package-version': PYTHON_OPENAI_VERSION };

type Check = (t: Test, url: string, report: Wire) => Promise<void>;

t.test('the Python openai SDK', { skip }, async (t) => {
  const server = await listen(t);
  const groups: Array<[string, string, Check]> = [
    ['tool_loop', 'the sync client: tool loops, stored responses, a scenario, errors', syncClient],
    ['streaming', 'streams: stream=True, responses.stream(), responses.parse() with pydantic', streams],
    ['async_client', 'the async client', asyncClient],
    ['websocket', 'the Responses WebSocket: responses.connect()', webSocket],
    ['conversations', 'conversations: create, a tool loop by conversation, items, update, delete', conversations],
    ['programmatic', 'programmatic tool calling and a moderated completion, re-validated', programmatic],
    ['hosted', 'hosted tools (code interpreter, file search, web search, apply_patch), re-validated', hosted],
    ['agent2026', 'the shell tool, a configuration update, cache diagnostics and steering, re-validated', agent2026],
  ];
  const results = await runPython<Wire>(python, groups.map(([name]) => name), server.url);
  for (const [name, title, check] of groups) {
    const result: GroupResult<Wire> | undefined = results[name];
    // A group that raised shows its traceback as the failure.
    t.test(title, async (t) => (result?.report ? check(t, server.url, result.report) : void t.fail(result?.error ?? `${name} did not run`)));
  }
});

async function syncClient(t: Test, url: string, report: Wire): Promise<void> {
  for (const [path, prefix] of [['openai', '/v1'], ['openrouter', '/api/v1']] as const) {
    const { first, second } = report[path];
    t.match(first, { class: 'Response', items: ['ResponseFunctionToolCall'], name: 'get_weather', arguments: { city: 'Paris' }, output_text: '' }, `${path}: a function call`);
    t.match(second, { status: 'completed', items: ['ResponseOutputMessage'], output_text: 'The weather in Paris: temperature 22, condition sunny.' }, `${path}: the answer uses the output`);
    t.equal(second.usage.total_tokens, second.usage.input_tokens + second.usage.output_tokens, `${path}: usage adds up`);
    const entries = await journal(url, `python-loop-${path}`);
    t.same(entries.map((entry) => [entry.method, entry.path, entry.status]), [['POST', `${prefix}/responses`, 200], ['POST', `${prefix}/responses`, 200]], `${path}: two creates on the wire`);
    t.match(entries[0]?.headers, { ...SDK, authorization: /^Bearer \*\*\*/, 'content-type': 'application/json' }, `${path}: sent by the Python SDK`);
    t.notMatch(JSON.stringify(entries), 'sk-test-python', `${path}: its key masked in the journal`);
    t.match(body(entries[1]).input, [{ role: 'user' }, { type: 'function_call', call_id: first.call_id }, { type: 'function_call_output', call_id: first.call_id }], `${path}: the history went back`);
  }
  // Validated against openai-python's own pydantic types: every field they require is there on the OpenAI path.
  t.equal(report.openai.first.problems, null, 'OpenAI path: the response validates strictly');
  t.equal(report.openai.second.problems, null, 'OpenAI path: the answer validates strictly');
  t.equal(report.openai.second.usage.input_tokens_details.cache_write_tokens, 0, 'OpenAI path: usage has cache_write_tokens');
  // OpenRouter's recorded usage has no cache_write_tokens, which the SDK's types call required: only that.
  t.match(report.openrouter.first.problems, /^1 validation error for Response\nusage\.input_tokens_details\.cache_write_tokens\n/, 'OpenRouter path: only what OpenRouter itself omits');
  t.match(report.openrouter.second.usage, { cost: Number, is_byok: false }, 'OpenRouter path: its usage extras reach the SDK');

  const { stored } = report;
  t.match(stored.first, { store: true, instructions: 'Be brief.' }, 'stored by default');
  t.match(stored.second, { previous_response_id: stored.first.id, output_text: 'The weather in Paris: sunny, 22 C.' }, 'chained by previous_response_id');
  t.match(stored.retrieved, { class: 'Response', id: stored.second.id, output_text: stored.second.output_text, previous_response_id: stored.first.id, problems: null }, 'retrieve gives it back');
  t.match(stored.page, { class: /^SyncCursorPage\[/, items: ['ResponseFunctionToolCallOutputItem', 'ResponseFunctionToolCallItem'], has_more: true }, 'input_items: a first page of two, newest first, more to come');
  t.equal(stored.page.first_id, stored.page.ids[0]);
  t.equal(stored.page.last_id, stored.page.ids[1]);
  t.same(stored.every.items, ['ResponseFunctionToolCallOutputItem', 'ResponseFunctionToolCallItem', 'ResponseInputMessageItem'], 'auto-paging reaches all three');
  t.same(stored.ascending.ids, [...stored.every.ids].reverse(), 'order=asc is the reverse');
  t.equal(stored.deleted, 'None', 'delete returns None');
  t.match(stored.after_delete, { status: 404, param: 'id' }, 'then retrieve is a NotFoundError');

  const storedWire = await journal(url, 'python-stored');
  const calls = storedWire.map((entry) => `${entry.method} ${entry.path.replace(/(resp|fc|fco|msg)_[\w]+/g, '$1_…')} ${entry.status}`);
  t.same(calls, [
    'POST /v1/responses 200', 'POST /v1/responses 200', 'GET /v1/responses/resp_… 200', 'POST /v1/responses 200',
    'GET /v1/responses/resp_…/input_items?limit=2 200',
    'GET /v1/responses/resp_…/input_items?limit=2 200', 'GET /v1/responses/resp_…/input_items?limit=2&after=fc_… 200',
    'GET /v1/responses/resp_…/input_items?limit=2&order=asc 200', 'GET /v1/responses/resp_…/input_items?limit=2&order=asc&after=fc_… 200',
    'DELETE /v1/responses/resp_… 200', 'GET /v1/responses/resp_… 404',
  ], 'the SDK paged with after=<last id>');
  const deletion = storedWire.find((entry) => entry.method === 'DELETE');
  t.match(deletion, { headers: { 'content-type': 'application/json' }, bodyBytes: 0, status: 200 }, 'the DELETE: content-type application/json, empty body, 200');
  t.match(body(storedWire[1]), { previous_response_id: stored.first.id, input: [{ type: 'function_call_output', call_id: stored.first.call_id }] });

  t.match(report.scenario.calls, [{ name: 'get_weather', arguments: { location: 'Paris' } }, { name: 'get_weather', arguments: { location: 'London' } }], 'parallel-calls: two calls');
  t.equal(report.scenario.answer, 'Paris is 18°C and sunny; London is 14°C with light rain.', 'then the scripted answer');
  const scenarioWire = await journal(url, 'python-scenario');
  t.same(scenarioWire.map((entry) => [entry.scenario, entry.rule?.name, entry.headers['x-mock-scenario']]),
    [['parallel-calls', 'two calls at once', 'parallel-calls'], ['parallel-calls', 'answer from both outputs', 'parallel-calls']], 'extra_headers picked the scenario');

  t.match(report.errors.strict_schema, { class: 'BadRequestError', status: 400, param: 'tools[0].parameters', code: 'invalid_function_parameters', type: 'invalid_request_error' }, 'OpenAI path: BadRequestError with param and code');
  t.match(report.errors.missing_id, { class: 'BadRequestError', status: 400, param: null, code: 'invalid_prompt', body: { message: /^Missing required parameter: 'input\[2\]\.id'/ } }, 'OpenRouter path: its envelope (code, no param)');
  const errorWire = await journal(url, 'python-errors');
  t.same(errorWire.map((entry) => [entry.status, entry.error?.param]), [[400, 'tools[0].parameters'], [400, 'input[2].id']], 'the journal names the paths');

  t.same(report.errors.rate_limited, { class: 'RateLimitError', status: 429, code: 'rate_limit_exceeded', retry_after: '1' }, 'rate-limited-then-ok: RateLimitError with retry-after');
  t.same(report.errors.retried, { output_text: 'recovered' }, 'server-error-then-ok: the SDK retried');
  const retryWire = await journal(url, 'python-500');
  t.same(retryWire.map((entry) => [entry.status, entry.headers['x-stainless-retry-count']]), [[500, '0'], [200, '1']], 'a 500, then its retry');
  t.same(report.errors.incomplete, { status: 'incomplete', reason: 'max_output_tokens', output_text: 'This answer stops early because it ran out of output tokens' }, 'response-incomplete');
}

async function streams(t: Test, url: string, report: Wire): Promise<void> {
  for (const path of ['openai', 'openrouter']) {
    const raw = report[`${path}_raw`];
    t.same(raw.types, ['response.created', 'response.in_progress', 'response.output_item.added',
      ...raw.types.slice(3, -3).map(() => 'response.function_call_arguments.delta'),
      'response.function_call_arguments.done', 'response.output_item.done', 'response.completed'], `${path}: the events of a streamed call`);
    t.ok(raw.types.length > 6, `${path}: with argument deltas`);
    t.same(raw.classes.slice(0, 2), ['ResponseCreatedEvent', 'ResponseInProgressEvent'], `${path}: parsed into the SDK's event classes`);
    t.notOk(raw.classes.includes('dict'), `${path}: no event left unparsed`);
    t.same(raw.sequence, raw.types.map((_: unknown, index: number) => index), `${path}: sequence numbers 0..n`);
    t.equal(raw.deltas, '{"city":"Paris"}', `${path}: the deltas join to the arguments`);
    t.equal(raw.done_arguments, raw.deltas);
    t.match(raw.completed, { class: 'Response', status: 'completed', items: ['ResponseFunctionToolCall'], arguments: raw.deltas });

    const text = report[`${path}_text`];
    t.equal(text.deltas, 'Hello from Python!', `${path}: the helper's text deltas`);
    t.equal(text.snapshot, 'Hello from Python!', `${path}: the helper's snapshot`);
    t.match(text.final, { class: 'ParsedResponse', output_text: 'Hello from Python!', status: 'completed' }, `${path}: get_final_response()`);
    t.same(report[`${path}_tool`], { items: ['ParsedResponseFunctionToolCall'], name: 'get_weather', parsed_arguments: { city: 'Paris' } }, `${path}: the helper parses strict tool arguments`);
  }
  t.same(report.openai_raw.event_problems, [], 'OpenAI path: every event validates strictly against the SDK types');
  t.equal(report.openai_raw.completed.problems, null);

  const { parse } = report;
  t.match(parse.first, { class: 'ParsedResponse', items: ['ParsedResponseFunctionToolCall'], parsed_arguments: { city: 'Paris' }, output_parsed: null }, 'parse: the call first');
  t.match(parse.second, { items: ['ParsedResponseOutputMessage'], parts: ['ParsedResponseOutputText'], output_parsed: { class: 'Weather', value: { city: 'Paris', temperature: 21, conditions: 'sunny' } } }, 'then output_parsed is the pydantic model');
  t.match(parse.second.format, { type: 'json_schema', name: 'Weather', strict: true, schema: { required: ['city', 'temperature', 'conditions'], additionalProperties: false } }, 'text.format echoed');
  t.match(report.parse_stream, { class: 'Weather', value: { city: 'Oslo' } }, 'the streamed parse gives the model too');
  t.same(report.parse_stream.value, report.parse_stream.text, 'from the streamed JSON text');

  const parseWire = await journal(url, 'python-parse');
  t.same(parseWire.map((entry) => [entry.status, entry.rule?.name ?? null]), [[200, 'call get_weather'], [200, 'answer in JSON'], [200, null]], 'the scenario, then the engine');
  t.match(body(parseWire[0]).text, { format: { type: 'json_schema', name: 'Weather', strict: true, schema: { type: 'object', additionalProperties: false } } }, 'the SDK sent the pydantic schema');
  t.match(body(parseWire[2]), { stream: true, text: { format: { name: 'Weather' } } });
  t.match(report.failed, { class: 'APIError', message: 'The model failed to produce a response.', body: { code: 'server_error' }, last_seen: 'response.in_progress' }, 'response-failed: the error event makes the SDK raise APIError');
  t.same(report.cut, { class: 'APIConnectionError' }, 'stream-cut: an APIConnectionError');
  const { replay } = report;
  t.same(replay.types.slice(0, 3), ['response.created', 'response.in_progress', 'response.output_item.added'], 'retrieve(stream=True): the events of the stored call');
  t.equal(replay.types.at(-1), 'response.completed');
  t.same(replay.classes, ['ResponseCreatedEvent', 'ResponseInProgressEvent'], 'parsed into the SDK\'s event classes');
  t.same(replay.sequence, replay.types.map((_: unknown, index: number) => index));
  t.equal(replay.completed_is_stored, true, 'response.completed is the stored response');
  t.same(replay.event_problems, [], 'every replayed event validates strictly');
  t.same(replay.resumed, replay.sequence.slice(3), 'starting_after=2: from event 3 on');
  t.same(replay.helper, replay.sequence.slice(4), 'responses.stream(response_id, starting_after=3) yields the events after 3');
  t.match(replay.final, { status: 'completed', arguments: '{"city":"Paris"}', same_id: true }, 'and its final response');
  const replayWire = await journal(url, 'python-replay');
  t.same(replayWire.map((entry) => `${entry.method} ${entry.path.replace(/resp_\w+/, 'resp_…')} ${entry.status}`), [
    'POST /v1/responses 200', 'GET /v1/responses/resp_…?stream=true 200', 'GET /v1/responses/resp_…?starting_after=2&stream=true 200',
    'GET /v1/responses/resp_…?stream=true 200',
  ], 'what the Python SDK sent (the helper leaves starting_after out)');
  const streamWire = await journal(url, 'python-stream-openrouter');
  t.same(streamWire.map((entry) => [entry.path, entry.status, body(entry).stream]), [['/api/v1/responses', 200, true], ['/api/v1/responses', 200, true], ['/api/v1/responses', 200, true]], 'OpenRouter: three streams');
}

async function asyncClient(t: Test, url: string, report: Wire): Promise<void> {
  t.match(report.first, { class: 'Response', items: ['ResponseFunctionToolCall'], arguments: { city: 'Paris' } }, 'a function call');
  t.match(report.second, { output_text: 'The weather in Paris: rainy, 12 C.', previous_response_id: report.second.first_id }, 'answered through previous_response_id');
  t.same(report.stream, { first: 'response.created', last: 'response.completed', output_text: 'Hello, async!' }, 'an async stream');
  const entries = await journal(url, 'python-async');
  t.same(entries.map((entry) => [entry.method, entry.status]), [['POST', 200], ['POST', 200], ['POST', 200], ['DELETE', 200]]);
  t.match(entries[0]?.headers, { 'user-agent': `AsyncOpenAI/Python ${PYTHON_OPENAI_VERSION}`, 'x-stainless-async': 'async:asyncio' }, 'sent by AsyncOpenAI');
  t.match(entries[3], { headers: { 'content-type': 'application/json' }, bodyBytes: 0 }, 'its DELETE has no body either');
}

async function conversations(t: Test, url: string, report: Wire): Promise<void> {
  t.match(report.conversation, { class: 'Conversation', id: /^conv_/, metadata: { topic: 'weather' }, problems: null }, "a Conversation that validates against the SDK's type");
  t.same(report.first, { conversation: report.conversation.id, items: ['ResponseFunctionToolCall'] }, 'a call, in the conversation');
  t.same(report.second, { output_text: 'The weather in Paris: sunny, 22 C.' }, 'answered from the output alone');
  t.same(report.items.types, ['message', 'message', 'function_call', 'function_call_output', 'message'], 'the items, paged two at a time');
  t.same(report.items.classes.slice(0, 3), ['Message', 'Message', 'ResponseFunctionToolCallItem'], "parsed into the SDK's item classes");
  t.same(report.one.content, 'Hello', 'one item read');
  t.equal(report.after_delete, 'Conversation', 'deleting an item answers the conversation');
  t.same(report.updated, { topic: 'done' });
  t.same(report.deleted, { id: report.conversation.id, deleted: true, object: 'conversation.deleted' });
  t.match(report.missing, { status: 404, message: /not found/ }, 'then a NotFoundError');
  const entries = await journal(url, 'python-conversations');
  t.same(entries.map((entry) => [entry.method, entry.path.replace(/conv_[0-9a-f]+/, 'conv').replace(/(msg|fc)_[0-9a-f]+/, 'item'), entry.status]).slice(0, 3), [
    ['POST', '/v1/conversations', 200], ['POST', '/v1/responses', 200], ['POST', '/v1/responses', 200],
  ], 'the journal shows the calls');
}

async function programmatic(t: Test, _url: string, report: Wire): Promise<void> {
  t.same(report.turns.map((turn: Wire) => turn.items), [
    ['ResponseReasoningItem', 'Program', 'ResponseFunctionToolCall'], ['ResponseFunctionToolCall'], ['ResponseReasoningItem', 'ProgramOutput', 'ResponseOutputMessage'],
  ], "the program, its calls one turn at a time, then its result: parsed into the SDK's classes");
  t.same(report.turns.map((turn: Wire) => turn.problems), [null, null, null], "every response validates against the SDK's Response type");
  t.same(report.caller, { type: 'program', is_program: true }, 'the call names its program');
  t.same(report.moderation, { flagged: [false, false], class: 'Moderation' }, 'moderation results for input and output');
  t.same(JSON.parse(report.result), { inventory: { availableUnits: 12 }, demand: { requestedUnits: 5 } }, 'what the program returned');
  t.match(report.output_text, /12/);
}

async function hosted(t: Test, _url: string, report: Wire): Promise<void> {
  const { code, files, web, patch } = report;
  t.match(code, { items: ['ResponseReasoningItem', 'ResponseCodeInterpreterToolCall', 'ResponseReasoningItem', 'ResponseOutputMessage'], citations: ['AnnotationContainerFileCitation'], logs: ["'/mnt/data/result.txt'"], container: /^cntr_/ }, 'a code run that saves a file, in the SDK\'s classes');
  t.match(files, { items: ['ResponseReasoningItem', 'ResponseFileSearchToolCall', 'ResponseReasoningItem', 'ResponseOutputMessage'], citations: ['AnnotationFileCitation', 'AnnotationFileCitation'], results: ['travel-policy.pdf'] }, 'a file search with its results');
  t.match(web, { items: ['ResponseFunctionWebSearch', 'ResponseOutputMessage'], citations: ['AnnotationURLCitation', 'AnnotationURLCitation', 'AnnotationURLCitation'], sources: 3 }, 'a streamed web search with its sources');
  t.same(web.event_problems, [], "every streamed event validates against the SDK's event types");
  t.match(patch, { items: ['ResponseApplyPatchToolCall'], operation: 'create_file', path: 'notes.md', then: 'Created `notes.md`.' }, 'the apply_patch loop');
  t.same([code.problems, files.problems, web.problems, patch.problems, patch.then_problems], [null, null, null, null, null], "every response validates against the SDK's Response type");
}

async function agent2026(t: Test, _url: string, report: Wire): Promise<void> {
  const { shell, update, cache, steer } = report;
  t.match(shell, { items: ['ResponseFunctionShellToolCall'], commands: ['ls -la'], then: '`ls -la` printed:\n```\ntotal 0\n```' }, 'the shell loop, in the SDK\'s classes');
  t.same(shell.event_classes, ['ResponseShellCallCommandAddedEvent', 'ResponseShellCallCommandDeltaEvent', 'ResponseShellCallCommandDoneEvent'], 'its command events parsed as the SDK\'s own');
  t.match(update, { items: ['ResponseOutputMessage'], listed: ['ResponseConfigurationUpdateItem', 'ResponseInputMessageItem'] }, 'a configuration update applied (no reasoning at effort none) and listed back');
  t.match(cache, { diagnostics: { type: 'cache_hit' }, options: { mode: 'implicit', ttl: '30m' } }, 'prompt cache diagnostics and options');
  t.same(steer.classes, ['ResponseSteerAcceptedEvent'], 'a steer acknowledged with the SDK\'s event class');
  t.equal(steer.successor_previous, steer.steered, 'the successor continues the steered response');
  t.equal(steer.text, 'Steered');
  t.same([shell.event_problems, shell.then_problems, update.problems, update.listed_problems, cache.problems, steer.event_problems], [[], null, null, [], null, []],
    "every response, item and event validates against the SDK's types");
}

async function webSocket(t: Test, url: string, report: Wire): Promise<void> {
  const { first, second, error, after } = report;
  t.same(first.types.slice(0, 3), ['response.created', 'response.in_progress', 'response.output_item.added'], 'the events of a streamed call');
  t.same(first.types.slice(-3), ['response.function_call_arguments.done', 'response.output_item.done', 'response.completed']);
  t.same(first.classes.slice(0, 2), ['ResponseWsCreated', 'ResponseInWsProgress'], "parsed into the SDK's socket event classes");
  t.same(first.sequence, first.types.map((_: unknown, index: number) => index), 'sequence numbers 0..n');
  t.match(first.call, { name: 'get_weather', arguments: '{"location":"San Francisco, CA"}' }, 'the scenario picked on the handshake called its tool');
  t.match(first.response, { class: 'Response', status: 'completed', store: false });
  t.match(second, { last: 'response.completed', output_text: 'The weather in San Francisco is 72°F and sunny.', previous_response_id: first.response.id }, 'continued on the connection with store off');
  t.same(error.classes, ['ResponseWsError'], 'an invalid create: one error event');
  t.match(error.event, { type: 'error', status: 400, error: { type: 'invalid_request_error', param: 'tool_choice' } });
  t.same(after, { last: 'response.completed', output_text: 'still open' }, 'and the socket stays usable');
  const entries = await journal(url, 'python-socket');
  t.same(entries.map((entry) => [entry.transport, entry.method, entry.status, entry.rule?.name ?? null]), [
    ['websocket', 'GET', 101, null], ['websocket', 'WS', 200, 'call get_weather'], ['websocket', 'WS', 200, 'answer from the output'],
    ['websocket', 'WS', 400, null], ['websocket', 'WS', 200, null],
  ], 'the handshake, then one entry per response.create');
  t.match(entries[0]?.headers, { 'user-agent': SDK['user-agent'], 'x-mock-scenario': 'basic-tool-call' }, "the handshake carried the client's headers");
}
