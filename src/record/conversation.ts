// A create request naming one of the session's conversations, while recording: the real service never sees the
// mock's conversation ids, so the request goes on with the conversation's items as the start of its input (and
// no `conversation`), and the turn the service answers is added to the conversation, as the pipeline adds it on
// replay. The items go by value: the ids the mock gave to what the client wrote are left out.
import type { PreparedRequest } from '../domain/validation/prepare.js';
import { normalizeInput } from '../domain/validation/items/items.js';
import type { Session } from '../state/sessions.js';
import { namedConversation } from '../pipeline/conversation.js';

type Item = Record<string, unknown>;

/** Items the client writes: a conversation lists them with ids the service never gave, so they go without. */
const CLIENT_ITEMS = new Set(['message', 'function_call_output', 'custom_tool_call_output', 'apply_patch_call_output', 'shell_call_output']);

/** The body to send on, or undefined when the request names no conversation the session holds. */
export function upstreamBody(session: Session, body: unknown): string | undefined {
  const id = namedConversation(body);
  const conversation = id === undefined ? undefined : session.conversations.get(id);
  if (!conversation) return undefined;
  const items = conversation.items.map((item) => {
    if (!CLIENT_ITEMS.has(String(item.type))) return item;
    const { id: _id, ...rest } = item;
    return rest;
  });
  const sent: Item = {};
  for (const [key, value] of Object.entries(body as Item)) {
    if (key === 'conversation') continue;
    sent[key] = key === 'input' ? [...items, ...normalizeInput(value)] : value;
  }
  if (!('input' in sent)) sent.input = items;
  return JSON.stringify(sent);
}

/** Adds the answered turn (the input as the history holds it, then the output) to the conversation it names. */
export function rememberTurn(session: Session, args: { prepared: PreparedRequest; output: Item[] }): void {
  const id = namedConversation(args.prepared.body);
  const conversation = id === undefined ? undefined : session.conversations.get(id);
  if (!conversation) return;
  const { historyItems, inputItems } = args.prepared;
  session.conversations.add(conversation, [...historyItems.slice(historyItems.length - inputItems.length), ...args.output]);
}
