// Replaying recorded exchanges (`respond.replay`) through inject: a JSON recording answers byte for byte and
// streams through the event renderer with its own ids; a recorded stream plays its events as they came and
// answers JSON with its final response; errors keep status, headers and body; a dropped stream drops again;
// an empty assistant turn replays; a recording's sessions pick its scenario; bad recordings fail to load.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { loadFixtures } from '../../../src/scenarios/load.js';
import { SHIPPED_FIXTURES } from '../../../src/runtime.js';
import type { Scenario } from '../../../src/schemas/fixtures.js';
import type { Replay } from '../../../src/schemas/replay.js';
import { OPENAI, OPENROUTER, post, testApp } from '../../helpers/app.js';
import { listen } from '../../helpers/server.js';
import { eventsOf, parseSse } from '../../helpers/sse.js';

const message = (id: string, text: string) => ({ id, type: 'message', status: 'completed', content: [{ type: 'output_text', annotations: [], logprobs: [], text }], role: 'assistant' });
const call = (id: string, callId: string, city: string) => ({ id, type: 'function_call', status: 'completed', arguments: JSON.stringify({ city }), call_id: callId, name: 'get_weather' });
const reasoning = { id: 'rs_1', type: 'reasoning', summary: [{ type: 'summary_text', text: 'thinking' }], encrypted_content: 'opaque' };
const search = { id: 'ws_1', type: 'web_search_call', status: 'completed', action: { type: 'search', query: 'paris' } };

/** A response object with fields the mock never renders itself (an upstream's extras). */
const recordedBody = (output: unknown[], extra: Record<string, unknown> = {}) => ({
  id: 'resp_recorded', object: 'response', created_at: 1700000000, status: 'completed', completed_at: 1700000001,
  model: 'gpt-5-2026-01-01', output, usage: { input_tokens: 11, input_tokens_details: { cached_tokens: 0 }, output_tokens: 7, output_tokens_details: { reasoning_tokens: 3 }, total_tokens: 18 },
  upstream_extra: { kept: true }, ...extra,
});

const only = (replay: Replay, extra: Partial<Scenario['rules'][number]['respond']> = {}): Scenario => ({ rules: [{ respond: { replay, ...extra }, times: 'always' }] });
const ask = { model: 'gpt-5', input: 'Weather in Paris?' };
const headers = { 'x-mock-scenario': 'rec' };

t.test('a JSON recording answers exactly as recorded', async (t) => {
  const body = recordedBody([reasoning, message('msg_1', 'Hello there'), call('fc_1', 'call_1', 'Paris'), search]);
  const app = testApp({ fixtures: false, scenarios: { rec: only({ body }) } });
  for (const url of [OPENAI, OPENROUTER]) {
    const answer = await post(app, { url, body: ask, headers });
    t.equal(answer.status, 200);
    t.equal(answer.raw, JSON.stringify(body), `${url}: byte for byte`);
  }
});

const patch = { id: 'ctc_1', type: 'custom_tool_call', status: 'completed', input: '*** Begin Patch', call_id: 'call_2', name: 'apply_patch' };
/** Event types in order, a run of one type folded into one entry. */
const folded = (events: Array<Record<string, unknown>>) => events.map((event) => event.type as string).filter((type, index, all) => type !== all[index - 1]);

t.test('a JSON recording asked for as a stream: the recorded ids, items and final object', async (t) => {
  const body = recordedBody([reasoning, message('msg_1', 'Hello there'), call('fc_1', 'call_1', 'Paris'), patch, search]);
  const app = testApp({ fixtures: false, scenarios: { rec: only({ body }) } });
  const answer = await post(app, { url: OPENAI, body: { ...ask, stream: true }, headers });
  const events = eventsOf(parseSse(answer.raw));
  t.same(folded(events), [
    'response.created', 'response.in_progress',
    'response.output_item.added', 'response.reasoning_summary_part.added', 'response.reasoning_summary_text.delta', 'response.reasoning_summary_text.done', 'response.reasoning_summary_part.done', 'response.output_item.done',
    'response.output_item.added', 'response.content_part.added', 'response.output_text.delta', 'response.output_text.done', 'response.content_part.done', 'response.output_item.done',
    'response.output_item.added', 'response.function_call_arguments.delta', 'response.function_call_arguments.done', 'response.output_item.done',
    'response.output_item.added', 'response.custom_tool_call_input.delta', 'response.custom_tool_call_input.done', 'response.output_item.done',
    'response.output_item.added', 'response.output_item.done',
    'response.completed',
  ], 'each item streams as its type does; one the mock never makes goes out whole');
  t.same(events.map((event) => event.sequence_number), events.map((_, index) => index));
  const created = events[0]!.response as Record<string, unknown>;
  t.match(created, { id: 'resp_recorded', status: 'in_progress', completed_at: null, output: [], usage: null, upstream_extra: { kept: true } });
  t.same(Object.keys(created), Object.keys(body), 'the recorded field set, in its order');
  t.same(events.at(-1)!.response, body, 'response.completed carries the recorded object');
  const added = events.filter((event) => event.type === 'response.output_item.added').map((event) => event.item);
  t.same(added[0], { id: 'rs_1', type: 'reasoning', summary: [] }, 'an item the mock never makes: added empty, without its encrypted content');
  t.same(added[2], { ...call('fc_1', 'call_1', 'Paris'), status: 'in_progress', arguments: '' });
  const done = events.filter((event) => event.type === 'response.output_item.done').map((event) => event.item);
  t.same(done, body.output, 'each item done exactly as recorded');
  const joined = (type: string) => events.filter((event) => event.type === type).map((event) => event.delta).join('');
  t.equal(joined('response.output_text.delta'), 'Hello there');
  t.equal(joined('response.function_call_arguments.delta'), '{"city":"Paris"}');
  t.equal(joined('response.custom_tool_call_input.delta'), '*** Begin Patch');
  t.equal(joined('response.reasoning_summary_text.delta'), 'thinking');
  t.ok(events.every((event) => !('item_id' in event) || ['rs_1', 'msg_1', 'fc_1', 'ctc_1', 'ws_1'].includes(event.item_id as string)), 'deltas carry the recorded item ids');
});

const streamed = [
  { type: 'response.created', response: { id: 'gen-1-abc', object: 'response', status: 'in_progress', output: [], usage: null }, sequence_number: 0 },
  { type: 'response.output_item.added', output_index: 0, item: { id: 'msg_tmp_1', type: 'message', status: 'in_progress', role: 'assistant', content: [] }, sequence_number: 1 },
  { type: 'response.output_text.delta', output_index: 0, item_id: 'msg_tmp_1', content_index: 0, delta: 'Sun', logprobs: [], sequence_number: 2 },
  { type: 'response.output_text.delta', output_index: 0, item_id: 'msg_tmp_1', content_index: 0, delta: 'ny.', logprobs: [], sequence_number: 3 },
  { type: 'response.output_item.done', output_index: 0, item: message('msg_tmp_1', 'Sunny.'), sequence_number: 4 },
  { type: 'response.completed', response: { id: 'gen-1-abc', object: 'response', status: 'completed', output: [message('msg_tmp_1', 'Sunny.')], usage: { input_tokens: 1, output_tokens: 2 } }, sequence_number: 5 },
];

t.test('a recorded stream plays its own events, chunking included, in the path framing', async (t) => {
  const app = testApp({ fixtures: false, scenarios: { rec: only({ events: streamed }) } });
  const answer = await post(app, { url: OPENROUTER, body: { ...ask, stream: true }, headers });
  const expected = `${streamed.map((event) => `data: ${JSON.stringify(event)}\n\n`).join('')}data: [DONE]\n\n`;
  t.equal(answer.raw, expected, 'byte for byte, [DONE] on OpenRouter');
  const json = await post(app, { url: OPENROUTER, body: ask, headers });
  t.equal(json.raw, JSON.stringify(streamed.at(-1)!.response), 'asked for as JSON: the final response');
});

t.test('recorded timing: keep-alive comments while the first event is awaited', async (t) => {
  const app = testApp({ fixtures: false, scenarios: { rec: only({ events: streamed, timing: [2, 0, 1, 1, 0, 0] }) } });
  const blocks = parseSse((await post(app, { url: OPENROUTER, body: { ...ask, stream: true }, headers })).raw);
  t.equal(blocks[0]!.kind, 'comment', 'OpenRouter keeps the connection alive before the recorded first event');
  t.equal(eventsOf(blocks).length, streamed.length);
});

t.test('a recorded HTTP error: status, headers and envelope as they came', async (t) => {
  const envelope = { error: { message: 'Rate limit reached', type: 'requests', param: null, code: 'rate_limit_exceeded' }, extra: 1 };
  const app = testApp({ fixtures: false, scenarios: { rec: only({ status: 429, headers: { 'retry-after': '7', 'x-ratelimit-remaining-requests': '0' }, body: envelope }) } });
  for (const stream of [false, true]) {
    const answer = await post(app, { url: OPENAI, body: { ...ask, stream }, headers });
    t.equal(answer.status, 429);
    t.equal(answer.headers['retry-after'], '7');
    t.equal(answer.headers['x-ratelimit-remaining-requests'], '0');
    t.same(answer.body, envelope);
  }
});

t.test('a dropped stream drops again; asked for as JSON it is a 502 that says why', async (t) => {
  const scenarios = { rec: only({ events: streamed.slice(0, 3), cut: true }) };
  const { url } = await listen(t, { fixtures: false, scenarios });
  const stream = await postRaw(`${url}${OPENROUTER}`, { body: { ...ask, stream: true }, headers });
  t.notOk(stream.ended, 'the connection drops');
  t.same(eventsOf(parseSse(stream.text)), streamed.slice(0, 3), 'after the recorded events: no terminal event, no [DONE]');
  const json = await post(testApp({ fixtures: false, scenarios }), { url: OPENAI, body: ask, headers });
  t.equal(json.status, 502);
  t.match(json.body.error, { message: /dropped the connection/ });
});

/** A POST over a real socket: the body as far as it came, and whether it ended cleanly. */
function postRaw(url: string, args: { body: unknown; headers: Record<string, string> }): Promise<{ text: string; ended: boolean }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...args.headers } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => { text += chunk; });
      response.on('end', () => resolve({ text, ended: true }));
      response.on('error', () => resolve({ text, ended: false }));
    });
    outgoing.on('error', reject);
    outgoing.end(JSON.stringify(args.body));
  });
}

t.test('an empty assistant turn replays, JSON and stream, and the next turn may carry it', async (t) => {
  const empty = recordedBody([], { usage: null });
  const blank = recordedBody([message('msg_blank', '')]);
  const app = testApp({ fixtures: false, scenarios: { rec: { rules: [{ match: { turn: 1 }, respond: { replay: { body: empty } }, times: 'always' }, { match: { turn: { min: 2 } }, respond: { replay: { body: blank } }, times: 'always' }] } } });
  const first = await post(app, { url: OPENAI, body: { ...ask, store: false }, headers: { ...headers, 'x-mock-session': 'e' } });
  t.same(first.body.output, []);
  const streamedEmpty = eventsOf(parseSse((await post(app, { url: OPENAI, body: { ...ask, stream: true, store: false }, headers: { ...headers, 'x-mock-session': 'other' } })).raw));
  t.same(streamedEmpty.map((event) => event.type), ['response.created', 'response.in_progress', 'response.completed'], 'an empty output streams no item');
  const next = { model: 'gpt-5', store: false, input: [{ role: 'user', content: 'Hi' }, { type: 'message', role: 'assistant', content: [{ type: 'output_text', text: '' }] }, { role: 'user', content: 'Still there?' }] };
  const third = await post(app, { url: OPENAI, body: next, headers: { ...headers, 'x-mock-session': 'e' } });
  t.equal(third.status, 200, 'an empty assistant message in history is accepted');
  t.same(third.body.output, blank.output);
});

t.test('sessions: a recording picks its scenario for the sessions it came from', async (t) => {
  const body = recordedBody([message('msg_1', 'From the recording.')]);
  const app = testApp({ fixtures: false, scenarios: { recorded: { sessions: ['suite-a'], rules: [{ respond: { replay: { body } }, times: 'always' }] } } });
  const mine = await post(app, { url: OPENAI, body: ask, headers: { 'x-mock-session': 'suite-a' } });
  t.same(mine.body.output, body.output);
  const other = await post(app, { url: OPENAI, body: ask, headers: { 'x-mock-session': 'suite-b' } });
  t.not(other.body.id, 'resp_recorded', 'another session gets the rule-based engine');
});

t.test('bad recordings stop loading with file: path: reason', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'replay-'));
  const rules = [
    { respond: { replay: { body: recordedBody([]), events: streamed } } },
    { respond: { replay: { events: streamed.slice(0, 2) } } },
    { respond: { replay: { events: streamed, timing: [1] } } },
    { respond: { replay: { body: { id: 'x' } } } },
    { respond: { replay: { body: recordedBody([]) }, text: 'also' } },
    { respond: { replay: { status: 429, events: streamed } } },
    { respond: { replay: { body: recordedBody(['not an item']) } } },
  ];
  writeFileSync(join(dir, 'a.json'), JSON.stringify({ scenarios: { one: { rules } } }));
  const claiming = { sessions: ['s1'], rules: [{ respond: { replay: { body: recordedBody([]) } } }] };
  writeFileSync(join(dir, 'b.json'), JSON.stringify({ scenarios: { two: claiming } }));
  writeFileSync(join(dir, 'c.json'), JSON.stringify({ scenarios: { three: claiming } }));
  const result = loadFixtures(dir, { displayBase: dir });
  t.notOk(result.ok);
  const problems = result.ok ? [] : result.problems;
  for (const expected of [
    /^a\.json: scenarios\.one\.rules\[0\]\.respond\.replay: give exactly one of 'body' \(a JSON answer\) and 'events' \(a stream\)$/,
    /^a\.json: scenarios\.one\.rules\[1\]\.respond\.replay\.events: no response\.completed, response\.incomplete or response\.failed; set 'cut: true'/,
    /^a\.json: scenarios\.one\.rules\[2\]\.respond\.replay\.timing: has 1 entries for 6 events/,
    /^a\.json: scenarios\.one\.rules\[3\]\.respond\.replay\.body\.output: a recorded response must have an 'output' array/,
    /^a\.json: scenarios\.one\.rules\[4\]\.respond: 'replay' answers with a recording; it cannot be combined with 'text'$/,
    /^a\.json: scenarios\.one\.rules\[5\]\.respond\.replay\.status: a recorded stream has status 200/,
    /^a\.json: scenarios\.one\.rules\[6\]\.respond\.replay\.body\.output\[0\]: must be an output item/,
  ]) t.ok(problems.some((problem) => expected.test(problem)), String(expected));
  t.ok(problems.some((problem) => /^c\.json: scenarios\.three\.sessions\[0\]: session 's1' already uses scenario 'two'$/.test(problem)), 'a session picks one scenario at most');
});

t.test('the shipped scenarios list no sessions (they load on first use, after session look-ups)', async (t) => {
  const shipped = loadFixtures(SHIPPED_FIXTURES);
  t.ok(shipped.ok);
  if (shipped.ok) t.same([...shipped.scenarios.values()].filter((entry) => entry.scenario.sessions), []);
});
