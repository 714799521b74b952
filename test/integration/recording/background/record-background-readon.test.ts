// How the read-on of a background run (its client gone, its answer read to the end to be recorded) ends: not at
// all when the service itself drops the stream while the client is still there; early, and logged, once its
// answer can no longer be recorded (--body-limit) or the service falls silent; and a run cut at the service is
// followed there until a read shows it over, so that its rule is not left a cut stream.
import t, { type Test } from 'tap';
import { eventsOf, parseSse } from '../../../helpers/sse.js';
import { recordingDir, scenariosIn, sse, startApp, startRecorder, startTiny } from '../../../helpers/recording.js';

const json = { 'content-type': 'application/json' };
const response = (id: string, status: string) => ({
  id, object: 'response', created_at: 1760000000, status, background: true, error: null, incomplete_details: null,
  model: 'gpt-4o-2024-08-06', output: [], usage: null, store: true, metadata: {},
});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const streams = async (url: string) => ((await (await fetch(`${url}/__mock/stats`)).json()) as { streams: { open: number; started: number } }).streams;
const create = (url: string, args: { input: string; signal?: AbortSignal }) => fetch(`${url}/v1/responses`, {
  method: 'POST', headers: json, body: JSON.stringify({ model: 'gpt-4o', input: args.input, background: true, stream: true }), ...(args.signal ? { signal: args.signal } : {}),
});

t.test('a background stream the service drops while its client is there is cut, and nothing stays open', async (t) => {
  const tiny = await startTiny(t, (req, res) => {
    if (req.method === 'GET') return void res.writeHead(200, json).end(JSON.stringify(response('resp_drop', 'in_progress')));
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write(sse([{ type: 'response.created', sequence_number: 0, response: response('resp_drop', 'queued') }]));
    setTimeout(() => res.socket?.destroy(), 100);
  });
  const recorder = await startRecorder(t, { upstream: tiny.url, dir: recordingDir() });
  const created = await create(recorder.url, { input: 'dropped' });
  await t.rejects(created.text(), 'the client sees its answer cut');
  await sleep(100);
  t.match(await streams(recorder.url), { open: 0, started: 1 }, 'no read-on was started, nothing is left open');
  t.equal((await fetch(`${recorder.url}/v1/responses/resp_drop`)).status, 404, 'a cut answer is kept by no one, as any cut stream');
  const startedAt = Date.now();
  await recorder.close();
  t.ok(Date.now() - startedAt < 500, `close took ${Date.now() - startedAt} ms`);
});

/** Waits until `ready` holds (up to 2 s). */
const until = async (ready: () => boolean) => {
  for (let tries = 0; tries < 100 && !ready(); tries += 1) await sleep(20);
};
/** A recorder whose log lines are kept. */
const logged = async (t: Test, args: { upstream: string; bodyLimit?: number; readOnIdleMs?: number }) => {
  const lines: string[] = [];
  const recorder = await startRecorder(t, { dir: recordingDir(), logger: true, logLevel: 'warn', logStream: { write: (line: string) => void lines.push(line) }, ...args });
  return { ...recorder, log: () => lines.join('\n') };
};

t.test('once its client has left, a background answer past --body-limit is not read on: the run is left to the service', async (t) => {
  let upstreamClosed = false;
  let sent = 0;
  const tiny = await startTiny(t, (req, res) => {
    if (req.method === 'GET') return void res.writeHead(200, json).end(JSON.stringify(response('resp_big', 'in_progress')));
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write(sse([{ type: 'response.created', sequence_number: 0, response: response('resp_big', 'queued') }]));
    res.on('close', () => void (upstreamClosed = true));
    const delta = (n: number) => sse([{ type: 'response.output_text.delta', sequence_number: n, item_id: 'msg_big', output_index: 0, content_index: 0, delta: 'x'.repeat(16_384) }]);
    const more = setInterval(() => void (res.destroyed ? clearInterval(more) : res.write(delta((sent += 1)))), 10);
  });
  const recorder = await logged(t, { upstream: tiny.url, bodyLimit: 64 * 1024 });
  const client = new AbortController();
  const created = await create(recorder.url, { input: 'a large answer', signal: client.signal });
  await created.body!.getReader().read();
  client.abort();
  await until(() => upstreamClosed);
  t.ok(upstreamClosed, `the upstream request is stopped (after ${sent} deltas of 16 KiB)`);
  t.ok(sent < 20, 'soon after the limit');
  t.match(recorder.log(), /not recorded: its answer cannot be recorded \(the answer is larger than 65536 characters\)/);
  t.match(await streams(recorder.url), { open: 0 });
  const read = await fetch(`${recorder.url}/v1/responses/resp_big`);
  t.match({ status: read.status, body: await read.json() }, { status: 200, body: { id: 'resp_big', status: 'in_progress' } }, "the run's GETs go on to the service");
});

t.test('a read-on whose service falls silent is stopped after the idle bound, headers or not, and says why', async (t) => {
  for (const headers of [true, false]) {
    let upstreamClosed = false;
    const tiny = await startTiny(t, (_req, res) => {
      res.on('close', () => void (upstreamClosed = true));
      if (!headers) return;
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(sse([{ type: 'response.created', sequence_number: 0, response: response('resp_silent', 'queued') }]));
    });
    const recorder = await logged(t, { upstream: tiny.url, readOnIdleMs: 150 });
    const client = new AbortController();
    const created = create(recorder.url, { input: 'silence', signal: client.signal });
    if (headers) await (await created).body!.getReader().read();
    else await until(() => tiny.received.length > 0);
    client.abort();
    await created.catch(() => undefined);
    await until(() => upstreamClosed && /not recorded/.test(recorder.log()));
    t.ok(upstreamClosed, `headers ${headers}: the upstream request is stopped`);
    t.match(recorder.log(), /not recorded: the service sent nothing for 150 ms after the client left/);
    t.match(await streams(recorder.url), { open: 0 });
  }
});

t.test('a read-on that ends with no terminal event (cancelled at the service) is followed there until a read shows it over', async (t) => {
  let end: (() => void) | undefined;
  let over = false;
  const tiny = await startTiny(t, (req, res) => {
    if (req.method === 'POST') {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(sse([{ type: 'response.created', sequence_number: 0, response: response('resp_cut', 'queued') }, { type: 'response.in_progress', sequence_number: 1, response: response('resp_cut', 'in_progress') }]));
      end = () => res.end();
      return;
    }
    res.writeHead(200, json).end(JSON.stringify(response('resp_cut', over ? 'cancelled' : 'in_progress')));
  });
  const dir = recordingDir();
  const recorder = await startRecorder(t, { upstream: tiny.url, dir });
  const client = new AbortController();
  const created = await create(recorder.url, { input: 'cancelled elsewhere', signal: client.signal });
  await created.body!.getReader().read();
  client.abort();
  await until(() => end !== undefined);
  await sleep(50);
  // Cancelled at the service (by another client): the create's stream ends there, with no terminal event.
  over = true;
  end!();
  await sleep(100);
  const read = async () => ((await (await fetch(`${recorder.url}/v1/responses/resp_cut`)).json()) as { status: string }).status;
  t.equal(await read(), 'cancelled', "the run's GET still goes to the service, which has it cancelled");
  const asked = tiny.received.length;
  t.equal(await read(), 'cancelled', 'then the mock answers it');
  t.equal(tiny.received.length, asked, 'without asking the service again');
  t.match(await streams(recorder.url), { open: 0 });
  await recorder.close();
  const rule = scenariosIn(dir).get('default')!.rules[0]!;
  t.match(rule.respond.replay, { body: { id: 'resp_cut', status: 'cancelled' } }, 'the rule answers with the cancelled run');
  t.notOk(rule.respond.replay!.cut, 'not as a cut stream');
  t.notOk(rule.respond.replay!.events, 'its events up to the cut are not replayed beside it');
  const replay = await startApp(t, { fixtures: dir, strictScenarios: true });
  const replayed = eventsOf(parseSse(await (await create(replay.url, { input: 'cancelled elsewhere' })).text()));
  t.same(replayed.map((event) => event.type), ['response.created', 'response.queued', 'response.in_progress'], 'the replayed stream ends as a cancelled run\'s does, with no terminal event');
  const polled = [];
  for (let poll = 0; poll < 2; poll += 1) polled.push(((await (await fetch(`${replay.url}/v1/responses/resp_cut`)).json()) as { status: string }).status);
  t.equal(polled.at(-1), 'cancelled', `then its GETs come to the cancelled run (${polled.join(', ')})`);
});
