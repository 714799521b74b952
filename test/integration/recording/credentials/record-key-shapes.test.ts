// A key-shaped value in a query parameter not named like a secret (`?foo=sk-proj-…`), and the request's own
// credential in any query parameter: cut from the journaled path and the request's log line as from the
// recording, while recording; the request's own credential is cut from them in every mode. A key-shaped metadata
// key and a key piece offered only as a top logprob alternative: written, stored and served cut.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { recordingDir, send, startApp, startRecorder, startTiny } from '../../../helpers/recording.js';

const KEY = 'sk-proj-QueryShaped0123456789abcdef';
const OWN = 'own-header-token-0123456789';

function logLines(): { lines: string[]; logStream: { write(line: string): void } } {
  const lines: string[] = [];
  return { lines, logStream: { write: (line: string) => void lines.push(line) } };
}

const response = { id: 'resp_q', object: 'response', created_at: 1, status: 'completed', model: 'gpt-4o', output: [], usage: { input_tokens: 1, output_tokens: 1, total_tokens: 2 } };

t.test('while recording, a key-shaped query value is cut from the journal path and the log line', async (t) => {
  const tiny = await startTiny(t, (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(response));
  });
  const log = logLines();
  const recorder = await startRecorder(t, { upstream: tiny.url, dir: recordingDir(), logger: true, logLevel: 'info', logStream: log.logStream });
  const headers = { authorization: `Bearer ${OWN}`, 'x-mock-session': 'q' };
  const answer = await send(`${recorder.url}/v1/responses?foo=${KEY}&bar=${encodeURIComponent(`x ${OWN}`)}`, { body: { model: 'gpt-4o', input: 'Hi' }, headers });
  t.equal(answer.status, 200);
  const journal = (await (await fetch(`${recorder.url}/__mock/requests?session=q`)).json()) as { requests: Array<{ path: string }> };
  await recorder.close();
  t.equal(journal.requests[0]!.path, '/v1/responses?foo=[redacted]&bar=x%20[redacted]', 'the journaled path');
  const lines = log.lines.filter((line) => line.includes('/v1/responses?'));
  t.ok(lines.length > 0, 'the request is logged');
  for (const line of lines) t.notOk(line.includes(KEY.slice(0, -4)) || line.includes(OWN.slice(0, -4)), `no key in: ${line}`);
  t.ok(lines.some((line) => line.includes('/v1/responses?foo=[redacted]&bar=x%20[redacted]')), 'the log line shows the journaled path');
});

t.test("outside recording, the request's own credential is cut from the journal path and the log line", async (t) => {
  const log = logLines();
  const app = await startApp(t, { logger: true, logLevel: 'info', logStream: log.logStream });
  const headers = { authorization: `Bearer ${OWN}`, 'x-mock-session': 'q' };
  const answer = await send(`${app.url}/v1/responses?foo=${OWN}&other=${KEY}`, { body: { model: 'gpt-4o', input: 'Hi' }, headers });
  t.equal(answer.status, 200);
  const journal = (await (await fetch(`${app.url}/__mock/requests?session=q`)).json()) as { requests: Array<{ path: string }> };
  await app.app.close();
  t.equal(journal.requests[0]!.path, `/v1/responses?foo=[redacted]&other=${KEY}`, 'own credential cut; other text kept as sent');
  t.notOk(log.lines.join('').includes(OWN.slice(0, -4)), 'the log holds no own credential');
});

t.test('while recording, a key-shaped metadata key is written, stored and served cut, and a key piece offered as an alternative token too', async (t) => {
  const piece = '-AlternativePiece0123456789';
  const logprob = (token: string, top: string[] = []) => ({ token, logprob: -0.1, bytes: [...Buffer.from(token)], top_logprobs: [token, ...top].map((alternative) => ({ token: alternative, logprob: -1, bytes: [...Buffer.from(alternative)] })) });
  const text = 'Use sk-proj now';
  const answer = {
    ...response,
    metadata: { [KEY]: 'x', [`${KEY}0`]: 'y' },
    output: [{ id: 'msg_1', type: 'message', status: 'completed', role: 'assistant', content: [{ type: 'output_text', text, annotations: [], logprobs: [logprob('Use'), logprob(' sk'), logprob('-proj'), logprob(' now', [piece])] }] }],
  };
  const tiny = await startTiny(t, (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(answer));
  });
  const dir = recordingDir();
  const recorder = await startRecorder(t, { upstream: tiny.url, dir });
  const headers = { 'x-mock-session': 'meta' };
  const sent = await send(`${recorder.url}/v1/responses`, { body: { model: 'gpt-4o', input: 'Hi', store: true }, headers });
  t.ok(sent.text.includes(KEY), 'the client gets the answer as it came');
  const stored = await (await fetch(`${recorder.url}/v1/responses/resp_q`, { headers })).text();
  await recorder.close();
  const written = readFileSync(join(dir, 'meta.yaml'), 'utf8');
  for (const [where, kept] of [['GET /v1/responses/{id}', stored], ['the recording', written]] as const) {
    t.notOk(kept.includes('QueryShaped') || kept.includes('AlternativePiece'), `${where} holds no key, no piece`);
  }
  const served = JSON.parse(stored) as typeof answer;
  t.same(Object.keys(served.metadata), ['[redacted]', '[redacted]#2'], 'two cut keys, told apart');
  t.same(served.output[0]!.content[0]!.logprobs[3]!.top_logprobs.map((entry) => entry.token), [' now', '[redacted]'], 'the alternative cut');
});
