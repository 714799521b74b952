// A long stream to a client that reads as fast as the server writes, over a real socket: the server still
// answers other requests while it streams. Such a socket takes every write at once and drains within the same
// turn of the event loop, so a stream of tens of megabytes was made in one go, holding the loop throughout.
// And a stream to a client that asked to close the connection closes it when it ends.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { connect } from 'node:net';
import t from 'tap';
import { OPENAI } from '../../helpers/app.js';
import { listen } from '../../helpers/server.js';

/**
 * Sends the request from another process (a reader in this one would share the event loop and slow the writes
 * down to its own pace) and reads everything as fast as it comes; resolves with the bytes once the server closes.
 */
async function readAll(args: { port: number; body: string }): Promise<number> {
  const headers = ['host: 127.0.0.1', 'content-type: application/json', 'connection: close', 'x-mock-stream: chunk=4; delay=0', `content-length: ${Buffer.byteLength(args.body)}`];
  const request = `POST ${OPENAI} HTTP/1.1\r\n${headers.join('\r\n')}\r\n\r\n${args.body}`;
  const reader = `const s = require('node:net').connect(${args.port}, '127.0.0.1'); let n = 0;
    s.on('data', (c) => { n += c.length; }); s.on('close', () => process.stdout.write(String(n)));
    let r = ''; process.stdin.on('data', (c) => { r += c; }); process.stdin.on('end', () => s.write(r));`;
  const child = spawn(process.execPath, ['-e', reader], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => { out += chunk.toString(); });
  child.stdin.end(request);
  await once(child, 'exit');
  return Number(out);
}

t.test('a 500 KB text streamed to a fast reader leaves the event loop free between writes', async (t) => {
  const server = await listen(t);
  const port = Number(new URL(server.url).port);
  for (const include of [[], ['message.output_text.logprobs']]) {
    const body = JSON.stringify({ model: 'gpt-4o', input: `Reply exactly with: ${'word '.repeat(100_000)}`, stream: true, include });
    let worst = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      worst = Math.max(worst, now - last);
      last = now;
    }, 2);
    const started = performance.now();
    const reading = readAll({ port, body });
    const bytes = await reading;
    const took = performance.now() - started;
    clearInterval(timer);
    await new Promise((resolve) => setTimeout(resolve, 50));
    t.ok(bytes > 5_000_000, `${include.length ? 'with logprobs: ' : ''}a stream of ${(bytes / 1e6).toFixed(1)} MB`);
    // Before, the longest stall was the whole stream (over 95 % of it); a bound relative to the stream's own
    // length holds on a slow or busy machine.
    t.ok(worst < took / 3, `the event loop's longest stall was ${worst.toFixed(0)} ms of a ${took.toFixed(0)} ms stream`);
  }
});

t.test('a stream to a client that sent Connection: close ends with the connection closed', async (t) => {
  const server = await listen(t);
  const socket = connect(Number(new URL(server.url).port), '127.0.0.1');
  let text = '';
  socket.on('data', (chunk: Buffer) => { text += chunk.toString(); });
  const body = JSON.stringify({ model: 'gpt-4o', input: 'Reply exactly with: hello', stream: true });
  socket.write(`POST ${OPENAI} HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\nconnection: close\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  const closed = once(socket, 'close').then(() => true);
  // It idled until the keep-alive timeout (72 s) before.
  const timely = await Promise.race([closed, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5_000))]);
  socket.destroy();
  t.ok(timely, 'closed by the server when the stream ended');
  t.match(text, /\r\nconnection: close\r\n/i, 'and said so');
  t.match(text, /response\.completed/, 'after the whole stream');
});
