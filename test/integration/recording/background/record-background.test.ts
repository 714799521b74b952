// A background run recorded through the proxy: the service answers it queued, the client polls (or cancels) it
// there through the proxy, and the recording replays it offline as a background run that ends as it ended;
// verify-recordings follows it to its end too. A streamed GET of what the service answered is relayed.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { runVerify } from '../../../../src/record/verify/verify-cli.js';
import { eventsOf, parseSse } from '../../../helpers/sse.js';
import { recordingDir, scenariosIn, startApp, startRecorder, startTiny, startUpstream } from '../../../helpers/recording.js';

const KEY = 'sk-proj-backgroundrunkey0123456789abcdef';
const envelope = (id: string, status: string) => ({
  id, object: 'response', created_at: 1760000000, status, background: true, completed_at: status === 'completed' ? 1760000004 : null,
  error: null, incomplete_details: null, model: 'gpt-4o-2024-08-06', output: [] as unknown[], usage: null as unknown, store: true,
  service_tier: status === 'queued' ? 'auto' : 'default', metadata: {},
});
const finished = (id: string) => ({
  ...envelope(id, 'completed'),
  output: [{ id: 'msg_bg', type: 'message', status: 'completed', role: 'assistant', content: [{ type: 'output_text', text: 'Done in the background.', annotations: [] }] }],
  usage: { input_tokens: 5, output_tokens: 4, total_tokens: 9 },
});

async function call(url: string, args: { method: string; body?: unknown; session?: string }): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(url, {
    method: args.method,
    headers: { authorization: `Bearer ${KEY}`, ...(args.body === undefined ? {} : { 'content-type': 'application/json' }), ...(args.session ? { 'x-mock-session': args.session } : {}) },
    ...(args.body === undefined ? {} : { body: JSON.stringify(args.body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

t.test('a background run is polled and cancelled at the service while recording, and replays to the same end', async (t) => {
  const polls = new Map<string, number>();
  const tiny = await startTiny(t, (req, res) => {
    res.setHeader('content-type', 'application/json');
    const id = req.body.includes('cancel me') ? 'resp_bg_cancel' : 'resp_bg_poll';
    if (req.method === 'POST' && req.url === '/v1/responses') return void res.end(JSON.stringify(envelope(id, 'queued')));
    if (req.method === 'POST' && req.url === '/v1/responses/resp_bg_cancel/cancel') return void res.end(JSON.stringify(envelope('resp_bg_cancel', 'cancelled')));
    const count = (polls.get(req.url ?? '') ?? 0) + 1;
    polls.set(req.url ?? '', count);
    if (req.url === '/v1/responses/resp_bg_poll') return void res.end(JSON.stringify(count === 1 ? envelope('resp_bg_poll', 'in_progress') : finished('resp_bg_poll')));
    res.statusCode = 404;
    res.end(JSON.stringify({ error: { message: 'not here', type: 'invalid_request_error', param: null, code: null } }));
  });
  const dir = recordingDir();
  const recorder = await startRecorder(t, { upstream: tiny.url, dir });
  const base = `${recorder.url}/v1/responses`;
  const created = await call(base, { method: 'POST', body: { model: 'gpt-4o', input: 'work on it', background: true } });
  t.match(created, { status: 200, body: { id: 'resp_bg_poll', status: 'queued' } });
  const seen = [];
  for (let poll = 0; poll < 3; poll += 1) seen.push((await call(`${base}/resp_bg_poll`, { method: 'GET' })).body.status);
  t.same(seen, ['in_progress', 'completed', 'completed'], 'the polls reach the service until the run is finished, then the mock answers');
  t.equal(polls.get('/v1/responses/resp_bg_poll'), 2, 'a finished run is not asked for again');
  t.equal(tiny.received.find((got) => got.url === '/v1/responses/resp_bg_poll')?.headers.authorization, `Bearer ${KEY}`, "the poll carries the client's own key");
  const toCancel = await call(base, { method: 'POST', body: { model: 'gpt-4o', input: 'cancel me', background: true }, session: 'cx' });
  t.match(toCancel.body, { id: 'resp_bg_cancel', status: 'queued' });
  const cancelled = await call(`${base}/resp_bg_cancel/cancel`, { method: 'POST', session: 'cx' });
  t.match(cancelled, { status: 200, body: { id: 'resp_bg_cancel', status: 'cancelled' } }, 'cancel reaches the service');
  t.match(await call(`${base}/resp_bg_cancel`, { method: 'GET', session: 'cx' }), { status: 200, body: { status: 'cancelled' } });
  const journal = await recorder.app.inject({ method: 'GET', url: '/__mock/requests?session=default' });
  const polled = (journal.json() as { requests: Array<Record<string, unknown>> }).requests.filter((entry) => entry.method === 'GET');
  t.match(polled[0], { path: '/v1/responses/resp_bg_poll', status: 200, upstream: tiny.url + '/v1' }, 'a relayed read is journaled with the service that answered it');
  await recorder.close();
  await tiny.close();

  for (const file of readdirSync(dir)) t.notMatch(readFileSync(join(dir, file), 'utf8'), /sk-proj/, `${file} holds no key`);
  const scenarios = scenariosIn(dir);
  t.equal(scenarios.get('default')!.rules.length, 1, 'the run is one rule, rewritten in place');
  t.match(scenarios.get('default')!.rules[0]!.respond.replay!.body, { id: 'resp_bg_poll', status: 'completed', output: [{ id: 'msg_bg' }] });
  t.match(scenarios.get('cx')!.rules[0]!.respond.replay!.body, { id: 'resp_bg_cancel', status: 'cancelled' });

  const replay = await startApp(t, { fixtures: dir, strictScenarios: true });
  const again = `${replay.url}/v1/responses`;
  const replayed = await call(again, { method: 'POST', body: { model: 'gpt-4o', input: 'work on it', background: true } });
  t.same(replayed.body, created.body, 'the replayed create answers queued, as the service did');
  const replayedPolls = [];
  for (let poll = 0; poll < 3; poll += 1) replayedPolls.push((await call(`${again}/resp_bg_poll`, { method: 'GET' })).body);
  t.same(replayedPolls.map((body) => body.status), ['in_progress', 'completed', 'completed']);
  t.same(replayedPolls[1], finished('resp_bg_poll'), 'the finished response as the service gave it');
  t.match(await call(again, { method: 'POST', body: { model: 'gpt-4o', input: 'cancel me', background: true }, session: 'cx' }), { body: { id: 'resp_bg_cancel', status: 'queued' } });
  const cancelledPolls = [];
  for (let poll = 0; poll < 2; poll += 1) cancelledPolls.push((await call(`${again}/resp_bg_cancel`, { method: 'GET', session: 'cx' })).body.status);
  t.same(cancelledPolls, ['in_progress', 'cancelled'], 'a run cancelled while recording ends cancelled on replay');
});

t.test('verify-recordings follows a recorded background run to its end before comparing', async (t) => {
  const dir = recordingDir();
  const recordedFrom = await startUpstream(t);
  const recorder = await startRecorder(t, { upstream: recordedFrom.url, dir });
  const base = `${recorder.url}/v1/responses`;
  const created = await call(base, { method: 'POST', body: { model: 'gpt-4o', input: 'Say hello', background: true } });
  let status = created.body.status;
  for (let poll = 0; poll < 5 && status !== 'completed'; poll += 1) status = (await call(`${base}/${String(created.body.id)}`, { method: 'GET' })).body.status;
  t.equal(status, 'completed');
  await recorder.close();
  await recordedFrom.close();
  t.match(scenariosIn(dir).get('default')!.rules[0]!.respond.replay!.body, { status: 'completed', usage: { total_tokens: Number } });

  const live = await startUpstream(t, { seed: 99 });
  const lines: string[] = [];
  const out = { log: (line: string) => lines.push(line), error: (line: string) => lines.push(line) };
  t.equal(await runVerify([dir, '--upstream-openai', `${live.url}/v1`, '--upstream-openrouter', `${live.url}/api/v1`], {}, out), 0, lines.join('\n'));
  t.match(lines.join('\n'), /no drift/);
});

t.test("while recording, a streamed GET of a response the service answered is the service's (the proxy keeps no events)", async (t) => {
  const dir = recordingDir();
  const service = await startUpstream(t);
  const recorder = await startRecorder(t, { upstream: service.url, dir });
  const created = await fetch(`${recorder.url}/v1/responses`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model: 'gpt-4o', input: 'Say hello', stream: true }) });
  const createdEvents = eventsOf(parseSse(await created.text()));
  const id = (createdEvents[0]!.response as { id: string }).id;
  const again = await fetch(`${recorder.url}/v1/responses/${id}?stream=true`);
  t.equal(again.status, 200);
  t.match(again.headers.get('content-type'), /text\/event-stream/);
  const events = eventsOf(parseSse(await again.text()));
  t.same(events.map((event) => event.type), createdEvents.map((event) => event.type), 'the events of the response, as the service plays them again');
  t.same(events.at(-1)!.response, createdEvents.at(-1)!.response);
  t.match(await (await fetch(`${recorder.url}/v1/responses/${id}`)).json(), { id, status: 'completed' }, 'a plain GET is still answered from what was recorded');
  await recorder.close();
  t.equal(scenariosIn(dir).get('default')!.rules.length, 1, 'a relayed read is not recorded');
});
