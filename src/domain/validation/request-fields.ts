// Checks of single top-level fields that the generated schema validator cannot express: counts past every
// number, the least output a model takes, the shape of a previous_response_id, and what a stateless provider
// refuses (`store`, `previous_response_id`).
import type { ResponsesRequest } from '../../schemas/request.js';
import type { MockError } from '../types.js';

const RESPONSE_ID = /^[A-Za-z0-9_-]+$/;

/**
 * The counts a request sets: never past every number (`1e400` reads as Infinity), and the model's least output
 * (`Invalid 'max_output_tokens': integer below minimum value. Expected a value >= 16, but got 10 instead.`).
 */
export function countsProblem(request: ResponsesRequest, min: number | undefined): MockError | null {
  for (const field of ['max_output_tokens', 'max_tool_calls', 'top_logprobs'] as const) {
    const value = request[field];
    // An integer field given a number past every integer: a decimal, as the real API's parser reads it.
    if (typeof value === 'number' && !Number.isFinite(value)) return { code: 'invalid_type', message: `Invalid type for '${field}': expected an integer, but got a decimal instead.`, param: field };
  }
  const asked = request.max_output_tokens;
  if (min === undefined || typeof asked !== 'number' || asked >= min) return null;
  return {
    code: 'value_out_of_range',
    message: `Invalid 'max_output_tokens': integer below minimum value. Expected a value >= ${min}, but got ${asked} instead.`,
    param: 'max_output_tokens',
    providerCode: 'integer_below_min_value',
  };
}

export function statelessProblem(request: ResponsesRequest, rules: { stateless: boolean }): MockError | null {
  if (!rules.stateless) {
    const id = request.previous_response_id;
    if (typeof id !== 'string' || id === '' || RESPONSE_ID.test(id)) return null;
    return {
      code: 'invalid_value',
      message: `Invalid 'previous_response_id': '${id.slice(0, 100)}'. Expected an ID that contains letters, numbers, underscores, or dashes, but this value contained additional characters.`,
      param: 'previous_response_id',
    };
  }
  if ('store' in request && request.store !== false && request.store !== undefined) {
    return {
      code: 'store_not_supported',
      message: `Invalid value for 'store': ${JSON.stringify(request.store)}. This endpoint is stateless: 'store' must be false or absent.`,
      param: 'store',
    };
  }
  if (request.previous_response_id != null) {
    return {
      code: 'previous_response_not_supported',
      message: `Invalid value for 'previous_response_id': this endpoint is stateless and does not accept it; send the full conversation in 'input' instead.`,
      param: 'previous_response_id',
    };
  }
  return null;
}
