// One response's events on a socket: each event is one JSON text message (the SSE payload, `sequence_number`
// included, with the create's `stream_id` echoed), and the socket's own steering events numbered among them;
// keep-alive comments and `[DONE]` have no socket form. Writes
// wait while the socket holds more than a high-water mark unsent, and a peer that reads nothing for
// `stallMs` is dropped. A cut stream (fault) drops the connection after the events sent.
import type { Socket } from 'node:net';
import type { WebSocket } from 'ws';
import type { CutMode } from '../../streaming/options.js';
import type { StreamObserver, StreamSink } from '../../streaming/delivery/play.js';
import type { Step } from '../../streaming/schedule.js';
import { eventJson } from '../../streaming/events/stream-event.js';

/** Bytes the socket may hold unsent before the player waits. */
const HIGH_WATER = 256 * 1024;
const OPEN = 1;

export class SocketSink implements StreamSink {
  #messages: string[] = [];
  #pending = 0;
  /** Settles when the last message handed to the socket has been written out. */
  #written: Promise<void> = Promise.resolve();
  #lastType: string | undefined;
  readonly #suffix: string;
  /** Events added so far (the next one's sequence number), and how many of them the socket added itself. */
  #count = 0;
  #injected = 0;
  #observer: StreamObserver | undefined;
  #ended: Parameters<StreamObserver['end']>[0] | undefined;

  /**
   * `tcp` is the connection under the socket (the upgraded request's): corked while a batch of messages is
   * handed over, so that a batch goes out in one write instead of one per message.
   */
  /** `observer`: the journal's timeline, told of the events the socket adds itself. */
  constructor(private readonly ws: WebSocket, private readonly options: { tcp: Socket; streamId: string | undefined; stallMs: number; observer?: StreamObserver }) {
    this.#suffix = options.streamId === undefined ? '' : `,"stream_id":${JSON.stringify(options.streamId)}}`;
  }

  /** The type of the last event added: how the response ended (a terminal event, or not). */
  get lastType(): string | undefined {
    return this.#lastType;
  }

  get pending(): number {
    return this.#pending;
  }

  add(step: Step): void {
    if (step.kind !== 'event') return;
    const { payload } = step.event;
    // After an event of the socket's own, the planned events are numbered on after it.
    const json = this.#injected === 0 ? eventJson(step.event) : JSON.stringify({ ...payload, sequence_number: (payload.sequence_number as number) + this.#injected });
    this.#push(json);
    this.#lastType = step.event.type;
  }

  /**
   * The journal's view of the planned steps: numbered as they are sent, after the socket's own events; its end
   * held back until `endObserving`, so that the events the socket adds after the response's end are recorded.
   */
  observing(inner: StreamObserver): StreamObserver {
    this.#observer = inner;
    return {
      step: (step) => {
        if (this.#injected === 0 || step.kind !== 'event') return inner.step(step);
        const payload = { ...step.event.payload, sequence_number: (step.event.payload.sequence_number as number) + this.#injected };
        inner.step({ ...step, event: { type: step.event.type, payload, delta: step.event.delta } });
      },
      end: (how) => {
        this.#ended = how;
      },
    };
  }

  endObserving(): void {
    if (this.#ended !== undefined) this.#observer?.end(this.#ended);
    this.#ended = undefined;
  }

  /** An event of the socket's own in this response's stream (steering), numbered next and sent at once. */
  inject(event: Record<string, unknown>): void {
    this.#injected += 1;
    const payload = { ...event, sequence_number: this.#count };
    const json = JSON.stringify(payload);
    this.#push(json);
    this.options.observer?.step({ waitMs: 0, kind: 'event', event: { type: String(event.type), payload, delta: false, json } });
    this.flush();
  }

  #push(json: string): void {
    const text = this.#suffix === '' ? json : json.slice(0, -1) + this.#suffix;
    this.#messages.push(text);
    this.#pending += text.length;
    this.#count += 1;
  }

  flush(): boolean {
    const { ws } = this;
    const messages = this.#messages;
    this.#messages = [];
    this.#pending = 0;
    if (ws.readyState !== OPEN || messages.length === 0) return true;
    const last = messages.length - 1;
    const { tcp } = this.options;
    tcp.cork();
    for (let index = 0; index < last; index += 1) ws.send(messages[index]!);
    // Only the last message's callback matters: the socket writes in order.
    this.#written = new Promise((resolve) => ws.send(messages[last]!, () => resolve()));
    tcp.uncork();
    return ws.bufferedAmount < HIGH_WATER;
  }

  drained(signal: AbortSignal): Promise<boolean> {
    const { ws } = this;
    if (ws.readyState !== OPEN || signal.aborted) return Promise.resolve(false);
    if (ws.bufferedAmount < HIGH_WATER) return Promise.resolve(true);
    return new Promise((resolve) => {
      let settled = false;
      const settle = (outcome: 'drained' | 'gone'): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        ws.removeListener('close', onClose);
        signal.removeEventListener('abort', onClose);
        resolve(outcome === 'drained' && ws.readyState === OPEN);
      };
      const onClose = (): void => settle('gone');
      const timer = setTimeout(() => {
        ws.terminate();
        settle('gone');
      }, this.options.stallMs);
      ws.once('close', onClose);
      signal.addEventListener('abort', onClose, { once: true });
      void this.#written.then(() => settle('drained'));
    });
  }

  end(how: 'complete' | CutMode): void {
    this.flush();
    if (how === 'complete' || this.ws.readyState !== OPEN) return;
    // A dropped connection (the client sees 1006 after the sent events), or a clean close with no terminal event.
    void this.#written.then(() => (how === 'reset' ? this.ws.terminate() : this.ws.close(1000)));
  }

  destroy(): void {
    if (this.ws.readyState === OPEN) this.ws.terminate();
  }
}
