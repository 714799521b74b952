// What an OpenAI model refuses, by its profile (domain/models.ts): an effort for a model that does not reason
// (`Unsupported parameter: 'reasoning.effort' is not supported with this model.`), an effort it does not know
// (`Unsupported value: 'minimal' is not supported with the 'gpt-5.1' model. …`), and `temperature` or `top_p`
// whenever it reasons (`Unsupported parameter: 'temperature' is not supported with this model.`, code null): at the
// effort the request names, else at its default (medium; none for gpt-5.1 to 5.4, which then take both); and
// encrypted reasoning asked of a model that does not reason (`Encrypted content is not supported with this model.`),
// and output text logprobs asked of a model that reasons, as temperature is (`logprobs are not supported with
// reasoning models.`, param include, or top_logprobs when it is above 0).
// A configuration update's effort is held to the same rules, its path named.
import { asksLogprobs } from '../logprobs/logprobs.js';
import { modelProfile, type ModelProfile } from '../models.js';
import { CONFIGURATION_UPDATE } from './items/configuration.js';
import { quoteList } from './paths.js';
import type { MockError } from '../types.js';
import type { ResponsesRequest } from '../../schemas/request.js';

const SAMPLING = ['temperature', 'top_p'] as const;

export function modelParameterProblem(request: ResponsesRequest): MockError | null {
  if (typeof request.model !== 'string') return null;
  const model = modelProfile(request.model);
  if (model.callIdStyle !== 'openai') return null;
  const effort = (request.reasoning as { effort?: unknown } | null | undefined)?.effort;
  const wrongEffort = effortProblem(effort, { model, name: request.model, param: 'reasoning.effort' }) ?? updatedEffortProblem(request.input, { model, name: request.model });
  if (wrongEffort) return wrongEffort;
  if (model.reasoning === false && Array.isArray(request.include) && request.include.includes('reasoning.encrypted_content')) {
    // What agent frameworks that always ask for it run into on gpt-4o and gpt-4.1 (param include, code null).
    return { code: 'encrypted_content_not_supported', message: 'Encrypted content is not supported with this model.', param: 'include' };
  }
  if (!reasonsAt(model, effort)) return null;
  const refused = SAMPLING.find((name) => request[name] !== undefined && request[name] !== null);
  if (refused !== undefined) return { code: 'unsupported_model_parameter', message: `Unsupported parameter: '${refused}' is not supported with this model.`, param: refused };
  // gpt-5-mini's answer to include: ["message.output_text.logprobs"] (code unsupported_parameter), named before
  // top_logprobs when both are sent; top_logprobs alone is refused alike (0, the echoed default, asks for none).
  if (asksLogprobs(request.include)) return { code: 'unsupported_parameter', message: 'logprobs are not supported with reasoning models.', param: 'include' };
  if (typeof request.top_logprobs === 'number' && request.top_logprobs > 0) {
    return { code: 'unsupported_parameter', message: 'logprobs are not supported with reasoning models.', param: 'top_logprobs' };
  }
  return null;
}

/** Whether the model reasons at this effort (its default when none is named); then it takes no sampling parameters and gives no logprobs. */
function reasonsAt(model: ModelProfile, effort: unknown): boolean {
  return model.reasoning === true && (effort ?? model.defaultEffort ?? 'medium') !== 'none';
}

/** Whether a response of this model at this effort could have had output text logprobs on OpenAI (it would refuse them when it reasons). */
export function givesLogprobs(name: string, effort: unknown): boolean {
  const model = modelProfile(name);
  return model.callIdStyle !== 'openai' || !reasonsAt(model, effort);
}

/** An effort the model does not take, named by `param` (`reasoning.effort`, `input[2].reasoning.effort`). */
function effortProblem(effort: unknown, at: { model: ModelProfile; name: string; param: string }): MockError | null {
  if (typeof effort !== 'string') return null;
  const { model, param } = at;
  if (model.reasoning === false) {
    return { code: 'unsupported_parameter', message: `Unsupported parameter: '${param}' is not supported with this model.`, param };
  }
  if (!model.efforts || model.efforts.includes(effort)) return null;
  return {
    code: 'unsupported_value',
    message: `Unsupported value: '${effort.slice(0, 100)}' is not supported with the '${at.name.slice(0, 100)}' model. Supported values are: ${quoteList([...model.efforts])}.`,
    param,
  };
}

/** The efforts of the input's configuration updates, held to the same rules. */
function updatedEffortProblem(input: unknown, at: { model: ModelProfile; name: string }): MockError | null {
  if (!Array.isArray(input)) return null;
  for (let index = 0; index < input.length; index += 1) {
    const item = input[index] as { type?: unknown; reasoning?: { effort?: unknown } } | null;
    if (item?.type !== CONFIGURATION_UPDATE || typeof item.reasoning !== 'object' || item.reasoning === null) continue;
    const problem = effortProblem(item.reasoning.effort, { ...at, param: `input[${index}].reasoning.effort` });
    if (problem) return problem;
  }
  return null;
}
