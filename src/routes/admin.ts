// The admin API under /__mock: scenarios in the file format (fetch, edit, send back), per-session default
// scenario, the request journal and resets. Guarded (src/http/headers/admin-guard.ts); JSON errors of its own shape.
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Type, type TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { validateFixtureFile, validateScenario } from '../domain/scenarios/validate.js';
import { catalogEntry, type ErrorCode } from '../errors.js';
import { guardAdmin } from '../http/headers/admin-guard.js';
import { ADMIN_PREFIX } from '../http/refusals/errors.js';
import { readQuery } from '../http/input/query.js';
import { sessionFromUrl } from '../http/input/session-name.js';
import { sendJson } from '../http/reply.js';
import { acceptYaml } from '../http/input/yaml-body.js';
import type { Runtime } from '../runtime.js';
import { SCENARIO_NAME_PATTERN } from '../schemas/constants.js';
import type { RegisteredScenario } from '../scenarios/registry.js';
import { chooseSessionScenario } from '../scenarios/session-scenario.js';
import type { Scenario } from '../schemas/fixtures.js';
import { describeEntry, type JournalEntry } from '../state/journal/journal.js';
import { DEFAULT_SESSION } from '../state/sessions.js';
import { describeSession, inspectorRoutes } from './inspector.js';
import { shortFormsWithToken, uiRoutes } from './ui.js';
import { knownScenarios } from '../scenarios/known-names.js';

const Name = Type.Object({ name: Type.String({ pattern: SCENARIO_NAME_PATTERN }) });
const SessionParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) });
const SESSION = { kind: 'string', minLength: 1, maxLength: 200 } as const;
const RequestsQuery = {
  session: SESSION,
  /** The newest N (or, with `after`, the next N). */
  limit: { kind: 'integer', min: 1, max: 1_000_000 },
  /** Only entries with a greater `seq`: poll or page forward from the last one seen. */
  after: { kind: 'integer', min: 0, max: Number.MAX_SAFE_INTEGER },
} as const;
const UseScenario = Type.Object({
  /** A loaded scenario's name, none, or a definition that becomes the session's own. */
  scenario: Type.Union([Type.String({ pattern: SCENARIO_NAME_PATTERN }), Type.Null(), Type.Object({}, { additionalProperties: true })]),
  /** The name a definition is registered under. */
  name: Type.Optional(Type.String()),
}, { additionalProperties: false });

export { ADMIN_PREFIX };

/** `{…head, "requests": [entry, entry, …]}`, one entry per chunk. */
function* journalJson(head: string, entries: JournalEntry[]): Generator<string> {
  yield `${head.slice(0, -1)},"requests":[`;
  for (const [index, entry] of entries.entries()) yield `${index === 0 ? '' : ','}${JSON.stringify(describeEntry(entry))}`;
  yield ']}';
}

/** `{"scenarios":{name: scenario, …}}`, one scenario per chunk. */
function* scenariosJson(entries: RegisteredScenario[]): Generator<string> {
  yield '{"scenarios":{';
  for (const [index, entry] of entries.entries()) yield `${index === 0 ? '' : ','}${JSON.stringify(entry.name)}:${JSON.stringify(entry.scenario)}`;
  yield '}}';
}

/** Admin errors: `{ error: { code, message, problems? } }`, codes from the catalog. */
function adminError(reply: FastifyReply, args: { code: ErrorCode; message: string; problems?: string[] }): FastifyReply {
  const body = { error: { code: args.code, message: args.message, ...(args.problems ? { problems: args.problems } : {}) } };
  return sendJson(reply, { status: catalogEntry(args.code).status, body });
}

export function adminRoutes(app: FastifyInstance, runtime: Runtime): void {
  app.register(async (admin) => {
    const token = runtime.config.adminToken;
    shortFormsWithToken(admin, { token, allowedHosts: runtime.config.allowedHosts });
    guardAdmin(admin, { allowedHosts: runtime.config.allowedHosts, token, pageEntry: `${ADMIN_PREFIX}/ui`, fail: adminError });
    acceptYaml(admin, runtime.config.bodyLimit);
    const api = admin.withTypeProvider<TypeBoxTypeProvider>();
    inspectorRoutes(admin, { runtime, fail: adminError });
    uiRoutes(admin, { token });

    // Streamed scenario by scenario: each is bounded (src/domain/scenarios/scenario-size.ts), their sum is not.
    api.get('/scenarios', (_request, reply) => reply.type('application/json').send(Readable.from(scenariosJson(runtime.scenarios.all()))));

    api.get('/scenarios/:name', { schema: { params: Name } }, (request, reply) => {
      const entry = runtime.scenarios.get(request.params.name);
      if (!entry) return adminError(reply, { code: 'admin_not_found', message: `No scenario named '${request.params.name}'. Known: ${knownScenarios(request.params.name, runtime.scenarios.unsortedNames(), { none: 'none' })}.` });
      return sendJson(reply, { body: entry.scenario });
    });

    api.put('/scenarios/:name', { schema: { params: Name } }, (request, reply) => {
      const checked = validateScenario(request.body);
      if (!checked.ok) {
        return adminError(reply, { code: 'admin_invalid_scenario', message: `Scenario '${request.params.name}' is invalid: ${checked.count} problem(s).`, problems: checked.problems });
      }
      const existed = runtime.scenarios.get(request.params.name) !== undefined;
      const put = runtime.scenarios.putShared([[request.params.name, checked.value]]);
      if (!put.ok) return adminError(reply, { code: 'admin_scenario_limit', message: put.message });
      return sendJson(reply, { status: existed ? 200 : 201, body: checked.value });
    });

    // A whole fixture file: every scenario in it loaded or replaced, or none when any is invalid.
    api.post('/scenarios', (request, reply) => {
      const checked = validateFixtureFile(request.body);
      if (!checked.ok) return adminError(reply, { code: 'admin_invalid_scenario', message: `The fixture file is invalid: ${checked.count} problem(s).`, problems: checked.problems });
      const names = Object.keys(checked.value.scenarios);
      const replaced = names.filter((name) => runtime.scenarios.get(name) !== undefined);
      const put = runtime.scenarios.putShared(names.map((name) => [name, checked.value.scenarios[name]!] as const));
      if (!put.ok) return adminError(reply, { code: 'admin_scenario_limit', message: put.message });
      return sendJson(reply, { body: { loaded: names, replaced } });
    });

    api.delete('/scenarios/:name', { schema: { params: Name } }, (request, reply) => {
      if (!runtime.scenarios.delete(request.params.name)) return adminError(reply, { code: 'admin_not_found', message: `No scenario named '${request.params.name}'.` });
      return sendJson(reply, { body: { name: request.params.name, deleted: true } });
    });

    api.get('/sessions/:id', { schema: { params: SessionParams } }, (request, reply) => {
      const session = runtime.sessions.peek(sessionFromUrl(request.params.id, runtime.sessions));
      if (!session) return adminError(reply, { code: 'admin_not_found', message: `No session '${request.params.id}' yet: it starts with its first request.` });
      return sendJson(reply, { body: describeSession(session) });
    });

    api.put('/sessions/:id/scenario', { schema: { params: SessionParams, body: UseScenario } }, (request, reply) => {
      const id = sessionFromUrl(request.params.id, runtime.sessions);
      const chosen = chooseSessionScenario(runtime, { session: id, scenario: request.body.scenario as string | Scenario | null, name: request.body.name, source: 'admin API' });
      if (chosen.ok) return sendJson(reply, { body: { session: id, scenario: chosen.name } });
      if (chosen.reason === 'unknown') return adminError(reply, { code: 'admin_not_found', message: chosen.message });
      return adminError(reply, { code: 'admin_invalid_scenario', message: `The scenario for session '${id}' is invalid: ${chosen.count} problem(s).`, problems: chosen.problems });
    });

    // Streamed entry by entry: a journal may hold more than one string can (bodies are cut, entries are many).
    api.get('/requests', (request, reply) => {
      const query = readQuery(request.query, RequestsQuery, { refuseOthers: true });
      if (!query.ok) return adminError(reply, { code: 'admin_bad_request', message: query.error.message });
      const id = query.value.session === undefined ? DEFAULT_SESSION : sessionFromUrl(query.value.session, runtime.sessions);
      const session = runtime.sessions.peek(id);
      const entries = session?.journal.page({ after: query.value.after, limit: query.value.limit }) ?? [];
      const head = { session: id, total: session?.journal.size ?? 0, dropped: session?.journal.dropped ?? 0, lost: session?.lost ?? runtime.sessions.lostNote(id) ?? null };
      return reply.type('application/json').send(Readable.from(journalJson(JSON.stringify(head), entries)));
    });

    api.get('/stats', (_request, reply) => sendJson(reply, { body: { ...runtime.sessions.stats(), scenarios: runtime.scenarios.stats(), streams: runtime.streams.stats(), sockets: runtime.sockets.stats(), bodies: runtime.bodies.stats() } }));

    api.post('/reset', (request, reply) => {
      const query = readQuery(request.query, { session: SESSION }, { refuseOthers: true });
      if (!query.ok) return adminError(reply, { code: 'admin_bad_request', message: query.error.message });
      const id = query.value.session === undefined ? undefined : sessionFromUrl(query.value.session, runtime.sessions);
      runtime.sessions.reset(id);
      return sendJson(reply, { body: { reset: id ?? 'all sessions' } });
    });
  }, { prefix: ADMIN_PREFIX });
}
