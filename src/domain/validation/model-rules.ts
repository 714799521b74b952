// What OpenAI's reasoning models refuse: `temperature` and `top_p` (`Unsupported parameter: 'temperature' is not
// supported with this model.`, param `temperature`, code null), whenever they reason: at the effort the request
// names, else at the model's default (medium; none for gpt-5.1 to 5.4, which then take both). And efforts a
// model does not know (`Unsupported value: 'minimal' is not supported with the 'gpt-5.1' model. …`), or any effort
// for a model that does not reason (`Unsupported parameter: 'reasoning.effort' is not supported with this model.`).
import { modelProfile } from '../models.js';
import { quoteList } from './paths.js';
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

/**
 * The efforts of the families whose lists are documented (Azure OpenAI's reasoning guide, and the 400 above):
 * the o-series low to high; gpt-5 before 5.1 minimal to high (no none); gpt-5-pro high only; gpt-5.1 none to
 * high, and xhigh from gpt-5.1-codex-max on. Later models are not checked.
 */
function knownEfforts(model: string): readonly string[] | undefined {
  const name = model.toLowerCase().replace(/^openai\//, '');
  if (/^o\d/.test(name)) return ['low', 'medium', 'high'];
  if (/^gpt-5-pro/.test(name)) return ['high'];
  if (/^gpt-5(?:$|-(?!chat))/.test(name)) return ['minimal', 'low', 'medium', 'high'];
  if (/^gpt-5\.1-codex-max/.test(name)) return ['none', 'low', 'medium', 'high', 'xhigh'];
  if (/^gpt-5\.1(?!\d)(?!-chat)/.test(name)) return ['none', 'low', 'medium', 'high'];
  return undefined;
}

/** OpenAI's families that do not reason (gpt-4o, gpt-4.1 and older, the gpt-5 chat models); unknown names are not judged. */
const NOT_REASONING = /^(?:openai\/)?(?:gpt-4|gpt-3\.5|chatgpt-4o|gpt-5(?:\.\d+)?-chat)/;

export function effortProblem(request: ResponsesRequest): MockError | null {
  const effort = (request.reasoning as { effort?: unknown } | null | undefined)?.effort;
  if (typeof effort !== 'string' || typeof request.model !== 'string') return null;
  if (NOT_REASONING.test(request.model.toLowerCase())) {
    return { code: 'unsupported_parameter', message: "Unsupported parameter: 'reasoning.effort' is not supported with this model.", param: 'reasoning.effort' };
  }
  const known = knownEfforts(request.model);
  if (!known || known.includes(effort)) return null;
  return {
    code: 'unsupported_value',
    message: `Unsupported value: '${effort.slice(0, 100)}' is not supported with the '${request.model.slice(0, 100)}' model. Supported values are: ${quoteList([...known])}.`,
    param: 'reasoning.effort',
  };
}
