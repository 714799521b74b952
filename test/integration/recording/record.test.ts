// --record over real sockets: the proxy passes the upstream's answer through as it arrives (and no faster than the
// client reads), writes ordinary fixtures that replay offline byte for byte on both paths, and keeps every
// credential out of the files.
import { readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import t from 'tap';
import { eventsOf, parseSse } from '../../helpers/sse.js';
import { recordingDir, weather, scenariosIn, send, type Sent, sse, startApp, startRecorder, startTiny, startUpstream } from '../../helpers/recording.js';

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
    const final = (text: string, sent: { stream: boolean }) => {
      const { billing: _billing, ...response } = (sent.stream ? eventsOf(parseSse(text)).at(-1)!.response : JSON.parse(text)) as Record<string, unknown>;
      return response;
    };
    t.same(final(again.text, { stream: flipped.stream }), final(recorded[index]!.text, { stream: exchange.body.stream === true }), `${exchange.path}: recorded ${exchange.body.stream ? 'stream' : 'JSON'}, replayed the other way`);
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
