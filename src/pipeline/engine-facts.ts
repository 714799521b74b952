// What the journal is told about a response the rule-based engine decided: the tools it called (function
// and custom) and why (the tool ranking).
import type { Plan } from '../domain/types.js';
import type { EngineFacts } from '../state/journal.js';

export function engineFacts(plan: Plan): EngineFacts {
  const tools: string[] = [];
  for (const item of plan.items) {
    if (item.type === 'function_call' || item.type === 'custom_tool_call') tools.push(item.namespace === undefined ? item.name : `${item.namespace}.${item.name}`);
  }
  return plan.explanation === undefined ? { tools } : { tools, explanation: plan.explanation };
}

/** The `model` field of a parsed body, if it is a string. */
export function requestedModel(body: unknown): string | null {
  const model = typeof body === 'object' && body !== null ? (body as { model?: unknown }).model : undefined;
  return typeof model === 'string' ? model : null;
}
