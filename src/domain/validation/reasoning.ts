// Replayed reasoning items, checked as OpenAI checks them: one sent by id alone while `store` is false is
// not found (404); its `encrypted_content` must be one the mock issued, unchanged; and it must be followed
// by the output item it was produced with.
import { isSealedReasoning } from '../engine/sealed.js';
import type { ConversationItem, MockError } from '../types.js';
import type { LocatedItem } from './history.js';

/** Items a reasoning item may be followed by: what the model produced after reasoning. */
function follows(next: ConversationItem | undefined): boolean {
  if (!next) return false;
  if (next.type === 'message') return next.role === 'assistant';
  return next.type === 'function_call' || next.type === 'custom_tool_call' || next.type === 'reasoning' || next.type === 'other';
}

export function reasoningProblem(items: LocatedItem[], context: { store: boolean }): MockError | null {
  for (let index = 0; index < items.length; index += 1) {
    const { item, path } = items[index]!;
    if (item.type !== 'reasoning' || !path.startsWith('input[')) continue;
    if (item.encryptedContent === undefined && !context.store) {
      return {
        code: 'item_not_found',
        message: `Item with id '${item.id}' not found. Items are not persisted when \`store\` is set to false. Try again with \`store\` set to true, or remove this item from your input.`,
        param: `${path}.id`,
      };
    }
    if (item.encryptedContent !== undefined && !isSealedReasoning(item.encryptedContent)) {
      const blob = item.encryptedContent;
      return {
        code: 'invalid_encrypted_content',
        message: `The encrypted content ${blob.slice(0, 4)}…${blob.slice(-4)} could not be verified. Reason: Encrypted content could not be decrypted or parsed.`,
        param: `${path}.encrypted_content`,
      };
    }
    if (!follows(items[index + 1]?.item)) {
      return {
        code: 'reasoning_without_following_item',
        message: `Item '${item.id}' of type 'reasoning' was provided without its required following item.`,
        param: path,
      };
    }
  }
  return null;
}
