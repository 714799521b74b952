// While recording, key-shaped text in a request's path is cut wherever the path is told: the journaled path
// (also percent-encoded), the error message that quotes it, the log line, and the debug line of a request the
// HTTP parser refused.
import net from 'node:net';
import t from 'tap';
import { recordingDir, startRecorder, startTiny } from '../../helpers/recording.js';

const KEY = 'sk-proj-QueryShaped0123456789abcdef';

t.test('a key-shaped path segment is cut from the journaled path, its error message and the log line', async (t) => {
  const tiny = await startTiny(t, (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{}');
  });
  const lines: string[] = [];
  const recorder = await startRecorder(t, { upstream: tiny.url, dir: recordingDir(), logger: true, logLevel: 'info', logStream: { write: (line: string) => void lines.push(line) } });
  const paths = [`/v1/responses/${KEY}`, `/v1/${KEY}/x`, '/v1/responses/sk%2Dproj-QueryShaped0123456789abcdef', `/v1/responses?sk%2Dproj-QueryShaped0123456789abcdef=1`];
  for (const path of paths) {
    const response = await fetch(`${recorder.url}${path}`, { headers: { 'x-mock-session': 'paths' } });
    t.ok(response.status >= 400 && response.status < 500, `${path}: ${response.status}`);
    await response.text();
  }
  const journal = (await (await fetch(`${recorder.url}/__mock/requests?session=paths`)).json()) as { requests: Array<{ path: string; error: { message: string } | null }> };
  t.same(journal.requests.map((entry) => entry.path), ['/v1/responses/[redacted]', '/v1/[redacted]/x', '/v1/responses/[redacted]', '/v1/responses?[redacted]=1']);
  t.equal(journal.requests[0]!.error?.message, "Response with id '[redacted]' not found.");
  t.notOk(JSON.stringify(journal).includes('QueryShaped'), 'the journal holds no key-shaped text');
  await recorder.close();
  t.same(lines.filter((line) => line.includes('QueryShaped')), [], 'nor does the log');
});

t.test("the debug line of a request the parser refused cuts key-shaped text from its path", async (t) => {
  const tiny = await startTiny(t, (_request, response) => response.end('{}'));
  const lines: string[] = [];
  const recorder = await startRecorder(t, { upstream: tiny.url, dir: recordingDir(), logger: true, logLevel: 'debug', logStream: { write: (line: string) => void lines.push(line) } });
  const { port } = new URL(recorder.url);
  await new Promise<void>((resolve) => {
    const socket = net.connect(Number(port), '127.0.0.1', () => socket.write(`GET /v1/responses?foo=${KEY} HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(70_000)}\r\n\r\n`));
    socket.on('data', () => {});
    socket.on('close', () => resolve());
    socket.on('error', () => resolve());
  });
  await recorder.close();
  const refused = lines.filter((line) => line.includes('client error answered'));
  t.equal(refused.length, 1, 'the refusal is logged');
  t.match(refused[0], /"path":"\/v1\/responses\?foo=\[redacted\]"/);
  t.same(lines.filter((line) => line.includes('QueryShaped')), []);
});
