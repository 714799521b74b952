// The schedule: keep-alive comments during the first-event wait (OpenRouter only), delays before deltas,
// the [DONE] marker, and a cut after N events.
import t from 'tap';
import { createRandom } from '../../../src/deps.js';
import { alnum } from '../../../src/providers/ids.js';

const paddingFrom = (seed: [number, number, number, number]) => {
  const random = createRandom(seed);
  return (length: number) => alnum(random, length);
};
import { buildStreamEvents } from '../../../src/streaming/events.js';
import { scheduleFrames, type Pacing } from '../../../src/streaming/schedule.js';
import { openAIProfile as openAI, openRouterProfile as openRouter } from '../../../src/providers/index.js';
import type { ProviderProfile } from '../../../src/providers/types.js';
import { created, textRequest } from './fixtures.js';

const eventsFor = (profile: ProviderProfile) =>
  buildStreamEvents({ created: created(profile, textRequest), profile, options: { chunkSize: 0, argumentChunking: 'pieces', padding: paddingFrom([1, 2, 3, 4]) } });
const pacing = (extra: Partial<Pacing> = {}): Pacing => ({ ttftMs: 0, deltaDelayMs: 0, keepAliveMs: 1000, ...extra });
const comments = (steps: ReturnType<typeof scheduleFrames>['steps']) => steps.filter((step) => step.frame.comment !== undefined);
/** When each frame goes out, from the start. */
const times = (steps: ReturnType<typeof scheduleFrames>['steps']) => {
  let at = 0;
  return steps.map((step) => (at += step.waitMs));
};

t.test('no pacing: no waits, no comments; OpenRouter data-only frames end with [DONE]', async (t) => {
  const events = eventsFor(openRouter);
  const { steps, cut } = scheduleFrames({ events, framing: openRouter.stream, pacing: pacing() });
  t.equal(cut, false);
  t.ok(steps.every((step) => step.waitMs === 0));
  t.same(comments(steps), []);
  t.equal(steps.length, events.length + 1);
  t.same(steps.at(-1)!.frame, { data: '[DONE]' });
  t.ok(steps.slice(0, -1).every((step) => step.frame.event === undefined && JSON.parse(step.frame.data!).type), 'no event: lines');
});

t.test('OpenAI frames carry event: lines and no [DONE]', async (t) => {
  const events = eventsFor(openAI);
  const { steps } = scheduleFrames({ events, framing: openAI.stream, pacing: pacing() });
  t.equal(steps.length, events.length);
  steps.forEach((step, i) => {
    t.equal(step.frame.event, events[i]!.type);
    t.same(JSON.parse(step.frame.data!), events[i]!.payload);
  });
});

t.test('OpenRouter keep-alives: one at once, then every second, until the first event', async (t) => {
  const events = eventsFor(openRouter);
  const at = (ttftMs: number) => {
    const { steps } = scheduleFrames({ events, framing: openRouter.stream, pacing: pacing({ ttftMs }) });
    const when = times(steps);
    return { comments: steps.flatMap((step, i) => (step.frame.comment !== undefined ? [when[i]] : [])), first: when[comments(steps).length] };
  };
  t.same(at(200), { comments: [0], first: 200 });
  t.same(at(2500), { comments: [0, 1000, 2000], first: 2500 });
  t.same(at(2000), { comments: [0, 1000], first: 2000 });
  t.same(at(0), { comments: [], first: 0 }, 'no wait, no comment');
  const { steps } = scheduleFrames({ events, framing: openRouter.stream, pacing: pacing({ ttftMs: 50 }) });
  t.same(steps[0]!.frame, { comment: ' ' }, 'a bare `: ` comment as in the 2026-09 recordings');
});

t.test('OpenAI waits silently before the first event', async (t) => {
  const { steps } = scheduleFrames({ events: eventsFor(openAI), framing: openAI.stream, pacing: pacing({ ttftMs: 2500 }) });
  t.same(comments(steps), []);
  t.equal(steps[0]!.waitMs, 2500);
});

t.test('delays come before each delta only', async (t) => {
  const events = eventsFor(openRouter);
  const { steps } = scheduleFrames({ events, framing: openRouter.stream, pacing: pacing({ deltaDelayMs: 20 }) });
  steps.slice(0, events.length).forEach((step, i) => t.equal(step.waitMs, events[i]!.delta ? 20 : 0, events[i]!.type));
  t.equal(times(steps).at(-1), 20 * events.filter((event) => event.delta).length);
});

t.test('a cut stops after N events with no terminal event and no [DONE]', async (t) => {
  const events = eventsFor(openRouter);
  const cut = scheduleFrames({ events, framing: openRouter.stream, pacing: pacing({ ttftMs: 1500 }), cutAfterEvents: 5 });
  t.equal(cut.cut, true);
  const data = cut.steps.filter((step) => step.frame.data !== undefined);
  t.equal(data.length, 5);
  t.same(data.map((step) => JSON.parse(step.frame.data!).sequence_number), [0, 1, 2, 3, 4]);
  t.equal(comments(cut.steps).length, 2, 'keep-alives still precede the first event');
  const whole = scheduleFrames({ events, framing: openRouter.stream, pacing: pacing(), cutAfterEvents: events.length });
  t.equal(whole.cut, false, 'N ≥ the number of events is no cut');
  t.same(whole.steps.at(-1)!.frame, { data: '[DONE]' });
  t.equal(scheduleFrames({ events, framing: openRouter.stream, pacing: pacing(), cutAfterEvents: 0 }).steps.length, 0);
});
