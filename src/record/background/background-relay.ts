// While recording, a background run the real service answered as queued goes on there: a GET or cancel of it is
// relayed to that service with the client's own headers, its answer written back byte for byte, and once the run
// has finished (or is cancelled) its recorded rule answers with the finished response instead, which a replay
// runs as the mock runs any background response: queued, then in progress, then that response. The proxy keeps
// no events of what the service answered, so a streamed GET (`?stream=true`) of any of it is relayed too.
import { pipeline, Transform } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isRecord } from '../../domain/is-record.js';
import { completeJournal, sendError } from '../../http/reply.js';
import type { ProviderProfile } from '../../providers/types.js';
import type { Runtime } from '../../runtime.js';
import type { StoredResponse } from '../../state/responses/response-store.js';
import { headersOf } from '../../streaming/delivery/sse.js';
import { Capture, type CapturedResponse } from '../capture.js';
import type { Recorder } from '../recorder.js';
import type { RecordedRequest } from '../rule.js';
import { requestsScrubber, type ScrubbedRequest } from '../scrub.js';
import { passedBackHeaders, sendUpstream } from '../upstream.js';

/** Where a stored response came from: the service that answered it, for which session. */
export interface Origin {
  profile: ProviderProfile;
  session: string;
  /** The service's base URL and how it is shown. */
  upstream: { url: string; shown: string };
}

/** A background run the service holds: how it was recorded, and how the session keeps its finished answer. */
export interface UpstreamRun extends Origin {
  recorded: RecordedRequest;
  /** The create's answer as captured (the queued response, or a stream read on until it was cut). */
  created: CapturedResponse;
  /** Keeps the finished response (as recorded, credentials cut) in the session's store. */
  keep(body: Record<string, unknown>): StoredResponse;
  /** Adds the turn, with the finished response's output, to the conversation the create named (if any). */
  addTurn(body: Record<string, unknown>): void;
}

export type RelayAction = 'retrieve' | 'cancel';

/** What the stored-responses routes ask while recording: undefined when the mock answers itself. */
export interface RunRelay {
  relay(args: { request: FastifyRequest; reply: FastifyReply; stored: StoredResponse; action: RelayAction }): Promise<FastifyReply> | undefined;
}

const UNFINISHED = new Set(['queued', 'in_progress']);

export class BackgroundRelay implements RunRelay {
  /** Runs still going on at the service, by the node the session stores them as (gone with it). */
  readonly #runs = new WeakMap<StoredResponse, UpstreamRun>();
  /** Responses the service answered: the proxy keeps no events of theirs, so a streamed GET is the service's. */
  readonly #origins = new WeakMap<StoredResponse, Origin>();
  /** Runs whose create's stream is still being read (their client left): every read is the service's meanwhile. */
  readonly #streaming = new WeakSet<StoredResponse>();

  constructor(private readonly args: { recorder: Recorder; runtime: Runtime }) {}

  /** Whether an answer to a background create is a run still going on at the service. */
  static unfinished(body: Record<string, unknown>): boolean {
    return typeof body.status === 'string' && UNFINISHED.has(body.status);
  }

  /** A response the service answered, stored by the proxy. */
  proxied(stored: StoredResponse, origin: Origin): void {
    this.#origins.set(stored, { profile: origin.profile, session: origin.session, upstream: origin.upstream });
  }

  /**
   * A background run whose client left its create's stream, kept as it last stood while the stream is read on: its
   * GETs and cancel go to the service until the create is recorded and stores what it ended as.
   */
  following(stored: StoredResponse, origin: Origin): void {
    this.proxied(stored, origin);
    this.#streaming.add(stored);
  }

  watch(stored: StoredResponse, run: UpstreamRun): void {
    this.proxied(stored, run);
    this.#runs.set(stored, run);
  }

  relay(args: { request: FastifyRequest; reply: FastifyReply; stored: StoredResponse; action: RelayAction }): Promise<FastifyReply> | undefined {
    const run = this.#runs.get(args.stored);
    if (run) return this.#send({ ...args, origin: run, run });
    const origin = this.#origins.get(args.stored);
    const streamed = args.action === 'retrieve' && (args.request.query as Record<string, unknown> | undefined)?.stream === 'true';
    return origin && (streamed || this.#streaming.has(args.stored)) ? this.#send({ ...args, origin }) : undefined;
  }

  async #send(args: { request: FastifyRequest; reply: FastifyReply; stored: StoredResponse; action: RelayAction; origin: Origin; run?: UpstreamRun }): Promise<FastifyReply> {
    const { request, reply, stored, origin } = args;
    const { recorder, runtime } = this.args;
    const url = request.url;
    const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
    const path = `/responses/${encodeURIComponent(stored.id)}${args.action === 'cancel' ? '/cancel' : ''}`;
    // Stops when the client leaves or the server shuts down (app.close() does not wait for the service).
    const handle = runtime.streams.register();
    const stop = new AbortController();
    handle.signal.addEventListener('abort', () => stop.abort(), { once: true });
    // A client that leaves aborts the handle (counted as an aborted stream), which stops the upstream request.
    reply.raw.once('close', () => void (reply.raw.writableFinished || handle.abort()));
    let upstream;
    try {
      upstream = await sendUpstream({ base: origin.upstream.url, path, query, headers: request.headers, body: '', method: args.action === 'cancel' ? 'POST' : 'GET', signal: stop.signal });
    } catch (error) {
      handle.release();
      if (stop.signal.aborted) return reply.hijack();
      return sendError(reply, { profile: origin.profile, error: { code: 'upstream_failed', message: `The upstream ${origin.upstream.shown} could not be reached: ${(error as Error).message}`, param: null } });
    }
    const status = upstream.statusCode ?? 502;
    // Journaled and logged as a proxied create is: the service that answered it, not the answer.
    request.proxied = { session: origin.session, upstream: origin.upstream.shown };
    completeJournal(request, { status, proxied: { model: null, upstream: origin.upstream.shown } });
    // Only a run's answer is read (to see whether it has finished); a stream of a finished response only passes.
    const capture = args.run ? new Capture({ status, headers: upstream.headers, clock: recorder.clock, timing: false, limit: runtime.config.bodyLimit, startedAt: recorder.clock.nowMillis() }) : undefined;
    reply.hijack();
    reply.raw.on('error', () => {});
    reply.raw.writeHead(status, { ...headersOf(reply), ...passedBackHeaders(upstream.headers) });
    const tap = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        capture?.bytes(chunk);
        done(null, chunk);
      },
    });
    pipeline(upstream, tap, reply.raw, (error) => {
      const stopped = stop.signal.aborted;
      handle.release();
      if (!capture || !args.run || stopped) return;
      try {
        const result = capture.finish({ complete: upstream.complete && !error });
        const body = result.ok && status === 200 ? finalResponse(result.response) : undefined;
        if (!body || body.id !== stored.id || BackgroundRelay.unfinished(body)) return;
        this.#finished({ stored, run: args.run, body, read: { headers: request.headers, query, body: undefined } });
      } catch (problem) {
        recorder.skip({ session: origin.session, request: args.run.recorded, reason: `the finished background response could not be read (${(problem as Error).message})` });
      }
    });
    return reply;
  }

  /**
   * The run is over: its rule and the stored response become the finished response; the mock answers from now on.
   * The first finished answer wins: a poll and a cancel sent together may both come back finished, and the
   * first one given to a client stands: a later one rewrites nothing, so the recording agrees with that answer.
   */
  #finished(args: { stored: StoredResponse; run: UpstreamRun; body: Record<string, unknown>; read: ScrubbedRequest }): void {
    const { stored, run, body } = args;
    if (!this.#runs.delete(stored)) return;
    const scrub = requestsScrubber([run.recorded, args.read], this.args.recorder.options.names);
    // The finished response, as a JSON answer: a create's stream read on and cut (the run cancelled) is replaced.
    const { events: _events, timing: _timing, ...head } = run.created;
    const response: CapturedResponse = { ...head, body, cut: false };
    const written = this.args.recorder.rewrite({ session: run.session, request: run.recorded, response, scrub, responseId: stored.id });
    if (!written?.body) return;
    const kept = written.body as Record<string, unknown>;
    this.proxied(run.keep(kept), run);
    run.addTurn(kept);
  }
}

/** The response a read answered with: the JSON body, or a replayed stream's final response. */
function finalResponse(response: CapturedResponse): Record<string, unknown> | undefined {
  if (response.body) return response.body;
  const last = response.events?.findLast((event) => isRecord(event.response));
  return last && isRecord(last.response) ? last.response : undefined;
}
