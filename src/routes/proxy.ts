// POST {prefix}/responses while recording (--record, --record-missing): the proxy transport. Under
// --record-missing a loaded scenario rule answers first, through the one pipeline; whatever no rule answers
// goes to the real service, and its answer is streamed back and recorded.
import type { FastifyInstance } from 'fastify';
import { readMockHeaders } from '../http/input/mock-headers.js';
import { sendError } from '../http/reply.js';
import { handleCreate } from '../pipeline/handle-create.js';
import { parseJsonBody } from '../pipeline/parse-body.js';
import type { ProviderProfile } from '../providers/types.js';
import type { BackgroundRelay } from '../record/background/background-relay.js';
import { upstreamBody } from '../record/conversation.js';
import { proxyExchange, type Upstream } from '../record/http-proxy.js';
import type { Recorder } from '../record/recorder.js';
import { requestScrubber } from '../record/scrub.js';
import { readRecordedRequest } from '../record/request.js';
import type { Runtime } from '../runtime.js';
import { DEFAULT_SESSION } from '../state/sessions.js';
import { createInput, serveAnswer } from './responses.js';

export function proxyRoute(app: FastifyInstance, args: { profile: ProviderProfile; runtime: Runtime; recorder: Recorder; upstream: Upstream; relay: BackgroundRelay }): void {
  const { profile, runtime, recorder } = args;
  app.post(`${profile.prefix}/responses`, (request, reply) => {
    const mock = readMockHeaders(request.headers);
    if (!mock.ok) return sendError(reply, { profile, error: mock.error });
    const session = runtime.sessions.get(mock.value.session ?? DEFAULT_SESSION);
    const scenario = recorder.scenarioFor(session.id);
    let counted = false;
    const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '';
    if (recorder.options.mode === 'missing') {
      // What the session keeps of a replayed turn, and the journal, are scrubbed as a proxied turn's are.
      const parsed = parseJsonBody(request.rawBody);
      const scrub = requestScrubber({ headers: request.headers, query, body: parsed.ok ? parsed.value : request.rawBody }, recorder.options.names);
      request.journalScrub = scrub.text;
      const answer = handleCreate(runtime, { ...createInput(request, profile), scrub });
      // A rule answered: replayed. Anything else (no scenario, no rule matched, a request the mock rejects) is
      // the real service's to answer.
      if (answer.facts.rule !== null) return serveAnswer({ request, reply, runtime, profile, answer });
      counted = answer.facts.scenario === scenario;
      // The mock's own answer is not served: neither the response it stored nor the turn it added to a
      // conversation is kept (the conversation goes on as input).
      if (answer.kind !== 'error') answer.forget();
    }
    const read = readRecordedRequest({ profile, session, headers: request.headers, raw: request.rawBody, query });
    const turn = recorder.turn(session, { scenario, counted, valid: read.prepared !== undefined });
    // A conversation of the session's goes on as input: the service does not know the mock's conversation ids.
    const body = profile.stateful ? upstreamBody(session, read.body) : undefined;
    request.proxied = { session: session.id, upstream: args.upstream.shown };
    // The journal keeps the body as a recording would: the request's own credentials cut out of its text too.
    request.journalScrub ??= requestScrubber({ headers: request.headers, query, body: read.body }, recorder.options.names).text;
    return proxyExchange({ request, reply, profile, runtime, recorder, upstream: args.upstream, session, recorded: { ...read, turn }, relay: args.relay, ...(body === undefined ? {} : { body }) });
  });
}
