// Journals every request to the emulated APIs in its session, in arrival order: what the client sent and what
// answered it. The entry is opened when the request arrives; the reply helpers (src/http/reply.ts) complete it
// with the status and the body. Masking and cutting happen in the journal itself (src/state/journal/journal.ts).
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { systemClock } from '../../deps.js';
import { PROFILES, profileForUrl } from '../../providers/index.js';
import type { Runtime } from '../../runtime.js';
import type { JournalEntry } from '../../state/journal/journal.js';
import { journalSessionOf } from '../input/mock-headers.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** This request's journal entry (API paths only). */
    journalEntry: JournalEntry | null;
    /** What the journal cuts from this request's body and answer besides masking secret fields and the request's own credentials (set by the recording proxy). */
    journalScrub: ((text: string) => string) | null;
  }
}

const API_PREFIXES = PROFILES.map((profile) => `${profile.prefix}/`);

/** Each journaled request's entry by its Node request: what the HTTP parser refuses mid-body is answered without Fastify. */
const entriesByRaw = new WeakMap<IncomingMessage, JournalEntry>();

/** The journal entry of a request Fastify routed, by its Node request (none for paths not journaled). */
export function journalEntryOf(raw: IncomingMessage): JournalEntry | undefined {
  return entriesByRaw.get(raw);
}

export function registerJournal(app: FastifyInstance, runtime: Runtime): void {
  app.decorateRequest('journalEntry', null);
  app.decorateRequest('journalScrub', null);
  const recording = runtime.config.record !== undefined || runtime.config.recordMissing !== undefined;
  app.addHook('onRequest', (request, _reply, done) => {
    // CORS preflights are the browser's, not the client's: not journaled.
    if (request.method !== 'OPTIONS' && API_PREFIXES.some((prefix) => request.url.startsWith(prefix))) {
      const session = journalSessionOf(request.headers);
      request.journalEntry = runtime.sessions.get(session).journal.add({
        time: systemClock.nowMillis(),
        method: request.method,
        path: request.url,
        keyShaped: recording,
        headers: request.headers,
        // A WebSocket handshake: its client events are journaled by the socket transport.
        transport: /^websocket$/i.test(request.headers.upgrade ?? '') ? 'websocket' : 'http',
        provider: profileForUrl(request.url).id,
      });
      entriesByRaw.set(request.raw, request.journalEntry);
    }
    done();
  });
}
