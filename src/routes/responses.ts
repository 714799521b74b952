// POST {prefix}/responses: the thin adapter between HTTP and createResponse, for one provider profile —
// headers read, scenario stepped, then a JSON body or a stream.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { MockError } from '../domain/types.js';
import type { ProviderProfile } from '../providers/types.js';
import { readMockHeaders } from '../http/mock-headers.js';
import { sendError, sendJson } from '../http/reply.js';
import type { Runtime } from '../runtime.js';
import { createResponse } from '../service/create-response.js';
import { stepScenario, type StepOutcome } from '../service/scenario-step.js';
import { readStreamHeader, seedKey, sendStream, sleep, streamOptionsOf } from '../streaming/index.js';

export function responsesRoute(app: FastifyInstance, args: { profile: ProviderProfile; runtime: Runtime }): void {
  const { profile, runtime } = args;
  app.post(`${profile.prefix}/responses`, async (request, reply) => {
    const headers = readMockHeaders(request.headers);
    if (!headers.ok) return sendError(reply, { profile, error: headers.error });
    const streamHeader = readStreamHeader(request.headers);
    if (!streamHeader.ok) return sendError(reply, { profile, error: streamHeader.error });
    const { strictness, seed } = headers.value;
    const session = runtime.sessions.get(headers.value.session);
    const scenarioName = headers.value.scenario ?? session.scenario ?? runtime.config.scenario;
    const scenario = scenarioName === undefined ? undefined : runtime.scenarios.get(scenarioName);
    if (scenarioName !== undefined && !scenario) return sendError(reply, { profile, error: unknownScenario(scenarioName, runtime) });
    let step: StepOutcome | undefined;
    const deps = runtime.depsFor({ body: seedKey(request.body, request.rawBody), scope: profile.id, seed });
    const outcome = createResponse(request.body, {
      profile,
      strictness: strictness ?? runtime.config.strictness,
      deps,
      store: session.store,
      resolveModel: runtime.resolveModel,
      script: scenario && ((prepared) => {
        step = stepScenario({ scenario, session, strict: runtime.config.strictScenarios, context: { provider: profile.id, request: prepared, headers: request.headers } });
        if (step.kind === 'respond') return { respond: step.respond };
        return step.kind === 'error' ? { error: step.error } : undefined;
      }),
    });
    note(request, { scenario: scenario?.name, step });
    const respond = step?.kind === 'respond' ? step.respond : undefined;
    if (respond?.latencyMs && !(await wait(reply, respond.latencyMs))) return reply;
    if (!outcome.ok) return sendError(reply, { profile, error: outcome.error });
    if (outcome.value.request.body.stream) {
      if (request.journalEntry) Object.assign(request.journalEntry, { body: request.rawBody, status: 200 });
      sendStream({ reply, profile, created: outcome.value, runtime, random: deps.ids, header: streamHeader.value, scenario: streamOptionsOf(respond) });
      return reply;
    }
    return sendJson(reply, { body: outcome.value.body });
  });
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
