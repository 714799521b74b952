// POST /v1/responses/input_tokens: how many input tokens a create request with this body would count, by
// the same estimate as its `usage.input_tokens`. Every field is optional, `model` included.
import { estimateUsage } from '../../domain/engine/usage.js';
import { ok, type Result } from '../../domain/types.js';
import type { Runtime } from '../../runtime.js';
import { prepareSide, sideBody, sideContext, type SideInput } from './side-request.js';

export interface InputTokens {
  object: 'response.input_tokens';
  input_tokens: number;
}

/** A model is only needed to validate the body; the count does not depend on it. */
const PLACEHOLDER_MODEL = 'gpt-4o';

export function countInputTokens(runtime: Runtime, input: SideInput): Result<InputTokens> {
  const context = sideContext(runtime, input);
  if (!context.ok) return context;
  const body = sideBody(input.raw);
  if (!body.ok) return body;
  const filled: Record<string, unknown> = { model: PLACEHOLDER_MODEL, ...body.value };
  if (filled.input === undefined && filled.previous_response_id == null) filled.input = [];
  const prepared = prepareSide(context.value, filled);
  if (!prepared.ok) return prepared;
  const request = prepared.value;
  const usage = estimateUsage({
    instructions: request.body.instructions ?? undefined,
    conversation: request.conversation,
    functions: request.functions,
    output: [],
  });
  return ok({ object: 'response.input_tokens', input_tokens: usage.inputTokens });
}
