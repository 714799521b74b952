// What an OpenAI model refuses, by its profile (domain/models.ts): an effort for a model that does not reason
// (`Unsupported parameter: 'reasoning.effort' is not supported with this model.`), an effort it does not know
// (`Unsupported value: 'minimal' is not supported with the 'gpt-5.1' model. …`), and `temperature` or `top_p`
// whenever it reasons (`Unsupported parameter: 'temperature' is not supported with this model.`, code null): at the
// effort the request names, else at its default (medium; none for gpt-5.1 to 5.4, which then take both); and
// encrypted reasoning asked of a model that does not reason (`Encrypted content is not supported with this model.`).
import { modelProfile } from '../models.js';
import { quoteList } from './paths.js';
import type { MockError } from '../types.js';
import type { ResponsesRequest } from '../../schemas/request.js';

const SAMPLING = ['temperature', 'top_p'] as const;

export function modelParameterProblem(request: ResponsesRequest): MockError | null {
  if (typeof request.model !== 'string') return null;
  const model = modelProfile(request.model);
  if (model.callIdStyle !== 'openai') return null;
  const effort = (request.reasoning as { effort?: unknown } | null | undefined)?.effort;
  if (typeof effort === 'string' && model.reasoning === false) {
    return { code: 'unsupported_parameter', message: "Unsupported parameter: 'reasoning.effort' is not supported with this model.", param: 'reasoning.effort' };
  }
  if (typeof effort === 'string' && model.efforts && !model.efforts.includes(effort)) {
    return {
      code: 'unsupported_value',
      message: `Unsupported value: '${effort.slice(0, 100)}' is not supported with the '${request.model.slice(0, 100)}' model. Supported values are: ${quoteList([...model.efforts])}.`,
      param: 'reasoning.effort',
    };
  }
  if (model.reasoning === false && Array.isArray(request.include) && request.include.includes('reasoning.encrypted_content')) {
    // What agent frameworks that always ask for it run into on gpt-4o and gpt-4.1 (param include, code null).
    return { code: 'encrypted_content_not_supported', message: 'Encrypted content is not supported with this model.', param: 'include' };
  }
  if (model.reasoning !== true || (effort ?? model.defaultEffort ?? 'medium') === 'none') return null;
  const refused = SAMPLING.find((name) => request[name] !== undefined && request[name] !== null);
  if (refused === undefined) return null;
  return { code: 'unsupported_model_parameter', message: `Unsupported parameter: '${refused}' is not supported with this model.`, param: refused };
}
