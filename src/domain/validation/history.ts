// Conversation history checks: ids, tool names and arguments of replayed calls (OpenRouter's documented
// rules), call/output pairing, duplicate ids and OpenAI's `fc` id prefix. Which checks run is a HistoryRules.
import type { ConversationItem, FunctionTool, MockError } from '../types.js';
import { findTool } from './tool-choice.js';

export interface HistoryRules {
  /** function_call and function_call_output need a non-empty `id` (OpenRouter's documented rule). */
  requireIds: boolean;
  /** A replayed function_call must name a defined function and carry JSON arguments. */
  requireKnownCalls: boolean;
  /** A function_call_output must answer an earlier function_call. */
  rejectOrphanOutputs: boolean;
  /** Every function_call must have its function_call_output (OpenAI). */
  rejectUnansweredCalls: boolean;
  /** A present function_call id must start with this (OpenAI: `fc`). */
  functionCallIdPrefix?: string;
  /** How to lift the strict rules, named in messages (the strictness header). */
  hint: string;
}

export interface LocatedItem {
  item: ConversationItem;
  /** JSON path of the item in the request (`input[2]`), or where it came from (`previous_response_id`). */
  path: string;
}

export function validateHistory(items: LocatedItem[], context: { functions: FunctionTool[]; rules: HistoryRules }): MockError | null {
  const { rules } = context;
  return duplicateIds(items)
    ?? (rules.requireIds ? missingIds(items, rules.hint) : null)
    ?? (rules.functionCallIdPrefix ? badCallIdPrefix(items, rules.functionCallIdPrefix) : null)
    ?? (rules.requireKnownCalls ? badCalls(items, context) : null)
    ?? pairing(items, rules);
}

function duplicateIds(items: LocatedItem[]): MockError | null {
  const seen = new Map<string, string>();
  for (const { item, path } of items) {
    if (!('id' in item) || !item.id) continue;
    const first = seen.get(item.id);
    if (first !== undefined) {
      return {
        code: 'duplicate_item_id',
        message: `Duplicate item found with id ${item.id}: '${path}.id' repeats '${first}.id'.`,
        param: `${path}.id`,
      };
    }
    seen.set(item.id, path);
  }
  return null;
}

function missingIds(items: LocatedItem[], hint: string): MockError | null {
  for (const { item, path } of items) {
    if ((item.type === 'function_call' || item.type === 'function_call_output') && !item.id) {
      return {
        code: 'history_missing_id',
        message: `Missing required parameter: '${path}.id'. A ${item.type} in conversation history needs an 'id' (strict validation; ${hint}).`,
        param: `${path}.id`,
      };
    }
  }
  return null;
}

function badCallIdPrefix(items: LocatedItem[], prefix: string): MockError | null {
  for (const { item, path } of items) {
    if (item.type === 'function_call' && item.id && !item.id.startsWith(prefix)) {
      return {
        code: 'invalid_item_id',
        message: `Invalid '${path}.id': '${item.id}'. Expected an ID that begins with '${prefix}'.`,
        param: `${path}.id`,
      };
    }
  }
  return null;
}

function badCalls(items: LocatedItem[], context: { functions: FunctionTool[]; rules: HistoryRules }): MockError | null {
  for (const { item, path } of items) {
    if (item.type !== 'function_call') continue;
    if (!findTool(context.functions, item.name, item.namespace)) {
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

function jsonProblem(text: string): string | null {
  if (text.trim() === '') return 'got an empty string';
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    return `it does not parse (${(error as Error).message})`;
  }
}

function pairing(items: LocatedItem[], rules: HistoryRules): MockError | null {
  const calls = new Map<string, string>();
  const answered = new Set<string>();
  for (const { item, path } of items) {
    if (item.type === 'function_call') calls.set(item.callId, path);
    if (item.type !== 'function_call_output') continue;
    if (rules.rejectOrphanOutputs && !calls.has(item.callId)) {
      return {
        code: 'orphan_function_call_output',
        message: `No tool call found for function call output with call_id ${item.callId}: '${path}.call_id' matches no earlier function_call.`,
        param: `${path}.call_id`,
      };
    }
    answered.add(item.callId);
  }
  if (!rules.rejectUnansweredCalls) return null;
  for (const [callId, path] of calls) {
    if (!answered.has(callId)) {
      return {
        code: 'function_call_without_output',
        message: `No tool output found for function call ${callId}: '${path}' has no function_call_output with that call_id.`,
        param: `${path}.call_id`,
      };
    }
  }
  return null;
}
