// A stream plan: a created response's events (generated as they are written), how they are paced, and how a
// faulty stream ends. Transport-neutral: the SSE writer and a socket writer play the same plan.
import type { ModelProfile } from '../domain/models.js';
import type { ProviderProfile, StreamFraming } from '../providers/types.js';
import type { CreatedResponse } from '../pipeline/create-response.js';
import { ResponseEvents } from './events.js';
import type { CutMode, ResolvedStreamOptions } from './options.js';
import type { Pacing } from './schedule.js';

export interface StreamPlan {
  events: ResponseEvents;
  framing: StreamFraming;
  pacing: Pacing;
  /** Fault: stop after this many events (no terminal event, no `[DONE]`), ending as `cutMode` says. */
  cutAfterEvents?: number;
  cutMode: CutMode;
}

/** Pure: nothing is generated until the plan is played. Padding is drawn from the response's variables. */
export function planStream(args: { created: CreatedResponse; profile: ProviderProfile; options: ResolvedStreamOptions; model: ModelProfile }): StreamPlan {
  const { created, profile, options, model } = args;
  const events = new ResponseEvents({
    created,
    profile,
    options: { chunkSize: options.chunkSize, argumentChunking: model.argumentChunking, padding: (length) => created.variables.padding(length) },
  });
  return {
    events,
    framing: profile.stream,
    pacing: { ttftMs: options.ttftMs, deltaDelayMs: options.deltaDelayMs, keepAliveMs: options.keepAliveMs },
    ...(options.cutAfterEvents !== undefined ? { cutAfterEvents: options.cutAfterEvents } : {}),
    cutMode: options.cutMode,
  };
}
