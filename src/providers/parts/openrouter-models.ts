// OpenRouter's GET /api/v1/models: every catalog model in the live record shape, with each key that
// @openrouter/sdk's `models.list()` requires present (null where the live service sends null), paged by
// `offset` and `limit` as its spec says (the whole list when both are absent).
import { MODEL_CATALOG, type CatalogModel } from '../../domain/models.js';
import type { ModelPage } from '../types.js';

/** The spec's default page size, when only `offset` is given. */
const DEFAULT_LIMIT = 500;

const SUPPORTED_PARAMETERS = [
  'tools', 'tool_choice', 'parallel_tool_calls', 'max_tokens', 'temperature', 'top_p', 'reasoning', 'include_reasoning',
  'response_format', 'structured_outputs', 'seed', 'stop',
];

/** USD per token as OpenRouter writes it: a decimal string without trailing zeros. */
const perToken = (usdPerMillion: number): string => (usdPerMillion / 1e6).toFixed(12).replace(/\.?0+$/, '') || '0';

function describe(model: CatalogModel): Record<string, unknown> {
  return {
    id: model.id,
    canonical_slug: model.id,
    hugging_face_id: null,
    name: model.name,
    created: model.created,
    description: `${model.name} (served by responses-mock).`,
    context_length: model.contextLength,
    architecture: { modality: 'text->text', input_modalities: ['text'], output_modalities: ['text'], tokenizer: 'Other', instruct_type: null },
    pricing: { prompt: perToken(model.profile.pricing.input), completion: perToken(model.profile.pricing.output), request: '0', image: '0' },
    top_provider: { context_length: model.contextLength, max_completion_tokens: 16384, is_moderated: false },
    per_request_limits: null,
    supported_parameters: SUPPORTED_PARAMETERS,
    default_parameters: {},
    supported_voices: null,
    knowledge_cutoff: null,
    expiration_date: null,
    links: { details: `/api/v1/models/${model.id}/endpoints` },
  };
}

/**
 * `links.next` is the next page's path (`/api/v1/models?offset=500&limit=500` in the spec), null on the last:
 * @openrouter/sdk asks for the next page while one comes back full, so a page must hold at most `limit` models.
 */
export function listOpenRouterModels(page: ModelPage = {}): unknown {
  const all = MODEL_CATALOG;
  if (page.offset === undefined && page.limit === undefined) return { data: all.map(describe), links: { next: null }, total_count: all.length };
  const offset = page.offset ?? 0;
  const limit = page.limit ?? DEFAULT_LIMIT;
  const data = all.slice(offset, offset + limit).map(describe);
  const next = offset + limit < all.length ? `/api/v1/models?offset=${offset + limit}&limit=${limit}` : null;
  return { data, links: { next }, total_count: all.length };
}
