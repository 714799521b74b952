// `responses-mock verify-recordings`: recorded requests sent again report no drift when the service answers
// in the recorded shape (a conversation's ids carried over from turn to turn), and every field and event
// order that changed when it does not, against a live upstream or a second recording folder.
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { runVerify } from '../../../src/record/verify/verify-cli.js';
import { recordingDir, startRecorder, startTiny, startUpstream } from '../../helpers/recording.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const weather = { type: 'function', name: 'get_weather', description: 'Weather for a city.', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } };

async function post(url: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-mock-session': 'weekly' }, body: JSON.stringify(body) });
  const text = await response.text();
  return body && (body as { stream?: boolean }).stream ? { text } : (JSON.parse(text) as Record<string, unknown>);
}

/** A conversation on both paths: a call, its answer chained by previous_response_id, and streams. */
async function conversation(base: string): Promise<void> {
  const first = await post(`${base}/v1/responses`, { model: 'gpt-4o', input: 'Weather in Paris?', tools: [weather] });
  const call = (first.output as Array<Record<string, unknown>>)[0]!;
  await post(`${base}/v1/responses`, { model: 'gpt-4o', previous_response_id: first.id, tools: [weather], input: [{ type: 'function_call_output', call_id: call.call_id, output: '18C' }] });
  await post(`${base}/v1/responses`, { model: 'gpt-4o', input: 'Say hello', stream: true });
  await post(`${base}/api/v1/responses`, { model: 'openai/gpt-4o-mini', input: 'Say hi', stream: true });
}

/** Collects what the command prints. */
const capture = () => {
  const lines: string[] = [];
  return { lines, out: { log: (line: string) => lines.push(line), error: (line: string) => lines.push(line) } };
};
const against = (url: string) => ['--upstream-openai', `${url}/v1`, '--upstream-openrouter', `${url}/api/v1`];

t.test('verify-recordings: no drift from the same service, each field and order that changed from a drifted one', async (t) => {
  const dir = recordingDir();
  const recordedFrom = await startUpstream(t);
  const recorder = await startRecorder(t, { upstream: recordedFrom.url, dir });
  await conversation(recorder.url);
  await recorder.close();
  await recordedFrom.close();

  // Another instance with another seed: new ids throughout, the same shapes.
  const live = await startUpstream(t, { seed: 99 });
  const same = capture();
  t.equal(await runVerify([dir, ...against(live.url)], {}, same.out), 0, same.lines.join('\n'));
  t.match(same.lines.join('\n'), /4 recorded exchange\(s\)[\s\S]*ok +weekly › turn 2: JSON, message[\s\S]*no drift/);

  // A service that drifted: a new field, a field gone, an event no longer sent.
  const drifted = await startTiny(t, (req, res) => {
    const forwarded = request(`${live.url}${req.url}`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (answer) => {
      let text = '';
      answer.setEncoding('utf8');
      answer.on('data', (chunk: string) => { text += chunk; });
      answer.on('end', () => {
        const changed = text.startsWith('{')
          ? JSON.stringify({ ...JSON.parse(text), usage: undefined, screening: { flagged: false } })
          : text.split('\n\n').filter((frame) => !frame.includes('"response.in_progress"')).join('\n\n');
        res.writeHead(answer.statusCode ?? 500, { 'content-type': String(answer.headers['content-type']) });
        res.end(changed);
      });
    });
    forwarded.end(req.body);
  });
  const changed = capture();
  t.equal(await runVerify([dir, ...against(drifted.url)], {}, changed.out), 1);
  const report = changed.lines.join('\n');
  t.match(report, /DRIFT {2}weekly › turn 1: JSON, calls get_weather\n\s+fields no longer sent: usage, usage\.input_tokens,.*\n\s+fields new: screening, screening\.flagged/);
  t.match(report, /DRIFT {2}weekly › turn 3: stream, message\n\s+event order: after 1 matching step\(s\) the recording has response\.in_progress › response\.output_item\.added › response\.content_part\.added, the upstream response\.output_item\.added/);
  t.match(report, /4 of 4 drifted/);

  // The same comparison between two recording folders, without a network.
  const second = recordingDir();
  const again = await startRecorder(t, { upstream: drifted.url, dir: second });
  await conversation(again.url);
  await again.close();
  const folders = capture();
  t.equal(await runVerify([dir, '--against', second], {}, folders.out), 1);
  t.match(folders.lines.join('\n'), /fields new: screening, screening\.flagged[\s\S]*event order: after 1 matching step/);
  const itself = capture();
  t.equal(await runVerify([dir, '--against', dir], {}, itself.out), 0);

  // As users run it: the bin's subcommand and its exit codes.
  const bin = join(ROOT, 'bin/responses-mock.js');
  // Not spawnSync: the upstream it asks runs in this process.
  const run = (args: string[]) => new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [bin, 'verify-recordings', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
  const ok = await run([dir, ...against(live.url)]);
  t.equal(ok.status, 0, ok.stdout + ok.stderr);
  t.match(ok.stdout, /no drift/);
  const wrong = await run([]);
  t.equal(wrong.status, 2);
  t.match(wrong.stderr, /Usage: responses-mock verify-recordings <dir>/);
});
