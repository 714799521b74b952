// Definitions given for one session (useScenario, PUT /__mock/sessions/:id/scenario) are that session's state:
// charged to it, and removed when the session is given another scenario, reset or dropped, so a long run that
// defines one per test does not grow the registry. Shared scenarios are bounded: past the limit, a 409.
import t from 'tap';
import { startMockServer } from '../../../src/index.js';
import { ScenarioRegistry } from '../../../src/scenarios/registry.js';
import { OPENAI, post, testApp } from '../../helpers/app.js';

const define = (text: string) => ({ rules: [{ respond: { text }, times: 'always' as const }] });
const ask = { model: 'gpt-4o', input: 'hi', store: false };

t.test('a definition per test in one session: the registry holds the latest only', async (t) => {
  const mock = await startMockServer({ fixtures: false });
  t.teardown(() => mock.close());
  const registry = mock.app.mock.scenarios;
  for (let test = 0; test < 5_000; test += 1) mock.useScenario(define(`test ${test}`), { session: 'suite' });
  t.equal(registry.size, 1, 'one definition kept, not 5,000');
  t.same(registry.stats().sessionOwn, 1);
  const latest = registry.names()[0]!;
  t.same(registry.get(latest)?.scenario, define('test 4999'));
  mock.useScenario(define('named'), { session: 'suite', name: 'mine' });
  t.same(registry.names(), ['mine'], 'a named definition replaces the inline one');
  mock.useScenario(null as never, { session: 'suite' });
  t.same(registry.names(), [], 'no scenario: the definition goes');
});

t.test('reset and PUT /__mock/sessions/:id/scenario release the definition; the bytes are charged to the session', async (t) => {
  const app = testApp({ fixtures: false });
  const base = app.mock.sessions.bytes;
  const put = (session: string, scenario: unknown) => app.inject({ method: 'PUT', url: `/__mock/sessions/${session}/scenario`, payload: { scenario } });
  t.equal((await put('a', define('one'))).statusCode, 200);
  const charged = app.mock.sessions.bytes - base;
  const own = app.mock.sessions.peek('a')!.ownScenario!;
  t.ok(charged >= own.bytes, 'the session is charged for its definition');
  t.equal((await put('a', define('two'))).statusCode, 200);
  t.equal(app.mock.scenarios.size, 1, 'the first definition went when the second was given');
  t.equal(app.mock.sessions.bytes - base, charged - own.bytes + app.mock.sessions.peek('a')!.ownScenario!.bytes);
  t.equal((await app.inject({ method: 'POST', url: '/__mock/reset?session=a' })).statusCode, 200);
  t.equal(app.mock.scenarios.size, 0, 'reset removes it');
  t.equal(app.mock.sessions.bytes, base, 'and gives its bytes back');
  t.equal((await put('b', define('three'))).statusCode, 200);
  t.equal((await put('b', 'inline-3')).statusCode, 200, 'the session takes its definition by name');
  t.equal(app.mock.scenarios.size, 1, 'naming its own definition keeps it: the session starts it over');
  const answer = await post(app, { url: OPENAI, body: ask, headers: { 'x-mock-session': 'b' } });
  t.equal(answer.status, 200, 'the name it was told is still there for its next request');
  t.match(answer.raw, '"text":"three"');
  t.equal((await put('b', null)).statusCode, 200);
  t.equal(app.mock.scenarios.size, 0, 'no scenario: the definition goes');
});

t.test('useScenario(name) of the definition the session was given restarts it, rather than dropping it', async (t) => {
  const mock = await startMockServer({ fixtures: false });
  t.teardown(() => mock.close());
  const script = { rules: [{ respond: { text: 'first' } }, { respond: { text: 'then' }, times: 'always' as const }] };
  mock.useScenario(script, { session: 's', name: 'greet' });
  const ask = (session: string) => post(mock.app, { url: OPENAI, body: { model: 'gpt-4o', input: 'hi', store: false }, headers: { 'x-mock-session': session } });
  t.match((await ask('s')).raw, '"text":"first"');
  t.match((await ask('s')).raw, '"text":"then"');
  mock.useScenario('greet', { session: 's' });
  const again = await ask('s');
  t.equal(again.status, 200, `not an unknown scenario: ${again.raw.slice(0, 200)}`);
  t.match(again.raw, '"text":"first"', 'from its first turn');
  mock.useScenario(define('other'), { session: 'o', name: 'greet' });
  mock.useScenario(null as never, { session: 'o' });
  t.equal(mock.app.mock.scenarios.get('greet'), undefined, 'another session\'s definition took the name, then went');
  mock.useScenario('greet', { session: 's' });
  t.match((await ask('s')).raw, '"text":"first"', 'the session still names its own');
});

t.test("a session that takes another session's definition by name keeps it when that session lets it go", async (t) => {
  const mock = await startMockServer({ fixtures: false });
  t.teardown(() => mock.close());
  const text = async (session: string, headers: Record<string, string> = {}) => {
    const answer = await post(mock.app, { url: OPENAI, body: ask, headers: { 'x-mock-session': session, ...headers } });
    return answer.status === 200 ? (answer.body as { output: Array<{ content: Array<{ text: string }> }> }).output[0]!.content[0]!.text : `${answer.status} ${answer.body.error?.message}`;
  };
  mock.useScenario(define('A1'), { session: 'A', name: 'x' });
  mock.useScenario(define('B1'), { session: 'B', name: 'x' });
  t.equal(mock.useScenario('x', { session: 'C' }), 'x');
  t.equal(await text('C'), 'B1', 'whatever is registered under the name: B\'s');
  mock.reset({ session: 'B' });
  t.equal(await text('C'), 'B1', 'B reset: C still answers from its copy, not a 400 blaming a DELETE');
  t.equal(await text('A'), 'A1');
  t.equal(await text('D', { 'x-mock-scenario': 'x' }), 'B1', 'the name is still registered (C\'s copy)');
  const admin = await mock.app.inject({ method: 'PUT', url: '/__mock/sessions/E/scenario', payload: { scenario: 'x' } });
  t.equal(admin.statusCode, 200, admin.body);
  mock.reset({ session: 'C' });
  t.equal(await text('E'), 'B1', 'the admin API takes a copy as well: C reset, E answers');
  mock.reset({ session: 'E' });
  t.match(await text('D', { 'x-mock-scenario': 'x' }), /^400 Unknown scenario 'x'/, 'the last copy gone, the name goes');
  t.equal(await text('A'), 'A1', 'A\'s own definition never moved');
});

t.test('a dropped session takes its definition with it; coming back, its requests say so', async (t) => {
  const mock = await startMockServer({ fixtures: false, sessionLimit: 2, sessionIdleMs: 0 });
  t.teardown(() => mock.close());
  const name = mock.useScenario(define('scripted'), { session: 'a' });
  const first = await post(mock.app, { url: OPENAI, body: ask, headers: { 'x-mock-session': 'a' } });
  t.equal(first.status, 200);
  for (const session of ['b', 'c']) await post(mock.app, { url: OPENAI, body: ask, headers: { 'x-mock-session': session } });
  t.equal(mock.app.mock.sessions.peek('a'), undefined, 'a was dropped');
  t.notOk(mock.app.mock.scenarios.get(name), 'with its definition');
  const back = await post(mock.app, { url: OPENAI, body: ask, headers: { 'x-mock-session': 'a' } });
  t.equal(back.status, 410);
  t.equal(back.body.error?.code, 'state_evicted');
  t.match(back.body.error?.message, new RegExp(`^Session 'a' was dropped .* --session-limit; its default scenario '${name}' is no longer loaded`));
});

t.test('a dropped session whose definition bore a shared scenario\'s name is told so, not answered by the shared one', async (t) => {
  const mock = await startMockServer({ fixtures: false, sessionLimit: 2, sessionIdleMs: 0, scenarios: { x: define('shared') } });
  t.teardown(() => mock.close());
  mock.useScenario(define('own'), { session: 'a', name: 'x' });
  for (const session of ['b', 'c']) await post(mock.app, { url: OPENAI, body: ask, headers: { 'x-mock-session': session } });
  t.equal(mock.app.mock.sessions.peek('a'), undefined, 'a was dropped before its first request');
  const back = await post(mock.app, { url: OPENAI, body: ask, headers: { 'x-mock-session': 'a' } });
  t.equal(back.status, 410, `not the shared scenario's answer: ${back.raw.slice(0, 200)}`);
  t.match(back.body.error?.message, /^Session 'a' was dropped .* its default scenario 'x' was the definition given for it/);
  mock.useScenario('x', { session: 'a' });
  t.match((await post(mock.app, { url: OPENAI, body: ask, headers: { 'x-mock-session': 'a' } })).raw, '"text":"shared"', 'naming the scenario again takes the shared one');
});

t.test('shared scenarios past the limit: 409 admin_scenario_limit, nothing added', async (t) => {
  const app = testApp({ fixtures: false });
  Object.assign(app.mock, { scenarios: new ScenarioRegistry(undefined, { scenarios: 2, bytes: 1024 * 1024 }) });
  const put = (name: string) => app.inject({ method: 'PUT', url: `/__mock/scenarios/${name}`, payload: define(name) });
  t.equal((await put('one')).statusCode, 201);
  t.equal((await put('two')).statusCode, 201);
  const third = await put('three');
  t.equal(third.statusCode, 409);
  t.match(third.json(), { error: { code: 'admin_scenario_limit', message: /^Too many scenarios: 3 taking .* would pass the limit of 2 scenarios and 1\.0 MiB/ } });
  const file = await app.inject({ method: 'POST', url: '/__mock/scenarios', payload: { scenarios: { two: define('2'), four: define('4') } } });
  t.equal(file.statusCode, 409);
  t.same(app.mock.scenarios.names(), ['one', 'two']);
  t.equal((await app.inject({ method: 'PUT', url: '/__mock/sessions/s/scenario', payload: { scenario: define('own') } })).statusCode, 200, 'a session\'s own definition is the session\'s state, not counted here');
  t.match((await app.inject({ method: 'GET', url: '/__mock/stats' })).json(), { scenarios: { shared: 2, limit: 2, sessionOwn: 1 } });
});

t.test('scenarios given in code past the limit stop the start with a StartupError', async (t) => {
  const many = Object.fromEntries(Array.from({ length: 20_001 }, (_, index) => [`s${index}`, define('x')]));
  const error = await startMockServer({ fixtures: false, scenarios: many }).catch((caught: unknown) => caught);
  t.match((error as { problems: string[] }).problems, [/^scenarios: Too many scenarios: 20001 taking .* would pass the limit of 20000 scenarios/]);
});

t.test('a definition given the name of a shared scenario answers its session only; the shared one stays', async (t) => {
  const mock = await startMockServer({ fixtures: false, scenarios: { weather: define('shared') } });
  t.teardown(() => mock.close());
  mock.useScenario(define('mine'), { session: 'a', name: 'weather' });
  const text = async (session: string) => (await post(mock.app, { url: OPENAI, body: ask, headers: { 'x-mock-session': session, 'x-mock-scenario': 'weather' } })).body.output?.[0]?.content;
  t.match(await text('a'), [{ text: 'mine' }]);
  t.match(await text('b'), [{ text: 'shared' }], 'other sessions keep the shared one');
  mock.reset({ session: 'a' });
  t.same(mock.app.mock.scenarios.get('weather')?.scenario, define('shared'), 'and it is still there when the session ends');
});

t.test('GET /__mock/stats counts every definition given for a session, those bearing a shared one\'s name included', async (t) => {
  const app = testApp({ fixtures: false });
  const stats = async () => (await app.inject({ method: 'GET', url: '/__mock/stats' })).json().scenarios as Record<string, number>;
  t.equal((await app.inject({ method: 'PUT', url: '/__mock/scenarios/weather', payload: define('shared') })).statusCode, 201);
  const give = (session: string, name: string) => app.inject({ method: 'PUT', url: `/__mock/sessions/${session}/scenario`, payload: { scenario: define(session), name } });
  t.equal((await give('a', 'weather')).statusCode, 200);
  t.match(await stats(), { shared: 1, sessionOwn: 1 }, 'a definition in the shared one\'s shadow');
  t.equal((await give('b', 'weather')).statusCode, 200);
  t.equal((await give('c', 'mine')).statusCode, 200);
  t.equal((await give('d', 'mine')).statusCode, 200);
  t.match(await stats(), { shared: 1, sessionOwn: 4 }, 'two shadowed, and two of one name that only sessions define');
  t.equal((await app.inject({ method: 'PUT', url: '/__mock/scenarios/mine', payload: define('now shared') })).statusCode, 200, 'it replaces the registered one');
  t.match(await stats(), { shared: 2, sessionOwn: 4 }, 'a shared one put over the sessions\' name leaves their definitions theirs');
  for (const session of ['a', 'c']) await app.inject({ method: 'POST', url: `/__mock/reset?session=${session}` });
  t.match(await stats(), { shared: 2, sessionOwn: 2 }, 'a reset gives the count back');
  await app.inject({ method: 'PUT', url: '/__mock/sessions/b/scenario', payload: { scenario: null } });
  await app.inject({ method: 'PUT', url: '/__mock/sessions/d/scenario', payload: { scenario: 'weather' } });
  t.match(await stats(), { shared: 2, sessionOwn: 0 });
});

t.test('one session naming ever new scenarios (each put, used and deleted) keeps progress for few of them', async (t) => {
  const app = testApp({ fixtures: false });
  for (let index = 0; index < 300; index += 1) {
    const name = `churn-${index}`;
    await app.inject({ method: 'PUT', url: `/__mock/scenarios/${name}`, payload: define(name) });
    const answer = await post(app, { url: OPENAI, body: ask, headers: { 'x-mock-session': 'churn', 'x-mock-scenario': name } });
    if (answer.status !== 200) t.fail(`${name}: ${answer.status}`);
    await app.inject({ method: 'DELETE', url: `/__mock/scenarios/${name}` });
  }
  t.ok(app.mock.sessions.peek('churn')!.progress.size <= 64, `progress kept for ${app.mock.sessions.peek('churn')!.progress.size} scenarios, not 300`);
});

t.test('a definition given for a session may not claim other sessions with `sessions`', async (t) => {
  const app = testApp({ fixtures: false });
  const claiming = { ...define('mine'), sessions: ['b'] };
  const put = await app.inject({ method: 'PUT', url: '/__mock/sessions/a/scenario', payload: { scenario: claiming } });
  t.equal(put.statusCode, 400);
  t.match(put.json().error, { code: 'admin_invalid_scenario', message: /is invalid: 1 problem/ });
  t.match(JSON.stringify(put.json().error.problems), /sessions: a definition given for one session answers that session only/);
  const mock = await startMockServer({ fixtures: false });
  t.teardown(() => mock.close());
  t.throws(() => mock.useScenario(claiming, { session: 'a' }), /sessions: a definition given for one session answers that session only/);
  const other = await post(app, { url: OPENAI, body: ask, headers: { 'x-mock-session': 'b' } });
  t.notMatch(other.raw, /mine/, 'session b is not answered from a definition given for a');
});
