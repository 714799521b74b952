// One Responses socket: each response.create goes through the create pipeline with the handshake's headers
// and the socket's own history, and its stream plan is played as messages. Responses run one at a time per
// lane (`stream_id`, FIFO), lanes side by side, a steered response's successor next on its lane (steering.ts);
// the socket closes at the idle timeout, refuses creates once past its lifetime, and on shutdown ends what is in
// flight (as SSE does) before closing with 1001.
import type { IncomingHttpHeaders } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyBaseLogger } from 'fastify';
import type { WebSocket } from 'ws';
import type { ItemRules } from '../../domain/validation/items/item-rules.js';
import { handleCreate } from '../../pipeline/handle-create.js';
import type { ProviderProfile } from '../../providers/types.js';
import type { Runtime } from '../../runtime.js';
import { sleep } from '../../streaming/index.js';
import type { StreamHandle } from '../../streaming/delivery/registry.js';
import { ConnectionHistory } from './history.js';
import { readMockHeaders } from '../../http/input/mock-headers.js';
import { readClientMessage } from './messages.js';
import { connectionLimit, journalMessage, refuseEvent, refuseUnexpected, sendAll, tooManyLanes, tooManyQueued } from './replies.js';
import type { ClosableConnection, SocketRegistry } from './registry.js';
import { playSteerable } from './play.js';
import { Steering, type Job } from './steering.js';
import { CONTINUABLE, HISTORY_BYTES, MAX_IN_FLIGHT, MAX_LANES, MAX_QUEUED, MAX_UNREAD } from './limits.js';


interface Lane {
  queue: Job[];
  running: boolean;
}

export interface ConnectionArgs {
  ws: WebSocket;
  /** The TCP connection under the socket (the upgraded request's). */
  tcp: Socket;
  /** The handshake's headers: auth and x-mock-* apply to every response on the socket. */
  headers: IncomingHttpHeaders;
  path: string;
  profile: ProviderProfile;
  runtime: Runtime;
  registry: SocketRegistry;
  log: FastifyBaseLogger;
}

export class ResponsesConnection implements ClosableConnection {
  readonly #lanes = new Map<string | undefined, Lane>();
  readonly #history = new ConnectionHistory({ bytes: HISTORY_BYTES });
  readonly #steering = new Steering();
  /** The rules the handshake's strictness gives input items (a steer's are held to them). */
  readonly #itemRules: ItemRules | undefined;
  /** Set when the socket closes or the server stops: waits end, queued creates are dropped. */
  #gone = false;
  /** Wakes a scenario's latency wait when the socket goes; made only when a response waits. */
  #waits: AbortController | undefined;
  readonly #handles = new Set<StreamHandle>();
  readonly #lifetime: NodeJS.Timeout;
  #idle: NodeJS.Timeout | undefined;
  #queued = 0;
  #running = 0;
  #expired = false;
  /** No more creates are taken (shutdown, or past the lifetime): close once nothing runs. */
  #closing: { code: number; reason: string } | undefined;

  constructor(private readonly args: ConnectionArgs) {
    const { ws, runtime } = args;
    const mock = readMockHeaders(args.headers);
    this.#itemRules = args.profile.rules((mock.ok ? mock.value.strictness : undefined) ?? runtime.config.strictness).items;
    ws.on('message', (data: Buffer, isBinary: boolean) => {
      try {
        this.#onMessage(data, isBinary);
      } catch (error) {
        this.#unexpected(error, { text: isBinary ? '' : data.toString('utf8'), streamId: undefined });
      }
    });
    ws.once('close', () => this.#onClose());
    this.#lifetime = setTimeout(() => (this.#expired = true), runtime.config.wsConnectionLimitMs);
    this.#lifetime.unref();
    this.#armIdle();
    args.registry.add(this);
  }

  shutdown(graceMs: number): Promise<void> {
    const { ws } = this.args;
    if (ws.readyState === ws.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => ws.terminate(), graceMs);
      ws.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      this.#leave();
      this.#closeWhenIdle({ code: 1001, reason: 'server shutting down' });
    });
  }

  #onMessage(data: Buffer, isBinary: boolean): void {
    // Shutting down or closed for idleness: nothing more is taken (past the lifetime, creates are refused).
    if (this.#gone || (this.#closing && !this.#expired)) return;
    // A peer that keeps sending without reading what comes back is dropped, not buffered for.
    if (this.args.ws.bufferedAmount > MAX_UNREAD) return void this.args.ws.terminate();
    this.#disarmIdle();
    const message = readClientMessage(data, isBinary);
    if (message.type === 'response.processed') return this.#armIdle();
    const text = isBinary ? `<${data.length} binary bytes>` : data.toString('utf8');
    if (message.type === 'response.steer') return this.#steer(message.fields, { text, bytes: data.length });
    if (message.type === 'invalid' || this.#closing) {
      const error = message.type === 'invalid' ? message.error : connectionLimit(this.args.runtime.config.wsConnectionLimitMs);
      refuseEvent(this.args, { text, error, streamId: message.streamId, facts: undefined });
      return this.#armIdle();
    }
    const lane = this.#lanes.get(message.streamId) ?? (this.#lanes.size < MAX_LANES ? { queue: [], running: false } : undefined);
    if (!lane || this.#queued >= MAX_QUEUED) {
      refuseEvent(this.args, { text, streamId: message.streamId, facts: undefined, error: lane ? tooManyQueued(MAX_QUEUED) : tooManyLanes(MAX_LANES) });
      return this.#armIdle();
    }
    this.#lanes.set(message.streamId, lane);
    lane.queue.push({ create: message, text });
    this.#queued += 1;
    this.#pump();
  }

  /** Starts the next create of every lane that is free, within the in-flight bound. */
  #pump(): void {
    // The server is stopping: what is queued never starts (the socket is about to close with 1001).
    if (this.args.runtime.streams.stopping) return this.#closeWhenIdle({ code: 1001, reason: 'server shutting down' });
    for (const lane of this.#lanes.values()) {
      if (this.#running >= MAX_IN_FLIGHT) return;
      const job = lane.running ? undefined : lane.queue.shift();
      if (!job) continue;
      lane.running = true;
      this.#running += 1;
      void this.#run(job).catch((error: unknown) => this.#unexpected(error, { text: job.text, streamId: job.create.streamId })).then((successor) => {
        // A steered response's successor runs next on its lane.
        if (successor) (this.#lanes.get(successor.create.streamId) ?? lane).queue.unshift(successor);
        if (successor) this.#queued += 1;
      }).finally(() => {
        lane.running = false;
        this.#running -= 1;
        this.#queued -= 1;
        if (this.#closing) return this.#closeWhenIdle(undefined);
        this.#pump();
        if (this.#running === 0) this.#armIdle();
      });
    }
  }

  /** Runs one create; returns the successor its steering asks for, if any. */
  async #run(job: Job): Promise<Job | undefined> {
    const { text } = job;
    // A continuation takes the steering input that waits for it; a successor carries its own.
    const continuation = this.#steering.continued(job.create);
    const { create } = continuation;
    const steers = job.steers ?? continuation.steers;
    const { runtime, profile, headers } = this.args;
    if (this.#expired) {
      // Past the lifetime: this create and every later one is refused; the socket closes once the rest has run.
      refuseEvent(this.args, { text, facts: undefined, streamId: create.streamId, error: connectionLimit(runtime.config.wsConnectionLimitMs) });
      sendAll(this.args.ws, this.#steering.refused(steers, { lane: create.streamId, message: 'The connection reached its lifetime, so no response carries it.' }));
      this.#closeWhenIdle({ code: 1000, reason: 'websocket connection limit reached' });
      return undefined;
    }
    const answer = handleCreate(runtime, {
      profile,
      transport: 'websocket',
      headers,
      raw: create.raw,
      parsed: create.parsed,
      history: this.#history,
      ...(create.generate ? {} : { generate: false }),
    });
    const previous = create.parsed.previous_response_id;
    const failed = (): void => {
      if (typeof previous === 'string') this.#history.evict(previous);
    };
    if (answer.kind === 'error') {
      // A successor the socket refuses is journaled, not sent (the client asked for none), and keeps its parent.
      if (!job.steers) failed();
      refuseEvent(this.args, { text, error: answer.error, streamId: create.streamId, facts: answer.facts, send: !job.steers });
      // The steering input it carried comes back, for the client to carry into its next create.
      sendAll(this.args.ws, this.#steering.refused(steers, { lane: create.streamId, message: `The response that was to carry it was refused: ${answer.error.message}` }));
      return undefined;
    }
    if (steers) this.#steering.commit(steers);
    const entry = journalMessage(runtime, { provider: profile.id, path: this.args.path, headers, text, facts: answer.facts, status: 200 });
    const started = answer.delayMs <= 0 || await sleep(answer.delayMs, (this.#waits ??= new AbortController()).signal);
    if (answer.kind === 'json') return undefined; // A socket always streams: the pipeline answers with a plan.
    // Never played: the stored response it made is not left waiting for it.
    if (!started || this.#gone) return void answer.plan.watch?.ended('broken');
    const { ws, tcp, log } = this.args;
    const { ended, successor } = await playSteerable({ ws, tcp, answer, create, steering: this.#steering, runtime, log, handles: this.#handles, observer: entry.recordStream() });
    const id = answer.facts.responseId;
    if (ended !== undefined && CONTINUABLE.has(ended) && id !== null) this.#history.put({ lane: create.streamId, id, items: answer.continuation(), response: answer.response() });
    else failed();
    return this.#gone ? undefined : successor;
  }

  #steer(fields: Record<string, unknown>, message: { text: string; bytes: number }): void {
    const { profile, runtime, headers, path } = this.args;
    const failed = this.#steering.steer(fields, { bytes: message.bytes, rules: this.#itemRules });
    sendAll(this.args.ws, failed ? [JSON.stringify(failed)] : []);
    journalMessage(runtime, { provider: profile.id, path, headers, text: message.text, facts: undefined, status: 200 });
    this.#armIdle();
  }

  /** A bug met while answering a client event: logged, and answered with a server error; the socket goes on. */
  #unexpected(error: unknown, at: { text: string; streamId: string | undefined }): undefined {
    this.args.log.error({ err: error }, 'unexpected error');
    return refuseUnexpected(this.args, at);
  }

  /** Closes with `how` (or the reason already set) once no response is running. */
  #closeWhenIdle(how: { code: number; reason: string } | undefined): void {
    this.#closing ??= how;
    for (const lane of this.#lanes.values()) {
      this.#queued -= lane.queue.length;
      lane.queue.length = 0;
    }
    const { ws } = this.args;
    if (this.#running === 0 && this.#closing && ws.readyState === ws.OPEN) ws.close(this.#closing.code, this.#closing.reason);
  }

  #armIdle(): void {
    const ms = this.args.runtime.config.wsIdleMs;
    if (ms <= 0 || this.#running > 0 || this.#closing) return;
    this.#disarmIdle();
    this.#idle = setTimeout(() => this.#closeWhenIdle({ code: 1000, reason: 'idle timeout' }), ms);
    this.#idle.unref();
  }

  #disarmIdle(): void {
    if (this.#idle) clearTimeout(this.#idle);
    this.#idle = undefined;
  }

  #leave(): void {
    this.#gone = true;
    this.#waits?.abort();
  }

  #onClose(): void {
    clearTimeout(this.#lifetime);
    this.#disarmIdle();
    this.#leave();
    // A stream still pacing or waiting for the peer stops at once.
    for (const handle of this.#handles) handle.abort();
    for (const lane of this.#lanes.values()) lane.queue.length = 0;
    this.#history.clear();
    this.args.registry.remove(this);
  }
}
