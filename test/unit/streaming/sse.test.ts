// The SSE writer over real HTTP (a bare Fastify app on 127.0.0.1:0): frames in order with their waits, the
// two ways a cut stream ends, a client leaving mid-wait, shutdown ending streams as failed responses, and
// backpressure: a client that reads nothing stops generation and is dropped after the stall time.
import { connect } from 'node:net';
import { request } from 'node:http';
import Fastify, { type FastifyInstance } from 'fastify';
import t, { type Test } from 'tap';
import { modelProfile } from '../../../src/domain/models.js';
import type { CreatedResponse } from '../../../src/pipeline/create-response.js';
import { openAIProfile, openRouterProfile } from '../../../src/providers/index.js';
import type { ProviderProfile } from '../../../src/providers/types.js';
import { resolveStreamOptions, type StreamOptions } from '../../../src/streaming/options.js';
import { planStream, type StreamPlan } from '../../../src/streaming/plan.js';
import { registerStreaming } from '../../../src/streaming/delivery/register.js';
import { StreamRegistry } from '../../../src/streaming/delivery/registry.js';
import { sseFrame, writeSse } from '../../../src/streaming/delivery/sse.js';
import { created, textRequest } from './fixtures.js';

function planFor(profile: ProviderProfile, options: StreamOptions, response?: CreatedResponse): StreamPlan {
  return planStream({ created: response ?? created(profile, textRequest), profile, options: resolveStreamOptions([options]), model: modelProfile('openai/gpt-4o-mini') });
}

async function serve(t: Test, args: { plan: StreamPlan; stallMs?: number }): Promise<{ app: FastifyInstance; registry: StreamRegistry; url: string }> {
  const app = Fastify();
  const registry = new StreamRegistry();
  registerStreaming(app, registry);
  app.get('/', (_request, reply) => writeSse({ reply, plan: args.plan, registry, stallMs: args.stallMs ?? 10_000 }));
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

const body = (chunks: Array<{ text: string }>) => chunks.map((chunk) => chunk.text).join('');
const dataFrames = (text: string) => text.split('\n\n').flatMap((frame) => {
  const data = frame.split('\n').find((line) => line.startsWith('data: {'));
  return data ? [JSON.parse(data.slice(6)) as Record<string, unknown>] : [];
});
const timers = () => process.getActiveResourcesInfo().filter((name) => name === 'Timeout').length;
const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

t.test('frames go out in order, after their waits, with SSE headers', async (t) => {
  const plan = planFor(openRouterProfile, { ttftMs: 120 });
  const { url, registry } = await serve(t, { plan });
  const { chunks, ended, headers } = await fetchRaw(url);
  t.equal(ended, 'end');
  t.match(headers['content-type'], /^text\/event-stream/);
  t.equal(headers['cache-control'], 'no-cache', 'as OpenRouter sends it');
  const text = body(chunks);
  t.ok(text.startsWith(': \n\ndata: {"type":"response.created"'), 'a keep-alive comment, then the first event; no retry: line');
  t.ok(text.endsWith('data: [DONE]\n\n'));
  t.same(dataFrames(text).map((event) => event.sequence_number), dataFrames(text).map((_, i) => i));
  const firstData = chunks.find((chunk) => chunk.text.includes('sequence_number'))!;
  t.ok(chunks[0]!.text.startsWith(': ') && chunks[0]!.at < firstData.at, 'the comment arrives before the first event');
  t.ok(firstData.at >= 100, `first event after the wait (${Math.round(firstData.at)} ms)`);
  t.same(registry.stats(), { open: 0, started: 1, completed: 1, aborted: 0, bufferedBytes: 0 });
});

t.test('OpenAI frames: event: and data: lines, no [DONE]', async (t) => {
  const { url } = await serve(t, { plan: planFor(openAIProfile, {}) });
  const text = body((await fetchRaw(url)).chunks);
  const frames = text.split('\n\n').filter(Boolean);
  t.ok(frames.every((frame) => /^event: ([a-z_.]+)\ndata: \{"type":"\1"/.test(frame)), 'each frame names its event twice');
  t.notOk(text.includes('[DONE]'));
});

t.test('cut, mode end: the events so far, then a clean end', async (t) => {
  const { url } = await serve(t, { plan: planFor(openRouterProfile, { cutAfterEvents: 2, cutMode: 'end' }) });
  const { chunks, ended } = await fetchRaw(url);
  t.equal(ended, 'end');
  t.same(dataFrames(body(chunks)).map((event) => event.type), ['response.created', 'response.in_progress']);
  t.notOk(body(chunks).includes('[DONE]'));
});

t.test('cut, mode reset: the events so far, then a dropped connection', async (t) => {
  const { url, registry } = await serve(t, { plan: planFor(openRouterProfile, { cutAfterEvents: 4, cutMode: 'reset', deltaDelayMs: 10 }) });
  const { chunks, ended } = await fetchRaw(url);
  t.equal(ended, 'error', 'the client sees the connection drop');
  t.equal(dataFrames(body(chunks)).length, 4, 'every event before the cut arrived');
  t.equal(registry.open, 0);
});

t.test('a client leaving mid-wait stops the stream at once: no timer, no listener left', async (t) => {
  const baseline = timers();
  const { url, registry } = await serve(t, { plan: planFor(openRouterProfile, { deltaDelayMs: 60_000 }) });
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
  // The server sees the close once the socket's end has gone through the event loop: waits for it (a fixed
  // wait failed on a loaded machine), for at most a few seconds.
  for (let waited = 0; registry.open !== 0 && waited < 5_000; waited += 10) await tick(10);
  t.equal(registry.open, 0);
  t.same(registry.stats(), { open: 0, started: 1, completed: 0, aborted: 1, bufferedBytes: 0 });
  t.equal(timers(), baseline, 'the 60 s timer is gone');
});

for (const profile of [openRouterProfile, openAIProfile]) {
  t.test(`${profile.id}: closing the app ends a waiting stream as a failed response, promptly`, async (t) => {
    const { url, registry, app } = await serve(t, { plan: planFor(profile, { deltaDelayMs: 60_000 }) });
    const response = fetchRaw(url);
    while (registry.open === 0) await tick(5);
    const started = performance.now();
    await app.close();
    t.ok(performance.now() - started < 1000, 'close did not wait for the stream');
    t.equal(registry.open, 0, 'released by the time close resolves');
    const { chunks, ended } = await response;
    t.equal(ended, 'end', 'the body ends cleanly');
    const events = dataFrames(body(chunks));
    t.same(events.slice(-2).map((event) => event.type), ['error', 'response.failed']);
    t.match(events.at(-1), { response: { status: 'failed', error: { code: 'server_error' }, usage: null } });
    t.same(events.map((event) => event.sequence_number), events.map((_, i) => i), 'numbering continues');
    t.equal(body(chunks).endsWith('data: [DONE]\n\n'), profile.stream.doneMarker);
  });
}

t.test('a client that reads nothing: generation waits for it, then it is dropped after the stall time', async (t) => {
  const base = created(openRouterProfile, textRequest);
  const huge = withText(openRouterProfile, base, 'word '.repeat(200_000));
  const plan = planFor(openRouterProfile, {}, huge);
  const { url, registry } = await serve(t, { plan, stallMs: 400 });
  const { port } = new URL(url);
  const socket = connect(Number(port), '127.0.0.1');
  socket.pause();
  socket.on('error', () => {});
  socket.write('GET / HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n');
  while (registry.open === 0) await tick(5);
  await tick(150);
  const total = 200_000 + 8;
  t.ok(plan.events.produced < total / 2, `generation paused at ${plan.events.produced} of ~${total} events`);
  t.equal(registry.open, 1, 'still open while within the stall time');
  const waiting = performance.now();
  while (registry.open === 1) await tick(20);
  t.ok(performance.now() - waiting >= 150, 'dropped once the stall time passed');
  t.equal(registry.stats().aborted, 1, 'counted as aborted');
  t.ok(plan.events.produced < total / 2, 'nothing more was generated for it');
  socket.destroy();
});

t.test('frames as serialised', async (t) => {
  const event = { type: 'response.created', payload: { type: 'response.created', sequence_number: 0 }, delta: false };
  t.equal(sseFrame({ waitMs: 0, kind: 'comment', text: ' ' }, openRouterProfile.stream), ': \n\n');
  t.equal(sseFrame({ waitMs: 0, kind: 'done' }, openRouterProfile.stream), 'data: [DONE]\n\n');
  t.equal(sseFrame({ waitMs: 0, kind: 'event', event }, openRouterProfile.stream), 'data: {"type":"response.created","sequence_number":0}\n\n');
  t.equal(sseFrame({ waitMs: 0, kind: 'event', event }, openAIProfile.stream), 'event: response.created\ndata: {"type":"response.created","sequence_number":0}\n\n');
});

/** The same response with another message text (the stream's size is the point). */
function withText(profile: ProviderProfile, response: CreatedResponse, text: string): CreatedResponse {
  const items = response.plan.items.map((item) => (item.type === 'message' ? { ...item, text } : item));
  const snapshot = { ...response.snapshot, items };
  return { ...response, plan: { ...response.plan, items }, snapshot, body: profile.renderResponse(snapshot, response.request) };
}
