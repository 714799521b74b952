// One Responses socket: each response.create goes through the create pipeline with the handshake's headers
// and the socket's own history, and its stream plan is played as messages (run-create.ts). Responses run by
// lane (lanes.ts), a steered response's successor next on its lane (steering/); the socket closes at the idle
// timeout, refuses creates once past its lifetime, and on shutdown ends what is in flight (as SSE does) before
// closing with 1001.
import type { IncomingHttpHeaders } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyBaseLogger } from 'fastify';
import type { WebSocket } from 'ws';
import type { MockError } from '../../domain/types.js';
import { overloaded, type BodyBudget } from '../../state/body-budget.js';
import type { ItemRules } from '../../domain/validation/items/item-rules.js';
import type { ProviderProfile } from '../../providers/types.js';
import type { Runtime } from '../../runtime.js';
import type { StreamHandle } from '../../streaming/delivery/registry.js';
import { ConnectionHistory } from './history.js';
import { readMockHeaders } from '../../http/input/mock-headers.js';
import { readClientMessage } from './messages.js';
import { connectionLimit, journalMessage, refuseEvent, refuseUnexpected, sendAll, tooManyLanes, tooManyQueued, tooMuchQueued } from './replies.js';
import type { ClosableConnection, SocketRegistry } from './registry.js';
import { Steering, type Job } from './steering/steering.js';
import { Lanes } from './lanes.js';
import { runCreate, type CreateContext } from './run-create.js';
import { HISTORY_BYTES, MAX_LANES, MAX_QUEUED, MAX_QUEUED_CHARS, MAX_UNREAD } from './limits.js';

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

/** Why a create was not queued, as the error event says it. */
function refusal(bound: 'lanes' | 'queued' | 'chars' | 'memory', message: { budget: BodyBudget; bytes: number }): MockError {
  switch (bound) {
    case 'lanes': return tooManyLanes(MAX_LANES);
    case 'queued': return tooManyQueued(MAX_QUEUED);
    case 'chars': return tooMuchQueued(MAX_QUEUED_CHARS);
    case 'memory': return overloaded(message.budget, message.bytes);
  }
}

export class ResponsesConnection implements ClosableConnection {
  readonly #lanes: Lanes;
  readonly #history: ConnectionHistory;
  readonly #steering: Steering;
  /** The rules the handshake's strictness gives input items (a steer's are held to them). */
  readonly #itemRules: ItemRules | undefined;
  /** Set when the socket closes or the server stops: waits end, queued creates are dropped. */
  #gone = false;
  /** Wakes a scenario's latency wait when the socket goes; made only when a response waits. */
  #waits: AbortController | undefined;
  readonly #handles = new Set<StreamHandle>();
  readonly #lifetime: NodeJS.Timeout;
  #idle: NodeJS.Timeout | undefined;
  #expired = false;
  /** No more creates are taken (shutdown, or past the lifetime): close once nothing runs. */
  #closing: { code: number; reason: string } | undefined;

  readonly #createContext: CreateContext;

  constructor(private readonly args: ConnectionArgs) {
    const { ws, runtime } = args;
    this.#steering = new Steering({ budget: runtime.bodies, heldByCreates: () => this.#lanes.heldBytes });
    this.#lanes = new Lanes({
      run: (job) => this.#run(job),
      failed: (error, job) => this.#unexpected(error, { text: job.text, streamId: job.create.streamId }),
      ended: () => {
        if (this.#closing) return this.#closeWhenIdle(undefined);
        this.#pump();
        if (this.#lanes.running === 0) this.#armIdle();
      },
      budget: runtime.bodies,
    });
    this.#history = new ConnectionHistory({ bytes: HISTORY_BYTES, shared: args.registry.history });
    const mock = readMockHeaders(args.headers);
    this.#createContext = {
      target: args,
      history: this.#history,
      steering: this.#steering,
      handles: this.#handles,
      waits: () => (this.#waits ??= new AbortController()).signal,
      gone: () => this.#gone,
    };
    this.#itemRules = args.profile.rules((mock.ok ? mock.value.strictness : undefined) ?? runtime.config.strictness).items;
    ws.on('message', (data: Buffer, isBinary) => {
      const frame = { binary: isBinary };
      try {
        this.#onMessage(data, frame);
      } catch (error) {
        this.#unexpected(error, { text: frame.binary ? '' : data.toString('utf8'), streamId: undefined });
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

  #onMessage(data: Buffer, frame: { binary: boolean }): void {
    // Shutting down or closed for idleness: nothing more is taken (past the lifetime, creates are refused).
    if (this.#gone || (this.#closing && !this.#expired)) return;
    // A peer that keeps sending without reading what comes back is dropped, not buffered for.
    if (this.args.ws.bufferedAmount > MAX_UNREAD) return void this.args.ws.terminate();
    this.#disarmIdle();
    const message = readClientMessage(data, frame);
    if (message.type === 'response.processed') return this.#armIdle();
    const text = frame.binary ? `<${data.length} binary bytes>` : data.toString('utf8');
    if (message.type === 'response.steer') return this.#steer(message.fields, { text, bytes: data.length });
    if (message.type === 'invalid' || this.#closing) {
      const error = message.type === 'invalid' ? message.error : connectionLimit(this.args.runtime.config.wsConnectionLimitMs);
      refuseEvent(this.args, { text, error, streamId: message.streamId, facts: undefined });
      return this.#armIdle();
    }
    const refused = this.#lanes.add({ create: message, text }, { bytes: data.length });
    if (refused) {
      const error = refusal(refused.refused, { budget: this.args.runtime.bodies, bytes: data.length });
      refuseEvent(this.args, { text, streamId: message.streamId, facts: undefined, error });
      return this.#armIdle();
    }
    this.#pump();
  }

  /** Starts what the lanes can run now. */
  #pump(): void {
    // The server is stopping: what is queued never starts (the socket is about to close with 1001).
    if (this.args.runtime.streams.stopping) return this.#closeWhenIdle({ code: 1001, reason: 'server shutting down' });
    this.#lanes.start();
  }

  /** Runs one create (run-create.ts) unless the socket is past its lifetime; returns the successor its steering asks for, if any. */
  async #run(job: Job): Promise<Job | undefined> {
    const { text } = job;
    // A continuation takes the steering input that waits for it; a successor carries its own.
    const continuation = this.#steering.continued(job.create);
    const { create } = continuation;
    const steers = job.steers ?? continuation.steers;
    const { runtime } = this.args;
    if (this.#expired) {
      // Past the lifetime: this create and every later one is refused; the socket closes once the rest has run.
      refuseEvent(this.args, { text, facts: undefined, streamId: create.streamId, error: connectionLimit(runtime.config.wsConnectionLimitMs) });
      sendAll(this.args.ws, this.#steering.refused(steers, { lane: create.streamId, message: 'The connection reached its lifetime, so no response carries it.' }));
      this.#closeWhenIdle({ code: 1000, reason: 'websocket connection limit reached' });
      return undefined;
    }
    return runCreate(this.#createContext, { create, text, steers, successor: job.steers !== undefined });
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
    this.#lanes.dropQueued();
    const { ws } = this.args;
    if (this.#lanes.running === 0 && this.#closing && ws.readyState === ws.OPEN) ws.close(this.#closing.code, this.#closing.reason);
  }

  #armIdle(): void {
    const ms = this.args.runtime.config.wsIdleMs;
    if (ms <= 0 || this.#lanes.running > 0 || this.#closing) return;
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
    this.#lanes.dropQueued();
    this.#steering.clear();
    this.#history.clear();
    this.args.registry.remove(this);
  }
}
