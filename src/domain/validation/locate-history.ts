// The effective history of a request, each item with where it came from: the conversation's items, the stored
// chain of previous_response_id, then the input with every item_reference resolved from the store.
import type { ResponsesRequest } from '../../schemas/request.js';
import type { Result } from '../types.js';
import { fail, ok } from '../types.js';
import { conversationItems } from './items/conversation.js';
import type { LocatedItem } from './items/history.js';
import { parseItem, type ParsedItem } from './items/items.js';

/** Read access to stored responses (OpenAI path); empty on a stateless provider. */
export interface HistorySource {
  /** The full conversation (inputs and outputs) up to and including a stored response. */
  conversation(responseId: string): Array<Record<string, unknown>> | undefined;
  /** One stored item by id, for `item_reference`. */
  item(itemId: string): Record<string, unknown> | undefined;
  /** The reasoning item a stored output item was produced after (`reasoningBeforeIn`), if any. */
  reasoningBefore?(itemId: string): string | undefined;
  /** The items of a conversation (`conversation` on the request), oldest first. */
  conversationItems?(conversationId: string): Array<Record<string, unknown>> | undefined;
  /** A stored response object, for prompt cache diagnostics. */
  response?(responseId: string): Record<string, unknown> | undefined;
  /** The status of a stored response that has not finished (still streaming, or a background run still running). */
  unfinished?(responseId: string): 'queued' | 'in_progress' | undefined;
}

export type LocatedRaw = LocatedItem & { raw: Record<string, unknown> };

export function locateHistory(args: { request: ResponsesRequest; parsed: ParsedItem[]; history: HistorySource }): Result<LocatedRaw[]> {
  const { request, parsed, history } = args;
  const located: LocatedRaw[] = [];
  // A stateless provider ignores `conversation`, as it ignores any field it does not know.
  const conversation = history.conversationItems ? conversationItems(request, (id) => history.conversationItems!(id)) : ok([]);
  if (!conversation.ok) return conversation;
  for (const raw of conversation.value) {
    const item = parseItem(raw, 'conversation');
    if (item.ok && item.value.kind === 'item') located.push({ item: item.value.item, raw, path: 'conversation' });
  }
  if (request.previous_response_id) {
    const unfinished = history.unfinished?.(request.previous_response_id);
    if (unfinished) {
      return fail({
        code: 'invalid_value',
        message: `Previous response with id '${request.previous_response_id}' is still ${unfinished === 'queued' ? 'queued' : 'in progress'}: a response can be continued once it has finished.`,
        param: 'previous_response_id',
      });
    }
    const chain = history.conversation(request.previous_response_id);
    if (!chain) {
      return fail({
        code: 'previous_response_not_found',
        message: `Previous response with id '${request.previous_response_id}' not found: 'previous_response_id' names no response stored in this session.`,
        param: 'previous_response_id',
      });
    }
    for (const raw of chain) {
      const item = parseItem(raw, 'previous_response_id');
      if (item.ok && item.value.kind === 'item') located.push({ item: item.value.item, raw, path: 'previous_response_id' });
    }
  }
  for (const [index, entry] of parsed.entries()) {
    const path = `input[${index}]`;
    if (entry.kind === 'item') {
      located.push({ item: entry.item, raw: entry.raw, path });
      continue;
    }
    const stored = history.item(entry.id);
    const resolved = stored ? parseItem(stored, path) : undefined;
    if (!resolved?.ok || resolved.value.kind !== 'item') {
      return fail({
        code: 'item_reference_not_found',
        message: `Item with id '${entry.id}' not found: '${entry.path}' references no stored item.`,
        param: entry.path,
      });
    }
    located.push({ item: resolved.value.item, raw: stored!, path });
  }
  return ok(located);
}
