// Hosted web search through real clients, unmodified, on a real port: the openai SDK's stream helper (which
// throws on unknown events and out-of-order annotations) and Vercel `ai` (which validates url_citation fields
// and turns them into sources).
import { createOpenAI } from '@ai-sdk/openai';
import { generateText, streamText, type ToolSet } from 'ai';
import OpenAI from 'openai';
import t from 'tap';
import { listen } from '../../helpers/server.js';

const prompt = 'What is the latest news about the Artemis program today?';

t.test('openai SDK: responses.stream() with web_search, annotations and all', async (t) => {
  const server = await listen(t, { seed: 11 });
  const client = new OpenAI({ apiKey: 'k', baseURL: server.openaiBaseURL, maxRetries: 0 });
  const stream = client.responses.stream({ model: 'gpt-5-mini', input: prompt, tools: [{ type: 'web_search' }], include: ['web_search_call.action.sources'] });
  const seen = new Map<string, number>();
  for await (const event of stream) seen.set(event.type, (seen.get(event.type) ?? 0) + 1);
  const response = await stream.finalResponse();
  for (const type of ['response.web_search_call.in_progress', 'response.web_search_call.searching', 'response.web_search_call.completed']) t.equal(seen.get(type), 1, type);
  t.equal(seen.get('response.output_text.annotation.added'), 3);
  const search = response.output.find((item) => item.type === 'web_search_call');
  t.match(search, { status: 'completed', action: { type: 'search', query: String, sources: [{ type: 'url' }, {}, {}] } });
  const message = response.output.find((item) => item.type === 'message');
  const part = message?.type === 'message' ? message.content[0] : undefined;
  t.ok(part?.type === 'output_text' && part.annotations.length === 3, 'three citations on the answer');
  if (part?.type === 'output_text') {
    for (const annotation of part.annotations) {
      t.ok(annotation.type === 'url_citation' && part.text.slice(annotation.start_index, annotation.end_index).includes(annotation.url), 'each citation spans its link');
    }
  }
  t.match(response.output_text, /utm_source=openai/);
});

t.test('Vercel ai: generateText and streamText with openai.tools.webSearch give url sources', async (t) => {
  const server = await listen(t, { seed: 11 });
  const openai = createOpenAI({ apiKey: 'k', baseURL: server.openaiBaseURL });
  // The provider's tool type and ai's ToolSet come from two copies of provider-utils: the same shape at runtime.
  const tools = { web_search: openai.tools.webSearch({}) } as unknown as ToolSet;
  const generated = await generateText({ model: openai.responses('gpt-4o'), prompt, tools });
  t.equal(generated.sources.length, 3, 'three sources');
  for (const source of generated.sources) t.match(source, { type: 'source', sourceType: 'url', url: /^https:\/\//, title: String });
  t.ok(generated.content.some((part) => part.type === 'tool-result' && part.toolName === 'web_search'), 'the search shows as a provider-executed tool result');
  const streamed = streamText({ model: openai.responses('gpt-4o'), prompt, tools });
  const parts: string[] = [];
  for await (const part of streamed.fullStream) parts.push(part.type);
  t.notOk(parts.includes('error'), 'no stream error');
  t.equal((await streamed.sources).length, 3);
  t.match(await streamed.text, /Here is what I found on the web/);
});
