// What OpenAI's reasoning models refuse: `temperature` and `top_p` (`Unsupported parameter: 'temperature' is not
// supported with this model.`, param `temperature`, code null), whenever they reason: at the effort the request
// names, else at the model's default (medium; none for gpt-5.1 to 5.4, which then take both).
import { modelProfile } from '../models.js';
import type { MockError } from '../types.js';
import type { ResponsesRequest } from '../../schemas/request.js';

const SAMPLING = ['temperature', 'top_p'] as const;

export function samplingProblem(request: ResponsesRequest): MockError | null {
  if (typeof request.model !== 'string') return null;
  const model = modelProfile(request.model);
  if (model.callIdStyle !== 'openai' || model.reasoning !== true) return null;
  const asked = (request.reasoning as { effort?: unknown } | null | undefined)?.effort;
  const effort = asked ?? model.defaultEffort ?? 'medium';
  if (effort === 'none') return null;
  const refused = SAMPLING.find((name) => request[name] !== undefined && request[name] !== null);
  if (refused === undefined) return null;
  return { code: 'unsupported_model_parameter', message: `Unsupported parameter: '${refused}' is not supported with this model.`, param: refused };
}
