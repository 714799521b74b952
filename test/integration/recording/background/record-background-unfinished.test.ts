// Background runs recorded before they finished: a run whose client leaves its streamed create goes on at the
// service and is read to its end and recorded (its GETs work meanwhile and after); a run recorded while still
// queued or in progress replays without going back to an earlier status; and a run's turn joins its
// conversation only once the run has finished.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { eventsOf, parseSse } from '../../../helpers/sse.js';
import { recordingDir, scenariosIn, sse, startApp, startRecorder, startTiny } from '../../../helpers/recording.js';

const json = { 'content-type': 'application/json' };
const response = (id: string, status: string, output: unknown[] = []) => ({
  id, object: 'response', created_at: 1760000000, status, background: true, error: null, incomplete_details: null,
  model: 'gpt-4o-2024-08-06', output, usage: null, store: true, metadata: {},
});
const message = { id: 'msg_late', type: 'message', status: 'completed', role: 'assistant', content: [{ type: 'output_text', text: 'Finished without you.', annotations: [] }] };
const lateEvents = [
  { type: 'response.in_progress', sequence_number: 2, response: response('resp_left', 'in_progress') },
  { type: 'response.output_item.done', sequence_number: 3, output_index: 0, item: message },
  { type: 'response.completed', sequence_number: 4, response: response('resp_left', 'completed', [message]) },
];
const get = async (url: string) => {
  const answer = await fetch(url);
  return { status: answer.status, body: (await answer.json()) as Record<string, unknown> };
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

t.test('a background stream whose client leaves is read to its end and recorded; its GETs work meanwhile and after', async (t) => {
  let finish: (() => void) | undefined;
  const tiny = await startTiny(t, (req, res) => {
    if (req.method === 'POST') {
      // The run's stream: created and queued at once, the rest once the test says so (the client has left).
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(sse([{ type: 'response.created', sequence_number: 0, response: response('resp_left', 'queued') }, { type: 'response.queued', sequence_number: 1, response: response('resp_left', 'queued') }]));
      finish = () => res.end(sse(lateEvents));
      return;
    }
    if (req.url === '/v1/responses/resp_left?stream=true') return void res.writeHead(200, { 'content-type': 'text/event-stream' }).end(sse(lateEvents));
    res.writeHead(200, json).end(JSON.stringify(response('resp_left', finish ? 'in_progress' : 'completed')));
  });
  const dir = recordingDir();
  const recorder = await startRecorder(t, { upstream: tiny.url, dir });
  const base = `${recorder.url}/v1/responses`;
  const client = new AbortController();
  const created = await fetch(base, { method: 'POST', headers: json, body: JSON.stringify({ model: 'gpt-4o', input: 'work on it', background: true, stream: true }), signal: client.signal });
  const reader = created.body!.getReader();
  t.match(new TextDecoder().decode((await reader.read()).value), /response\.created/);
  client.abort();
  let meanwhile = await get(`${base}/resp_left`);
  for (let tries = 0; tries < 50 && meanwhile.status === 404; tries += 1) meanwhile = await (sleep(20).then(() => get(`${base}/resp_left`)));
  t.match(meanwhile, { status: 200, body: { id: 'resp_left', status: 'in_progress' } }, 'while its stream is read on, a GET is the service\'s');
  finish!();
  finish = undefined;
  let after = await get(`${base}/resp_left`);
  for (let tries = 0; tries < 50 && after.body.status !== 'completed'; tries += 1) after = await (sleep(20).then(() => get(`${base}/resp_left`)));
  t.match(after, { status: 200, body: { id: 'resp_left', status: 'completed', output: [{ id: 'msg_late' }] } }, 'the run ended at the service, and the mock has it');
  const streamed = await fetch(`${base}/resp_left?stream=true`);
  t.equal(streamed.status, 200);
  t.same(eventsOf(parseSse(await streamed.text())).map((event) => event.type), lateEvents.map((event) => event.type), 'a streamed GET is resumed from the service');
  const stats = (await (await fetch(`${recorder.url}/__mock/stats`)).json()) as { streams: { open: number; aborted: number } };
  t.match(stats.streams, { open: 0 }, 'nothing is left open');
  await recorder.close();

  const rule = scenariosIn(dir).get('default')!.rules[0]!;
  t.same(rule.respond.replay!.events!.map((event) => event.type), ['response.created', 'response.queued', ...lateEvents.map((event) => event.type)], 'the whole stream is recorded');
  t.notOk(rule.respond.replay!.cut, 'not as cut');
  const replay = await startApp(t, { fixtures: dir, strictScenarios: true });
  const again = `${replay.url}/v1/responses`;
  const replayed = await fetch(again, { method: 'POST', headers: json, body: JSON.stringify({ model: 'gpt-4o', input: 'work on it', background: true, stream: true }) });
  t.equal(eventsOf(parseSse(await replayed.text())).at(-1)!.type, 'response.completed');
  t.match(await get(`${again}/resp_left`), { status: 200, body: { status: 'completed', output: [{ id: 'msg_late' }] } }, 'the replay ends as the run ended');
});

t.test('a background run read on after its client left is stopped by app.close(), unrecorded, not waited for', async (t) => {
  const tiny = await startTiny(t, (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write(sse([{ type: 'response.created', sequence_number: 0, response: response('resp_long', 'queued') }]));
  });
  const lines: string[] = [];
  const logStream = { write: (line: string) => void lines.push(line) };
  const recorder = await startRecorder(t, { upstream: tiny.url, dir: recordingDir(), logger: true, logLevel: 'warn', logStream });
  const client = new AbortController();
  const created = await fetch(`${recorder.url}/v1/responses`, { method: 'POST', headers: json, body: JSON.stringify({ model: 'gpt-4o', input: 'a long run', background: true, stream: true }), signal: client.signal });
  await created.body!.getReader().read();
  client.abort();
  let stats = { open: 0, started: 0 };
  for (let tries = 0; tries < 50 && stats.started < 2; tries += 1) stats = await sleep(20).then(async () => ((await (await fetch(`${recorder.url}/__mock/stats`)).json()) as { streams: typeof stats }).streams);
  t.match(stats, { open: 1, started: 2 }, 'the client\'s stream is over, the run is read on');
  const startedAt = Date.now();
  await recorder.close();
  t.ok(Date.now() - startedAt < 1_500, `close took ${Date.now() - startedAt} ms`);
  t.match(lines.join('\n'), /passed through but not recorded: the server stopped/);
});

t.test('a run recorded queued or in progress replays without going back to an earlier status', async (t) => {
  // The run recorded in progress had written part of its answer: a GET shows it from the first in_progress on.
  const partial = { id: 'msg_part', type: 'message', status: 'in_progress', role: 'assistant', content: [{ type: 'output_text', text: 'Half way', annotations: [] }] };
  const tiny = await startTiny(t, (req, res) => {
    const started = req.body.includes('started');
    res.writeHead(200, json).end(JSON.stringify(started ? response('resp_started', 'in_progress', [partial]) : response('resp_queued', 'queued')));
  });
  const dir = recordingDir();
  const recorder = await startRecorder(t, { upstream: tiny.url, dir });
  for (const input of ['never polled', 'started']) await fetch(`${recorder.url}/v1/responses`, { method: 'POST', headers: json, body: JSON.stringify({ model: 'gpt-4o', input, background: true }) });
  await recorder.close();
  const replay = await startApp(t, { fixtures: dir, strictScenarios: true });
  const base = `${replay.url}/v1/responses`;
  const shown = (body: Record<string, unknown>) => `${String(body.status)}/${(body.output as unknown[]).length}`;
  for (const [input, id, expected] of [['never polled', 'resp_queued', ['queued/0', 'queued/0', 'queued/0', 'queued/0']], ['started', 'resp_started', ['queued/0', 'in_progress/1', 'in_progress/1', 'in_progress/1']]] as const) {
    const created = await fetch(base, { method: 'POST', headers: json, body: JSON.stringify({ model: 'gpt-4o', input, background: true }) });
    const statuses = [shown((await created.json()) as Record<string, unknown>)];
    for (let poll = 0; poll < 3; poll += 1) statuses.push(shown((await get(`${base}/${id}`)).body));
    t.same(statuses, expected, `${input}: the recorded status is as far as the run gets`);
  }
});

t.test('a run recorded queued or in progress streams as far as that status, with no terminal event', async (t) => {
  // Rules as a recording of runs never seen finished has them (a streamed create may match one written so).
  const dir = recordingDir();
  const rule = (input: string, body: unknown) => ({ match: { message: { equals: input } }, respond: { replay: { body } }, times: 'always' });
  const rules = [rule('never polled', response('resp_queued', 'queued')), rule('started', response('resp_started', 'in_progress'))];
  writeFileSync(join(dir, 'held.json'), JSON.stringify({ scenarios: { held: { sessions: ['default'], strictness: 'lenient', rules } } }));
  const replay = await startApp(t, { fixtures: dir, strictScenarios: true });
  const base = `${replay.url}/v1/responses`;
  const played = async (answer: Response) => eventsOf(parseSse(await answer.text())).map((event) => `${event.type}:${(event.response as { status?: string } | undefined)?.status ?? ''}`);
  const held = { resp_queued: ['response.created:queued', 'response.queued:queued'], resp_started: ['response.created:queued', 'response.queued:queued', 'response.in_progress:in_progress'] };
  for (const [input, id, status] of [['never polled', 'resp_queued', 'queued'], ['started', 'resp_started', 'in_progress']] as const) {
    await fetch(base, { method: 'POST', headers: json, body: JSON.stringify({ model: 'gpt-4o', input, background: true }) });
    t.same(await played(await fetch(`${base}/${id}?stream=true`)), held[id], `${input}: a streamed GET stops at the recorded status`);
    t.equal((await get(`${base}/${id}`)).body.status, status, `${input}: and the run stays there`);
    t.same(await played(await fetch(base, { method: 'POST', headers: json, body: JSON.stringify({ model: 'gpt-4o', input, background: true, stream: true }) })), held[id], `${input}: so does a streamed create`);
    t.equal((await get(`${base}/${id}`)).body.status, status, `${input}: and its run stays there`);
  }
});

t.test("a background run's turn joins its conversation once the run has finished, not while queued", async (t) => {
  let polls = 0;
  const tiny = await startTiny(t, (req, res) => {
    if (req.method === 'POST') return void res.writeHead(200, json).end(JSON.stringify(response('resp_conv', 'queued')));
    polls += 1;
    res.writeHead(200, json).end(JSON.stringify(polls === 1 ? response('resp_conv', 'in_progress') : response('resp_conv', 'completed', [message])));
  });
  const recorder = await startRecorder(t, { upstream: tiny.url, dir: recordingDir() });
  const conversation = (await (await fetch(`${recorder.url}/v1/conversations`, { method: 'POST', headers: json, body: '{}' })).json()) as { id: string };
  const items = async () => ((await (await fetch(`${recorder.url}/v1/conversations/${conversation.id}/items?order=asc`)).json()) as { data: Array<Record<string, unknown>> }).data;
  await fetch(`${recorder.url}/v1/responses`, { method: 'POST', headers: json, body: JSON.stringify({ model: 'gpt-4o', input: 'work on it', background: true, conversation: conversation.id }) });
  t.same(await items(), [], 'nothing is added while the run is queued');
  t.match(await get(`${recorder.url}/v1/responses/resp_conv`), { body: { status: 'in_progress' } });
  t.same(await items(), [], 'nor while it is in progress');
  t.match(await get(`${recorder.url}/v1/responses/resp_conv`), { body: { status: 'completed' } });
  t.match(await items(), [{ type: 'message', role: 'user' }, { id: 'msg_late', type: 'message', role: 'assistant' }], 'the turn, with the finished output');
});
