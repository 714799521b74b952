// OpenAI's hosted apply_patch tool (`tools: [{type: "apply_patch"}]`, not Codex's custom tool of that name):
// when the prompt asks for a file to be created, changed or deleted, or tool_choice forces the tool, the answer
// is an apply_patch_call for the client to apply, its diff streamed between added and done (as captured), built
// by `patchCall` (a scenario's call too). Once the client sends the apply_patch_call_output, the answer says how
// applying it went.
import type { Decision } from '../../engine/plan.js';
import { lastUserText, trailingOutputs } from '../../engine/content/text.js';
import { countTokens } from '../../engine/usage.js';
import type { ProviderId } from '../../types.js';
import type { PreparedRequest } from '../../validation/prepare.js';
import { asksForPatch, planPatch, type PatchPlan } from './patch-content.js';
import { NO_HOSTED_WORK, type HostedWork, type ProgressEvent, type ServerItemSpec } from '../types.js';
import { repliesAsDirected, trailingOutputsOf } from '../context.js';

type Item = Record<string, unknown>;

export interface PatchContext {
  request: PreparedRequest;
  provider: ProviderId;
  /** The rule-based engine decided (a scenario's script is answered as scripted). */
  engine: boolean;
}

const DIFF_EVENTS = 'response.apply_patch_call_operation_diff';
/** What an answer says of each operation: done, and what failed. */
/** By the operation the history names (client data: a Map, never an object's keys). */
const SAID = new Map<unknown, { done: string; failed: string }>([
  ['create_file', { done: 'Created', failed: 'create' }],
  ['update_file', { done: 'Updated', failed: 'update' }],
  ['delete_file', { done: 'Deleted', failed: 'delete' }],
]);

/** The apply_patch part of this response: a call, or the answer to its outputs; undefined when it has none. */
export function patchTurn(decision: Decision, context: PatchContext): { decision: Decision; work: HostedWork } | undefined {
  const { request } = context;
  if (!context.engine || context.provider !== 'openai') return undefined;
  if (!((request.body.tools ?? []) as Item[]).some((tool) => tool.type === 'apply_patch')) return undefined;
  if (decision.calls.length > 0 || decision.text === undefined || decision.outcome || decision.refusal !== undefined) return undefined;
  const outputs = trailingOutputsOf(request.historyItems, 'apply_patch_call_output');
  const choice = request.body.tool_choice;
  const forced = typeof choice === 'object' && choice !== null && (choice as Item).type === 'apply_patch';
  if (outputs.length > 0 && !forced) return { decision: { ...decision, text: reported(outputs, { request, text: decision.text }) }, work: NO_HOSTED_WORK };
  const prompt = lastUserText(request.conversation);
  const fresh = trailingOutputs(request.conversation).length === 0;
  const wanted = forced || (typeof choice !== 'object' && choice !== 'none' && fresh && (choice === 'required' || asksForPatch(prompt)));
  if (!wanted) return undefined;
  const call = patchCall(planPatch(prompt, createdFiles(request.historyItems)));
  return { decision: { ...decision, text: undefined }, work: { ...NO_HOSTED_WORK, preface: [call.item], outputTokens: call.outputTokens } };
}

/**
 * The call as captured: `operation` keys `type, diff, path`; a deletion has no diff and streams none. Its
 * `call_id` is drawn when the call is placed, unless one is given. The model writes the diff: its tokens are
 * output, as on the wire.
 */
export function patchCall(plan: PatchPlan, given: { callId?: string } = {}): { item: ServerItemSpec; outputTokens: number } {
  const operation = (diff: string | undefined) => (diff === undefined ? { type: plan.type, path: plan.path } : { type: plan.type, diff, path: plan.path });
  // These two events name the item before its index, unlike the other progress events of server items.
  const progress: ProgressEvent[] = plan.diff === undefined ? [] : [
    { type: `${DIFF_EVENTS}.delta`, deltas: plan.diff, locator: 'item-id-first' },
    { type: `${DIFF_EVENTS}.done`, fields: { diff: plan.diff }, locator: 'item-id-first' },
  ];
  const callId = given.callId ?? '';
  const added = { status: 'in_progress', call_id: callId, operation: operation(plan.diff === undefined ? undefined : '') };
  const done = { status: 'completed', call_id: callId, operation: operation(plan.diff) };
  const item: ServerItemSpec = given.callId === undefined
    ? { idKind: 'apply_patch', itemType: 'apply_patch_call', drawsCallId: true, progress, added, done }
    : { idKind: 'apply_patch', itemType: 'apply_patch_call', progress, added, done };
  return { item, outputTokens: countTokens(plan.path) + countTokens(plan.diff ?? '') };
}

/** One sentence per output: the file created, updated or deleted, or why not. An exact directive still wins. */
function reported(outputs: Item[], at: { request: PreparedRequest; text: string }): string {
  const { request } = at;
  if (repliesAsDirected(request)) return at.text;
  const calls = new Map(request.historyItems.filter((item) => item.type === 'apply_patch_call').map((item) => [item.call_id, item.operation as Item]));
  return outputs.map((output) => {
    const operation = calls.get(output.call_id);
    const said = SAID.get(operation?.type) ?? { done: 'Applied the patch to', failed: 'apply the patch to' };
    const path = typeof operation?.path === 'string' ? `\`${operation.path}\`` : 'the file';
    if (output.status !== 'failed') return `${said.done} ${path}.`;
    const log = typeof output.output === 'string' ? output.output.replace(/\s+/g, ' ').trim().slice(0, 300) : '';
    return `I couldn't ${said.failed} ${path}${log ? `: ${/[.!?]$/.test(log) ? log : `${log}.`}` : '.'}`;
  }).join(' ');
}

/** What the files the conversation created hold, with its later changes and deletions (a change is anchored in them); failed calls aside. */
export function createdFiles(history: Item[]): Map<string, string> {
  const failed = new Set(history.filter((item) => item.type === 'apply_patch_call_output' && item.status === 'failed').map((item) => item.call_id));
  const files = new Map<string, string>();
  for (const item of history) {
    const operation = item.operation as Item | undefined;
    if (item.type !== 'apply_patch_call' || failed.has(item.call_id) || operation === undefined) continue;
    const path = operation.path as string;
    if (operation.type === 'delete_file') files.delete(path);
    if (typeof operation.diff !== 'string') continue;
    const added = operation.diff.split('\n').filter((line) => line.startsWith('+')).map((line) => line.slice(1));
    if (operation.type === 'create_file') files.set(path, added.join('\n'));
    // A change to a known file: its added lines go after its last one, where this mock's hunks anchor them.
    else if (operation.type === 'update_file' && files.has(path)) files.set(path, [files.get(path)!, ...added].join('\n'));
  }
  return files;
}
