// When each part of a stream goes out (pure, lazy): keep-alive comments during the wait for the first event
// (OpenRouter), delays before deltas, the `[DONE]` marker, and an optional cut after N events (a fault: no
// terminal event, no marker). Transport-neutral: SSE writes comments and the marker, a socket skips them.
import type { StreamFraming } from '../providers/types.js';
import type { StreamEvent } from './events/events.js';

export type Step =
  | { waitMs: number; kind: 'event'; event: StreamEvent }
  | { waitMs: number; kind: 'comment'; text: string }
  | { waitMs: number; kind: 'done' };

export interface Pacing {
  /** Wait before the first event. */
  ttftMs: number;
  /** Wait before every text or arguments delta. */
  deltaDelayMs: number;
  /** Interval of keep-alive comments while waiting for the first event. */
  keepAliveMs: number;
}

export interface ScheduleArgs {
  events: Iterable<StreamEvent>;
  framing: StreamFraming;
  pacing: Pacing;
  /** Send only the first N events, then end the stream (no cut when N ≥ the number of events). */
  cutAfterEvents?: number;
  /** The events end without a terminal one (a recording of a dropped stream): the stream is cut after them. */
  endsCut?: boolean;
}

/** The steps, one at a time; the generator's return value says whether the stream was cut. */
export function* scheduleSteps(args: ScheduleArgs): Generator<Step, { cut: boolean }> {
  const { framing, pacing } = args;
  const limit = args.cutAfterEvents ?? Infinity;
  let firstWait = pacing.ttftMs;
  // OpenRouter sends its keep-alive comment at once and then about every second until the first event.
  if (pacing.ttftMs > 0 && framing.keepAliveComment !== null) {
    const interval = Math.max(1, pacing.keepAliveMs);
    let at = 0;
    for (let next = 0; next < pacing.ttftMs; next += interval) {
      yield { waitMs: next - at, kind: 'comment', text: framing.keepAliveComment };
      at = next;
    }
    firstWait = pacing.ttftMs - at;
  }
  const events = args.events[Symbol.iterator]();
  for (let index = 0; ; index += 1) {
    const next = events.next();
    if (next.done) break;
    // One event past the limit means the stream is cut (it is never sent).
    if (index >= limit) return { cut: true };
    const event = next.value;
    yield { waitMs: index === 0 ? firstWait : event.waitMs ?? (event.delta ? pacing.deltaDelayMs : 0), kind: 'event', event };
  }
  if (args.endsCut) return { cut: true };
  if (framing.doneMarker) yield { waitMs: 0, kind: 'done' };
  return { cut: false };
}

/** Every step at once, and whether the stream was cut (tests). */
export function scheduleAll(args: ScheduleArgs): { steps: Step[]; cut: boolean } {
  const steps: Step[] = [];
  const generator = scheduleSteps(args);
  for (;;) {
    const next = generator.next();
    if (next.done) return { steps, cut: next.value.cut };
    steps.push(next.value);
  }
}
