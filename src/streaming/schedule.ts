// When each frame goes out (pure): keep-alive comments during the wait for the first event, delays before
// deltas, the `[DONE]` marker, and an optional cut after N events (a fault: no terminal event, no marker).
import type { StreamFraming } from '../providers/types.js';
import type { StreamEvent } from './events.js';

/** One SSE frame: `event:` + `data:` lines, `data:` alone, or a `:` comment. */
export interface SseFrame {
  event?: string;
  data?: string;
  comment?: string;
}

export interface Step {
  /** Milliseconds to wait before sending the frame. */
  waitMs: number;
  frame: SseFrame;
}

export interface Pacing {
  /** Wait before the first event. */
  ttftMs: number;
  /** Wait before every text or arguments delta. */
  deltaDelayMs: number;
  /** Interval of keep-alive comments while waiting for the first event. */
  keepAliveMs: number;
}

export interface Schedule {
  steps: Step[];
  /** True when the stream stops early (a `cutAfterEvents` fault): the writer then ends it without a marker. */
  cut: boolean;
}

export const DONE_FRAME: SseFrame = { data: '[DONE]' };

export function scheduleFrames(args: {
  events: StreamEvent[];
  framing: StreamFraming;
  pacing: Pacing;
  /** Send only the first N events, then end the stream (ignored when N ≥ the number of events). */
  cutAfterEvents?: number;
}): Schedule {
  const { events, framing, pacing } = args;
  const limit = args.cutAfterEvents ?? Infinity;
  const cut = limit < events.length;
  const steps: Step[] = [];
  let firstWait = pacing.ttftMs;
  // OpenRouter sends its keep-alive comment at once and then about every second until the first event.
  if (pacing.ttftMs > 0 && framing.keepAliveComment !== null) {
    const interval = Math.max(1, pacing.keepAliveMs);
    let at = 0;
    for (let next = 0; next < pacing.ttftMs; next += interval) {
      steps.push({ waitMs: next - at, frame: { comment: framing.keepAliveComment } });
      at = next;
    }
    firstWait = pacing.ttftMs - at;
  }
  events.slice(0, limit).forEach((event, index) => {
    const waitMs = index === 0 ? firstWait : event.delta ? pacing.deltaDelayMs : 0;
    steps.push({ waitMs, frame: toFrame(event, framing) });
  });
  if (!cut && framing.doneMarker) steps.push({ waitMs: 0, frame: DONE_FRAME });
  return { steps, cut };
}

export function toFrame(event: StreamEvent, framing: StreamFraming): SseFrame {
  const data = JSON.stringify(event.payload);
  return framing.eventLines ? { event: event.type, data } : { data };
}
