// The background relay's edges while recording: a relayed streamed GET ends with the server (app.close() does not
// wait for the service), and when a poll and a cancel of one run both come back finished, the first answer the
// client was given is the one the recording keeps.
import t from 'tap';
import { recordingDir, scenariosIn, startRecorder, startTiny } from '../../../helpers/recording.js';

const queued = (id: string) => ({ id, object: 'response', created_at: 1760000000, status: 'queued', background: true, error: null, incomplete_details: null, model: 'gpt-4o-2024-08-06', output: [], usage: null, store: true, metadata: {} });
/** What `promise` gives, or 'still waiting' after 2 s (a hang fails the test instead of stalling it). */
const within = <T>(promise: Promise<T>) => Promise.race([promise, new Promise<string>((resolve) => setTimeout(resolve, 2_000, 'still waiting').unref())]);
const json = { 'content-type': 'application/json' };

t.test('a relayed streamed GET is ended by app.close(), not waited for', async (t) => {
  const tiny = await startTiny(t, (req, res) => {
    if (req.method === 'POST') return void res.writeHead(200, json).end(JSON.stringify(queued('resp_1')));
    // The service's stream of the run: one event, then nothing more (a run that goes on and on).
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write(`event: response.queued\ndata: ${JSON.stringify({ type: 'response.queued', sequence_number: 0, response: queued('resp_1') })}\n\n`);
  });
  const recorder = await startRecorder(t, { upstream: tiny.url, dir: recordingDir() });
  const created = await fetch(`${recorder.url}/v1/responses`, { method: 'POST', headers: json, body: JSON.stringify({ model: 'gpt-4o', input: 'work on it', background: true }) });
  t.match(await created.json(), { id: 'resp_1', status: 'queued' });
  const client = new AbortController();
  t.teardown(() => client.abort());
  const streamed = await fetch(`${recorder.url}/v1/responses/resp_1?stream=true`, { signal: client.signal });
  t.equal(streamed.status, 200);
  t.match(streamed.headers.get('content-type'), /text\/event-stream/);
  const reader = streamed.body!.getReader();
  t.match(new TextDecoder().decode((await reader.read()).value), /response\.queued/, 'the service\'s first event came through');
  const ending = reader.read().then(({ done }) => (done ? 'ended' : 'more'), () => 'cut');
  const startedAt = Date.now();
  const closed = await within(recorder.close().then(() => 'closed'));
  const took = Date.now() - startedAt;
  t.equal(closed, 'closed', 'close does not wait for the service');
  t.ok(took < 1_500, `close took ${took} ms`);
  t.not(await within(ending), 'more', 'the client\'s stream is ended');
  client.abort();
  t.ok(tiny.received.some((got) => got.url === '/v1/responses/resp_1?stream=true'), 'the GET went to the service');
});

t.test('a poll and a cancel that both come back finished: the first answer is the one recorded', async (t) => {
  const completed = { ...queued('resp_2'), status: 'completed', output: [{ id: 'msg_done', type: 'message', status: 'completed', role: 'assistant', content: [{ type: 'output_text', text: 'Finished.', annotations: [] }] }] };
  const tiny = await startTiny(t, (req, res) => {
    if (req.url === '/v1/responses') return void res.writeHead(200, json).end(JSON.stringify(queued('resp_2')));
    // The poll comes back first (finished), the cancel a little later (cancelled).
    const cancel = req.url === '/v1/responses/resp_2/cancel';
    setTimeout(() => res.writeHead(200, json).end(JSON.stringify(cancel ? { ...queued('resp_2'), status: 'cancelled' } : completed)), cancel ? 250 : 50);
  });
  const dir = recordingDir();
  const recorder = await startRecorder(t, { upstream: tiny.url, dir });
  const base = `${recorder.url}/v1/responses`;
  const call = async (url: string, init: RequestInit = {}) => (await (await fetch(url, init)).json()) as Record<string, unknown>;
  t.match(await call(base, { method: 'POST', headers: json, body: JSON.stringify({ model: 'gpt-4o', input: 'work on it', background: true }) }), { status: 'queued' });
  const [polled, cancelled] = await Promise.all([call(`${base}/resp_2`), call(`${base}/resp_2/cancel`, { method: 'POST' })]);
  t.match(polled, { status: 'completed', output: [{ id: 'msg_done' }] }, 'the poll was answered first, finished');
  t.match(cancelled, { status: 'cancelled' }, 'the cancel reached the service before the run was seen finished');
  t.match(await call(`${base}/resp_2`), { status: 'completed', output: [{ id: 'msg_done' }] }, 'the mock answers as the client was first told');
  await recorder.close();
  t.match(scenariosIn(dir).get('default')!.rules[0]!.respond.replay!.body, { status: 'completed', output: [{ id: 'msg_done' }] }, 'the recording agrees');
});

t.test('a client that leaves a relayed streamed GET is counted as an aborted stream (review 22)', async (t) => {
  const tiny = await startTiny(t, (req, res) => {
    if (req.method === 'POST') return void res.writeHead(200, json).end(JSON.stringify(queued('resp_3')));
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write(`event: response.queued\ndata: ${JSON.stringify({ type: 'response.queued', sequence_number: 0, response: queued('resp_3') })}\n\n`);
  });
  const recorder = await startRecorder(t, { upstream: tiny.url, dir: recordingDir() });
  await fetch(`${recorder.url}/v1/responses`, { method: 'POST', headers: json, body: JSON.stringify({ model: 'gpt-4o', input: 'work on it', background: true }) });
  const stats = async () => ((await (await fetch(`${recorder.url}/__mock/stats`)).json()) as { streams: { open: number; aborted: number; completed: number } }).streams;
  const before = await stats();
  const client = new AbortController();
  const streamed = await fetch(`${recorder.url}/v1/responses/resp_3?stream=true`, { signal: client.signal });
  await streamed.body!.getReader().read();
  client.abort();
  let after = await stats();
  for (let tries = 0; tries < 50 && after.open > 0; tries += 1) after = await new Promise((resolve) => setTimeout(() => resolve(stats()), 20));
  t.equal(after.open, 0, 'no stream is left open');
  t.equal(after.aborted, before.aborted + 1, 'the stream the client left is counted as aborted');
  t.equal(after.completed, before.completed, 'not as completed');
});
