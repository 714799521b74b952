// Input items: each checked against the schema of its type (so errors name `input[i].field` precisely) and
// turned into the engine's ConversationItem. Item references are kept for the caller to resolve.
import { validators } from '../../../generated/item-validators.js';
import { PART_TYPES, PASSTHROUGH_ITEM_TYPES } from '../../../schemas/constants.js';
import type { ConversationItem, MockError, Result } from '../../types.js';
import { fail, ok } from '../../types.js';
import { checkAgentItem, patchOperationProblem } from './agent-items.js';
import { itemRuleProblem, type ItemRules } from './item-rules.js';
import { quoteList } from '../paths.js';
import { invalidValue, toChecker } from '../json-schema/schema-check.js';

/** An input item after checking: the raw object (for storage and echo) and what it means. */
export type ParsedItem =
  | { kind: 'item'; raw: Record<string, unknown>; item: ConversationItem }
  | { kind: 'reference'; raw: Record<string, unknown>; id: string; path: string };

const checkMessage = toChecker(validators.message);
const checkFunctionCall = toChecker(validators.functionCall);
const checkFunctionCallOutput = toChecker(validators.functionCallOutput);
const checkCustomToolCall = toChecker(validators.customToolCall);
const checkCustomToolCallOutput = toChecker(validators.customToolCallOutput);
const checkApplyPatchCall = toChecker(validators.applyPatchCall);
const checkApplyPatchCallOutput = toChecker(validators.applyPatchCallOutput);
const checkReasoning = toChecker(validators.reasoning);
const checkReference = toChecker(validators.itemReference);
const partCheckers = new Map(PART_TYPES.map((type) => [type as string, toChecker(validators[`part:${type}`])]));

const ITEM_TYPES = [
  'message', 'function_call', 'function_call_output', 'custom_tool_call', 'custom_tool_call_output', 'apply_patch_call',
  'apply_patch_call_output', 'reasoning', 'item_reference',
];
const PASSTHROUGH = new Set<string>(PASSTHROUGH_ITEM_TYPES);

/** A string input is one user message. */
export function normalizeInput(input: unknown): Record<string, unknown>[] {
  if (input === undefined) return [];
  if (typeof input === 'string') return [{ type: 'message', role: 'user', content: input }];
  return input as Record<string, unknown>[];
}

/**
 * @param rules OpenAI's rules beyond an item's shape (item-rules.ts), checked item by item after it.
 * @param field Where the items are, for the paths of errors: `input`, or a conversation's `items`.
 */
export function parseItems(items: Record<string, unknown>[], rules?: ItemRules, field = 'input'): Result<ParsedItem[]> {
  const parsed: ParsedItem[] = [];
  for (let index = 0; index < items.length; index += 1) {
    const path = `${field}[${index}]`;
    const result = parseItem(items[index]!, path);
    if (!result.ok) return result;
    const problem = rules ? itemRuleProblem(items[index]!, { path, rules }) : null;
    if (problem) return fail(problem);
    parsed.push(result.value);
  }
  return ok(parsed);
}

/** What a call of either kind names: its item id, call id, tool and the tool's namespace. */
function callFields(raw: Record<string, unknown>): { id: string | undefined; callId: string; name: string; namespace: string | undefined } {
  return { id: optionalString(raw.id), callId: raw.call_id as string, name: raw.name as string, namespace: optionalString(raw.namespace) };
}

export function parseItem(raw: Record<string, unknown>, path: string): Result<ParsedItem> {
  const type = raw.type ?? (raw.role !== undefined ? 'message' : raw.id !== undefined ? 'item_reference' : undefined);
  const problem = checkByType(raw, { type, path });
  if (problem) return fail(problem);
  switch (type) {
    case 'message':
      return ok({ kind: 'item', raw, item: toMessage(raw) });
    // A function's call carries JSON arguments, a custom tool's raw input; their outputs are alike.
    case 'function_call':
      return ok({ kind: 'item', raw, item: { type: 'function_call', ...callFields(raw), arguments: raw.arguments as string } });
    case 'custom_tool_call':
      return ok({ kind: 'item', raw, item: { type: 'custom_tool_call', ...callFields(raw), input: raw.input as string } });
    case 'function_call_output':
    case 'custom_tool_call_output':
      return ok({ kind: 'item', raw, item: { type: type as 'function_call_output' | 'custom_tool_call_output', id: optionalString(raw.id), callId: raw.call_id as string, output: textOf(raw.output) } });
    case 'apply_patch_call':
      return ok({ kind: 'item', raw, item: { type: 'apply_patch_call', id: optionalString(raw.id), callId: raw.call_id as string, path: (raw.operation as Record<string, unknown>).path as string } });
    case 'apply_patch_call_output':
      return ok({ kind: 'item', raw, item: { type: 'apply_patch_call_output', id: optionalString(raw.id), callId: raw.call_id as string, output: optionalString(raw.output) ?? '', failed: raw.status === 'failed' } });
    case 'reasoning': {
      const encrypted = optionalString(raw.encrypted_content);
      return ok({ kind: 'item', raw, item: { type: 'reasoning', id: raw.id as string, ...(encrypted !== undefined ? { encryptedContent: encrypted } : {}) } });
    }
    case 'item_reference':
      return ok({ kind: 'reference', raw, id: raw.id as string, path: `${path}.id` });
    default:
      return ok({ kind: 'item', raw, item: { type: 'other', itemType: String(type), id: optionalString(raw.id) } });
  }
}

function checkByType(raw: Record<string, unknown>, at: { type: unknown; path: string }): MockError | null {
  const { type, path } = at;
  switch (type) {
    case undefined:
      return { code: 'missing_required_parameter', message: `Missing required parameter: '${path}.role'.`, param: `${path}.role` };
    case 'message':
      return checkMessage(raw, path) ?? checkParts(raw.content, `${path}.content`, MESSAGE_PARTS);
    case 'function_call':
      return checkFunctionCall(raw, path);
    case 'function_call_output':
      return checkFunctionCallOutput(raw, path) ?? checkParts(raw.output, `${path}.output`, OUTPUT_PARTS);
    case 'custom_tool_call':
      return checkCustomToolCall(raw, path);
    case 'custom_tool_call_output':
      return checkCustomToolCallOutput(raw, path) ?? checkParts(raw.output, `${path}.output`, OUTPUT_PARTS);
    case 'apply_patch_call':
      return checkApplyPatchCall(raw, path) ?? patchOperationProblem(raw.operation as Record<string, unknown>, `${path}.operation`);
    case 'apply_patch_call_output':
      return checkApplyPatchCallOutput(raw, path);
    case 'reasoning':
      return checkReasoning(raw, path);
    case 'item_reference':
      return checkReference(raw, path);
    default:
      if (typeof type === 'string' && PASSTHROUGH.has(type)) return checkAgentItem(raw, { type, path });
      if (typeof type !== 'string') {
        return { code: 'invalid_type', message: `Invalid type for '${path}.type': expected a string.`, param: `${path}.type` };
      }
      return invalidValue(`${path}.type`, type, [...ITEM_TYPES, ...PASSTHROUGH_ITEM_TYPES]);
  }
}

/**
 * The part types each place takes, in the order the real message lists them (`Invalid value: 'image_url'.
 * Supported values are: 'input_text', 'input_image', 'output_text', …`, param `input[0].content[0]`); the
 * opaque ones pass unchecked.
 */
const MESSAGE_PARTS = { listed: ['input_text', 'input_image', 'output_text', 'refusal', 'input_file', 'computer_screenshot', 'summary_text', 'encrypted_content'], opaque: ['computer_screenshot', 'summary_text', 'encrypted_content'] };
const OUTPUT_PARTS = { listed: ['input_text', 'input_image', 'input_file', 'scoped_content'], opaque: ['scoped_content'] };

function checkParts(content: unknown, path: string, kinds: { listed: string[]; opaque: string[] }): MockError | null {
  if (!Array.isArray(content)) return null;
  for (let index = 0; index < content.length; index += 1) {
    const part = content[index] as Record<string, unknown>;
    const partPath = `${path}[${index}]`;
    if (kinds.opaque.includes(part.type as string)) continue;
    const checker = partCheckers.get(part.type as string);
    if (!checker) {
      const shown = typeof part.type === 'string' ? part.type.slice(0, 100) : String(JSON.stringify(part.type)).slice(0, 100);
      return { code: 'invalid_value', message: `Invalid value: '${shown}'. Supported values are: ${quoteList(kinds.listed)}.`, param: partPath };
    }
    const problem = checker(part, partPath);
    if (problem) return problem;
  }
  return null;
}

function toMessage(raw: Record<string, unknown>): ConversationItem {
  return { type: 'message', role: raw.role as string, text: textOf(raw.content), id: optionalString(raw.id) };
}

/** The text of string content or of its text parts (input_text, output_text, refusal). */
export function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  const texts: string[] = [];
  for (const part of content as Array<Record<string, unknown>>) {
    const text = part.text ?? part.refusal;
    if (typeof text === 'string') texts.push(text);
  }
  return texts.join('\n');
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
