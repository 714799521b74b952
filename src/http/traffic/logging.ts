// What the server logs about traffic and state: one line per request (method, path, status, session, what
// answered, duration) through Fastify's LogController, with credentials in the query masked; one line per dropped
// session (a warning when it was still in use: a limit is too low for the test suite); and where lines go, cheaply.
import { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { AnswerFacts } from '../../pipeline/types.js';
import type { Eviction } from '../../state/sessions.js';
import { requestCredentials } from './request-credentials.js';
import type { Redactor } from './redact.js';
import { shownPath } from './shown-url.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** How a create request was answered (set by the transport), for its log line. */
    answered: { facts: AnswerFacts; error?: string } | null;
    /** A create request a recording proxy sent on: its session and the service it went to, for its log line. */
    proxied: { session: string; upstream: string } | null;
  }
}

/** How a log line is told which credentials to keep out of a path. */
export interface PathShowing {
  redactor: Redactor;
  /** Recording: anything shaped like a key is cut from paths, as the recording cuts it. */
  recording: boolean;
}

/**
 * A request's path as logged: as its journal entry shows it (a request to the emulated APIs), or shown the same
 * way (its secret parameters masked, its own credentials and while recording anything shaped like a key cut).
 */
function loggedPath(request: FastifyRequest, showing: PathShowing): string {
  return request.journalEntry?.path ?? shownPath(request.url, { redactor: showing.redactor, own: requestCredentials({ headers: request.headers, path: request.url }, showing.redactor).cut, keyShaped: showing.recording });
}

/**
 * The cut of the request's own credentials (a tool it named by its key and was called), as its journal entry
 * made it (else made here): nothing when it has none.
 */
function ownCut(request: FastifyRequest, showing: PathShowing): (text: string) => string {
  const { journalEntry } = request;
  return (journalEntry ? journalEntry.ownCut : requestCredentials({ headers: request.headers, path: request.url }, showing.redactor).cut) ?? ((text) => text);
}

/** Pino serializers: Fastify's request fields, the URL shown as the request's log line shows it. */
export function logSerializers(showing: PathShowing) {
  return {
    req: (request: FastifyRequest) => ({
      method: request.method,
      url: loggedPath(request, showing),
      host: request.host,
      remoteAddress: request.ip,
      remotePort: request.socket?.remotePort,
    }),
  };
}

/**
 * Requests whose line goes at debug, not info: health checks, which come every few seconds, and what an open
 * inspector fetches by itself when it succeeds (its files, and the journal it polls twice a second), which
 * would bury the lines of the traffic it shows. Opening the page stays at info.
 */
function quiet(request: FastifyRequest, status: number): boolean {
  if (request.url === '/health') return true;
  if (request.method !== 'GET' || status >= 400) return false;
  return request.url.startsWith('/__mock/feed') || request.url.startsWith('/__mock/ui/');
}

/**
 * Fastify's request logging, replaced: no "incoming request" line, and one line per finished request. The
 * check that the level wants it comes first, so that a quieter level costs a method call per request.
 */
export class RequestLines extends LogController {
  constructor(private readonly options: { enabled: boolean } & PathShowing) {
    super({ disableRequestLogging: true });
  }

  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (!this.options.enabled) return;
    const status = reply.raw.statusCode;
    const { line, message } = requestLine({ request, reply, showing: this.options, answered: request.answered, status });
    const log = request.server.log;
    if (error) log.error({ ...line, err: error }, message);
    else if (quiet(request, status)) log.debug(line, message);
    else log.info(line, message);
  }
}

/**
 * The line of a request whose client left before its answer was due (a rule's latencyMs): no status was sent,
 * so the line has none, and says `client_closed` where the status goes, as the journal does.
 */
export function logClientClosed(args: { request: FastifyRequest; reply: FastifyReply; showing: PathShowing }): void {
  const { request } = args;
  const answered = request.answered && { ...request.answered, error: 'client_closed' };
  const { line, message } = requestLine({ ...args, answered, status: 'client_closed' });
  request.server.log.info(line, message);
}

/** `POST /v1/responses 200 12.3 ms`, and its fields: session and what answered when the request was a create. */
function requestLine(args: { request: FastifyRequest; reply: FastifyReply; showing: PathShowing; answered: FastifyRequest['answered']; status: number | 'client_closed' }) {
  const { request, status, answered } = args;
  const path = loggedPath(request, args.showing);
  const ms = Math.round(args.reply.elapsedTime * 10) / 10;
  // Through the server's logger with the request id first, as a request's own logger would write it: that
  // one is then never made (see lazyChildLogger).
  const line = {
    reqId: request.id,
    method: request.method,
    path,
    ...(typeof status === 'number' ? { status } : {}),
    ms,
    ...(answered ? { session: answered.facts.session, answered: ownCut(request, args.showing)(describeAnswer(answered)) } : {}),
    ...(request.proxied ? { session: request.proxied.session, answered: `upstream ${request.proxied.upstream} (recording)` } : {}),
  };
  return { line, message: `${request.method} ${path} ${status} ${ms} ms` };
}

/** Registers the request decoration the transports fill. */
export function registerRequestLines(app: FastifyInstance): void {
  app.decorateRequest('answered', null);
  app.decorateRequest('proxied', null);
}

/**
 * "scenario weather-loop, rule 2 'ask'", "scenario weather-loop (no rule matched) → engine: text",
 * "engine: called get_weather", "error history_missing_id".
 */
export function describeAnswer(answered: { facts: AnswerFacts; error?: string }): string {
  const { facts, error } = answered;
  const parts: string[] = [];
  if (facts.scenario !== null) {
    const rule = facts.rule ? `, rule ${facts.rule.index + 1}${facts.rule.name ? ` '${facts.rule.name}'` : ''}` : '';
    parts.push(`scenario ${facts.scenario}${rule}${!facts.rule && facts.engine ? ' (no rule matched) → engine' : ''}`);
  } else if (facts.engine) {
    parts.push('engine');
  }
  if (error !== undefined) parts.push(`error ${error}`);
  else if (facts.engine) parts.push(facts.engine.tools.length > 0 ? `called ${facts.engine.tools.join(', ')}` : 'text');
  return parts.join(': ');
}

export function logEviction(log: FastifyBaseLogger, eviction: Eviction): void {
  const setting = eviction.limit === 'session-limit' ? '--session-limit' : '--state-memory';
  const lost = eviction.lost;
  const what = lost
    ? `its ${[lost.scenarios.length ? `progress in ${lost.scenarios.map((name) => `'${name}'`).join(', ')}` : '', lost.storedResponses ? `${lost.storedResponses} stored response(s)` : ''].filter(Boolean).join(' and ') || 'default scenario'}`
    : 'only its journal';
  const message = `session '${eviction.session}' dropped (${setting} reached; unused for ${Math.round(eviction.idleMs / 1000)} s), losing ${what}`;
  if (eviction.idle) log.info({ session: eviction.session, limit: setting }, message);
  else log.warn({ session: eviction.session, limit: setting }, `${message}: it was still in use; raise ${setting}`);
}

type Bindings = Record<string, unknown>;
/** What the lines are written to: standard output, or any stream that says when it fails. */
export interface LineOutput {
  write(text: string): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/**
 * Standard output, written once per turn of the event loop; what is left is written at exit. Once the output
 * fails (its reader went away: EPIPE), lines are dropped: the server goes on answering.
 */
export function batchedStdout(out: LineOutput = process.stdout): { write(line: string): void } {
  let pending: string[] = [];
  let broken = false;
  out.on('error', () => {
    broken = true;
    pending = [];
  });
  const flush = (): void => {
    if (pending.length === 0) return;
    const text = pending.length === 1 ? pending[0]! : pending.join('');
    pending = [];
    out.write(text);
  };
  process.once('exit', flush);
  return {
    write(line) {
      if (!broken && pending.push(line) === 1) setImmediate(flush);
    },
  };
}

/** Fastify's per-request logger, made on first use: most requests never log through theirs. */
export function lazyChildLogger(logger: FastifyBaseLogger, bindings: Bindings, options: object): FastifyBaseLogger {
  return new LazyChild(logger, bindings, options);
}

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

class LazyChild implements FastifyBaseLogger {
  #made: FastifyBaseLogger | undefined;
  // One method per level on the prototype (below), each passing its call to the logger, made then.
  declare fatal: FastifyBaseLogger['fatal'];
  declare error: FastifyBaseLogger['error'];
  declare warn: FastifyBaseLogger['warn'];
  declare info: FastifyBaseLogger['info'];
  declare debug: FastifyBaseLogger['debug'];
  declare trace: FastifyBaseLogger['trace'];
  declare silent: FastifyBaseLogger['silent'];

  constructor(private readonly parent: FastifyBaseLogger, private readonly bindings: Bindings, private readonly options: object) {}

  made(): FastifyBaseLogger {
    return (this.#made ??= this.parent.child(this.bindings, this.options));
  }

  get level(): string {
    return this.#made?.level ?? this.parent.level;
  }

  set level(level: string) {
    this.made().level = level;
  }

  child(bindings: Bindings, options?: object): FastifyBaseLogger {
    return this.made().child(bindings, options);
  }
}

for (const level of LEVELS) {
  Object.defineProperty(LazyChild.prototype, level, {
    value(this: LazyChild, ...args: unknown[]): void {
      const logger = this.made();
      (logger[level] as (...args: unknown[]) => void).apply(logger, args);
    },
    writable: true,
    configurable: true,
  });
}
