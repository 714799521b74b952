// What a `response.steer` may carry, and what steering reads of a response: only `type`, `previous_response_id`
// and `input`; the input a string or user messages (`type`, `role`, `content` only) of text, image or file parts,
// each checked as a create's input items are; whether a response can be steered at all; and the stubs of the
// client's outputs a finished response waits for (`required_input`).
import type { ItemRules } from '../../../domain/validation/items/item-rules.js';
import { parseItems } from '../../../domain/validation/items/items.js';

type Item = Record<string, unknown>;

const PARTS = new Set(['input_text', 'input_image', 'input_file']);
const MESSAGE_FIELDS = new Set(['type', 'role', 'content']);
const EVENT_FIELDS = new Set(['type', 'previous_response_id', 'input']);

/** Why a steer event cannot be taken as it is, or undefined; `rules`: the socket's rules for input items. */
export function invalidSteer(fields: Item, rules: ItemRules | undefined): string | undefined {
  const extra = Object.keys(fields).find((key) => !EVENT_FIELDS.has(key));
  if (extra !== undefined) return `'${extra.slice(0, 64)}' is not a field of response.steer: it takes type, previous_response_id and input (the target response's lane is used).`;
  if (typeof fields.previous_response_id !== 'string' || fields.previous_response_id === '') return "'previous_response_id' must name the response to steer.";
  const { input } = fields;
  if (typeof input === 'string') return input === '' ? "'input' must not be empty." : undefined;
  if (!Array.isArray(input) || input.length === 0) return "'input' must be a string or a non-empty array of user messages.";
  for (let index = 0; index < input.length; index += 1) {
    const problem = messageProblem(input[index]);
    if (problem) return `'input[${index}]': ${problem}`;
  }
  // Held to the rules a create on this socket has for the same items.
  const checked = parseItems(input as Item[], rules);
  return checked.ok ? undefined : checked.error.message;
}

function messageProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected a message object.';
  const message = value as Item;
  if (message.type !== undefined && message.type !== 'message') return `steering takes only messages, not '${String(message.type).slice(0, 64)}' items.`;
  if (message.role !== 'user') return "steering takes only messages with the 'user' role.";
  const extra = Object.keys(message).find((key) => !MESSAGE_FIELDS.has(key));
  if (extra !== undefined) return `a steering message has only type, role and content, not '${extra.slice(0, 64)}'.`;
  const { content } = message;
  if (typeof content === 'string') return undefined;
  if (!Array.isArray(content) || content.length === 0) return "'content' must be a string or a non-empty array of parts.";
  const part = content.find((entry) => typeof entry !== 'object' || entry === null || !PARTS.has((entry as Item).type as string));
  return part === undefined ? undefined : 'content parts must be input_text, input_image or input_file.';
}

/** Why a response cannot be steered (a conversation, automatic compaction, a prewarm), or undefined. */
export function notSteerable(create: Item): string | undefined {
  if (create.conversation !== undefined && create.conversation !== null) return 'A response bound to a conversation cannot be steered.';
  const management = create.context_management;
  if (Array.isArray(management) && management.some((entry) => (entry as Item | null)?.type === 'compaction')) return 'A response with automatic compaction cannot be steered.';
  if ((create.prompt_cache_options as Item | null | undefined)?.prewarm === true) return 'A prewarm generates nothing to steer.';
  return undefined;
}

/** The steering input as input items. */
export function asItems(input: unknown): Item[] {
  if (typeof input === 'string') return [{ type: 'message', role: 'user', content: input }];
  return (input as Item[]).map((message) => ({ type: 'message', role: 'user', content: message.content }));
}

/** The client's outputs a response waits for: a stub per call it ends with, identifying fields only. */
export function requiredInput(output: Item[]): Item[] {
  const stubs: Item[] = [];
  for (const item of output) {
    const callId = item.call_id;
    if (item.type === 'function_call') stubs.push({ call_id: callId, name: item.name, type: 'function_call_output' });
    else if (item.type === 'custom_tool_call') stubs.push({ call_id: callId, type: 'custom_tool_call_output' });
    else if (item.type === 'apply_patch_call') stubs.push({ call_id: callId, type: 'apply_patch_call_output' });
    else if (item.type === 'shell_call') stubs.push({ call_id: callId, type: 'shell_call_output' });
    else if (item.type === 'computer_call') stubs.push({ call_id: callId, type: 'computer_call_output' });
    else if (item.type === 'tool_search_call' && item.execution === 'client') stubs.push({ call_id: callId, execution: 'client', type: 'tool_search_output' });
    else if (item.type === 'mcp_approval_request') stubs.push({ approval_request_id: item.id, type: 'mcp_approval_response' });
  }
  return stubs;
}
