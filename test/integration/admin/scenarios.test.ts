// Scenarios through inject: selection (header, session default, server default), rules consumed in order
// per session, strict misses, injected errors and endings, latency, and the journal.
import t from 'tap';
import type { Scenario } from '../../../src/schemas/fixtures.js';
import { OPENAI, OPENROUTER, post, testApp, weatherTool } from '../../helpers/app.js';
import { listen } from '../../helpers/server.js';

const loop: Scenario = {
  rules: [
    { name: 'call', match: { afterToolOutput: false }, respond: { calls: [{ name: 'get_weather', arguments: { city: 'Oslo' } }] } },
    { name: 'answer', match: { afterToolOutput: 'get_weather' }, respond: { text: 'Cold in Oslo.' } },
  ],
};
const ask = { model: 'gpt-4o', input: 'Weather?', tools: [weatherTool] };
const answer = (callId: string) => ({
  ...ask,
  input: [
    { role: 'user', content: 'Weather?' },
    { type: 'function_call', call_id: callId, name: 'get_weather', arguments: '{"city":"Oslo"}' },
    { type: 'function_call_output', call_id: callId, output: '-5C' },
  ],
});
const scenario = (name: string, session?: string) => ({ 'x-mock-scenario': name, ...(session ? { 'x-mock-session': session } : {}) });

t.test('a scenario scripts each step; sessions keep their own progress', async (t) => {
  const app = testApp({ scenarios: { loop } });
  const first = await post(app, { url: OPENAI, body: ask, headers: scenario('loop', 'a') });
  t.same(first.body.output!.map((item) => [item.name, item.arguments]), [['get_weather', '{"city":"Oslo"}']]);
  const otherSession = await post(app, { url: OPENAI, body: ask, headers: scenario('loop', 'b') });
  t.equal(otherSession.body.output![0]!.name, 'get_weather', 'session b starts at its own first rule');
  const second = await post(app, { url: OPENAI, body: answer(first.body.output![0]!.call_id as string), headers: scenario('loop', 'a') });
  t.same(second.body.output![0]!.content, [{ type: 'output_text', annotations: [], logprobs: [], text: 'Cold in Oslo.' }]);
  const third = await post(app, { url: OPENAI, body: ask, headers: scenario('loop', 'a') });
  t.equal(third.status, 200, 'rules used up: the rule-based engine answers');
  t.equal(third.body.output![0]!.name, 'get_weather');
});

t.test('unknown scenario names are a 400 that lists the known ones', async (t) => {
  const { status, body } = await post(testApp({ scenarios: { loop } }), { url: OPENAI, body: ask, headers: scenario('nope') });
  t.equal(status, 400);
  t.match((body.error as { message: string }).message, /Unknown scenario 'nope'.*Known scenarios: .*loop/);
});

t.test('a default scenario deleted since it was chosen: the 400 names what chose it, not a header the client did not send', async (t) => {
  const app = testApp({ scenarios: { loop, other: loop }, scenario: 'loop', fixtures: false });
  t.equal((await app.inject({ method: 'PUT', url: '/__mock/sessions/a/scenario', payload: { scenario: 'other' } })).statusCode, 200);
  for (const name of ['loop', 'other']) t.equal((await app.inject({ method: 'DELETE', url: `/__mock/scenarios/${name}` })).statusCode, 200);
  const openai = await post(app, { url: OPENAI, body: ask, headers: { 'x-mock-session': 'a' } });
  t.equal(openai.status, 400);
  t.same(openai.body.error, {
    message: "Session 'a' has default scenario 'other' (given by PUT /__mock/sessions/:id/scenario or useScenario), which is no longer loaded: it was deleted (DELETE /__mock/scenarios/:name) or left the fixture files since it was chosen. Give it another, or send x-mock-scenario. Known scenarios: none (load some with --fixtures).",
    type: 'invalid_request_error',
    param: null,
    code: 'invalid_value',
  });
  const openrouter = await post(app, { url: OPENROUTER, body: ask, headers: { 'x-mock-session': 'a' } });
  t.equal(openrouter.status, 400);
  t.same(openrouter.body, { error: { code: 400, message: openai.body.error!.message } }, 'OpenRouter: the same message, no zod issue (no field of the request is at fault)');
  const server = await post(app, { url: OPENAI, body: ask, headers: { 'x-mock-session': 'b' } });
  t.equal(server.status, 400);
  t.match(server.body.error, { param: null, message: /^The server's default scenario 'loop' \(--scenario\) is no longer loaded: .* Give the session one \(PUT \/__mock\/sessions\/:id\/scenario, useScenario\), or send x-mock-scenario\./ });
  t.notMatch(server.body.error!.message, /in 'x-mock-scenario'/);
  const header = await post(app, { url: OPENROUTER, body: ask, headers: { 'x-mock-session': 'a', 'x-mock-scenario': 'other' } });
  t.match(header.body.error, { code: 'invalid_prompt', message: /^Unknown scenario 'other' in 'x-mock-scenario'\./ }, 'sent as a header, it is the header that is named');
});

t.test('with 10,000 scenarios, an unknown name is a short 400 naming how many and the nearest three', async (t) => {
  const many = Object.fromEntries(Array.from({ length: 10_000 }, (_, index) => [`weather-${index}`, loop]));
  const app = testApp({ scenarios: many, fixtures: false });
  const { status, body } = await post(app, { url: OPENAI, body: ask, headers: scenario('weather-12x') });
  t.equal(status, 400);
  const message = (body.error as { message: string }).message;
  t.equal(message, "Unknown scenario 'weather-12x' in 'x-mock-scenario'. Known scenarios: 10000 scenarios are loaded; the nearest: weather-12, weather-120, weather-121 (GET /__mock/scenarios lists them).");
  const far = await post(app, { url: OPENAI, body: ask, headers: scenario('x'.repeat(128)) });
  t.match((far.body.error as { message: string }).message, /Known scenarios: 10000 scenarios are loaded; none is within two edits of this name \(GET \/__mock\/scenarios lists them\)\.$/);
  t.ok(JSON.stringify(far.body).length < 1_000, 'the answer stays short');
  const admin = await app.inject({ method: 'GET', url: '/__mock/scenarios/weather-1x' });
  t.match(admin.json(), { error: { code: 'admin_not_found', message: /^No scenario named 'weather-1x'\. Known: 10000 scenarios are loaded; the nearest: weather-1, weather-10, weather-11 / } });
  const session = await app.inject({ method: 'PUT', url: '/__mock/sessions/s/scenario', payload: { scenario: 'weather-x' } });
  t.ok(session.body.length < 1_000, 'PUT /__mock/sessions/:id/scenario too');
});

t.test('--strict-scenarios: a miss names the scenario, the closest rule and why', async (t) => {
  const app = testApp({ scenarios: { loop }, strictScenarios: true, fixtures: false });
  const { status, body } = await post(app, { url: OPENAI, body: answer('call_9'), headers: scenario('loop', 's') });
  t.equal(status, 200, 'the answer rule matches the output');
  const again = await post(app, { url: OPENAI, body: answer('call_9'), headers: scenario('loop', 's') });
  t.equal(again.status, 400);
  t.match((again.body.error as { message: string }).message, /No rule of scenario 'loop' matches turn 2 of session 's'\. The closest is rule 2 \('answer'\): it matches but is used up/);
  t.equal((again.body.error as { code: string }).code, 'scenario_no_match');
  t.ok(body.output);
});

t.test('server default scenario and session default scenario', async (t) => {
  const app = testApp({ scenarios: { loop }, scenario: 'loop' });
  t.equal((await post(app, { url: OPENAI, body: ask })).body.output![0]!.arguments, '{"city":"Oslo"}', 'the --scenario default applies');
  const put = await app.inject({ method: 'PUT', url: '/__mock/sessions/x/scenario', payload: { scenario: 'tools-disabled' } });
  t.equal(put.statusCode, 200);
  const disabled = await post(app, { url: OPENAI, body: { ...ask, tool_choice: 'none' }, headers: { 'x-mock-session': 'x' } });
  t.match(disabled.body.output![0]!.content, [{ text: /can't check live weather/ }], 'the session default wins over the server default');
  t.throws(() => testApp({ scenario: 'missing' }), /no scenario named 'missing'/);
});

t.test('injected errors, failures and incomplete endings', async (t) => {
  const app = testApp({
    scenarios: {
      faults: {
        rules: [
          { respond: { error: { status: 429, headers: { 'retry-after': '2' } } } },
          { respond: { error: { status: 503, message: 'Busy', code: 'overloaded', type: 'server_error' } } },
          { respond: { fail: { code: 'server_error', message: 'Boom' } } },
          { respond: { text: 'Partial answ', incomplete: 'max_output_tokens', usage: { output_tokens: 16 } } },
        ],
      },
    },
  });
  const rateLimited = await post(app, { url: OPENROUTER, body: ask, headers: scenario('faults') });
  t.equal(rateLimited.status, 429);
  t.equal(rateLimited.headers['retry-after'], '2');
  t.same(rateLimited.body, { error: { code: 429, message: 'Rate limit reached for requests. Please try again later.' } }, 'OpenRouter generic envelope');
  const busy = await post(app, { url: OPENAI, body: ask, headers: scenario('faults') });
  t.same(busy.body, { error: { message: 'Busy', type: 'server_error', param: null, code: 'overloaded' } });
  const failed = await post(app, { url: OPENAI, body: ask, headers: scenario('faults') });
  t.equal(failed.status, 200);
  t.match(failed.body, { status: 'failed', error: { code: 'server_error', message: 'Boom' }, usage: null });
  const incomplete = await post(app, { url: OPENAI, body: ask, headers: scenario('faults') });
  t.match(incomplete.body, { status: 'incomplete', incomplete_details: { reason: 'max_output_tokens' }, usage: { output_tokens: 16 } });
  t.equal(incomplete.body.output![0]!.status, 'incomplete');
});

t.test('latency delays the answer', async (t) => {
  const app = testApp({ scenarios: { slow: { rules: [{ respond: { text: 'late', latencyMs: 150 } }] } } });
  const started = process.hrtime.bigint();
  const { body } = await post(app, { url: OPENAI, body: ask, headers: scenario('slow') });
  t.ok(Number(process.hrtime.bigint() - started) / 1e6 >= 140, 'waited');
  t.equal(body.status, 'completed');
});

t.test('a client that gives up during the latency (its timeout) is journaled as such, and its retry takes the next rule', async (t) => {
  const server = await listen(t, { fixtures: false, scenarios: { slow: { rules: [{ respond: { text: 'late', latencyMs: 2000 } }, { respond: { text: 'in time' } }] } } });
  const send = (signal?: AbortSignal) => fetch(`${server.openaiBaseURL}/responses`, { method: 'POST', body: JSON.stringify(ask), headers: { 'content-type': 'application/json', ...scenario('slow', 'gave-up') }, ...(signal ? { signal } : {}) });
  const journal = async () => ((await (await fetch(`${server.url}/__mock/requests?session=gave-up`)).json()) as { requests: Array<Record<string, unknown>> }).requests;
  const until = async (done: (requests: Array<Record<string, unknown>>) => boolean) => {
    for (let tries = 0; tries < 200; tries += 1) {
      const requests = await journal();
      if (done(requests)) return requests;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return journal();
  };
  // The client gives up once its request has reached its rule (as a timeout during the latency does).
  const timeout = new AbortController();
  const first = send(timeout.signal);
  await until((requests) => requests[0]?.rule !== null && requests[0]?.rule !== undefined);
  timeout.abort();
  await t.rejects(first, 'the client gave up');
  t.match(await (await send()).json(), { output: [{ content: [{ text: 'in time' }] }] }, 'the retry is answered by the second rule');
  const requests = await until((entries) => entries[0]?.error !== null);
  t.match(requests[0], { status: null, rule: { index: 0 }, answer: '', error: { code: 'client_closed', param: null } }, 'not answered, and why');
  t.match((requests[0]!.error as { message: string }).message, /^The client closed the connection before its answer was due \(the rule's latencyMs: 2000\); nothing was written\.$/);
  t.ok(typeof requests[0]!.durationMs === 'number' && requests[0]!.durationMs < 1500, `durationMs is when it left (${String(requests[0]!.durationMs)})`);
  t.match(requests[1], { status: 200, rule: { index: 1 }, error: null });
});

t.test('the journal records what was sent and what answered', async (t) => {
  const app = testApp({ scenarios: { loop } });
  await post(app, { url: OPENROUTER, body: ask, headers: { ...scenario('loop', 'j'), authorization: 'Bearer sk-test-1234567890' } });
  await post(app, { url: OPENROUTER, body: '{"model": ', headers: { 'x-mock-session': 'j' } });
  await app.inject({ method: 'GET', url: '/health', headers: { 'x-mock-session': 'j' } });
  const { session, requests } = (await app.inject({ method: 'GET', url: '/__mock/requests?session=j' })).json();
  t.equal(session, 'j');
  t.equal(requests.length, 2, 'API requests only');
  t.match(requests[0], {
    method: 'POST', path: '/api/v1/responses', body: JSON.stringify(ask), scenario: 'loop', rule: { index: 0, name: 'call' }, status: 200,
    headers: { 'content-type': 'application/json', 'x-mock-scenario': 'loop', authorization: 'Bearer ***7890' },
  });
  t.match(requests[0].time, /^\d{4}-\d\d-\d\dT/);
  t.match(requests[1], { body: '{"model": ', status: 400, scenario: null });
  t.same((await app.inject({ method: 'GET', url: '/__mock/requests' })).json().requests, [], 'the default session saw nothing');
  const limited = (await app.inject({ method: 'GET', url: '/__mock/requests?session=j&limit=1' })).json();
  t.equal(limited.requests[0].status, 400, 'limit keeps the newest');
});
