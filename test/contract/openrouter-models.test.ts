// @openrouter/sdk 1.3.19 `models.list()`, unmodified, on a real port: its zod schemas require every key of the
// live model record (nullable ones present), `links` and `total_count`; a missing one throws.
import { OpenRouter } from '@openrouter/sdk';
import t from 'tap';
import { MODEL_CATALOG } from '../../src/domain/models.js';
import { listen } from '../helpers/server.js';

t.test('models.list() parses every model', async (t) => {
  const server = await listen(t);
  const client = new OpenRouter({ apiKey: 'k', serverURL: server.openrouterBaseURL, retryConfig: { strategy: 'none' } });
  const page = await client.models.list();
  // A page iterator; the parsed body is its `result`.
  const list = page.result;
  t.equal(list.totalCount, MODEL_CATALOG.length);
  t.same(list.links, { next: null });
  t.same(list.data.map((model) => model.id), MODEL_CATALOG.map((model) => model.id));
  for (const model of list.data) {
    t.match(model, {
      canonicalSlug: model.id,
      architecture: { inputModalities: ['text'], outputModalities: ['text'], modality: 'text->text' },
      pricing: { prompt: /^\d/, completion: /^\d/ },
      topProvider: { isModerated: false },
      perRequestLimits: null,
      defaultParameters: {},
      supportedVoices: null,
      links: { details: `/api/v1/models/${model.id}/endpoints` },
    });
    t.ok(model.supportedParameters.includes('tools'), `${model.id}: supports tools`);
  }
});
