// Pieces of the response object both providers render the same way.
import type { Usage } from '../domain/types.js';
import type { ResponsesRequest } from '../schemas/request.js';

/** The token counts, as both services lay them out; OpenRouter adds its cost fields after them. */
export function usageFields(usage: Usage): Record<string, unknown> {
  return {
    input_tokens: usage.inputTokens,
    input_tokens_details: { cached_tokens: usage.cachedTokens },
    output_tokens: usage.outputTokens,
    output_tokens_details: { reasoning_tokens: usage.reasoningTokens },
    total_tokens: usage.inputTokens + usage.outputTokens,
  };
}

/** `text` as sent, with the default format filled in. */
export function textEcho(body: ResponsesRequest): unknown {
  return body.text?.format ? body.text : { format: { type: 'text' }, ...(body.text ?? {}) };
}
