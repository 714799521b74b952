// Pieces of the response object both providers render the same way.
import type { ModelProfile } from '../domain/models.js';
import type { Usage } from '../domain/types.js';
import type { ResponsesRequest } from '../schemas/request.js';
import type { ItemStage } from './types.js';

/**
 * The token counts, as both services lay them out; OpenRouter adds its cost fields after them. OpenAI's 2026
 * envelope counts prompt-cache writes too (`cache_write_tokens`, required by the spec and openai-node types).
 */
export function usageFields(usage: Usage, layout: { cacheWrites: boolean } = { cacheWrites: false }): Record<string, unknown> {
  return {
    input_tokens: usage.inputTokens,
    input_tokens_details: layout.cacheWrites
      ? { cache_write_tokens: usage.cacheWriteTokens ?? 0, cached_tokens: usage.cachedTokens }
      : { cached_tokens: usage.cachedTokens },
    output_tokens: usage.outputTokens,
    output_tokens_details: { reasoning_tokens: usage.reasoningTokens },
    total_tokens: usage.inputTokens + usage.outputTokens,
  };
}

/** `text` as sent, with the default format filled in, and the model's default verbosity (OpenAI's gpt-5 family). */
export function textEcho(body: ResponsesRequest, defaults: { verbosity?: string } = {}): unknown {
  const text = body.text?.format ? body.text : body.text ? { format: { type: 'text' }, ...body.text } : { format: { type: 'text' } };
  if (defaults.verbosity === undefined || (text as { verbosity?: unknown }).verbosity != null) return text;
  return { ...text, verbosity: defaults.verbosity };
}

/** What grows while an item streams: empty when it is added (text parts, arguments, input, summary). */
const GROWING = new Map<string, () => unknown>([['content', () => []], ['arguments', () => ''], ['input', () => ''], ['summary', () => []]]);

/**
 * A recorded output item as the stream shows it: as it came once done; when added, in progress with what
 * grows emptied and what only a finished item carries (encrypted reasoning) left out.
 */
export function recordedItem(item: Record<string, unknown>, stage: ItemStage): Record<string, unknown> {
  if (stage !== 'added') return item;
  const added: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    if (key === 'encrypted_content') continue;
    const empty = GROWING.get(key);
    added[key] = key === 'status' ? 'in_progress' : empty ? empty() : value;
  }
  return added;
}

/**
 * OpenAI's `reasoning` echo, in alphabetical order as every field of the envelope: what was sent, over the
 * effective `context` (all_turns on gpt-5.6, current_turn before it), `effort` (medium unless the model says
 * otherwise), `mode` and `summary`; a model that does not reason echoes null context and effort, and no mode
 * (2026 wire, AGENT-SURFACE §4.1; captures before 2026-04 show neither context nor mode).
 */
export function reasoningEcho(sent: ResponsesRequest['reasoning'], model: ModelProfile): Record<string, unknown> {
  const reasoning = model.reasoning === true;
  const context = reasoning ? model.echoes?.reasoningContext ?? 'current_turn' : undefined;
  const echo = context === undefined
    ? { context: null, effort: null, summary: null }
    : { context, effort: model.defaultEffort ?? 'medium', mode: 'standard', summary: null };
  if (!sent) return echo;
  const merged: Record<string, unknown> = { ...echo, ...sent };
  // `auto` is resolved: the response names the context the model used.
  if (context !== undefined && (merged.context === 'auto' || merged.context === null)) merged.context = context;
  return merged;
}
