// The admin API under /__mock: scenarios in the file format (fetch, edit, send back), per-session default
// scenario, the request journal and resets. Optional bearer token; JSON errors of its own simple shape.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Type, type TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { validateScenario } from '../domain/scenarios/validate.js';
import { catalogEntry, type ErrorCode } from '../errors.js';
import { sendJson } from '../http/reply.js';
import type { Runtime } from '../runtime.js';
import { SCENARIO_NAME_PATTERN } from '../schemas/fixtures.js';
import { describeEntry } from '../state/journal.js';
import { DEFAULT_SESSION } from '../state/sessions.js';

const Name = Type.Object({ name: Type.String({ pattern: SCENARIO_NAME_PATTERN }) });
const SessionParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) });
const SessionQuery = Type.Object({ session: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })) });
const RequestsQuery = Type.Object({
  session: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })),
});
const UseScenario = Type.Object({ scenario: Type.Union([Type.String({ pattern: SCENARIO_NAME_PATTERN }), Type.Null()]) }, { additionalProperties: false });

export const ADMIN_PREFIX = '/__mock';

/** Admin errors: `{ error: { code, message, problems? } }`, codes from the catalog. */
function adminError(reply: FastifyReply, args: { code: ErrorCode; message: string; problems?: string[] }): FastifyReply {
  const body = { error: { code: args.code, message: args.message, ...(args.problems ? { problems: args.problems } : {}) } };
  return sendJson(reply, { status: catalogEntry(args.code).status, body });
}

export function adminRoutes(app: FastifyInstance, runtime: Runtime): void {
  app.register(async (admin) => {
    const api = admin.withTypeProvider<TypeBoxTypeProvider>();
    const token = runtime.config.adminToken;
    if (token !== undefined) {
      api.addHook('onRequest', async (request, reply) => {
        const bearer = request.headers.authorization?.replace(/^Bearer\s+/i, '');
        if (bearer !== token && request.headers['x-mock-admin-token'] !== token) {
          return adminError(reply, { code: 'admin_unauthorized', message: 'The admin API needs the token set with --admin-token: send Authorization: Bearer <token> or x-mock-admin-token.' });
        }
      });
    }

    api.get('/scenarios', (_request, reply) => sendJson(reply, {
      body: { scenarios: Object.fromEntries(runtime.scenarios.all().map((entry) => [entry.name, entry.scenario])) },
    }));

    api.get('/scenarios/:name', { schema: { params: Name } }, (request, reply) => {
      const entry = runtime.scenarios.get(request.params.name);
      if (!entry) return adminError(reply, { code: 'admin_not_found', message: `No scenario named '${request.params.name}'. Known: ${runtime.scenarios.names().join(', ') || 'none'}.` });
      return sendJson(reply, { body: entry.scenario });
    });

    api.put('/scenarios/:name', { schema: { params: Name } }, (request, reply) => {
      const checked = validateScenario(request.body);
      if (!checked.ok) {
        return adminError(reply, { code: 'admin_invalid_scenario', message: `Scenario '${request.params.name}' is invalid: ${checked.problems.length} problem(s).`, problems: checked.problems });
      }
      const existed = runtime.scenarios.get(request.params.name) !== undefined;
      runtime.scenarios.put(request.params.name, checked.value);
      return sendJson(reply, { status: existed ? 200 : 201, body: checked.value });
    });

    api.delete('/scenarios/:name', { schema: { params: Name } }, (request, reply) => {
      if (!runtime.scenarios.delete(request.params.name)) return adminError(reply, { code: 'admin_not_found', message: `No scenario named '${request.params.name}'.` });
      return sendJson(reply, { body: { name: request.params.name, deleted: true } });
    });

    api.get('/sessions/:id', { schema: { params: SessionParams } }, (request, reply) => {
      const session = runtime.sessions.peek(request.params.id);
      if (!session) return adminError(reply, { code: 'admin_not_found', message: `No session '${request.params.id}' yet: it starts with its first request.` });
      return sendJson(reply, {
        body: {
          id: session.id,
          scenario: session.scenario ?? null,
          progress: Object.fromEntries([...session.progress].map(([name, p]) => [name, { turn: p.turn, uses: p.uses }])),
          storedResponses: session.store.size,
          journalEntries: session.journal.list().length,
        },
      });
    });

    api.put('/sessions/:id/scenario', { schema: { params: SessionParams, body: UseScenario } }, (request, reply) => {
      const name = request.body.scenario;
      if (name !== null && !runtime.scenarios.get(name)) return adminError(reply, { code: 'admin_not_found', message: `No scenario named '${name}'. Known: ${runtime.scenarios.names().join(', ') || 'none'}.` });
      const session = runtime.sessions.get(request.params.id);
      session.scenario = name ?? undefined;
      session.progress.delete(name ?? '');
      return sendJson(reply, { body: { session: session.id, scenario: name } });
    });

    api.get('/requests', { schema: { querystring: RequestsQuery } }, (request, reply) => {
      const id = request.query.session ?? DEFAULT_SESSION;
      const entries = runtime.sessions.peek(id)?.journal.list() ?? [];
      const limited = request.query.limit !== undefined ? entries.slice(-request.query.limit) : entries;
      return sendJson(reply, { body: { session: id, requests: limited.map(describeEntry) } });
    });

    api.post('/reset', { schema: { querystring: SessionQuery } }, (request, reply) => {
      runtime.sessions.reset(request.query.session);
      return sendJson(reply, { body: { reset: request.query.session ?? 'all sessions' } });
    });
  }, { prefix: ADMIN_PREFIX });
}
