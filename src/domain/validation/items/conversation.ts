// `conversation` on a create request (OpenAI): the id of a conversation whose items come first in the
// history, given as a string or `{id}`; refused beside `previous_response_id`, and a 404 when the session
// holds no such conversation.
import { fail, ok, type MockError, type Result } from '../../types.js';
import { typeError } from '../json-schema/schema-check.js';

type Item = Record<string, unknown>;

/** The conversation id a request names, or undefined. */
export function conversationIdOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && typeof (value as Item).id === 'string') return (value as Item).id as string;
  return undefined;
}

/**
 * Why a non-null `conversation` is neither an id nor `{id}`, or null. Checked by the stateful provider only, not
 * in the shared schema: a stateless provider ignores the field whatever it holds.
 */
export function conversationShapeProblem(value: unknown): MockError | null {
  const id = conversationIdOf(value);
  if (id !== undefined && id !== '') return null;
  const path = typeof value === 'object' && value !== null && !Array.isArray(value) ? 'conversation.id' : 'conversation';
  return typeError(path, path === 'conversation' ? ['string', 'object'] : ['string'], path === 'conversation' ? value : (value as Item).id);
}

/** The items of the conversation the request names (none when it names none), or why not. */
export function conversationItems(
  request: { conversation?: unknown; previous_response_id?: string | null },
  find: ((id: string) => Item[] | undefined) | undefined,
): Result<Item[]> {
  const value = request.conversation;
  if (value === undefined || value === null) return ok([]);
  const shape = conversationShapeProblem(value);
  if (shape) return fail(shape);
  const id = conversationIdOf(value)!;
  if (request.previous_response_id) {
    return fail({
      code: 'invalid_value',
      message: "Mutually exclusive parameters: 'previous_response_id' and 'conversation' cannot both be given; a conversation already holds the earlier turns.",
      param: 'conversation',
    });
  }
  const items = find?.(id);
  if (items) return ok(items);
  return fail({ code: 'conversation_not_found', message: `Conversation with id '${id.slice(0, 128)}' not found.`, param: 'conversation' });
}
