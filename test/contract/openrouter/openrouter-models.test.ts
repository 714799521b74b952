// @openrouter/sdk 1.3.19 `models.list()`, unmodified, on a real port: its zod schemas require every key of the
// live model record (nullable ones present), `links` and `total_count`; a missing one throws.
import { OpenRouter } from '@openrouter/sdk';
import t from 'tap';
import { MODEL_CATALOG } from '../../../src/domain/models.js';
import { listen } from '../../helpers/server.js';

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

t.test('models.list({ limit }): pages of at most that many, which the SDK follows to the last', async (t) => {
  const server = await listen(t);
  const client = new OpenRouter({ apiKey: 'k', serverURL: server.openrouterBaseURL, retryConfig: { strategy: 'none' } });
  const pages: string[][] = [];
  // The SDK asks for the next page (offset + what came) while a page comes back full.
  for await (const page of await client.models.list({ limit: 3 })) {
    pages.push(page.result.data.map((model) => model.id));
    t.equal(page.result.totalCount, MODEL_CATALOG.length);
    if (pages.length > MODEL_CATALOG.length) break;
  }
  t.same(pages.flat(), MODEL_CATALOG.map((model) => model.id), 'every model once, in order');
  t.equal(pages.length, Math.ceil(MODEL_CATALOG.length / 3));
  t.ok(pages.every((page) => page.length <= 3));
  const first = await client.models.list({ limit: 3 });
  t.same(first.result.links, { next: '/api/v1/models?offset=3&limit=3' }, 'links.next as the spec writes it');
  const error = await client.models.list({ limit: 0 }).then(() => undefined, (caught: unknown) => caught);
  t.match(error, { name: 'BadRequestResponseError', statusCode: 400 }, 'a bad limit: the spec\'s 400, parsed by the SDK');
  t.match(String((error as Error).message), /Invalid 'limit': integer below minimum value/);
});
