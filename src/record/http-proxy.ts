// The HTTP half of the recording proxy: one create request sent on to the real service, its answer written
// back byte for byte as it arrives (a slow client slows the upstream down: nothing is buffered for it), and
// recorded once it has ended — unless the client left first or the server stopped it.
import type { IncomingMessage } from 'node:http';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isRecord } from '../domain/is-record.js';
import { completeJournal, sendError } from '../http/reply.js';
import { requestedModel } from '../pipeline/engine-facts.js';
import { storesResponse } from '../pipeline/store-answer.js';
import type { ProviderProfile } from '../providers/types.js';
import type { Runtime } from '../runtime.js';
import type { Replay } from '../schemas/replay.js';
import type { Session } from '../state/sessions.js';
import { headersOf } from '../streaming/delivery/sse.js';
import type { StoredResponse } from '../state/responses/response-store.js';
import { BackgroundRelay } from './background-relay.js';
import { Capture, type CapturedResponse } from './capture.js';
import { rememberTurn } from './conversation.js';
import { requestScrubber, type Scrubber } from './scrub.js';
import type { Recorder } from './recorder.js';
import type { RecordedRequest } from './rule.js';
import { passedBackHeaders, sendUpstream } from './upstream.js';

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
  // The upstream request stops when the client leaves or the server shuts down.
  const handle = runtime.streams.register();
  const stop = new AbortController();
  handle.signal.addEventListener('abort', () => stop.abort(), { once: true });
  let clientGone = false;
  res.once('close', () => {
    if (res.writableFinished) return;
    clientGone = true;
    // Counted as an aborted stream; the handle's abort stops the upstream request.
    handle.abort();
  });
  const startedAt = recorder.clock.nowMillis();
  let upstream: IncomingMessage;
  try {
    upstream = await sendUpstream({ base: args.upstream.url, path: '/responses', query, headers: request.headers, body: args.body ?? request.rawBody, signal: stop.signal });
  } catch (error) {
    handle.release();
    // The client left meanwhile: nothing to answer, nothing to record.
    if (clientGone) return reply.hijack();
    return sendError(reply, { profile, error: { code: 'upstream_failed', message: `The upstream ${args.upstream.shown} could not be reached: ${(error as Error).message}`, param: null } });
  }
  const status = upstream.statusCode ?? 502;
  const capture = new Capture({ status, headers: upstream.headers, clock: recorder.clock, timing: recorder.timing, limit: runtime.config.bodyLimit, startedAt });
  completeJournal(request, { status, proxied: { model: requestedModel(recorded.body), upstream: args.upstream.shown } });
  reply.hijack();
  res.on('error', () => {});
  // Headers the app set (CORS), then the upstream's own.
  res.writeHead(status, { ...headersOf(reply), ...passedBackHeaders(upstream.headers) });
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      capture.bytes(chunk);
      done(null, chunk);
    },
  });
  pipeline(upstream, tap, res, (error) => {
    const stopped = handle.signal.aborted;
    handle.release();
    if (clientGone || stopped) return recorder.skip({ session: session.id, request: recorded, reason: stopped ? 'the server stopped' : 'the client left before the answer ended' });
    // The client has its answer: whatever the upstream sent, nothing here may throw past this point.
    try {
      const result = capture.finish({ complete: upstream.complete && !error });
      if (!result.ok) return recorder.skip({ session: session.id, request: recorded, reason: result.reason });
      const written = recorder.record({ session: session.id, request: recorded, response: result.response });
      if (!written) return;
      const node = remember({ profile, session, request: recorded, response: result.response, written, scrub: requestScrubber(recorded, recorder.options.names) });
      if (!node) return;
      const origin = { profile, session: session.id, upstream: args.upstream };
      if (isRecord(written.body) && isRecord(recorded.body) && recorded.body.background === true && BackgroundRelay.unfinished(written.body)) {
        args.relay.watch(node.stored, { ...origin, recorded, created: result.response, keep: node.keep });
      } else args.relay.proxied(node.stored, origin);
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
function remember(args: { profile: ProviderProfile; session: Session; request: RecordedRequest; response: CapturedResponse; written: Replay; scrub: Scrubber }): Remembered | undefined {
  const { profile, session, request, response, written, scrub } = args;
  const body = written.body ?? (written.events?.findLast((event) => isRecord(event.response))?.response as Record<string, unknown> | undefined);
  if (!request.prepared || response.status !== 200 || response.cut || !body || typeof body.id !== 'string') return undefined;
  const prepared = { ...request.prepared, inputItems: scrub.json(request.prepared.inputItems), historyItems: scrub.json(request.prepared.historyItems) };
  const output = Array.isArray(body.output) ? (body.output as unknown[]).filter(isRecord) : [];
  if (profile.stateful) rememberTurn(session, { prepared, output });
  if (!storesResponse(profile, prepared.body.store)) return undefined;
  const keep = (kept: Record<string, unknown>) => session.store.put({
    id: body.id as string,
    text: JSON.stringify(kept),
    inputItems: prepared.inputItems,
    historyItems: prepared.historyItems,
    outputIds: (Array.isArray(kept.output) ? (kept.output as unknown[]).filter(isRecord) : []).flatMap((item) => (typeof item.id === 'string' ? [item.id] : [])),
  });
  return { stored: keep(body), keep };
}

/** The stored response, and how a later answer (a background run's finished response) takes its place. */
interface Remembered {
  stored: StoredResponse;
  keep(body: Record<string, unknown>): StoredResponse;
}
