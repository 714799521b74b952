// A create request's `conversation` (OpenAI): the session's conversation read as history before the
// request's own input, and the turn (input, then output) added to it once rendered, taken back if its stream
// fails.
import { conversationIdOf } from '../domain/validation/items/conversation.js';
import type { HistorySource } from '../domain/validation/prepare.js';
import type { Session } from '../state/sessions.js';
import type { CreatedResponse } from './create-response.js';

/** The conversation id a create body names (string or `{id}`), read once per request; undefined when none. */
export function namedConversation(body: unknown): string | undefined {
  return typeof body === 'object' && body !== null ? conversationIdOf((body as Record<string, unknown>).conversation) : undefined;
}

/** `history`, able to read the session's conversations when the request names one; else `history` itself. */
export function withConversations(history: HistorySource, args: { session: Session; conversationId: string | undefined }): HistorySource {
  if (args.conversationId === undefined) return history;
  const { conversations } = args.session;
  return {
    conversation: (id) => history.conversation(id),
    item: (id) => history.item(id),
    reasoningBefore: (id) => history.reasoningBefore?.(id),
    conversationItems: (id) => conversations.get(id)?.items,
    response: (id) => history.response?.(id),
    unfinished: (id) => history.unfinished?.(id),
  };
}

/**
 * What the seed of a request naming a conversation adds to its text: how far the conversation has got, so that
 * the same text sent again in a grown conversation is a new turn (new ids), as a new previous_response_id is.
 */
export function conversationSeedMark(session: Session, conversationId: string | undefined): string {
  const conversation = conversationId === undefined ? undefined : session.conversations.get(conversationId);
  return conversation ? `\n#conversation ${conversation.added}` : '';
}

/** Adds the turn to the conversation the request names; returns how to take it back (a failed stream). */
export function recordTurn(session: Session, created: CreatedResponse): (() => void) | undefined {
  const id = conversationIdOf(created.request.body.conversation);
  const conversation = id === undefined ? undefined : session.conversations.get(id);
  if (!conversation) return undefined;
  // The input as the history holds it, at its end: item references resolved to the items they name.
  const { historyItems, inputItems } = created.request;
  const input = historyItems.slice(historyItems.length - inputItems.length);
  const added = session.conversations.add(conversation, [...input, ...(created.body.output as Array<Record<string, unknown>>)]);
  return () => {
    for (const item of added) session.conversations.removeItem(conversation, item.id as string);
  };
}
