// --record's failures a client must survive (a dropped stream, a 429, an unreachable upstream, a client that
// leaves), --record-missing beside loaded rules, and a scenario recorded afresh on each run.
import { request } from 'node:http';
import t from 'tap';
import { eventsOf, parseSse } from '../../helpers/sse.js';
import { recordingDir, weather, scenariosIn, send, sse, startApp, startRecorder, startTiny, startUpstream } from '../../helpers/recording.js';

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

t.test("--record-missing: a stream no rule answers leaves no response of the mock's own behind", async (t) => {
  const dir = recordingDir();
  const body = { model: 'gpt-4o', input: 'Tell me a story', stream: true };
  // The id the mock gives this request under its seed (what it stored before, never to finish).
  const plain = await startApp(t, { seed: 5 });
  const id = (eventsOf(parseSse((await send(`${plain.url}/v1/responses`, { body })).text))[0]!.response as { id: string }).id;
  const tiny = await startTiny(t, (_req, res) => res.destroy());
  const missing = await startApp(t, { seed: 5, recordMissing: dir, upstreamOpenai: `${tiny.url}/v1`, upstreamOpenrouter: `${tiny.url}/api/v1` });
  await send(`${missing.url}/v1/responses`, { body });
  const stored = await missing.app.inject({ method: 'GET', url: `/v1/responses/${id}` });
  t.equal(stored.statusCode, 404, 'not kept as a run that never ends');
});
