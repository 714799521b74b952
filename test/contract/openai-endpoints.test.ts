// The openai SDK, unmodified, on a real port against the side endpoints of the OpenAI path: input_items
// paging (`inputItems.list` follows `after` while `has_more`).
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
  const cut = await client.responses.create({ model: 'gpt-4o-mini', input: 'Please write a long story about a lighthouse keeper and the sea.', max_output_tokens: 2 });
  t.equal(cut.status, 'incomplete');
  t.equal(cut.completed_at, null, 'an incomplete response has no completion time');
});
