// Input items of agent clients beyond messages and calls: compaction blobs and the trailing compaction
// trigger, tool search calls and outputs, additional tools, configuration updates, shell calls and outputs
// (shell-items.ts), an apply_patch call's operation. Checked for the fields the API requires; their meaning is
// read elsewhere (tool search, compaction, configuration.ts, the hosted apply_patch and shell tools).
import type { MockError } from '../../types.js';
import { typeError } from '../json-schema/schema-check.js';
import { CONFIGURATION_UPDATE, configurationUpdateProblem } from './configuration.js';
import { shellItemProblem } from './shell-items.js';

type Item = Record<string, unknown>;

/** Largest `encrypted_content` of a compaction item the API accepts (20 MiB). */
const MAX_COMPACTION_CHARS = 20 * 1024 * 1024;

/** The fields each item type needs, with their JSON types. */
const REQUIRED: ReadonlyMap<string, ReadonlyArray<[string, 'string' | 'object' | 'array']>> = new Map([
  ['compaction', [['encrypted_content', 'string']]],
  ['tool_search_call', [['arguments', 'object']]],
  ['tool_search_output', [['tools', 'array']]],
  ['additional_tools', [['role', 'string'], ['tools', 'array']]],
  ['shell_call', [['call_id', 'string'], ['action', 'object']]],
  ['shell_call_output', [['call_id', 'string'], ['output', 'array']]],
]);

/** The first problem of one agent item, or null. */
export function checkAgentItem(raw: Item, at: { type: string; path: string }): MockError | null {
  for (const [field, expected] of REQUIRED.get(at.type) ?? []) {
    const path = `${at.path}.${field}`;
    const value = raw[field];
    if (value === undefined) return { code: 'missing_required_parameter', message: `Missing required parameter: '${path}'.`, param: path };
    if (jsonType(value) !== expected) return typeError(path, [expected], value);
  }
  if (at.type === 'compaction' && (raw.encrypted_content as string).length > MAX_COMPACTION_CHARS) {
    return {
      code: 'string_above_max_length',
      message: `Invalid '${at.path}.encrypted_content': string too long. Expected a string with maximum length ${MAX_COMPACTION_CHARS}.`,
      param: `${at.path}.encrypted_content`,
    };
  }
  return at.type === CONFIGURATION_UPDATE ? configurationUpdateProblem(raw, at.path) : shellItemProblem(raw, at);
}

/** An apply_patch_call's operation: creating or updating a file needs its `diff`, as the spec requires. */
export function patchOperationProblem(operation: Item, path: string): MockError | null {
  if (operation.type === 'delete_file' || operation.diff !== undefined) return null;
  return { code: 'missing_required_parameter', message: `Missing required parameter: '${path}.diff'.`, param: `${path}.diff` };
}

/** A `compaction_trigger` anywhere but last is refused: it compacts everything before it. */
export function checkItemOrder(items: Item[]): MockError | null {
  for (let index = 0; index < items.length - 1; index += 1) {
    if (items[index]?.type === 'compaction_trigger') {
      return {
        code: 'invalid_value',
        message: `Invalid 'input[${index}]': a compaction_trigger item must be the final input item (found at ${index} of ${items.length}).`,
        param: `input[${index}]`,
      };
    }
  }
  return null;
}

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  return value === null ? 'null' : typeof value;
}
