// The HTTP half of the recording proxy: one create request sent on to the real service, its answer written
// back byte for byte as it arrives (a slow client slows the upstream down: nothing is buffered for it), and
// recorded once it has ended — unless the client left first or the server stopped it. A background run goes on
// at the service without its client, as it does there: its answer is read to the end and recorded all the same.
import type { IncomingMessage } from 'node:http';
import { pipeline, Transform } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isRecord } from '../domain/is-record.js';
import { completeJournal, sendError } from '../http/reply.js';
import { requestedModel } from '../pipeline/engine-facts.js';
import { storesResponse } from '../pipeline/store-answer.js';
import type { ProviderProfile } from '../providers/types.js';
import type { Runtime } from '../runtime.js';
import type { Replay } from '../schemas/replay.js';
import type { PreparedRequest } from '../domain/validation/prepare.js';
import type { Session } from '../state/sessions.js';
import { headersOf } from '../streaming/delivery/sse.js';
import type { StoredResponse } from '../state/responses/response-store.js';
import { BackgroundRelay } from './background/background-relay.js';
import { Capture, type CapturedResponse } from './capture.js';
import { ReadOn } from './background/read-on.js';
import { rememberTurn } from './conversation.js';
import { requestScrubber, type Scrubber } from './scrub.js';
import type { Recorder } from './recorder.js';
import type { RecordedRequest } from './rule.js';
import { clientSink, passedBackHeaders, sendUpstream } from './upstream.js';

/** The service's base URL, and how it is shown (its user, password and secret parameters masked). */
export interface Upstream {
  url: string;
  shown: string;
}

export interface ProxyArgs {
  request: FastifyRequest;
  reply: FastifyReply;
  profile: ProviderProfile;
  runtime: Runtime;
  recorder: Recorder;
  upstream: Upstream;
  session: Session;
  recorded: RecordedRequest;
  /** Where a background run the service holds is followed (its GETs and cancel relayed), and streamed GETs go. */
  relay: BackgroundRelay;
  /** What is sent on, when not the request's own body (a conversation's items made input). */
  body?: string;
}

export async function proxyExchange(args: ProxyArgs): Promise<FastifyReply> {
  const { request, reply, profile, runtime, recorder, session, recorded } = args;
  const query = recorded.query;
  const res = reply.raw;
  // The upstream request stops when the client leaves or the server shuts down; a background run's, only then.
  const handle = runtime.streams.register();
  const stop = new AbortController();
  const background = isRecord(recorded.body) && recorded.body.background === true;
  /** Reads a background run on once its client has left (registered, so that a shutdown stops it). */
  let follower: ReadOn | undefined;
  /** The answer's transfer is over (ended, or broken off by the service): there is nothing left to read on. */
  let over = false;
  handle.signal.addEventListener('abort', () => void (follower || stop.abort()), { once: true });
  let clientGone = false;
  let capture: Capture | undefined = undefined;
  // Once its client has left, a background run is kept as it stands as soon as the stream has named it.
  let followed = false;
  const follow = () => void (follower && capture && !followed && (followed = keepFollowed({ ...args, snapshot: capture.latestResponse() })));
  res.once('close', () => {
    if (res.writableFinished) return;
    clientGone = true;
    // A service that broke the stream off first (its error destroys `res` too) left nothing to read on.
    if (background && !stop.signal.aborted && !over) follower = new ReadOn({ streams: runtime.streams, stop, idleMs: recorder.readOnIdleMs });
    // The client's stream is counted as aborted; without a follower, the handle's abort stops the upstream request.
    handle.abort();
    if (follower) handle.release();
    follow();
    givenUp();
  });
  /** Once its client has left, an answer that can no longer be recorded is not read on for nothing. */
  const givenUp = () => void (follower && capture?.problem && follower.end(`its answer cannot be recorded (${capture.problem}): the run is left to the service`));
  const startedAt = recorder.clock.nowMillis();
  let upstream: IncomingMessage;
  try {
    upstream = await sendUpstream({ base: args.upstream.url, path: '/responses', query, headers: request.headers, body: args.body ?? request.rawBody, signal: stop.signal });
  } catch (error) {
    over = true;
    handle.release();
    follower?.release();
    // The client left meanwhile: nothing to answer, nothing to record (a read-on says why it stopped).
    if (clientGone) {
      if (follower) recorder.skip({ session: session.id, request: recorded, reason: follower.reason ?? 'the server stopped' });
      return reply.hijack();
    }
    return sendError(reply, { profile, error: { code: 'upstream_failed', message: `The upstream ${args.upstream.shown} could not be reached: ${(error as Error).message}`, param: null } });
  }
  follower?.heard();
  const status = upstream.statusCode ?? 502;
  const captured = new Capture({ status, headers: upstream.headers, clock: recorder.clock, timing: recorder.timing, limit: runtime.config.bodyLimit, startedAt });
  completeJournal(request, { status, proxied: { model: requestedModel(recorded.body), upstream: args.upstream.shown } });
  reply.hijack();
  res.on('error', () => {});
  // Headers the app set (CORS), then the upstream's own.
  res.writeHead(status, { ...headersOf(reply), ...passedBackHeaders(upstream.headers) });
  capture = captured;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      captured.bytes(chunk);
      follower?.heard();
      follow();
      givenUp();
      done(null, chunk);
    },
  });
  // Once a background run's client has left, the rest of its answer is read (and captured, bounded) unsent.
  pipeline(upstream, tap, clientSink(res), (error) => {
    over = true;
    handle.release();
    follower?.release();
    if (stop.signal.aborted) return recorder.skip({ session: session.id, request: recorded, reason: follower?.reason ?? (clientGone && !follower ? 'the client left before the answer ended' : 'the server stopped') });
    // The client has its answer: whatever the upstream sent, nothing here may throw past this point.
    try {
      const result = captured.finish({ complete: upstream.complete && !error });
      if (!result.ok) return recorder.skip({ session: session.id, request: recorded, reason: result.reason });
      const written = recorder.record({ session: session.id, request: recorded, response: result.response });
      if (!written) return;
      // A read-on cut with no terminal event (a run cancelled at the service) is followed there like a queued run.
      const node = remember({ profile, session, request: recorded, response: result.response, written, scrub: requestScrubber(recorded, recorder.options.names), readOn: follower !== undefined });
      if (!node) return;
      const origin = { profile, session: session.id, upstream: args.upstream };
      if (node.unfinished) args.relay.watch(node.stored, { ...origin, recorded, created: result.response, keep: node.keep, addTurn: node.addTurn });
      else args.relay.proxied(node.stored, origin);
    } catch (problem) {
      recorder.skip({ session: session.id, request: recorded, reason: `the answer could not be read (${(problem as Error).message})` });
    }
  });
  return reply;
}

/**
 * A stored response resolves later requests' previous_response_id, and a conversation holds the turn, while
 * recording as on replay: both keep the answer as it was recorded (`written`, credentials scrubbed), never as
 * the upstream sent it; the input they hold is scrubbed as the recording's request is.
 */
function remember(args: { profile: ProviderProfile; session: Session; request: RecordedRequest; response: CapturedResponse; written: Replay; scrub: Scrubber; readOn: boolean }): Remembered | undefined {
  const { profile, session, request, response, written, scrub } = args;
  const body = written.body ?? (written.events?.findLast((event) => isRecord(event.response))?.response as Record<string, unknown> | undefined);
  if (!request.prepared || response.status !== 200 || !body || typeof body.id !== 'string') return undefined;
  if (response.cut && !(args.readOn && BackgroundRelay.unfinished(body))) return undefined;
  const prepared = scrubbedPrepared(request.prepared, scrub);
  const addTurn = (kept: Record<string, unknown>) => void (profile.stateful && rememberTurn(session, { prepared, output: outputOf(kept) }));
  // A background run the service still holds joins its conversation once it has finished (background-relay.ts).
  const unfinished = prepared.body.background === true && BackgroundRelay.unfinished(body);
  if (!unfinished) addTurn(body);
  if (!storesResponse(profile, prepared.body.store)) return undefined;
  const keep = storeAs(session, { id: body.id, prepared });
  return { stored: keep(body), keep, unfinished, addTurn };
}

/**
 * A background run's client left its create's stream: the session keeps the run as it last stood (credentials
 * cut), its reads the service's, until the stream has been read to its end and recorded. False until it is named.
 */
function keepFollowed(args: ProxyArgs & { snapshot: Record<string, unknown> | undefined }): boolean {
  const { profile, session, recorded, snapshot } = args;
  if (!snapshot || typeof snapshot.id !== 'string') return false;
  if (!recorded.prepared || !storesResponse(profile, recorded.prepared.body.store)) return true;
  // Called as the answer passes: nothing here may stop it.
  try {
    const scrub = requestScrubber(recorded, args.recorder.options.names);
    const stored = storeAs(session, { id: snapshot.id, prepared: scrubbedPrepared(recorded.prepared, scrub) })(scrub.json(snapshot));
    args.relay.following(stored, { profile, session: session.id, upstream: args.upstream });
  } catch {
    // Not kept: its reads answer 404 until it is recorded.
  }
  return true;
}

function scrubbedPrepared(prepared: PreparedRequest, scrub: Scrubber): PreparedRequest {
  return { ...prepared, inputItems: scrub.json(prepared.inputItems), historyItems: scrub.json(prepared.historyItems) };
}

const outputOf = (kept: Record<string, unknown>) => (Array.isArray(kept.output) ? (kept.output as unknown[]).filter(isRecord) : []);

/** How a response of this id is stored in the session with the request's items (kept as they were sent, scrubbed). */
function storeAs(session: Session, args: { id: string; prepared: PreparedRequest }): (kept: Record<string, unknown>) => StoredResponse {
  return (kept) => session.store.put({
    id: args.id,
    text: JSON.stringify(kept),
    inputItems: args.prepared.inputItems,
    historyItems: args.prepared.historyItems,
    outputIds: outputOf(kept).flatMap((item) => (typeof item.id === 'string' ? [item.id] : [])),
  });
}

/** The stored response, and how a later answer (a background run's finished response) takes its place. */
interface Remembered {
  stored: StoredResponse;
  keep(body: Record<string, unknown>): StoredResponse;
  /** A background run still going on at the service: followed there (background-relay.ts). */
  unfinished: boolean;
  /** Adds the turn, with this answer's output, to the conversation the request names (if any). */
  addTurn(body: Record<string, unknown>): void;
}
