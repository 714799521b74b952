// The openai SDK, unmodified, on a real port against the side endpoints of the OpenAI path: input_items
// paging (`inputItems.list` follows `after` while `has_more`), and the models list.
import OpenAI from 'openai';
import t from 'tap';
import { listen } from '../helpers/server.js';

t.test('inputItems.list pages one item at a time, newest first, and in ascending order on request', async (t) => {
  const server = await listen(t, { seed: 3 });
  const client = new OpenAI({ apiKey: 'k', baseURL: server.openaiBaseURL, maxRetries: 0 });
  const input: OpenAI.Responses.ResponseInput = [
    { role: 'developer', content: 'Be brief.' },
    { role: 'user', content: 'First question' },
    { role: 'assistant', content: 'First answer' },
    { role: 'user', content: [{ type: 'input_text', text: 'Reply exactly with: done' }] },
  ];
  const response = await client.responses.create({ model: 'gpt-4o-mini', input });
  const pages: string[][] = [];
  for await (const page of (await client.responses.inputItems.list(response.id, { limit: 1 })).iterPages()) {
    pages.push(page.data.map((item) => item.id!));
    t.equal(page.data.length, 1, 'one item per page');
  }
  t.equal(pages.length, 4, 'four pages for four items');
  const all: OpenAI.Responses.ResponseItem[] = [];
  for await (const item of client.responses.inputItems.list(response.id, { limit: 3, order: 'asc' })) all.push(item);
  t.same(all.map((item) => item.id), pages.flat().reverse(), 'ascending order is the reverse, ids stable across calls');
  t.same(all.map((item) => (item.type === 'message' ? item.role : item.type)), ['developer', 'user', 'assistant', 'user']);
  for (const item of all) {
    t.match(item, { id: /^msg_[0-9a-f]{50}$/, type: 'message', status: 'completed' });
    t.ok(Array.isArray((item as { content: unknown }).content), 'content is an array of parts');
  }
  t.same((all[1] as { content: unknown }).content, [{ type: 'input_text', text: 'First question' }]);
  t.match((all[2] as { content: unknown }).content, [{ type: 'output_text', text: 'First answer' }]);
  const first = await client.responses.inputItems.list(response.id, { limit: 2 });
  t.match(first, { data: { length: 2 }, has_more: true });
  const raw = await client.get(`/responses/${response.id}/input_items`, { query: { limit: 2 } }) as { first_id: string; last_id: string };
  t.equal(raw.first_id, pages[0]![0], 'first_id is the first item id of the page');
  t.equal(raw.last_id, pages[1]![0], 'last_id is the last item id of the page');
});

t.test('usage carries cache_write_tokens and completed_at is set only when completed', async (t) => {
  const server = await listen(t, { seed: 3 });
  const client = new OpenAI({ apiKey: 'k', baseURL: server.openaiBaseURL, maxRetries: 0 });
  const done = await client.responses.create({ model: 'gpt-4o-mini', input: 'Reply exactly with: ok' });
  t.equal(done.usage?.input_tokens_details.cache_write_tokens, 0);
  t.same(Object.keys(done.usage!.input_tokens_details), ['cache_write_tokens', 'cached_tokens'], 'wire key order');
  t.type(done.completed_at, 'number');
  // 16 is the least max_output_tokens OpenAI takes; the answer asked for is longer.
  const cut = await client.responses.create({ model: 'gpt-4o-mini', input: `Reply exactly with: ${'the lighthouse keeper watched the sea. '.repeat(6)}`, max_output_tokens: 16 });
  t.equal(cut.status, 'incomplete');
  t.equal(cut.completed_at, null, 'an incomplete response has no completion time');
});

t.test('inputTokens.count() gives the usage estimate of the same request', async (t) => {
  const server = await listen(t, { seed: 3 });
  const client = new OpenAI({ apiKey: 'k', baseURL: server.openaiBaseURL, maxRetries: 0 });
  const request = {
    model: 'gpt-4o-mini',
    instructions: 'Answer in one word.',
    input: 'What is the weather in Paris today?',
    tools: [{ type: 'function' as const, name: 'get_weather', description: 'Weather of a city', parameters: { type: 'object', properties: { city: { type: 'string' } } }, strict: false }],
  };
  const counted = await client.responses.inputTokens.count(request);
  t.equal(counted.object, 'response.input_tokens');
  const created = await client.responses.create({ ...request, tool_choice: 'none' });
  t.equal(counted.input_tokens, created.usage!.input_tokens, 'the same estimate as usage.input_tokens');
  const empty = await client.responses.inputTokens.count({});
  t.equal(empty.input_tokens, 1, 'an empty body counts as the minimum');
  await t.rejects(client.responses.inputTokens.count({ input: [{ type: 'function_call_output', call_id: 'call_x', output: 'x' }] }), {
    constructor: OpenAI.BadRequestError,
    status: 400,
    message: /call_x/,
  });
});

t.test('responses.compact() returns user messages and a compaction item a later request accepts', async (t) => {
  const server = await listen(t, { seed: 3 });
  const client = new OpenAI({ apiKey: 'k', baseURL: server.openaiBaseURL, maxRetries: 0 });
  const input: OpenAI.Responses.ResponseInput = [
    { role: 'user', content: 'Plan a trip to Lisbon.' },
    { role: 'assistant', content: 'Sure: three days, trams and pastries.' },
    { role: 'user', content: 'Now make it five days.' },
  ];
  const compacted = await client.responses.compact({ model: 'gpt-5.2', input });
  t.match(compacted, { id: /^resp_[0-9a-f]{50}$/, object: 'response.compaction', created_at: Number });
  t.same(compacted.output.map((item) => item.type), ['message', 'message', 'compaction']);
  t.same(compacted.output.slice(0, 2).map((item) => (item as { content: Array<{ text: string }> }).content[0]!.text), ['Plan a trip to Lisbon.', 'Now make it five days.']);
  const compaction = compacted.output[2] as { id: string; encrypted_content: string };
  t.match(compaction, { id: /^cmp_[0-9a-f]{50}$/, encrypted_content: /^gAAAAAB[A-Za-z0-9_-]+$/ });
  t.match(compacted.usage, { input_tokens: Number, output_tokens: Number, input_tokens_details: { cache_write_tokens: 0, cached_tokens: 0 } });
  t.equal(compacted.usage.total_tokens, compacted.usage.input_tokens + compacted.usage.output_tokens);
  const again = await client.responses.compact({ model: 'gpt-5.2', input });
  t.equal((again.output[2] as { encrypted_content: string }).encrypted_content, compaction.encrypted_content, 'seeded: same body, same blob');
  const next = await client.responses.create({
    model: 'gpt-5.2',
    input: [...compacted.output as OpenAI.Responses.ResponseInputItem[], { role: 'user', content: 'Reply exactly with: noted' }],
  });
  t.equal(next.output_text, 'noted', 'the compacted output goes back in as input');
  await t.rejects(client.responses.compact({ model: 'gpt-5.2', input: [{ type: 'compaction', encrypted_content: 42 } as never] }), {
    constructor: OpenAI.BadRequestError,
    status: 400,
    message: /Invalid type for 'input\[0\]\.encrypted_content': expected a string/,
  });
});

t.test('models.list() and models.retrieve(): the OpenAI catalog models; an unknown one is a NotFoundError', async (t) => {
  const server = await listen(t);
  const client = new OpenAI({ apiKey: 'k', baseURL: server.openaiBaseURL, maxRetries: 0 });
  const ids: string[] = [];
  for await (const model of client.models.list()) {
    t.match(model, { id: String, object: 'model', created: Number, owned_by: String });
    ids.push(model.id);
  }
  t.ok(ids.includes('gpt-4o-mini') && ids.every((id) => !id.includes('/')), ids.join(', '));
  t.match(await client.models.retrieve('gpt-4o-mini'), { id: 'gpt-4o-mini', object: 'model' });
  const error = await client.models.retrieve('no-such-model').then(() => undefined, (caught: unknown) => caught);
  t.ok(error instanceof OpenAI.NotFoundError);
  t.match((error as InstanceType<typeof OpenAI.NotFoundError>).error, { code: 'model_not_found', param: 'model' });
});
