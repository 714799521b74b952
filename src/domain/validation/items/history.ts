// Conversation history checks: ids, tool names and arguments of replayed calls (OpenRouter's documented
// rules), call/output pairing for function, custom tool and (OpenAI) apply_patch calls, duplicate ids and
// OpenAI's id prefixes (`fc`, `ctc`, `apc`, `msg`, `rs`). Which checks run is a HistoryRules.
import type { ErrorCode } from '../../../errors.js';
import type { ConversationItem, CustomTool, FunctionTool, MockError } from '../../types.js';
import { toolFinder } from '../tools/tool-choice.js';

export interface HistoryRules {
  /** function_call and function_call_output need a non-empty `id` (OpenRouter's documented rule). */
  requireIds: boolean;
  /** A replayed function_call must name a defined function and carry JSON arguments. */
  requireKnownCalls: boolean;
  /** A function_call_output must answer an earlier function_call. */
  rejectOrphanOutputs: boolean;
  /** Every function_call must have its function_call_output (OpenAI). */
  rejectUnansweredCalls: boolean;
  /**
   * A present id of an item of this type must start with this (OpenAI: function_call `fc`, custom_tool_call
   * `ctc`, message `msg`, reasoning `rs`): `Invalid 'input[3].id': 'item_1'. Expected an ID that begins with 'msg'.`
   */
  idPrefixes?: Readonly<Partial<Record<ConversationItem['type'], string>>>;
  /** apply_patch_call and apply_patch_call_output are paired like function calls (OpenAI's hosted apply_patch). */
  pairApplyPatch?: boolean;
  /** Replayed reasoning items: found, verified and followed as OpenAI checks them. */
  checkReasoning?: boolean;
  /** How to lift the strict rules, named in messages (the strictness header). */
  hint: string;
}

export interface LocatedItem {
  item: ConversationItem;
  /** JSON path of the item in the request (`input[2]`), or where it came from (`previous_response_id`). */
  path: string;
}

interface HistoryContext {
  functions: FunctionTool[];
  customTools?: CustomTool[];
  rules: HistoryRules;
}

export function validateHistory(items: LocatedItem[], context: HistoryContext): MockError | null {
  const { rules } = context;
  return duplicateIds(items)
    ?? (rules.requireIds ? missingIds(items, rules.hint) : null)
    ?? (rules.idPrefixes ? badIdPrefix(items, rules.idPrefixes) : null)
    ?? (rules.requireKnownCalls ? badCalls(items, context) ?? unknownCustomCalls(items, context) : null)
    ?? pairing(items, { rules, pair: FUNCTION_PAIR })
    ?? pairing(items, { rules, pair: CUSTOM_PAIR })
    ?? (rules.pairApplyPatch ? pairing(items, { rules, pair: APPLY_PATCH_PAIR }) : null);
}

const ID_REQUIRED = new Set(['function_call', 'function_call_output', 'custom_tool_call', 'custom_tool_call_output']);

function duplicateIds(items: LocatedItem[]): MockError | null {
  const seen = new Map<string, string>();
  for (const { item, path } of items) {
    if (!('id' in item) || !item.id) continue;
    const first = seen.get(item.id);
    if (first !== undefined) {
      // The real text and param (`input`), then where: '…' repeats '…'.
      return {
        code: 'duplicate_item_id',
        message: `Duplicate item found with id ${item.id}. Remove duplicate items from your input and try again. ('${path}.id' repeats '${first}.id')`,
        param: 'input',
      };
    }
    seen.set(item.id, path);
  }
  return null;
}

function missingIds(items: LocatedItem[], hint: string): MockError | null {
  for (const { item, path } of items) {
    if (ID_REQUIRED.has(item.type) && !('id' in item && item.id)) {
      return {
        code: 'history_missing_id',
        message: `Missing required parameter: '${path}.id'. A ${item.type} in conversation history needs an 'id' (strict validation; ${hint}).`,
        param: `${path}.id`,
      };
    }
  }
  return null;
}

/** The first item (in order) whose id does not start with its type's prefix. */
function badIdPrefix(items: LocatedItem[], prefixes: Readonly<Partial<Record<ConversationItem['type'], string>>>): MockError | null {
  for (const { item, path } of items) {
    const prefix = prefixes[item.type];
    if (prefix !== undefined && 'id' in item && item.id && !item.id.startsWith(prefix)) {
      return {
        code: 'invalid_item_id',
        message: `Invalid '${path}.id': '${item.id}'. Expected an ID that begins with '${prefix}'.`,
        param: `${path}.id`,
      };
    }
  }
  return null;
}

function badCalls(items: LocatedItem[], context: HistoryContext): MockError | null {
  let find: ReturnType<typeof toolFinder<FunctionTool>> | undefined;
  for (const { item, path } of items) {
    if (item.type !== 'function_call') continue;
    find ??= toolFinder(context.functions);
    if (!find(item.name, item.namespace)) {
      const defined = context.functions.map((tool) => `'${tool.name}'`).join(', ') || 'none';
      return {
        code: 'history_unknown_tool',
        message: `Invalid value for '${path}.name': '${item.name}' matches no function in 'tools' (defined: ${defined}); a function_call in history must name a defined tool (strict validation; ${context.rules.hint}).`,
        param: `${path}.name`,
      };
    }
    const problem = jsonProblem(item.arguments);
    if (problem) {
      return {
        code: 'history_invalid_arguments',
        message: `Invalid '${path}.arguments': expected a valid JSON string, but ${problem} (strict validation; ${context.rules.hint}).`,
        param: `${path}.arguments`,
      };
    }
  }
  return null;
}

function unknownCustomCalls(items: LocatedItem[], context: HistoryContext): MockError | null {
  const custom = context.customTools ?? [];
  let find: ReturnType<typeof toolFinder<CustomTool>> | undefined;
  for (const { item, path } of items) {
    if (item.type !== 'custom_tool_call' || (find ??= toolFinder(custom))(item.name, item.namespace)) continue;
    const defined = custom.map((tool) => `'${tool.name}'`).join(', ') || 'none';
    return {
      code: 'history_unknown_tool',
      message: `Invalid value for '${path}.name': '${item.name}' matches no custom tool in 'tools' (defined: ${defined}); a custom_tool_call in history must name a defined tool (strict validation; ${context.rules.hint}).`,
      param: `${path}.name`,
    };
  }
  return null;
}

function jsonProblem(text: string): string | null {
  if (text.trim() === '') return 'got an empty string';
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    return `it does not parse (${(error as Error).message})`;
  }
}

interface Pair {
  call: 'function_call' | 'custom_tool_call' | 'apply_patch_call';
  output: 'function_call_output' | 'custom_tool_call_output' | 'apply_patch_call_output';
  /** As the real messages name the kind: "function call", "custom tool call". */
  label: string;
  orphan: ErrorCode;
  unanswered: ErrorCode;
}

const FUNCTION_PAIR: Pair = {
  call: 'function_call', output: 'function_call_output', label: 'function call',
  orphan: 'orphan_function_call_output', unanswered: 'function_call_without_output',
};
const CUSTOM_PAIR: Pair = {
  call: 'custom_tool_call', output: 'custom_tool_call_output', label: 'custom tool call',
  orphan: 'orphan_custom_tool_call_output', unanswered: 'custom_tool_call_without_output',
};
// `No tool output found for apply patch call call_…`, as the live service words it (reported in vercel/ai#11267).
const APPLY_PATCH_PAIR: Pair = {
  call: 'apply_patch_call', output: 'apply_patch_call_output', label: 'apply patch call',
  orphan: 'orphan_apply_patch_call_output', unanswered: 'apply_patch_call_without_output',
};

function pairing(items: LocatedItem[], args: { rules: HistoryRules; pair: Pair }): MockError | null {
  const { rules, pair } = args;
  const calls = new Map<string, string>();
  const answered = new Set<string>();
  for (const { item, path } of items) {
    if (item.type === pair.call && 'callId' in item) calls.set(item.callId, path);
    if (item.type !== pair.output || !('callId' in item)) continue;
    if (rules.rejectOrphanOutputs && !calls.has(item.callId)) {
      return {
        code: pair.orphan,
        message: `No tool call found for ${pair.label} output with call_id ${item.callId}: '${path}.call_id' matches no earlier ${pair.call}.`,
        param: `${path}.call_id`,
      };
    }
    answered.add(item.callId);
  }
  if (!rules.rejectUnansweredCalls) return null;
  for (const [callId, path] of calls) {
    if (!answered.has(callId)) {
      return {
        code: pair.unanswered,
        message: `No tool output found for ${pair.label} ${callId}: '${path}' has no ${pair.output} with that call_id.`,
        param: `${path}.call_id`,
      };
    }
  }
  return null;
}
