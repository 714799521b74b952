// A stream plan: a created response's events (generated as they are written), how they are paced, and how a
// faulty stream ends. Transport-neutral: the SSE writer and a socket writer play the same plan.
import { summaryChunking, type ModelProfile } from '../domain/models.js';
import type { ProviderProfile, StreamFraming } from '../providers/types.js';
import type { CreatedResponse } from '../pipeline/create-response.js';
import { ResponseEvents, type EventSource } from './events/events.js';
import type { CutMode, ResolvedStreamOptions } from './options.js';
import { RecordedEvents } from './events/recorded.js';
import type { Pacing } from './schedule.js';
import type { StreamEvent } from './events/stream-event.js';

export interface StreamPlan {
  events: EventSource;
  framing: StreamFraming;
  pacing: Pacing;
  /** Fault: stop after this many events (no terminal event, no `[DONE]`), ending as `cutMode` says. */
  cutAfterEvents?: number;
  /** The events end without a terminal one (a replayed dropped stream): cut after the last, as `cutMode` says. */
  endsCut?: boolean;
  cutMode: CutMode;
  /** The stream of a stored response: told how far it has got and how it ended; `halt` stops it (cancel). */
  watch?: StreamWatch;
  /** A replay of a response whose stream is still being written: each event waits until that stream sent it. */
  follow?: StreamFollow;
}

/** Who follows a stream as it is written (the stored response it makes), and may stop it early. */
export interface StreamWatch {
  /** Told each event as it goes out. */
  sent(event: StreamEvent): void;
  /** Told once the stream is over: played to its end, stopped by `halt`, or ended otherwise (client gone, failure, shutdown). */
  ended(how: 'finished' | 'halted' | 'broken'): void;
  /** Aborted to end the stream cleanly after the events already sent, with no terminal event (a cancelled run). */
  readonly halt: AbortSignal;
  /** Whether `halt` is aborted, read without making the signal (an AbortController costs microseconds, most streams need none). */
  readonly halted: boolean;
}

/**
 * The stream another one follows: whether the event numbered `sequenceNumber` may be played (`go`), or the
 * followed stream stopped before it (`stop`); a promise while it has not got that far (`gone`: `signal` aborted).
 */
export interface StreamFollow {
  reached(sequenceNumber: number, signal: AbortSignal): 'go' | 'stop' | Promise<'go' | 'stop' | 'gone'>;
}

/**
 * Pure: nothing is generated until the plan is played. Padding is drawn from the response's variables. A
 * replayed recording renders its own objects; a recorded stream plays its events as they came.
 */
export function planStream(args: {
  created: CreatedResponse;
  profile: ProviderProfile;
  options: ResolvedStreamOptions;
  model: ModelProfile;
  /** The response's JSON text, when already made (to be stored): the terminal event reuses it. */
  bodyText?: string;
}): StreamPlan {
  const { created, profile, options, model } = args;
  const rendered = new ResponseEvents({
    created,
    ...(args.bodyText !== undefined ? { bodyText: args.bodyText } : {}),
    profile: created.replay ? { ...profile, ...created.replay.render } : profile,
    options: { chunkSize: options.chunkSize, argumentChunking: model.argumentChunking, summaryChunking: summaryChunking(model), padding: (length) => created.variables.padding(length) },
  });
  const recorded = created.replay?.stream;
  return {
    events: recorded ? new RecordedEvents({ recorded, stopped: rendered }) : rendered,
    framing: profile.stream,
    pacing: { ttftMs: recorded?.timing?.[0] ?? options.ttftMs, deltaDelayMs: options.deltaDelayMs, keepAliveMs: options.keepAliveMs },
    ...(options.cutAfterEvents !== undefined ? { cutAfterEvents: options.cutAfterEvents } : {}),
    ...(recorded?.cut ? { endsCut: true } : {}),
    cutMode: recorded?.cut ? 'reset' : options.cutMode,
  };
}
