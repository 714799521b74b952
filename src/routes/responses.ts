// POST {prefix}/responses: the thin adapter between HTTP and answer(), for one provider profile — headers
// read, scenario stepped, then a JSON body or a stream.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { MockError, Result } from '../domain/types.js';
import type { JsonParse } from '../http/json-body.js';
import type { ProviderProfile } from '../providers/types.js';
import { readMockHeaders } from '../http/mock-headers.js';
import { sendError, sendText } from '../http/reply.js';
import type { Runtime } from '../runtime.js';
import { answer, type Answer } from '../service/answer.js';
import { stepScenario, type StepOutcome } from '../service/scenario-step.js';
import { readStreamHeader, seedKey, sendStream, sleep, streamOptionsOf } from '../streaming/index.js';

export function responsesRoute(app: FastifyInstance, args: { profile: ProviderProfile; runtime: Runtime; parse: JsonParse }): void {
  const { profile, runtime, parse } = args;
  app.post(`${profile.prefix}/responses`, (request, reply) => {
    const headers = readMockHeaders(request.headers);
    if (!headers.ok) return sendError(reply, { profile, error: headers.error });
    const streamHeader = readStreamHeader(request.headers);
    if (!streamHeader.ok) return sendError(reply, { profile, error: streamHeader.error });
    const session = runtime.sessions.get(headers.value.session);
    const scenarioName = headers.value.scenario ?? session.scenario ?? runtime.config.scenario;
    const scenario = scenarioName === undefined ? undefined : runtime.scenarios.get(scenarioName);
    if (scenarioName !== undefined && !scenario) return sendError(reply, { profile, error: unknownScenario(scenarioName, runtime) });
    let step: StepOutcome | undefined;
    const respond = () => (step?.kind === 'respond' ? step.respond : undefined);
    let parsed: Result<unknown> | undefined;
    const body = () => (parsed ??= parse(request.rawBody));
    const result = answer({
      profile,
      runtime,
      session,
      body,
      raw: request.rawBody,
      seedText: () => {
        const parsedBody = body();
        return seedKey(parsedBody.ok ? parsedBody.value : undefined, request.rawBody);
      },
      strictness: headers.value.strictness ?? runtime.config.strictness,
      seed: headers.value.seed,
      streamHeader: streamHeader.value,
      ...(scenario ? {
        script: (prepared) => {
          step = stepScenario({ scenario, session, strict: runtime.config.strictScenarios, context: { provider: profile.id, request: prepared, headers: request.headers } });
          if (step.kind === 'respond') return { respond: step.respond };
          return step.kind === 'error' ? { error: step.error } : undefined;
        },
        scenarioStream: () => streamOptionsOf(respond()),
      } : {}),
    });
    note(request, { scenario: scenario?.name, step });
    const latency = respond()?.latencyMs;
    if (latency) return wait(reply, latency).then((stillThere) => (stillThere ? send({ request, reply, profile, runtime, result }) : reply));
    return send({ request, reply, profile, runtime, result });
  });
}

function send(args: { request: FastifyRequest; reply: FastifyReply; profile: ProviderProfile; runtime: Runtime; result: Answer }): FastifyReply {
  const { request, reply, result } = args;
  if (result.kind === 'error') return sendError(reply, { profile: args.profile, error: result.error });
  if (result.kind === 'json') return sendText(reply, result.text);
  // A streamed reply is hijacked: it does not pass through the reply helpers that complete journal entries.
  if (request.journalEntry) Object.assign(request.journalEntry, { body: request.rawBody, status: 200 });
  sendStream({ reply, plan: result.plan, registry: args.runtime.streams });
  return reply;
}

function unknownScenario(name: string, runtime: Runtime): MockError {
  const known = runtime.scenarios.names();
  return {
    code: 'scenario_not_found',
    message: `Unknown scenario '${name.slice(0, 128)}' in 'x-mock-scenario'. Known scenarios: ${known.join(', ') || 'none (load some with --fixtures)'}.`,
    param: 'x-mock-scenario',
  };
}

function note(request: FastifyRequest, args: { scenario: string | undefined; step: StepOutcome | undefined }): void {
  const entry = request.journalEntry;
  if (!entry) return;
  entry.scenario = args.scenario ?? null;
  entry.rule = args.step && args.step.kind !== 'fallback' ? args.step.rule : null;
}

/** A scenario's latency, cut short (false) when the client goes away. */
async function wait(reply: FastifyReply, ms: number): Promise<boolean> {
  const controller = new AbortController();
  const onClose = () => controller.abort();
  reply.raw.once('close', onClose);
  try {
    return await sleep(ms, controller.signal);
  } finally {
    reply.raw.removeListener('close', onClose);
  }
}
