// What a recording run tells: each proxied request's log line names the service that answered it, and a
// scenario recorded from both paths names both services in its description; the journal names the model and
// the service too.
import t from 'tap';
import { OPENAI, OPENROUTER } from '../../helpers/app.js';
import { recordingDir, scenariosIn, send, startRecorder, startUpstream } from '../../helpers/recording.js';

t.test('log lines say upstream; the description names every upstream recorded from', async (t) => {
  const lines: Array<Record<string, unknown>> = [];
  const logStream = { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) };
  const dir = recordingDir();
  const upstream = await startUpstream(t);
  const recorder = await startRecorder(t, { upstream: upstream.url, dir, logger: true, logLevel: 'info', logStream });
  const headers = { 'x-mock-session': 'both' };
  t.equal((await send(`${recorder.url}${OPENAI}`, { body: { model: 'gpt-4o', input: 'Say hello' }, headers })).status, 200);
  t.equal((await send(`${recorder.url}${OPENROUTER}`, { body: { model: 'openai/gpt-4o-mini', input: 'Say hi', stream: true }, headers })).status, 200);
  const journal = await (await fetch(`${recorder.url}/__mock/requests?session=both`)).json() as { requests: Array<Record<string, unknown>> };
  t.match(journal.requests, [
    { path: OPENAI, model: 'gpt-4o', upstream: `${upstream.url}/v1`, status: 200 },
    { path: OPENROUTER, model: 'openai/gpt-4o-mini', upstream: `${upstream.url}/api/v1`, status: 200 },
  ], 'the journal names the model and the service that answered');
  await recorder.close();
  await upstream.close();
  const requests = lines.filter((line) => 'status' in line);
  t.match(requests, [
    { path: OPENAI, status: 200, session: 'both', answered: `upstream ${upstream.url}/v1 (recording)` },
    { path: OPENROUTER, status: 200, session: 'both', answered: `upstream ${upstream.url}/api/v1 (recording)` },
  ]);
  t.match(scenariosIn(dir).get('both')!.description, new RegExp(`^Recorded from ${upstream.url}/v1 and ${upstream.url}/api/v1 on \\d{4}-\\d{2}-\\d{2}\\.$`));
});
