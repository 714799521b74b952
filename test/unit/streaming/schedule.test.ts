// The schedule: keep-alive comments during the first-event wait (OpenRouter only), delays before deltas,
// the [DONE] marker, and a cut after N events — generated lazily.
import t from 'tap';
import { createRandom } from '../../../src/deps.js';
import { alnum } from '../../../src/providers/ids/ids.js';
import { openAIProfile as openAI, openRouterProfile as openRouter } from '../../../src/providers/index.js';
import type { ProviderProfile } from '../../../src/providers/types.js';
import { buildStreamEvents, ResponseEvents, type StreamEvent } from '../../../src/streaming/events/events.js';
import { scheduleAll, scheduleSteps, type Pacing, type Step } from '../../../src/streaming/schedule.js';
import { created, textRequest } from './fixtures.js';

const paddingFrom = (seed: [number, number, number, number]) => {
  const random = createRandom(seed);
  return (length: number) => alnum(random, length);
};
const argsFor = (profile: ProviderProfile) => ({ created: created(profile, textRequest), profile, options: { chunkSize: 0, argumentChunking: 'pieces' as const, padding: paddingFrom([1, 2, 3, 4]) } });
const eventsFor = (profile: ProviderProfile): StreamEvent[] => buildStreamEvents(argsFor(profile));
const pacing = (extra: Partial<Pacing> = {}): Pacing => ({ ttftMs: 0, deltaDelayMs: 0, keepAliveMs: 1000, ...extra });
const comments = (steps: Step[]) => steps.filter((step) => step.kind === 'comment');
const eventSteps = (steps: Step[]) => steps.flatMap((step) => (step.kind === 'event' ? [step.event] : []));
/** When each step goes out, from the start. */
const times = (steps: Step[]) => {
  let at = 0;
  return steps.map((step) => (at += step.waitMs));
};

t.test('no pacing: no waits, no comments; OpenRouter ends with [DONE]', async (t) => {
  const events = eventsFor(openRouter);
  const { steps, cut } = scheduleAll({ events, framing: openRouter.stream, pacing: pacing() });
  t.equal(cut, false);
  t.ok(steps.every((step) => step.waitMs === 0));
  t.same(comments(steps), []);
  t.equal(steps.length, events.length + 1);
  t.equal(steps.at(-1)!.kind, 'done');
  t.same(eventSteps(steps), events);
});

t.test('OpenAI has no [DONE]', async (t) => {
  const events = eventsFor(openAI);
  const { steps } = scheduleAll({ events, framing: openAI.stream, pacing: pacing() });
  t.equal(steps.length, events.length);
  t.ok(steps.every((step) => step.kind === 'event'));
});

t.test('OpenRouter keep-alives: one at once, then every second, until the first event', async (t) => {
  const events = eventsFor(openRouter);
  const at = (ttftMs: number) => {
    const { steps } = scheduleAll({ events, framing: openRouter.stream, pacing: pacing({ ttftMs }) });
    const when = times(steps);
    return { comments: steps.flatMap((step, i) => (step.kind === 'comment' ? [when[i]] : [])), first: when[comments(steps).length] };
  };
  t.same(at(200), { comments: [0], first: 200 });
  t.same(at(2500), { comments: [0, 1000, 2000], first: 2500 });
  t.same(at(2000), { comments: [0, 1000], first: 2000 });
  t.same(at(0), { comments: [], first: 0 }, 'no wait, no comment');
  const { steps } = scheduleAll({ events, framing: openRouter.stream, pacing: pacing({ ttftMs: 50 }) });
  t.same(steps[0], { waitMs: 0, kind: 'comment', text: ' ' }, 'a bare `: ` comment as in the 2026-09 recordings');
});

t.test('OpenAI waits silently before the first event', async (t) => {
  const { steps } = scheduleAll({ events: eventsFor(openAI), framing: openAI.stream, pacing: pacing({ ttftMs: 2500 }) });
  t.same(comments(steps), []);
  t.equal(steps[0]!.waitMs, 2500);
});

t.test('delays come before each delta only', async (t) => {
  const events = eventsFor(openRouter);
  const { steps } = scheduleAll({ events, framing: openRouter.stream, pacing: pacing({ deltaDelayMs: 20 }) });
  steps.slice(0, events.length).forEach((step, i) => t.equal(step.waitMs, events[i]!.delta ? 20 : 0, events[i]!.type));
  t.equal(times(steps).at(-1), 20 * events.filter((event) => event.delta).length);
});

t.test('a cut stops after N events with no terminal event and no [DONE]', async (t) => {
  const events = eventsFor(openRouter);
  const cut = scheduleAll({ events, framing: openRouter.stream, pacing: pacing({ ttftMs: 1500 }), cutAfterEvents: 5 });
  t.equal(cut.cut, true);
  const data = eventSteps(cut.steps);
  t.equal(data.length, 5);
  t.same(data.map((event) => event.payload.sequence_number), [0, 1, 2, 3, 4]);
  t.equal(comments(cut.steps).length, 2, 'keep-alives still precede the first event');
  t.notOk(cut.steps.some((step) => step.kind === 'done'));
  const whole = scheduleAll({ events, framing: openRouter.stream, pacing: pacing(), cutAfterEvents: events.length });
  t.equal(whole.cut, false, 'N ≥ the number of events is no cut');
  t.equal(whole.steps.at(-1)!.kind, 'done');
  t.equal(scheduleAll({ events, framing: openRouter.stream, pacing: pacing(), cutAfterEvents: 0 }).steps.length, 0);
});

t.test('events are generated only as the schedule is read', async (t) => {
  const source = new ResponseEvents(argsFor(openRouter));
  const steps = scheduleSteps({ events: source, framing: openRouter.stream, pacing: pacing() });
  t.equal(source.produced, 0, 'nothing before the first read');
  steps.next();
  steps.next();
  t.equal(source.produced, 2, 'two reads, two events');
  while (!steps.next().done);
  t.equal(source.produced, eventsFor(openRouter).length, 'every event once the schedule is read to its end');
});
