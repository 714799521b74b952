// A key the client wrote in its last message: the recorded rule matches the message without holding the key, and
// a replay that sends another key in its place still matches.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { recordingDir, send, startApp, startRecorder, startUpstream } from '../../../helpers/recording.js';

const KEY = 'sk-proj-MESSAGEKEY0123456789abcdef';

t.test('the message a rule matches holds no key the client wrote', async (t) => {
  const dir = recordingDir();
  const upstream = await startUpstream(t);
  const recorder = await startRecorder(t, { upstream: upstream.url, dir });
  const headers = { 'x-mock-session': 'keyed' };
  const input = `Is (this) key valid? ${KEY} Thanks.`;
  t.equal((await send(`${recorder.url}/v1/responses`, { body: { model: 'gpt-4o', input }, headers })).status, 200);
  await recorder.close();
  const written = readdirSync(dir).map((file) => readFileSync(join(dir, file), 'utf8')).join('\n');
  t.notMatch(written, /MESSAGEKEY/, 'the recording holds no key');
  const replay = await startApp(t, { fixtures: dir, strictScenarios: true });
  const again = await send(`${replay.url}/v1/responses`, { body: { model: 'gpt-4o', input: 'Is (this) key valid? sk-proj-ANOTHERKEY0123456789abcdef Thanks.' }, headers });
  t.equal(again.status, 200, 'the same message with another key is replayed');
  t.match(JSON.parse(again.text), { object: 'response', status: 'completed' });
  const other = await send(`${replay.url}/v1/responses`, { body: { model: 'gpt-4o', input: 'Is (this) key valid? Thanks.' }, headers: { 'x-mock-session': 'fresh', 'x-mock-scenario': 'keyed' } });
  t.equal(other.status, 400, 'a message without a key in its place does not match');
});
