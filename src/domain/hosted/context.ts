// What planning the service's own items reads: the prepared request, the provider, the seeded Random and the
// response's time; whether `include` asks for a part of an item; a tool as offered; the client's outputs that
// end the history, and whether a directed reply wins over their report.
import type { Random } from '../../deps.js';
import { directiveText, lastUserText } from '../engine/content/text.js';
import type { ProviderId } from '../types.js';
import type { PreparedRequest } from '../validation/prepare.js';

/** What planning the service's own items reads. */
export interface HostedContext {
  request: PreparedRequest;
  provider: ProviderId;
  random: Random;
  /** Unix seconds of the response: what the datetime tool reports. */
  now: number;
  /** The rule-based engine decided (a scenario's script is answered as scripted: no search added to it). */
  engine: boolean;
}

/** Whether the prompt or the instructions say exactly what to reply: that reply wins over a report of outputs. */
export function repliesAsDirected(request: PreparedRequest): boolean {
  const instructions = request.body.instructions ?? undefined;
  return directiveText(lastUserText(request.conversation)) !== undefined || (instructions !== undefined && directiveText(instructions) !== undefined);
}

/** Whether `include` asks for this part of an item. */
export const included = (context: { request: PreparedRequest }, part: string): boolean => (context.request.body.include ?? []).includes(part);

/** A tool as the request offers it (hosted tools have their own fields). */
export type Tool = Record<string, unknown>;

/** Calls, outputs and reasoning a client's outputs may trail among. */
const TRAILING = new Set([
  'reasoning', 'function_call', 'custom_tool_call', 'apply_patch_call', 'shell_call', 'function_call_output', 'custom_tool_call_output',
  'apply_patch_call_output', 'shell_call_output',
]);

/** The items of `type` (a client's outputs) that end the history, past other calls, outputs and reasoning. */
export function trailingOutputsOf(history: Array<Record<string, unknown>>, type: string): Array<Record<string, unknown>> {
  const outputs: Array<Record<string, unknown>> = [];
  for (let index = history.length - 1; index >= 0; index -= 1) {
    const item = history[index]!;
    if (item.type === type) outputs.push(item);
    else if (!TRAILING.has(item.type as string)) break;
  }
  // Gathered from the end (push, not unshift: linear however many outputs trail), returned in order.
  return outputs.reverse();
}
