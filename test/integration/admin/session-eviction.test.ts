// 1,100 scenario runs in parallel, three steps each: with the default limits every step is answered right;
// with a session limit below the runs (110 runs, --session-limit 100) every step is answered right or with a
// clear error naming the session and the setting, never silently wrong. Dropped stored responses are
// explained the same way.
import t from 'tap';
import type { FastifyInstance } from 'fastify';
import type { AppOptions } from '../../../src/app.js';
import { OPENAI, post, testApp } from '../../helpers/app.js';

const steps = { rules: [1, 2, 3].map((turn) => ({ match: { turn }, respond: { text: `step ${turn}` } })) };
const RUNS = 1100;
/** Runs beyond a session limit: a tenth of RUNS over a tenth of the limit evicts the same way, in a tenth of the requests. */
const LIMITED = { runs: 110, sessionLimit: 100 };

async function runAll(app: FastifyInstance, runs = RUNS): Promise<{ right: number; explained: number; wrong: string[] }> {
  const outcome = { right: 0, explained: 0, wrong: [] as string[] };
  await Promise.all(Array.from({ length: runs }, async (_, run) => {
    const session = `run-${run}`;
    for (const step of [1, 2, 3]) {
      const answer = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: `step ${step}`, store: false }, headers: { 'x-mock-session': session, 'x-mock-scenario': 'steps' } });
      const text = (answer.body.output?.[0]?.content as Array<{ text: string }> | undefined)?.[0]?.text;
      const message = String(answer.body.error?.message ?? '');
      if (answer.status === 200 && text === `step ${step}`) outcome.right += 1;
      else if (answer.status === 410 && message.includes(`Session '${session}' was dropped`) && message.includes('--session-limit')) outcome.explained += 1;
      else outcome.wrong.push(`${session} step ${step}: ${answer.status} ${text ?? message}`);
    }
  }));
  return outcome;
}

const app = (options: AppOptions) => testApp({ scenarios: { steps }, ...options });

t.test('1,100 parallel three-step runs with the default limits: every step right', async (t) => {
  const server = app({});
  const outcome = await runAll(server);
  t.same(outcome.wrong, []);
  t.equal(outcome.right, RUNS * 3);
  t.equal(server.mock.sessions.stats().evictions, 0, 'no session dropped');
});

t.test(`${LIMITED.runs} parallel three-step runs with --session-limit ${LIMITED.sessionLimit}: right or clearly refused, never wrong`, async (t) => {
  const server = app({ sessionLimit: LIMITED.sessionLimit });
  const evicted: string[] = [];
  server.mock.sessions.onEvict((eviction) => evicted.push(eviction.session));
  const outcome = await runAll(server, LIMITED.runs);
  t.same(outcome.wrong, [], 'no silently wrong step');
  t.ok(outcome.explained > 0, `some steps were refused (${outcome.explained}), each naming its session and --session-limit`);
  t.equal(outcome.right + outcome.explained, LIMITED.runs * 3);
  t.ok(evicted.length >= LIMITED.runs - LIMITED.sessionLimit, `evictions were reported (${evicted.length})`);
  t.ok(server.mock.sessions.size <= LIMITED.sessionLimit);
  const again = await post(server, { url: OPENAI, body: { model: 'gpt-4o', input: 'x', store: false }, headers: { 'x-mock-session': evicted[0]!, 'x-mock-scenario': 'steps' } });
  t.equal(again.status, 410, 'a dropped run stays refused');
  await server.inject({ method: 'POST', url: `/__mock/reset?session=${evicted[0]!}`, headers: { 'x-mock-admin': '1' } });
  const fresh = await post(server, { url: OPENAI, body: { model: 'gpt-4o', input: 'x', store: false }, headers: { 'x-mock-session': evicted[0]!, 'x-mock-scenario': 'steps' } });
  t.equal((fresh.body.output?.[0]?.content as Array<{ text: string }>)[0]!.text, 'step 1', 'until the session is reset');
});

t.test('idle sessions go first', async (t) => {
  let now = 0;
  const server = app({ sessionLimit: 3, sessionIdleMs: 1000, clock: undefined });
  (server.mock.sessions as unknown as { now: () => number }).now = () => now;
  for (const id of ['a', 'b', 'c']) await post(server, { url: OPENAI, body: { model: 'm', input: 'x', store: false }, headers: { 'x-mock-session': id, 'x-mock-scenario': 'steps' } });
  now = 500;
  await post(server, { url: OPENAI, body: { model: 'm', input: 'x', store: false }, headers: { 'x-mock-session': 'b', 'x-mock-scenario': 'steps' } });
  now = 1600;
  await post(server, { url: OPENAI, body: { model: 'm', input: 'x', store: false }, headers: { 'x-mock-session': 'c', 'x-mock-scenario': 'steps' } });
  await post(server, { url: OPENAI, body: { model: 'm', input: 'x', store: false }, headers: { 'x-mock-session': 'd' } });
  t.same(server.mock.sessions.ids().sort(), ['b', 'c', 'd'], "'a' was idle longest");
});

t.test('stored responses dropped by a limit are explained', async (t) => {
  const server = app({ storeLimit: 1, sessionLimit: 2 });
  const first = await post(server, { url: OPENAI, body: { model: 'gpt-4o', input: 'Reply exactly with: one' }, headers: { 'x-mock-session': 's' } });
  await post(server, { url: OPENAI, body: { model: 'gpt-4o', input: 'Reply exactly with: two' }, headers: { 'x-mock-session': 's' } });
  const continued = await post(server, { url: OPENAI, body: { model: 'gpt-4o', input: 'more', previous_response_id: first.body.id }, headers: { 'x-mock-session': 's' } });
  t.equal(continued.status, 400);
  t.match(continued.body.error, { code: 'previous_response_not_found', message: /was dropped from session 's' to stay within --store-limit/ });
  const fetched = await server.inject({ method: 'GET', url: `/v1/responses/${first.body.id as string}`, headers: { 'x-mock-session': 's' } });
  t.match(fetched.json().error.message, /--store-limit/);

  const kept = await post(server, { url: OPENAI, body: { model: 'gpt-4o', input: 'Reply exactly with: three' }, headers: { 'x-mock-session': 'old' } });
  await post(server, { url: OPENAI, body: { model: 'gpt-4o', input: 'x' }, headers: { 'x-mock-session': 'new-1' } });
  await post(server, { url: OPENAI, body: { model: 'gpt-4o', input: 'x' }, headers: { 'x-mock-session': 'new-2' } });
  const lost = await post(server, { url: OPENAI, body: { model: 'gpt-4o', input: 'more', previous_response_id: kept.body.id }, headers: { 'x-mock-session': 'old' } });
  t.match(lost.body.error, { code: 'previous_response_not_found', message: /Session 'old' was dropped at .* to stay within --session-limit, with its 1 stored response/ });
});

t.test('choosing the scenario again starts it over in a dropped session', async (t) => {
  const server = app({ sessionLimit: 1 });
  await server.inject({ method: 'PUT', url: '/__mock/sessions/a/scenario', headers: { 'x-mock-admin': '1' }, payload: { scenario: 'steps' } });
  await post(server, { url: OPENAI, body: { model: 'm', input: 'x', store: false }, headers: { 'x-mock-session': 'a' } });
  await post(server, { url: OPENAI, body: { model: 'm', input: 'x', store: false }, headers: { 'x-mock-session': 'b' } });
  const refused = await post(server, { url: OPENAI, body: { model: 'm', input: 'x', store: false }, headers: { 'x-mock-session': 'a' } });
  t.equal(refused.status, 410, 'the default scenario came back, its progress did not');
  await server.inject({ method: 'PUT', url: '/__mock/sessions/a/scenario', headers: { 'x-mock-admin': '1' }, payload: { scenario: 'steps' } });
  const restarted = await post(server, { url: OPENAI, body: { model: 'm', input: 'x', store: false }, headers: { 'x-mock-session': 'a' } });
  t.equal((restarted.body.output?.[0]?.content as Array<{ text: string }>)[0]!.text, 'step 1');
});
