// Plays a stream plan into a sink, whatever the transport: waits where the schedule says, writes no faster
// than the peer reads (a sink that is behind is awaited before more is generated), and on a stop by the
// server ends the response with the failure events the real service sends. A plan with nothing to wait for
// plays synchronously, with no timer, listener or registration. A stored response's stream tells its watch how
// far it has got, and ends cleanly when halted (cancel); a replay that follows a live stream waits for it.
// Past 64 KiB of output a stream yields to the event loop after each write, so no stream holds it for long.
import type { StreamEvent } from '../events/events.js';
import type { CutMode } from '../options.js';
import type { StreamPlan } from '../plan.js';
import { stoppedByServer } from './registry.js';
import { scheduleSteps, type Step } from '../schedule.js';

/** Where a stream's steps go: SSE frames on an HTTP response, or messages on a socket. */
export interface StreamSink {
  /** Adds a step to what goes out next. */
  add(step: Step): void;
  /** Characters added and not yet written. */
  readonly pending: number;
  /** Writes what was added; false when the peer is behind (then wait for `drained`). */
  flush(): boolean;
  /** True once the peer has caught up; false if the stream stopped meanwhile (client gone, stalled, aborted). */
  drained(signal: AbortSignal): Promise<boolean>;
  /** Writes what is left and ends the stream: complete, or cut as the fault says. */
  end(how: 'complete' | CutMode): void;
  /** Tears the stream down at once (the client is gone). */
  destroy(): void;
}

/**
 * Told each step as the player hands it to the sink, and how the stream ended (the journal's timeline of a
 * stream). Optional; it must not throw.
 */
export interface StreamObserver {
  step(step: Step): void;
  /** `complete`, cut as the fault says (`end`, `reset`), or `destroyed` (the client left or stalled). */
  end(how: 'complete' | CutMode | 'destroyed'): void;
}

export interface PlayArgs {
  plan: StreamPlan;
  sink: StreamSink;
  /** Registers the stream for shutdown and client-gone aborts; called only when the stream has to wait. */
  track(): AbortSignal;
  /** Generating the events failed: the response is ended with an error (and must not stay stored). */
  onFailure?(error: unknown): void;
  observer?: StreamObserver;
}

/** Pending output written before generating more. */
const FLUSH_CHARS = 64 * 1024;

const SHUTDOWN_ERROR = { code: 'server_error', message: 'The server is shutting down: the response was stopped before it finished.' };
const FAILURE_ERROR = { code: 'server_error', message: 'The mock server failed while streaming this response; it has been logged.' };

export async function playStream(args: PlayArgs): Promise<void> {
  const { plan } = args;
  const sink = args.observer ? observed(args.sink, args.observer) : args.sink;
  const steps = scheduleSteps({ events: plan.events, framing: plan.framing, pacing: plan.pacing, cutAfterEvents: plan.cutAfterEvents, endsCut: plan.endsCut });
  let signal: AbortSignal | undefined;
  let sent = 0;
  const tracked = (): AbortSignal => (signal ??= args.track());
  // A stream that can be halted (cancel) wakes from its waits when it is.
  let waits: AbortSignal | undefined;
  const waitSignal = (): AbortSignal => (waits ??= plan.watch ? AbortSignal.any([tracked(), plan.watch.halt]) : tracked());
  const caughtUp = (): Promise<boolean> => sink.drained(tracked());
  const halted = (): boolean => plan.watch?.halted === true;
  let how: 'finished' | 'halted' | 'broken' = 'broken';
  try {
    for (;;) {
      const next = steps.next();
      if (next.done) {
        how = 'finished';
        return sink.end(next.value.cut ? plan.cutMode : 'complete');
      }
      const step = next.value;
      if (plan.follow && step.kind === 'event') {
        const reached = plan.follow.reached(step.event.payload.sequence_number as number, tracked());
        if (typeof reached !== 'string' && sink.pending > 0 && !sink.flush() && !(await caughtUp())) return stop({ sink, plan, signal, sent });
        const ready = typeof reached === 'string' ? reached : await reached;
        if (ready === 'gone') return stop({ sink, plan, signal, sent });
        // The followed stream was cancelled here: this one ends as it did, with no terminal event.
        if (ready === 'stop') return sink.end('end');
      }
      if (step.waitMs > 0) {
        if (sink.pending > 0 && !sink.flush() && !(await caughtUp())) return stop({ sink, plan, signal, sent });
        if (!(await sleep(step.waitMs, waitSignal())) && !halted()) return stop({ sink, plan, signal, sent });
      }
      if (halted()) {
        how = 'halted';
        return sink.end('end');
      }
      sink.add(step);
      if (step.kind === 'event') {
        sent += 1;
        plan.watch?.sent(step.event);
      }
      if (sink.pending >= FLUSH_CHARS) {
        if (!sink.flush() && !(await caughtUp())) return stop({ sink, plan, signal, sent });
        // Other requests run before more is generated: a socket that takes every write at once drains within
        // the same turn, and a long stream was made in one go, holding the event loop for its whole length.
        if (!(await nextTurn(tracked()))) return stop({ sink, plan, signal, sent });
      }
    }
  } catch (error) {
    args.onFailure?.(error);
    finishWith({ sink, plan, events: plan.events.interrupt({ sent, error: FAILURE_ERROR }) });
  } finally {
    plan.watch?.ended(how);
  }
}

/** The client left (or stalled): tear down. The server is stopping: end the response as failed. */
function stop(args: { sink: StreamSink; plan: StreamPlan; signal: AbortSignal | undefined; sent: number }): void {
  const { sink, plan, signal, sent } = args;
  if (signal !== undefined && stoppedByServer(signal)) finishWith({ sink, plan, events: plan.events.interrupt({ sent, error: SHUTDOWN_ERROR }) });
  else sink.destroy();
}

function finishWith(args: { sink: StreamSink; plan: StreamPlan; events: StreamEvent[] }): void {
  const { sink, plan } = args;
  for (const event of args.events) sink.add({ waitMs: 0, kind: 'event', event });
  if (plan.framing.doneMarker) sink.add({ waitMs: 0, kind: 'done' });
  sink.end('complete');
}

/** The sink, telling the observer what goes through it. */
function observed(sink: StreamSink, observer: StreamObserver): StreamSink {
  return {
    add: (step) => {
      observer.step(step);
      sink.add(step);
    },
    get pending() {
      return sink.pending;
    },
    flush: () => sink.flush(),
    drained: (signal) => sink.drained(signal),
    end: (how) => {
      observer.end(how);
      sink.end(how);
    },
    destroy: () => {
      observer.end('destroyed');
      sink.destroy();
    },
  };
}

/** Resolves true after `ms`, or false as soon as the signal aborts (clearing the timer). */
/** True after the event loop's other work of this turn has run; false if the stream stopped meanwhile. */
function nextTurn(signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => setImmediate(() => resolve(!signal.aborted)));
}

export function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
