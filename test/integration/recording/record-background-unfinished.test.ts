// Background runs recorded before they finished: a run recorded while still queued or in progress replays
// without going back to an earlier status.
import t from 'tap';
import { recordingDir, startApp, startRecorder, startTiny } from '../../helpers/recording.js';

const json = { 'content-type': 'application/json' };
const response = (id: string, status: string, output: unknown[] = []) => ({
  id, object: 'response', created_at: 1760000000, status, background: true, error: null, incomplete_details: null,
  model: 'gpt-4o-2024-08-06', output, usage: null, store: true, metadata: {},
});
const get = async (url: string) => {
  const answer = await fetch(url);
  return { status: answer.status, body: (await answer.json()) as Record<string, unknown> };
};

t.test('a run recorded queued or in progress replays without going back to an earlier status', async (t) => {
  const tiny = await startTiny(t, (req, res) => {
    const status = req.body.includes('started') ? 'in_progress' : 'queued';
    res.writeHead(200, json).end(JSON.stringify(response(status === 'queued' ? 'resp_queued' : 'resp_started', status)));
  });
  const dir = recordingDir();
  const recorder = await startRecorder(t, { upstream: tiny.url, dir });
  for (const input of ['never polled', 'started']) await fetch(`${recorder.url}/v1/responses`, { method: 'POST', headers: json, body: JSON.stringify({ model: 'gpt-4o', input, background: true }) });
  await recorder.close();
  const replay = await startApp(t, { fixtures: dir, strictScenarios: true });
  const base = `${replay.url}/v1/responses`;
  for (const [input, id, expected] of [['never polled', 'resp_queued', ['queued', 'queued', 'queued', 'queued']], ['started', 'resp_started', ['queued', 'in_progress', 'in_progress', 'in_progress']]] as const) {
    const created = await fetch(base, { method: 'POST', headers: json, body: JSON.stringify({ model: 'gpt-4o', input, background: true }) });
    const statuses = [((await created.json()) as { status: string }).status];
    for (let poll = 0; poll < 3; poll += 1) statuses.push(String((await get(`${base}/${id}`)).body.status));
    t.same(statuses, expected, `${input}: the recorded status is as far as the run gets`);
  }
});
