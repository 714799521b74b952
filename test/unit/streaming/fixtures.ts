// Created responses for the streaming unit tests: the real pipeline (validation, engine, rendering) with a
// fixed seed, plus hand-made incomplete and failed variants of a plan.
import { createDepsFactory } from '../../../src/deps.js';
import { modelProfile } from '../../../src/domain/models.js';
import { openAIProfile, openRouterProfile } from '../../../src/providers/index.js';
import type { ProviderProfile } from '../../../src/providers/types.js';
import { createResponse, type CreatedResponse } from '../../../src/pipeline/create-response.js';
import { ResponseStore } from '../../../src/state/responses/response-store.js';

export const PROFILES: Array<[string, ProviderProfile]> = [['openrouter', openRouterProfile], ['openai', openAIProfile]];

export const weatherTool = {
  type: 'function',
  name: 'get_weather',
  description: 'Get current weather for a city.',
  parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false },
};
export const timeTool = {
  type: 'function',
  name: 'get_time',
  description: 'Get the local time in a timezone or city.',
  parameters: { type: 'object', properties: { timezone: { type: 'string' } }, required: ['timezone'], additionalProperties: false },
};

export function created(profile: ProviderProfile, body: Record<string, unknown>): CreatedResponse {
  const raw = JSON.stringify({ store: false, ...body });
  const deps = createDepsFactory({ seed: 7 })({ body: raw, scope: profile.id });
  const outcome = createResponse(JSON.parse(raw), {
    profile,
    strictness: 'lenient',
    deps,
    history: new ResponseStore({ limits: { responses: 10, bytes: 1_000_000 } }),
    resolveModel: modelProfile,
  });
  if (!outcome.ok) throw new Error(`fixture request rejected: ${outcome.error.message}`);
  return outcome.value;
}

export const textRequest = { model: 'openai/gpt-4o-mini', input: 'Reply exactly with: Paris is sunny.', stream: true };
export const toolRequest = { model: 'openai/gpt-4o-mini', input: 'What is the weather in Paris?', tools: [weatherTool], tool_choice: 'required', stream: true };
export const parallelRequest = { model: 'openai/gpt-4o-mini', input: 'What is the weather and the time in Tokyo?', tools: [weatherTool, timeTool], stream: true };

/** The same response, cut by max_output_tokens: the message item incomplete, the response incomplete. */
export function asIncomplete(profile: ProviderProfile, base: CreatedResponse): CreatedResponse {
  const items = base.plan.items.map((item) => (item.type === 'message' ? { ...item, status: 'incomplete' as const } : item));
  const plan = { ...base.plan, items, status: 'incomplete' as const, incompleteReason: 'max_output_tokens' as const };
  const snapshot = { ...base.snapshot, items, status: 'incomplete' as const, incompleteReason: 'max_output_tokens' as const };
  return { ...base, plan, snapshot, body: profile.renderResponse(snapshot, base.request) };
}

/** A failed response with no output, as a scenario will plan it. */
export function asFailed(profile: ProviderProfile, base: CreatedResponse): CreatedResponse {
  const error = { code: 'rate_limit_exceeded', message: 'Rate limit exceeded: free-models-per-day.' };
  const plan = { ...base.plan, items: [], status: 'failed' as const, error };
  const snapshot = { ...base.snapshot, items: [], status: 'failed' as const, error };
  return { ...base, plan, snapshot, body: profile.renderResponse(snapshot, base.request) };
}
