// --record and --record-missing over real sockets: the proxy passes the upstream's answer through as it
// arrives (and no faster than the client reads), writes ordinary fixtures that replay offline byte for byte
// on both paths, keeps every credential out of the files, and records the failures a client must survive.
import { readdirSync, readFileSync } from 'node:fs';
import { request, type IncomingMessage } from 'node:http';
import { join } from 'node:path';
import t from 'tap';
import { loadFixtures } from '../../../src/scenarios/load.js';
import type { Scenario } from '../../../src/schemas/fixtures.js';
import { eventsOf, parseSse } from '../../helpers/sse.js';
import { recordingDir, sse, startApp, startRecorder, startTiny, startUpstream } from '../../helpers/recording.js';

const weather = { type: 'function', name: 'get_weather', description: 'Weather for a city.', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false } };

interface Sent {
  status: number;
  headers: IncomingMessage['headers'];
  text: string;
  /** The body ended cleanly (false: the connection dropped). */
  ended: boolean;
}

/** POST JSON and read the whole answer (or as much as came before the connection dropped). */
function send(url: string, args: { body: unknown; headers?: Record<string, string>; onResponse?: (res: IncomingMessage) => void }): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...args.headers } }, (res) => {
      args.onResponse?.(res);
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => { text += chunk; });
      const done = (ended: boolean) => resolve({ status: res.statusCode ?? 0, headers: res.headers, text, ended });
      res.on('end', () => done(true));
      res.on('error', () => done(false));
      res.on('aborted', () => done(false));
    });
    outgoing.on('error', reject);
    outgoing.end(typeof args.body === 'string' ? args.body : JSON.stringify(args.body));
  });
}

const scenariosIn = (dir: string): Map<string, Scenario> => {
  const loaded = loadFixtures(dir);
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  return new Map([...loaded.scenarios].map(([name, entry]) => [name, entry.scenario]));
};

const exchanges = [
  { path: '/v1/responses', body: { model: 'gpt-4o', input: 'Weather in Paris and London?', tools: [weather] } },
  { path: '/v1/responses', body: { model: 'gpt-4o', input: 'Say hello', stream: true } },
  { path: '/api/v1/responses', body: { model: 'openai/gpt-4o-mini', input: 'Weather in Rome?', tools: [weather], store: false } },
  { path: '/api/v1/responses', body: { model: 'openai/gpt-4o-mini', input: 'Say hi', stream: true, store: false } },
];

t.test('both paths, JSON and stream: recorded as fixtures, replayed offline byte for byte and across modes', async (t) => {
  const dir = recordingDir();
  const upstream = await startUpstream(t);
  const recorder = await startRecorder(t, { upstream: upstream.url, dir });
  const headers = { 'x-mock-session': 'trip' };
  const recorded: Sent[] = [];
  for (const exchange of exchanges) recorded.push(await send(`${recorder.url}${exchange.path}`, { body: exchange.body, headers }));
  t.same(recorded.map((sent) => sent.status), [200, 200, 200, 200]);
  await recorder.close();
  await upstream.close();
  t.same(readdirSync(dir), ['trip.yaml'], 'one file per session');
  const trip = scenariosIn(dir).get('trip')!;
  t.same(trip.sessions, ['trip']);
  t.same(trip.rules.map((rule) => rule.match), [
    { provider: 'openai', turn: 1, model: { equals: 'gpt-4o' }, message: { equals: 'Weather in Paris and London?' }, tools: ['get_weather'], afterToolOutput: false },
    { provider: 'openai', turn: 2, model: { equals: 'gpt-4o' }, message: { equals: 'Say hello' }, afterToolOutput: false },
    { provider: 'openrouter', turn: 3, model: { equals: 'openai/gpt-4o-mini' }, message: { equals: 'Weather in Rome?' }, tools: ['get_weather'], afterToolOutput: false },
    { provider: 'openrouter', turn: 4, model: { equals: 'openai/gpt-4o-mini' }, message: { equals: 'Say hi' }, afterToolOutput: false },
  ]);
  t.same(trip.rules[0]!.respond.replay!.request!.body, exchanges[0]!.body, 'the request as sent');

  // The upstream is gone: everything below is answered from the files.
  const replay = await startApp(t, { fixtures: dir, strictScenarios: true });
  for (const [index, exchange] of exchanges.entries()) {
    const again = await send(`${replay.url}${exchange.path}`, { body: exchange.body, headers });
    t.equal(again.text, recorded[index]!.text, `${exchange.path} ${exchange.body.stream ? 'stream' : 'JSON'}: the same bytes`);
  }
  const crossed = await startApp(t, { fixtures: dir, strictScenarios: true });
  for (const [index, exchange] of exchanges.entries()) {
    const flipped = { ...exchange.body, stream: !exchange.body.stream };
    const again = await send(`${crossed.url}${exchange.path}`, { body: flipped, headers });
    // OpenAI's JSON answers say who pays (`billing`); the response objects of its streams do not.
    const final = (text: string, stream: boolean) => {
      const { billing: _billing, ...response } = (stream ? eventsOf(parseSse(text)).at(-1)!.response : JSON.parse(text)) as Record<string, unknown>;
      return response;
    };
    t.same(final(again.text, flipped.stream), final(recorded[index]!.text, exchange.body.stream === true), `${exchange.path}: recorded ${exchange.body.stream ? 'stream' : 'JSON'}, replayed the other way`);
    if (!flipped.stream && exchange.path === '/v1/responses') t.notOk('billing' in JSON.parse(again.text), 'a recorded stream replayed as JSON has no billing to show');
  }
  const drifted = await send(`${replay.url}/v1/responses`, { body: { model: 'gpt-4o', input: 'Weather in Oslo?', tools: [weather] }, headers });
  t.equal(drifted.status, 400);
  t.match(JSON.parse(drifted.text).error, { code: 'scenario_no_match', message: /closest is rule 1 \('turn 1: JSON, calls get_weather, get_weather'\): message should equal "Weather in Paris and London\?"/ });
});

t.test('credentials never reach the files: headers, query, body fields, echoes', async (t) => {
  const dir = recordingDir();
  const key = 'sk-proj-Abcdefghijklmnopqrstuvwxyz0123456789';
  const secrets = [key, 'az-api-key-value-123', 'session-cookie-value-456', 'custom-token-value-789', 'query-key-value-000', 'field-secret-value-111', 'field-password-value-222'];
  const tiny = await startTiny(t, (req, res) => {
    // An upstream that echoes what it got: the key in its error message, a cookie for the client.
    res.writeHead(401, { 'content-type': 'application/json', 'set-cookie': 'sid=upstream-cookie-333', 'x-request-id': 'req_1' });
    res.end(JSON.stringify({ error: { message: `Incorrect API key provided: ${String(req.headers.authorization)}; you sent ${req.body}`, type: 'invalid_request_error', code: 'invalid_api_key' } }));
  });
  const recorder = await startRecorder(t, { upstream: tiny.url, dir });
  const answer = await send(`${recorder.url}/v1/responses?api_key=query-key-value-000&mode=x`, {
    body: { model: 'gpt-4o', input: 'hi', metadata: { client_secret: 'field-secret-value-111', password: 'field-password-value-222', note: 'kept' } },
    headers: { authorization: `Bearer ${key}`, 'api-key': 'az-api-key-value-123', cookie: 'sid=session-cookie-value-456', 'x-custom-token': 'custom-token-value-789', 'x-mock-session': 'keys' },
  });
  t.equal(answer.status, 401, 'the upstream answer goes back');
  t.equal(tiny.received[0]!.headers.authorization, `Bearer ${key}`, "the client's own Authorization went upstream");
  t.equal(tiny.received[0]!.url, '/v1/responses?api_key=query-key-value-000&mode=x');
  await recorder.close();
  const text = readFileSync(join(dir, 'keys.yaml'), 'utf8');
  for (const secret of [...secrets, 'upstream-cookie-333']) t.notOk(text.includes(secret), `${secret.slice(0, 12)}… is not in the file`);
  t.ok(text.includes('[redacted]'));
  const rule = scenariosIn(dir).get('keys')!.rules[0]!;
  t.match(rule.respond.replay, { status: 401, headers: { 'x-request-id': 'req_1' }, request: { query: { api_key: '[redacted]', mode: 'x' }, headers: { authorization: '[redacted]', 'api-key': '[redacted]', cookie: '[redacted]', 'x-custom-token': '[redacted]' }, body: { metadata: { note: 'kept' } } } });
  t.notOk('set-cookie' in (rule.respond.replay!.headers ?? {}), 'a cookie the upstream sets is not kept');
});

t.test("the upstream's bytes reach the client as they arrive", async (t) => {
  let firstSeen!: () => void;
  const seen = new Promise<'client'>((resolve) => { firstSeen = () => resolve('client'); });
  let continuedAfter: 'client' | 'no client' | undefined;
  const tiny = await startTiny(t, (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write(sse([{ type: 'response.created', sequence_number: 0, response: { id: 'resp_1', status: 'in_progress', output: [] } }]));
    // The rest waits until the client has the first event (or gives up, which the assertion catches).
    void Promise.race([seen, new Promise<'no client'>((resolve) => setTimeout(() => resolve('no client'), 5000).unref())]).then((why) => {
      continuedAfter = why;
      res.end(sse([{ type: 'response.completed', sequence_number: 1, response: { id: 'resp_1', status: 'completed', output: [] } }]));
    });
  });
  const recorder = await startRecorder(t, { upstream: tiny.url, dir: recordingDir() });
  const answer = await send(`${recorder.url}/v1/responses`, {
    body: { model: 'gpt-4o', input: 'hi', stream: true },
    onResponse: (res) => res.once('data', () => firstSeen()),
  });
  t.equal(continuedAfter, 'client', 'the first event reached the client while the upstream held the rest back');
  t.same(eventsOf(parseSse(answer.text)).map((event) => event.type), ['response.created', 'response.completed']);
});

t.test('a client that reads nothing holds the upstream back; an answer past the size limit passes through unrecorded', async (t) => {
  const chunk = sse([{ type: 'response.output_text.delta', sequence_number: 1, item_id: 'm', output_index: 0, content_index: 0, delta: 'x'.repeat(64 * 1024) }]);
  const total = 400;
  let written = 0;
  let blocked = false;
  const tiny = await startTiny(t, (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    const pump = (): void => {
      while (written < total) {
        written += 1;
        if (!res.write(chunk)) {
          blocked = true;
          res.once('drain', pump);
          return;
        }
      }
      res.end(sse([{ type: 'response.completed', sequence_number: 2, response: { id: 'r', status: 'completed', output: [] } }]));
    };
    pump();
  });
  const dir = recordingDir();
  const recorder = await startRecorder(t, { upstream: tiny.url, dir, bodyLimit: 1024 * 1024 });
  let paused!: IncomingMessage;
  const answer = send(`${recorder.url}/v1/responses`, { body: { model: 'gpt-4o', input: 'hi', stream: true }, headers: { 'x-mock-session': 'big' }, onResponse: (res) => { paused = res; res.pause(); } });
  // Wait until the client has its (paused) answer and the upstream stops making progress against it.
  let last = -1;
  while (written !== last || !blocked || paused === undefined) {
    last = written;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  t.ok(written < total / 2, `the upstream is held back at ${written} of ${total} chunks (not buffered for the client)`);
  paused.resume();
  const done = await answer;
  t.equal(written, total, 'it all went through once the client read');
  t.equal(eventsOf(parseSse(done.text)).length, total + 1);
  await recorder.close();
  t.same(readdirSync(dir), [], 'larger than the body limit: not recorded');
});

t.test('an upstream that drops the connection mid-stream: the client sees the drop, the replay drops too', async (t) => {
  const events = [
    { type: 'response.created', sequence_number: 0, response: { id: 'resp_d', object: 'response', status: 'in_progress', output: [] } },
    { type: 'response.output_item.added', sequence_number: 1, output_index: 0, item: { id: 'msg_d', type: 'message', status: 'in_progress', content: [], role: 'assistant' } },
    { type: 'response.output_text.delta', sequence_number: 2, item_id: 'msg_d', output_index: 0, content_index: 0, delta: 'Half', logprobs: [] },
  ];
  const tiny = await startTiny(t, (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write(sse(events), () => res.destroy());
  });
  const dir = recordingDir();
  const recorder = await startRecorder(t, { upstream: tiny.url, dir });
  const body = { model: 'gpt-4o', input: 'Tell me a story', stream: true };
  const first = await send(`${recorder.url}/v1/responses`, { body });
  t.notOk(first.ended, 'the client sees the connection drop');
  t.same(eventsOf(parseSse(first.text)), events);
  await recorder.close();
  await tiny.close();
  t.match(scenariosIn(dir).get('default')!.rules[0]!.respond.replay, { events, cut: true });
  const replay = await startApp(t, { fixtures: dir });
  const again = await send(`${replay.url}/v1/responses`, { body });
  t.notOk(again.ended, 'the replay drops the connection after the same events');
  t.same(eventsOf(parseSse(again.text)), events);
});

t.test('a 429 with retry-after, an unreachable upstream, a client that leaves', async (t) => {
  let upstreamAborted!: () => void;
  const aborted = new Promise<void>((resolve) => { upstreamAborted = resolve; });
  const tiny = await startTiny(t, (req, res) => {
    // Never answers: the client leaves first, and the proxy's request to here must end with it.
    if (req.body.includes('hang')) return void res.once('close', upstreamAborted);
    if (req.body.includes('leave')) {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(sse([{ type: 'response.created', sequence_number: 0, response: { id: 'r', status: 'in_progress', output: [] } }]));
      return;
    }
    res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '3', 'x-ratelimit-remaining-requests': '0' });
    res.end(JSON.stringify({ error: { message: 'Rate limit reached for requests', type: 'requests', param: null, code: 'rate_limit_exceeded' } }));
  });
  const dir = recordingDir();
  const recorder = await startRecorder(t, { upstream: tiny.url, dir });
  const limited = await send(`${recorder.url}/v1/responses`, { body: { model: 'gpt-4o', input: 'hi' } });
  t.equal(limited.status, 429);
  t.equal(limited.headers['retry-after'], '3');
  let left = false;
  await new Promise<void>((resolve) => {
    const outgoing = request(`${recorder.url}/v1/responses`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      res.once('data', () => { left = true; outgoing.destroy(); resolve(); });
    });
    outgoing.on('error', () => undefined);
    outgoing.end(JSON.stringify({ model: 'gpt-4o', input: 'leave early', stream: true }));
  });
  t.ok(left);
  const hanging = request(`${recorder.url}/v1/responses`, { method: 'POST', headers: { 'content-type': 'application/json' } });
  hanging.on('error', () => undefined);
  hanging.end(JSON.stringify({ model: 'gpt-4o', input: 'hang on' }));
  while (!tiny.received.some((got) => got.body.includes('hang'))) await new Promise((resolve) => setTimeout(resolve, 10));
  hanging.destroy();
  await aborted;
  t.pass('a client that leaves before the upstream answers ends the upstream request');
  await tiny.close();
  const unreachable = await send(`${recorder.url}/api/v1/responses`, { body: { model: 'openai/gpt-4o', input: 'hi' } });
  t.equal(unreachable.status, 502);
  t.match(JSON.parse(unreachable.text), { error: { code: 502, message: /could not be reached/ } });
  await recorder.close();
  const rules = scenariosIn(dir).get('default')!.rules;
  t.equal(rules.length, 1, 'only the 429 is recorded: not the exchanges the client left, not the unreachable one');
  t.match(rules[0]!.respond.replay, { status: 429, headers: { 'retry-after': '3', 'x-ratelimit-remaining-requests': '0' }, body: { error: { code: 'rate_limit_exceeded' } } });
  const replay = await startApp(t, { fixtures: dir });
  const again = await send(`${replay.url}/v1/responses`, { body: { model: 'gpt-4o', input: 'hi' } });
  t.equal(again.status, 429);
  t.equal(again.headers['retry-after'], '3');
  t.equal(again.text, limited.text);
});

t.test('--record-missing: loaded rules answer, only the rest goes upstream and is appended', async (t) => {
  const dir = recordingDir();
  const upstream = await startUpstream(t);
  const first = await startRecorder(t, { upstream: upstream.url, dir, recordName: 'suite' });
  const ask = { model: 'gpt-4o', input: 'Weather in Paris?', tools: [weather] };
  const recorded = await send(`${first.url}/v1/responses`, { body: ask });
  await first.close();
  const before = upstream.app.mock.sessions.peek('default')?.journal.list().length ?? 0;
  const missing = await startApp(t, { fixtures: dir, recordMissing: dir, recordName: 'suite', upstreamOpenai: `${upstream.url}/v1`, upstreamOpenrouter: `${upstream.url}/api/v1` });
  const replayed = await send(`${missing.url}/v1/responses`, { body: ask });
  t.equal(replayed.text, recorded.text, 'turn 1 is answered from the recording');
  t.equal(upstream.app.mock.sessions.peek('default')?.journal.list().length ?? 0, before, 'without asking the upstream');
  const next = await send(`${missing.url}/v1/responses`, { body: { ...ask, input: 'And in Rome?' } });
  t.equal(next.status, 200);
  t.equal((upstream.app.mock.sessions.peek('default')?.journal.list().length ?? 0) - before, 1, 'turn 2 went upstream');
  await missing.close();
  const suite = scenariosIn(dir).get('suite')!;
  t.same(suite.rules.map((rule) => [rule.match?.turn, rule.match?.message]), [[1, { equals: 'Weather in Paris?' }], [2, { equals: 'And in Rome?' }]], 'appended, with the turn a replay counts');
  t.same(suite.sessions, ['default']);
});

t.test('--record starts a scenario afresh on each run; --record-timing keeps the waits', async (t) => {
  const dir = recordingDir();
  const upstream = await startUpstream(t);
  for (const input of ['first run', 'second run']) {
    const recorder = await startRecorder(t, { upstream: upstream.url, dir, recordTiming: true });
    await send(`${recorder.url}/api/v1/responses`, { body: { model: 'openai/gpt-4o', input, stream: true }, headers: { 'x-mock-session': 'runs' } });
    await send(`${recorder.url}/api/v1/responses`, { body: { model: 'openai/gpt-4o', input } , headers: { 'x-mock-session': 'runs' } });
    await recorder.close();
  }
  const rules = scenariosIn(dir).get('runs')!.rules;
  t.same(rules.map((rule) => [rule.match?.turn, rule.match?.message]), [[1, { equals: 'second run' }], [2, { equals: 'second run' }]]);
  const replay = rules[0]!.respond.replay!;
  t.equal(replay.timing?.length, replay.events?.length, 'one wait per event');
  t.type(rules[1]!.respond.latencyMs, 'number', 'a JSON answer keeps its latency');
});
