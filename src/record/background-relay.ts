// While recording, a background run the real service answered as queued goes on there: a GET or cancel of it is
// relayed to that service with the client's own headers, its answer written back byte for byte, and once the run
// has finished (or is cancelled) its recorded rule answers with the finished response instead, which a replay
// runs as the mock runs any background response: queued, then in progress, then that response.
import { pipeline, Transform } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isRecord } from '../domain/is-record.js';
import { completeJournal, sendError } from '../http/reply.js';
import type { ProviderProfile } from '../providers/types.js';
import type { Runtime } from '../runtime.js';
import type { StoredResponse } from '../state/responses/response-store.js';
import { headersOf } from '../streaming/delivery/sse.js';
import { Capture, type CapturedResponse } from './capture.js';
import type { Recorder } from './recorder.js';
import type { RecordedRequest } from './rule.js';
import { requestsScrubber, type ScrubbedRequest } from './scrub.js';
import { passedBackHeaders, sendUpstream } from './upstream.js';

/** A background run the service holds: how it was recorded, and how the session keeps its finished answer. */
export interface UpstreamRun {
  profile: ProviderProfile;
  session: string;
  /** The service's base URL and how it is shown. */
  upstream: { url: string; shown: string };
  recorded: RecordedRequest;
  /** The create's answer as captured (the queued response). */
  created: CapturedResponse;
  /** Keeps the finished response (as recorded, credentials cut) in the session's store. */
  keep(body: Record<string, unknown>): void;
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

  constructor(private readonly args: { recorder: Recorder; runtime: Runtime }) {}

  /** Whether an answer to a background create is a run still going on at the service. */
  static unfinished(body: Record<string, unknown>): boolean {
    return typeof body.status === 'string' && UNFINISHED.has(body.status);
  }

  watch(stored: StoredResponse, run: UpstreamRun): void {
    this.#runs.set(stored, run);
  }

  relay(args: { request: FastifyRequest; reply: FastifyReply; stored: StoredResponse; action: RelayAction }): Promise<FastifyReply> | undefined {
    const run = this.#runs.get(args.stored);
    return run ? this.#send({ ...args, run }) : undefined;
  }

  async #send(args: { request: FastifyRequest; reply: FastifyReply; stored: StoredResponse; action: RelayAction; run: UpstreamRun }): Promise<FastifyReply> {
    const { request, reply, stored, run } = args;
    const { recorder, runtime } = this.args;
    const url = request.url;
    const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
    const path = `/responses/${encodeURIComponent(stored.id)}${args.action === 'cancel' ? '/cancel' : ''}`;
    const stop = new AbortController();
    reply.raw.once('close', () => void (reply.raw.writableFinished || stop.abort()));
    let upstream;
    try {
      upstream = await sendUpstream({ base: run.upstream.url, path, query, headers: request.headers, body: '', method: args.action === 'cancel' ? 'POST' : 'GET', signal: stop.signal });
    } catch (error) {
      if (stop.signal.aborted) return reply.hijack();
      return sendError(reply, { profile: run.profile, error: { code: 'upstream_failed', message: `The upstream ${run.upstream.shown} could not be reached: ${(error as Error).message}`, param: null } });
    }
    const status = upstream.statusCode ?? 502;
    // Journaled and logged as a proxied create is: the service that answered it, not the answer.
    request.proxied = { session: run.session, upstream: run.upstream.shown };
    completeJournal(request, { status, proxied: { model: null, upstream: run.upstream.shown } });
    const capture = new Capture({ status, headers: upstream.headers, clock: recorder.clock, timing: false, limit: runtime.config.bodyLimit, startedAt: recorder.clock.nowMillis() });
    reply.hijack();
    reply.raw.on('error', () => {});
    reply.raw.writeHead(status, { ...headersOf(reply), ...passedBackHeaders(upstream.headers) });
    const tap = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        capture.bytes(chunk);
        done(null, chunk);
      },
    });
    pipeline(upstream, tap, reply.raw, (error) => {
      try {
        const result = capture.finish({ complete: upstream.complete && !error });
        const body = result.ok && status === 200 ? finalResponse(result.response) : undefined;
        if (!body || body.id !== stored.id || BackgroundRelay.unfinished(body)) return;
        this.#finished({ stored, run, body, read: { headers: request.headers, query, body: undefined } });
      } catch (problem) {
        recorder.skip({ session: run.session, request: run.recorded, reason: `the finished background response could not be read (${(problem as Error).message})` });
      }
    });
    return reply;
  }

  /** The run is over: its rule and the stored response become the finished response; the mock answers from now on. */
  #finished(args: { stored: StoredResponse; run: UpstreamRun; body: Record<string, unknown>; read: ScrubbedRequest }): void {
    const { stored, run, body } = args;
    this.#runs.delete(stored);
    const scrub = requestsScrubber([run.recorded, args.read], this.args.recorder.options.names);
    const response: CapturedResponse = { ...run.created, body, cut: false };
    const written = this.args.recorder.rewrite({ session: run.session, request: run.recorded, response, scrub, responseId: stored.id });
    if (written?.body) run.keep(written.body as Record<string, unknown>);
  }
}

/** The response a read answered with: the JSON body, or a replayed stream's final response. */
function finalResponse(response: CapturedResponse): Record<string, unknown> | undefined {
  if (response.body) return response.body;
  const last = response.events?.findLast((event) => isRecord(event.response));
  return last && isRecord(last.response) ? last.response : undefined;
}
