// Replayed reasoning items, checked as OpenAI checks them: one sent by id alone while `store` is false is
// not found (404); its `encrypted_content` must be one the mock issued, unchanged; it must be followed by the
// output item it was produced with; and a stored call replayed by id needs the reasoning it was produced after.
import { isSealedReasoning } from '../../engine/content/sealed.js';
import type { ConversationItem, MockError } from '../../types.js';
import type { LocatedItem } from './history.js';

/** Items a reasoning item may be followed by: what the model produced after reasoning. */
function follows(next: ConversationItem | undefined): boolean {
  if (!next) return false;
  if (next.type === 'message') return next.role === 'assistant';
  return next.type === 'function_call' || next.type === 'custom_tool_call' || next.type === 'apply_patch_call' || next.type === 'reasoning' || next.type === 'other';
}

/**
 * The reasoning item an output item was produced after: the nearest one before it in `items`, past the other
 * calls of the same turn (`[rs, fc_1, fc_2]`: both calls need `rs`); undefined when a message or nothing comes first.
 */
export function reasoningBeforeIn(items: ReadonlyArray<Record<string, unknown>>, itemId: string): string | undefined {
  const at = items.findIndex((item) => item.id === itemId);
  for (let index = at - 1; index >= 0; index -= 1) {
    const { type, id } = items[index]!;
    if (type === 'reasoning') return typeof id === 'string' ? id : undefined;
    if (type !== 'function_call' && type !== 'custom_tool_call') return undefined;
  }
  return undefined;
}

type ReasoningLookup = (itemId: string) => string | undefined;

/**
 * A call (a function's, a custom tool's, an apply_patch call) replayed by id without the reasoning item it was
 * produced after (`Item 'fc_…' of type 'function_call' was provided without its required 'reasoning' item:
 * 'rs_…'.`, param input): agent frameworks that drop reasoning.
 */
function missingReasoning(items: LocatedItem[], reasoningBefore: ReasoningLookup): MockError | null {
  const seen = new Set<string>();
  for (const { item, path } of items) {
    if (item.type === 'reasoning') seen.add(item.id);
    if ((item.type !== 'function_call' && item.type !== 'custom_tool_call' && item.type !== 'apply_patch_call') || !item.id || !path.startsWith('input[')) continue;
    const required = reasoningBefore(item.id);
    if (required !== undefined && !seen.has(required)) {
      return {
        code: 'call_without_reasoning',
        message: `Item '${item.id}' of type '${item.type}' was provided without its required 'reasoning' item: '${required}'.`,
        param: 'input',
      };
    }
  }
  return null;
}

export function reasoningProblem(items: LocatedItem[], context: { store: boolean; reasoningBefore?: ReasoningLookup | undefined }): MockError | null {
  const missing = context.reasoningBefore ? missingReasoning(items, context.reasoningBefore) : null;
  if (missing) return missing;
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
