// Token estimates: about four characters a token, as a rule of thumb for English and JSON. Consistent by
// construction: total = input + output, every count an integer.
import { schemaText } from '../arguments/schema-text.js';
import type { ConversationItem, FunctionTool, PlannedItem, Usage } from '../types.js';

const CHARS_PER_TOKEN = 4;
const PER_ITEM_OVERHEAD = 4;
const PER_TOOL_OVERHEAD = 8;

export function countTokens(text: string): number {
  return Math.ceil(text.length / CHARS_PER_TOKEN);
}

export interface UsageInput {
  instructions: string | undefined;
  conversation: ConversationItem[];
  functions: FunctionTool[];
  output: PlannedItem[];
}

export function estimateUsage(input: UsageInput): Usage {
  let inputTokens = input.instructions ? countTokens(input.instructions) + PER_ITEM_OVERHEAD : 0;
  for (const item of input.conversation) inputTokens += PER_ITEM_OVERHEAD + countTokens(itemText(item));
  for (const tool of input.functions) {
    inputTokens += PER_TOOL_OVERHEAD + countTokens(tool.name) + countTokens(tool.description)
      + countTokens(schemaText(tool.parameters ?? {}) ?? '');
  }
  let outputTokens = 0;
  for (const item of input.output) outputTokens += outputTokensOf(item);
  return { inputTokens: Math.max(1, inputTokens), outputTokens, cachedTokens: 0, reasoningTokens: 0 };
}

export function outputTokensOf(item: PlannedItem): number {
  switch (item.type) {
    case 'message': return countTokens(item.text);
    case 'function_call': return countTokens(item.name) + countTokens(item.arguments);
    case 'custom_tool_call': return countTokens(item.name) + countTokens(item.input);
    // Reasoning is counted as reasoning_tokens (part of output_tokens) by the plan.
    case 'reasoning': return 0;
    case 'recorded': return 0;
    // The service's own work (a search, a compaction) is not model output.
    case 'server_item': return 0;
  }
}

function itemText(item: ConversationItem): string {
  switch (item.type) {
    case 'message': return item.text;
    case 'function_call': return item.name + item.arguments;
    case 'function_call_output': return item.output;
    case 'custom_tool_call': return item.name + item.input;
    case 'custom_tool_call_output': return item.output;
    case 'apply_patch_call_output': return item.output;
    default: return '';
  }
}
