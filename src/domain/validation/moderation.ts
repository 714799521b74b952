// `moderation` on a create request (OpenAI's moderated completions): `{model, policy?}`, checked on the OpenAI
// path only (a stateless provider ignores the field, as any it does not know); the response then carries what a
// moderation of its input and output found (providers/parts/moderation.ts).
import type { MockError } from '../types.js';
import { typeError } from './json-schema/schema-check.js';

type Item = Record<string, unknown>;

export function moderationProblem(value: unknown): MockError | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value)) return typeError('moderation', ['object'], value);
  const { model, policy } = value as Item;
  if (model === undefined) return { code: 'missing_required_parameter', message: "Missing required parameter: 'moderation.model'.", param: 'moderation.model' };
  if (typeof model !== 'string') return typeError('moderation.model', ['string'], model);
  if (policy === undefined || policy === null) return null;
  if (typeof policy !== 'object' || Array.isArray(policy)) return typeError('moderation.policy', ['object'], policy);
  for (const side of ['input', 'output'] as const) {
    const config = (policy as Item)[side];
    if (config === undefined || config === null) continue;
    const path = `moderation.policy.${side}`;
    if (typeof config !== 'object' || Array.isArray(config)) return typeError(path, ['object'], config);
    const { mode } = config as Item;
    if (mode === undefined) return { code: 'missing_required_parameter', message: `Missing required parameter: '${path}.mode'.`, param: `${path}.mode` };
    if (mode !== 'score' && mode !== 'block') {
      return { code: 'invalid_value', message: `Invalid value: '${String(mode).slice(0, 100)}'. Supported values are: 'score' and 'block'.`, param: `${path}.mode` };
    }
  }
  return null;
}
