// What a socket sends besides a response's own events, and what it journals: the `error` event the real
// service sends when a create is refused (`{type, status, error:{type, code, message, param}}`, with the
// fault's headers and the create's stream_id when there are any), the socket's own refusals and messages (a bug's
// among them), and one journal entry per client event.
import type { IncomingHttpHeaders } from 'node:http';
import type { WebSocket } from 'ws';
import { systemClock } from '../../deps.js';
import { UNEXPECTED_ERROR } from '../../errors.js';
import type { MockError } from '../../domain/types.js';
import { journalSessionOf } from '../../http/input/mock-headers.js';
import type { AnswerFacts } from '../../pipeline/types.js';
import type { ProviderProfile } from '../../providers/types.js';
import type { Runtime } from '../../runtime.js';
import type { JournalEntry } from '../../state/journal/journal.js';
import { DEFAULT_SESSION } from '../../state/sessions.js';

export function errorEvent(profile: ProviderProfile, args: { error: MockError; streamId: string | undefined }): string {
  const reply = profile.errorReply(args.error);
  const error = (reply.body as { error: { type?: unknown; code?: unknown; message?: unknown; param?: unknown } }).error;
  return JSON.stringify({
    type: 'error',
    status: reply.status,
    error: { type: error.type, code: error.code, message: error.message, param: error.param ?? null },
    ...(Object.keys(reply.headers).length > 0 ? { headers: reply.headers } : {}),
    ...(args.streamId !== undefined ? { stream_id: args.streamId } : {}),
  });
}

/**
 * A client event as the journal keeps it: in the handshake's session, its text as received, what answered it
 * (or the error); the entry is returned so that a stream's timeline can be recorded on it.
 */
export function journalMessage(runtime: Runtime, args: {
  provider: string;
  path: string;
  headers: IncomingHttpHeaders;
  text: string;
  facts: AnswerFacts | undefined;
  status: number;
  error?: MockError;
}): JournalEntry {
  const { facts, error } = args;
  // The handshake's session, as an HTTP request's is chosen, even when another x-mock-* header is refused.
  const session = facts?.session ?? journalSessionOf(args.headers) ?? DEFAULT_SESSION;
  const entry = runtime.sessions.get(session).journal.add({
    time: systemClock.nowMillis(),
    method: 'WS',
    transport: 'websocket',
    provider: args.provider,
    path: args.path,
    headers: args.headers,
    body: args.text,
    scenario: facts?.scenario ?? null,
    rule: facts?.rule ?? null,
    status: args.status,
  });
  entry.complete({
    model: facts?.model ?? null,
    engine: facts?.engine ?? null,
    ...(error ? { error: { code: error.code, message: error.message, param: error.param } } : {}),
  });
  return entry;
}

/** Where a socket's own replies go: its peer, and the journal of the handshake's session. */
export interface ReplyTarget {
  ws: WebSocket;
  profile: ProviderProfile;
  runtime: Runtime;
  headers: IncomingHttpHeaders;
  path: string;
}

/** A client event refused: journaled with its error, and the error event sent, unless `send` is false (nobody asked for it). */
export function refuseEvent(target: ReplyTarget, args: { text: string; error: MockError; streamId: string | undefined; facts: AnswerFacts | undefined; send?: boolean }): void {
  const { ws, profile, runtime, headers, path } = target;
  journalMessage(runtime, { provider: profile.id, path, headers, text: args.text, facts: args.facts, status: profile.errorReply(args.error).status, error: args.error });
  if (args.send !== false && ws.readyState === ws.OPEN) ws.send(errorEvent(profile, { error: args.error, streamId: args.streamId }));
}

/** A client event that met a bug: refused with a server error, sent even when the journal fails too. */
export function refuseUnexpected(target: ReplyTarget, at: { text: string; streamId: string | undefined }): undefined {
  try {
    refuseEvent(target, { text: at.text, error: UNEXPECTED_ERROR, streamId: at.streamId, facts: undefined });
  } catch {
    sendAll(target.ws, [errorEvent(target.profile, { error: UNEXPECTED_ERROR, streamId: at.streamId })]);
  }
  return undefined;
}

/** Messages of the socket's own, while it is open. */
export function sendAll(ws: WebSocket, texts: string[]): void {
  for (const text of texts) if (ws.readyState === ws.OPEN) ws.send(text);
}

export function tooManyLanes(max: number): MockError {
  return { code: 'websocket_stream_limit_reached', message: `Too many streams on this WebSocket: at most ${max} stream_id lanes per connection.`, param: 'stream_id' };
}

export function tooManyQueued(max: number): MockError {
  return { code: 'response_already_in_flight', message: `${max} responses are already in flight or queued on this WebSocket: wait for one to finish.`, param: null };
}

export function tooMuchQueued(maxChars: number): MockError {
  const size = `${maxChars / (1024 * 1024)} MiB`;
  return { code: 'response_already_in_flight', message: `The responses in flight or queued on this WebSocket would hold more than ${size} of messages with this one: wait for one to finish.`, param: null };
}

/** The real service's words, with this server's limit. */
export function connectionLimit(ms: number): MockError {
  const limit = ms % 60_000 === 0 ? `${ms / 60_000} minutes` : `${ms / 1000} seconds`;
  return {
    code: 'websocket_connection_limit_reached',
    message: `Responses websocket connection limit reached (${limit}). Create a new websocket connection to continue.`,
    param: null,
  };
}
