// `responses-mock verify-recordings`: recorded requests sent again report no drift when the service answers
// in the recorded shape (a conversation's ids carried over from turn to turn), and every field and event
// order that changed when it does not, against a live upstream or a second recording folder. A background run
// is followed for --follow-ms at most, even when the service never answers its read, each read within --timeout-ms.
import { spawn } from 'node:child_process';
import { request, type ServerResponse } from 'node:http';
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
  const bin = join(ROOT, 'bin/responses-mock.cjs');
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

t.test('verify-recordings gives a background run --follow-ms to finish, aborting a read that never answers', async (t) => {
  const run = (status: string) => ({ id: 'resp_slow', object: 'response', created_at: 1760000000, status, background: true, error: null, model: 'gpt-4o-2024-08-06', output: status === 'completed' ? [{ id: 'msg_1', type: 'message', role: 'assistant', content: [] }] : [], store: true });
  const answer = (res: ServerResponse, status: string) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(run(status)));
  const recordedFrom = await startTiny(t, (req, res) => answer(res, req.method === 'POST' ? 'queued' : 'completed'));
  const dir = recordingDir();
  const recorder = await startRecorder(t, { upstream: recordedFrom.url, dir });
  await post(`${recorder.url}/v1/responses`, { model: 'gpt-4o', input: 'work slowly', background: true });
  const polled = await fetch(`${recorder.url}/v1/responses/resp_slow`, { headers: { 'x-mock-session': 'weekly' } });
  t.match(await polled.json(), { status: 'completed' });
  await recorder.close();

  // A service whose reads of the run never answer, and one that keeps the run in progress.
  const silent = await startTiny(t, (req, res) => void (req.method === 'POST' && answer(res, 'queued')));
  const busy = await startTiny(t, (req, res) => answer(res, req.method === 'POST' ? 'queued' : 'in_progress'));
  for (const [name, service] of [['silent', silent], ['busy', busy]] as const) {
    const printed = capture();
    const startedAt = Date.now();
    const code = await Promise.race([runVerify([dir, ...against(service.url), '--follow-ms', '300'], {}, printed.out), new Promise((resolve) => setTimeout(resolve, 5_000, 'still waiting').unref())]);
    t.equal(code, 1, `${name}: ${printed.lines.join('\n')}`);
    t.ok(Date.now() - startedAt < 2_000, `${name}: gave up after ${Date.now() - startedAt} ms`);
    t.match(printed.lines.join('\n'), /DRIFT {2}weekly › .*\n\s+the background run resp_slow had not finished after 300 ms \(--follow-ms\)/, name);
  }
  // Within a long --follow-ms, each read is bounded by --timeout-ms: one that sends its headers, then stalls.
  const stalling = await startTiny(t, (req, res) => {
    if (req.method === 'POST') return answer(res, 'queued');
    res.writeHead(200, { 'content-type': 'application/json' }).write('{"id":"resp_slow",');
  });
  const stalled = capture();
  const startedAt = Date.now();
  const code = await Promise.race([runVerify([dir, ...against(stalling.url), '--follow-ms', '5000', '--timeout-ms', '300'], {}, stalled.out), new Promise((resolve) => setTimeout(resolve, 4_000, 'still waiting').unref())]);
  t.equal(code, 1, stalled.lines.join('\n'));
  t.ok(Date.now() - startedAt < 2_000, `a stalled read gave up after ${Date.now() - startedAt} ms`);
  t.match(stalled.lines.join('\n'), /the background run resp_slow could not be read: no answer after 300 ms \(--timeout-ms\)/);
  const help = capture();
  t.equal(await runVerify(['--help'], {}, help.out), 0);
  t.match(help.lines.join('\n'), /--follow-ms <ms>[\s\S]*default 180000/);
  const wrong = capture();
  t.equal(await runVerify([dir, '--follow-ms', 'soon'], {}, wrong.out), 2);
  t.match(wrong.lines.join('\n'), /--follow-ms: give a whole number of milliseconds/);
  const zero = capture();
  t.equal(await runVerify([dir, '--follow-ms', '0'], {}, zero.out), 2, '0 is refused (review 22)');
  t.match(zero.lines.join('\n'), /--follow-ms: give a whole number of milliseconds above 0 \(not "0"\)/);
});

t.test('verify-recordings bounds every request by --timeout-ms: a service that never answers is reported for its rule', async (t) => {
  const dir = recordingDir();
  const recordedFrom = await startUpstream(t);
  const recorder = await startRecorder(t, { upstream: recordedFrom.url, dir });
  await post(`${recorder.url}/v1/responses`, { model: 'gpt-4o', input: 'Say hello' });
  await post(`${recorder.url}/v1/responses`, { model: 'gpt-4o', input: 'Say hello', stream: true });
  await recorder.close();
  // One service never answers at all; the other sends its headers and a first event, then nothing more.
  const silent = await startTiny(t, () => {});
  const stalled = await startTiny(t, (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write('event: response.created\ndata: {"type":"response.created","sequence_number":0}\n\n');
  });
  for (const [name, service] of [['silent', silent], ['stalled', stalled]] as const) {
    const printed = capture();
    const startedAt = Date.now();
    const code = await Promise.race([runVerify([dir, ...against(service.url), '--timeout-ms', '250'], {}, printed.out), new Promise((resolve) => setTimeout(resolve, 5_000, 'still waiting').unref())]);
    const took = Date.now() - startedAt;
    t.equal(code, 1, `${name}: ${printed.lines.join('\n')}`);
    t.ok(took < 2_000, `${name}: gave up after ${took} ms`);
    const report = printed.lines.join('\n');
    t.match(report, new RegExp(`DRIFT {2}weekly › turn 1: JSON, message\\n\\s+${service.url}/v1 gave no complete answer within 250 ms \\(--timeout-ms\\)`), name);
    t.match(report, /DRIFT {2}weekly › turn 2: stream, message\n\s+.* gave no complete answer within 250 ms \(--timeout-ms\)/, name);
    t.match(report, /2 of 2 drifted/, name);
  }
  const wrong = capture();
  t.equal(await runVerify([dir, '--timeout-ms', '0'], {}, wrong.out), 2);
  t.match(wrong.lines.join('\n'), /--timeout-ms: give a whole number of milliseconds above 0 \(not "0"\)/);
});
