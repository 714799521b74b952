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

t.test('an upstream URL that carries credentials is told with them masked', async (t) => {
  const lines: string[] = [];
  const logStream = { write: (line: string) => void lines.push(line) };
  const dir = recordingDir();
  const upstream = await startUpstream(t);
  const port = new URL(upstream.url).port;
  const recorder = await startRecorder(t, { upstream: upstream.url, dir, logger: true, logLevel: 'info', logStream, upstreamOpenai: `http://proxyuser:PROXYPASSWORD1@127.0.0.1:${port}/v1?api-key=QUERYSECRET123456` });
  const headers = { 'x-mock-session': 'masked' };
  t.equal((await send(`${recorder.url}${OPENAI}`, { body: { model: 'gpt-4o', input: 'Say hello' }, headers })).status, 200, 'the request went through');
  const journal = await (await fetch(`${recorder.url}/__mock/requests?session=masked`)).text();
  const feed = await (await fetch(`${recorder.url}/__mock/feed`)).text();
  await recorder.close();
  await upstream.close();
  const description = scenariosIn(dir).get('masked')!.description!;
  for (const [what, text] of [['the journal', journal], ['the inspector feed', feed], ['the log', lines.join('\n')], ['the recording', description]] as const) {
    t.notMatch(text, /PROXYPASSWORD1|proxyuser|QUERYSECRET123456/, `${what} shows no credential of the upstream URL`);
  }
  t.match(JSON.parse(journal).requests[0].upstream, `http://***@127.0.0.1:${port}/v1?api-key=***3456`, 'the journal shows where it went');
  t.match(description, `Recorded from http://***@127.0.0.1:${port}/v1?api-key=***3456 on`);
});

t.test('an upstream that cannot be reached is named with its credentials masked', async (t) => {
  const recorder = await startRecorder(t, { upstream: 'http://127.0.0.1:9', dir: recordingDir(), upstreamOpenai: 'http://proxyuser:PROXYPASSWORD1@127.0.0.1:9/v1' });
  const sent = await send(`${recorder.url}${OPENAI}`, { body: { model: 'gpt-4o', input: 'Say hello' }, headers: { 'x-mock-session': 'down' } });
  t.equal(sent.status, 502);
  t.notMatch(sent.text, /PROXYPASSWORD1|proxyuser/, 'the error names no credential');
  t.match(sent.text, 'http://***@127.0.0.1:9/v1');
});
