// What OpenAI's reasoning models refuse: `temperature` and `top_p` (`Unsupported parameter: 'temperature' is not
// supported with this model.`, param `temperature`, code null). The o-series and gpt-5 before 5.1 always
// reason; gpt-5.1 and later reason unless `reasoning.effort` is 'none', their default, and take both then.
import type { MockError } from '../types.js';
import type { ResponsesRequest } from '../../schemas/request.js';

const ALWAYS_REASONING = /^(?:openai\/)?(?:o\d|gpt-5(?:$|-(?!chat)))/;
const REASONING_BY_EFFORT = /^(?:openai\/)?gpt-5\.\d/;
const SAMPLING = ['temperature', 'top_p'] as const;

export function samplingProblem(request: ResponsesRequest): MockError | null {
  const model = typeof request.model === 'string' ? request.model.toLowerCase() : '';
  const effort = (request.reasoning as { effort?: unknown } | null | undefined)?.effort;
  const reasons = ALWAYS_REASONING.test(model) || (REASONING_BY_EFFORT.test(model) && effort !== undefined && effort !== null && effort !== 'none');
  if (!reasons) return null;
  const refused = SAMPLING.find((name) => request[name] !== undefined && request[name] !== null);
  if (refused === undefined) return null;
  return { code: 'unsupported_model_parameter', message: `Unsupported parameter: '${refused}' is not supported with this model.`, param: refused };
}
