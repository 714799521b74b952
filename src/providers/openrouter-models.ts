// OpenRouter's GET /api/v1/models: every catalog model in the live record shape, with each key that
// @openrouter/sdk's `models.list()` requires present (null where the live service sends null).
import { MODEL_CATALOG, type CatalogModel } from '../domain/models.js';

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

export function listOpenRouterModels(): unknown {
  const data = MODEL_CATALOG.map(describe);
  return { data, links: { next: null }, total_count: data.length };
}
