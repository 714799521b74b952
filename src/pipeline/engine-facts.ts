// What the journal is told about a response the rule-based engine decided: the tools it called (function
// and custom) and why (the reason, the tool ranking, and the scenario turn no rule took).
import type { Plan } from '../domain/types.js';
import type { EngineFacts } from '../state/journal/journal.js';

/** `scenarioMiss`: why the session's scenario left the request to the engine. */
export function engineFacts(plan: Plan, context: { scenarioMiss?: string | undefined } = {}): EngineFacts {
  const tools: string[] = [];
  for (const item of plan.items) {
    if (item.type === 'function_call' || item.type === 'custom_tool_call') tools.push(item.namespace === undefined ? item.name : `${item.namespace}.${item.name}`);
  }
  const { scenarioMiss } = context;
  if (plan.explanation === undefined && !scenarioMiss) return { tools };
  // The plan's own explanation as it is (the journal serialises it once), or a copy that adds the scenario's miss.
  return { tools, explanation: scenarioMiss ? { ...(plan.explanation as object | undefined), scenario: scenarioMiss } : plan.explanation };
}

/** The `model` field of a parsed body, if it is a string. */
export function requestedModel(body: unknown): string | null {
  const model = typeof body === 'object' && body !== null ? (body as { model?: unknown }).model : undefined;
  return typeof model === 'string' ? model : null;
}
