// The timeline of a streamed answer as the journal keeps it: each step (event, keep-alive comment, `[DONE]`)
// with the milliseconds since the request arrived and its data, masked. Bounded in bytes: past the limit,
// steps are counted, not kept.
import type { Redactor } from '../http/redact.js';
import type { StreamObserver } from '../streaming/play.js';
import type { Step } from '../streaming/schedule.js';
import { eventJson } from '../streaming/stream-event.js';
import { keepBody } from './keep-body.js';

export interface TimelineStep {
  /** Milliseconds since the request arrived, when the step was handed to the writer. */
  at: number;
  /** The event type, `:` for a keep-alive comment, `[DONE]` for the end marker. */
  type: string;
  /** The event's JSON as sent ('' for comments and the marker). */
  data: string;
}

export interface StreamTimelineView {
  steps: TimelineStep[];
  /** Steps written past the byte limit, not kept. */
  omitted: number;
  /** How it ended: complete, cut (`end`, `reset`), `destroyed` (the client left or stalled); null while open. */
  end: 'complete' | 'end' | 'reset' | 'destroyed' | null;
}

/** What a kept step costs beyond its texts. */
const STEP_OVERHEAD = 48;

export class StreamTimeline implements StreamObserver {
  readonly steps: TimelineStep[] = [];
  omitted = 0;
  ended: StreamTimelineView['end'] = null;
  /** Bytes of the kept steps, as counted against the journal's limits. */
  bytes = 0;

  constructor(private readonly args: {
    /** Milliseconds since the request arrived. */
    elapsed: () => number;
    /** Bytes of steps kept (the journal's body limit). */
    limit: number;
    redactor: Redactor;
    /** Told after every change (the journal re-counts the entry). */
    changed: () => void;
  }) {}

  step(step: Step): void {
    if (this.ended !== null) return;
    if (this.bytes >= this.args.limit) {
      this.omitted += 1;
      return;
    }
    // One big event (a long answer's response.completed) is cut to what is left of the limit.
    const data = step.kind === 'event' ? keepBody(eventJson(step.event), this.args.limit - this.bytes).text : '';
    const kept = { at: this.args.elapsed(), type: typeOf(step), data: this.args.redactor.redactJsonText(data) };
    this.steps.push(kept);
    this.bytes += STEP_OVERHEAD + kept.type.length + kept.data.length;
    this.args.changed();
  }

  end(how: 'complete' | 'end' | 'reset' | 'destroyed'): void {
    if (this.ended !== null) return;
    this.ended = how;
    this.args.changed();
  }

  view(): StreamTimelineView {
    return { steps: this.steps, omitted: this.omitted, end: this.ended };
  }
}

function typeOf(step: Step): string {
  if (step.kind === 'event') return step.event.type;
  return step.kind === 'comment' ? ':' : '[DONE]';
}
