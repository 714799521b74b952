// How the read-on of a background run (its client gone, its answer read to the end to be recorded) ends: not at
// all when the service itself drops the stream while the client is still there; early, and logged, once its
// answer can no longer be recorded (--body-limit) or the service falls silent; and a run cut at the service is
// followed there until a read shows it over, so that its rule is not left a cut stream.
import t from 'tap';
import { recordingDir, sse, startRecorder, startTiny } from '../../helpers/recording.js';

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
