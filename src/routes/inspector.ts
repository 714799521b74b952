// Admin routes the inspector page reads, useful on their own: every session's journal as one list (summaries,
// newest first or polled forward by id), one entry in full, and the sessions with their progress.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Type, type TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { ErrorCode } from '../errors.js';
import { readQuery } from '../http/input/query.js';
import { sessionFromUrl } from '../http/input/session-name.js';
import { sendJson } from '../http/reply.js';
import type { Runtime } from '../runtime.js';
import { describeEntry, summarizeEntry } from '../state/journal/journal.js';
import { findEntry, readFeed } from '../state/journal/journal-feed.js';
import type { Session } from '../state/sessions.js';

const FeedQuery = {
  /** Entries after this id, oldest first (polling); otherwise the newest, newest first. */
  after: { kind: 'integer', min: 0, max: Number.MAX_SAFE_INTEGER },
  /** Entries before this id (paging back); not with `after`. */
  before: { kind: 'integer', min: 1, max: Number.MAX_SAFE_INTEGER },
  limit: { kind: 'integer', min: 1, max: 10_000 },
  session: { kind: 'string', minLength: 1, maxLength: 200 },
} as const;
const EntryParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const SessionsQuery = { limit: { kind: 'integer', min: 1, max: 10_000 } } as const;

export interface InspectorRouteArgs {
  runtime: Runtime;
  /** Answers in the admin API's error shape. */
  fail(reply: FastifyReply, error: { code: ErrorCode; message: string }): FastifyReply;
}

export function inspectorRoutes(admin: FastifyInstance, args: InspectorRouteArgs): void {
  const { runtime, fail } = args;
  const api = admin.withTypeProvider<TypeBoxTypeProvider>();

  api.get('/feed', (request, reply) => {
    const query = readQuery(request.query, FeedQuery, { refuseOthers: true });
    if (!query.ok) return fail(reply, { code: 'admin_bad_request', message: query.error.message });
    const { after, before, limit = 500, session } = query.value;
    // Two directions (poll forward, page back): a window between two ids is neither, so it is refused, not guessed.
    if (after !== undefined && before !== undefined) {
      return fail(reply, { code: 'admin_bad_request', message: "'after' and 'before' cannot be combined: 'after' polls forward (oldest first), 'before' pages back (newest first); give one." });
    }
    const page = readFeed(runtime.sessions, { after, before, limit, ...(session === undefined ? {} : { session: sessionFromUrl(session, runtime.sessions) }) });
    return sendJson(reply, { body: { newestId: page.newestId, cleared: page.cleared, requests: page.items.map((item) => summarizeEntry(item.entry, item.session)) } });
  });

  api.get('/feed/:id', { schema: { params: EntryParams } }, (request, reply) => {
    const found = findEntry(runtime.sessions, request.params.id);
    if (!found) return fail(reply, { code: 'admin_not_found', message: `No journal entry ${request.params.id}: it was never made, or a limit or reset dropped it.` });
    return sendJson(reply, { body: { session: found.session, ...describeEntry(found.entry) } });
  });

  api.get('/sessions', (request, reply) => {
    const query = readQuery(request.query, SessionsQuery, { refuseOthers: true });
    if (!query.ok) return fail(reply, { code: 'admin_bad_request', message: query.error.message });
    const limit = query.value.limit ?? 200;
    // Most recently used first: the registry holds them least recently used first.
    const all = [...runtime.sessions.all()];
    const sessions = all.slice(-limit).reverse().map(describeSession);
    return sendJson(reply, { body: { total: all.length, sessions } });
  });
}

export function describeSession(session: Session) {
  return {
    id: session.id,
    scenario: session.scenario ?? null,
    progress: Object.fromEntries([...session.progress].map(([name, p]) => [name, { turn: p.turn, uses: p.uses }])),
    lastUsed: new Date(session.lastUsed).toISOString(),
    storedResponses: session.store.size,
    storedBytes: session.store.bytes,
    conversations: session.conversations.size,
    conversationBytes: session.conversations.heldBytes,
    journalEntries: session.journal.size,
    journalBytes: session.journal.bytes,
    journalDropped: session.journal.dropped,
    lost: session.lost ?? null,
  };
}
