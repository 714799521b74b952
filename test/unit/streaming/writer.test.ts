// The writer over real HTTP (a bare Fastify app on 127.0.0.1:0): frames in order with their waits, the two
// ways a cut stream ends, and a client leaving mid-wait.
import { request } from 'node:http';
import Fastify, { type FastifyInstance } from 'fastify';
import t, { type Test } from 'tap';
import { registerStreaming } from '../../../src/streaming/register.js';
import { StreamRegistry } from '../../../src/streaming/registry.js';
import type { Schedule } from '../../../src/streaming/schedule.js';
import { bursts, writeStream, type CutMode } from '../../../src/streaming/writer.js';

const frame = (n: number) => ({ data: JSON.stringify({ type: 'e', sequence_number: n }) });

async function serve(t: Test, args: { schedule: Schedule; cutMode?: CutMode }): Promise<{ app: FastifyInstance; registry: StreamRegistry; url: string }> {
  const app = Fastify();
  const registry = new StreamRegistry();
  registerStreaming(app, registry);
  app.get('/', (_request, reply) => writeStream({ reply, bursts: bursts(args.schedule), registry, cut: args.schedule.cut ? args.cutMode ?? 'end' : undefined }));
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  t.teardown(() => app.close());
  return { app, registry, url };
}

/** The raw body with the time each chunk arrived, and how the response ended. */
function fetchRaw(url: string): Promise<{ chunks: Array<{ at: number; text: string }>; ended: 'end' | 'error'; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const chunks: Array<{ at: number; text: string }> = [];
    const req = request(url, { agent: false }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (text: string) => chunks.push({ at: performance.now() - started, text }));
      res.on('end', () => resolve({ chunks, ended: 'end', headers: res.headers }));
      res.on('error', () => resolve({ chunks, ended: 'error', headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

const timers = () => process.getActiveResourcesInfo().filter((name) => name === 'Timeout').length;

t.test('frames go out in order, after their waits, with SSE headers', async (t) => {
  const schedule: Schedule = {
    steps: [{ waitMs: 0, frame: { comment: ' ' } }, { waitMs: 120, frame: frame(0) }, { waitMs: 0, frame: { event: 'x', data: '{}' } }, { waitMs: 60, frame: { data: '[DONE]' } }],
    cut: false,
  };
  const { url, registry } = await serve(t, { schedule });
  const { chunks, ended, headers } = await fetchRaw(url);
  t.equal(ended, 'end');
  t.match(headers['content-type'], /^text\/event-stream/);
  t.equal(headers['cache-control'], 'no-cache', 'as OpenRouter sends it');
  const body = chunks.map((chunk) => chunk.text).join('');
  t.equal(body, ': \n\ndata: {"type":"e","sequence_number":0}\n\nevent: x\ndata: {}\n\ndata: [DONE]\n\n', 'no retry: line, frames as serialised');
  const firstData = chunks.find((chunk) => chunk.text.includes('sequence_number'))!;
  t.ok(chunks[0]!.text.startsWith(': ') && chunks[0]!.at < firstData.at, 'the comment arrives before the first event');
  t.ok(firstData.at >= 100, `first event after the wait (${Math.round(firstData.at)} ms)`);
  t.same(registry.stats(), { open: 0, started: 1, completed: 1, aborted: 0 });
});

t.test('cut, mode end: the frames so far, then a clean end', async (t) => {
  const { url } = await serve(t, { schedule: { steps: [{ waitMs: 0, frame: frame(0) }, { waitMs: 0, frame: frame(1) }], cut: true } });
  const { chunks, ended } = await fetchRaw(url);
  t.equal(ended, 'end');
  t.equal(chunks.map((chunk) => chunk.text).join(''), `data: ${frame(0).data}\n\ndata: ${frame(1).data}\n\n`);
});

t.test('cut, mode reset: the frames so far, then a dropped connection', async (t) => {
  const { url, registry } = await serve(t, { schedule: { steps: [{ waitMs: 0, frame: frame(0) }, { waitMs: 10, frame: frame(1) }], cut: true }, cutMode: 'reset' });
  const { chunks, ended } = await fetchRaw(url);
  t.equal(ended, 'error', 'the client sees the connection drop');
  t.equal(chunks.map((chunk) => chunk.text).join(''), `data: ${frame(0).data}\n\ndata: ${frame(1).data}\n\n`, 'every frame before the cut arrived');
  t.equal(registry.open, 0);
});

t.test('a client leaving mid-wait stops the stream at once: no timer, no listener left', async (t) => {
  const baseline = timers();
  const { url, registry } = await serve(t, { schedule: { steps: [{ waitMs: 0, frame: frame(0) }, { waitMs: 60_000, frame: frame(1) }], cut: false } });
  await new Promise<void>((resolve, reject) => {
    const req = request(url, { agent: false }, (res) => res.once('data', () => {
      t.equal(registry.open, 1, 'open while waiting');
      t.ok(timers() > baseline, 'the wait holds a timer');
      req.destroy();
      resolve();
    }));
    req.on('error', reject);
    req.end();
  });
  await new Promise((resolve) => setTimeout(resolve, 50));
  t.equal(registry.open, 0);
  t.same(registry.stats(), { open: 0, started: 1, completed: 0, aborted: 1 });
  t.equal(timers(), baseline, 'the 60 s timer is gone');
});

t.test('closing the app ends a waiting stream promptly', async (t) => {
  const { url, registry, app } = await serve(t, { schedule: { steps: [{ waitMs: 0, frame: frame(0) }, { waitMs: 60_000, frame: frame(1) }], cut: false } });
  const response = fetchRaw(url);
  while (registry.open === 0) await new Promise((resolve) => setTimeout(resolve, 5));
  const started = performance.now();
  await app.close();
  t.ok(performance.now() - started < 1000, 'close did not wait for the stream');
  t.equal(registry.open, 0, 'released by the time close resolves');
  const { chunks } = await response;
  t.equal(chunks.map((chunk) => chunk.text).join(''), `data: ${frame(0).data}\n\n`);
});

t.test('frames due together form one burst; a wait starts the next', async (t) => {
  const { serializeFrame } = await import('../../../src/streaming/writer.js');
  t.equal(serializeFrame({ comment: ' ' }), ': \n\n');
  t.equal(serializeFrame({ event: 'response.created', data: '{}' }), 'event: response.created\ndata: {}\n\n');
  t.equal(serializeFrame({ data: '[DONE]' }), 'data: [DONE]\n\n');
  const schedule = {
    cut: false,
    steps: [
      { waitMs: 0, frame: { data: 'a' } },
      { waitMs: 0, frame: { data: 'b' } },
      { waitMs: 20, frame: { data: 'c' } },
      { waitMs: 0, frame: { data: '[DONE]' } },
    ],
  };
  t.same(bursts(schedule), [
    { waitMs: 0, text: 'data: a\n\ndata: b\n\n' },
    { waitMs: 20, text: 'data: c\n\ndata: [DONE]\n\n' },
  ]);
  t.same(bursts({ cut: false, steps: [{ waitMs: 0, frame: { data: 'x' } }] }).length, 1, 'an unpaced stream is one write');
});
