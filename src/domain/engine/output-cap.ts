// `max_output_tokens` bounds all a response's output: its reasoning tokens and every item the model writes after
// them (messages and refusals, function-call arguments, custom tool input), in order. The item that runs past what is left is
// cut there and marked incomplete, as a model stopped mid-item leaves it; the items after it are never written,
// and the response is incomplete with reason max_output_tokens.
import type { PlannedItem } from '../types.js';
import { countTokens, outputTokensOf } from './usage.js';

const CHARS_PER_TOKEN = 4;

export interface CappedOutput {
  items: PlannedItem[];
  /** Whether an item was cut (or left out) for the limit. */
  cut: boolean;
}

/**
 * `items` within `limit` output tokens, `reasoningTokens` of them already spent. Reasoning items themselves pass
 * whole (their tokens are `reasoningTokens`); a refusal is cut as text is; the service's own items cost nothing.
 */
export function capOutput(items: readonly PlannedItem[], budget: { limit: number | undefined; reasoningTokens: number }): CappedOutput {
  if (budget.limit === undefined) return { items: [...items], cut: false };
  let left = Math.max(0, budget.limit - budget.reasoningTokens);
  const kept: PlannedItem[] = [];
  for (const item of items) {
    const cost = outputTokensOf(item);
    if (cost <= left || item.type === 'reasoning') {
      kept.push(item);
      left = Math.max(0, left - cost);
      continue;
    }
    const cut = cutItem(item, left);
    if (cut !== undefined) kept.push(cut);
    return { items: kept, cut: true };
  }
  return { items: kept, cut: false };
}

/** `item` cut to `tokens` output tokens, marked incomplete; undefined when nothing of it (or not even its name) fits. */
function cutItem(item: PlannedItem, tokens: number): PlannedItem | undefined {
  switch (item.type) {
    case 'message':
      return tokens <= 0 ? undefined : { ...item, text: item.text.slice(0, tokens * CHARS_PER_TOKEN), status: 'incomplete' };
    case 'function_call': {
      const room = tokens - countTokens(item.name);
      return room <= 0 ? undefined : { ...item, arguments: item.arguments.slice(0, room * CHARS_PER_TOKEN), status: 'incomplete' };
    }
    case 'custom_tool_call': {
      const room = tokens - countTokens(item.name);
      return room <= 0 ? undefined : { ...item, input: item.input.slice(0, room * CHARS_PER_TOKEN), status: 'incomplete' };
    }
    default:
      return item;
  }
}
