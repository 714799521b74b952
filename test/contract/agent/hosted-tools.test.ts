// Hosted web search, code interpreter and file search through real clients, unmodified, on a real port: the
// openai SDK's stream helper (which throws on unknown events and out-of-order annotations) and Vercel `ai`
// (which validates citation fields, turns searched pages into sources, citations into the text's citations and hosted
// calls into tool results).
import { createOpenAI } from '@ai-sdk/openai';
import { generateText, streamText } from 'ai';
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

t.test('Vercel ai: generateText and streamText with openai.tools.webSearch give url sources and citations', async (t) => {
  const server = await listen(t, { seed: 11 });
  const openai = createOpenAI({ apiKey: 'k', baseURL: server.openaiBaseURL });
  const tools = { web_search: openai.tools.webSearch({}) };
  const generated = await generateText({ model: openai.responses('gpt-4o'), prompt, tools });
  // @ai-sdk/openai 4 asks for web_search_call.action.sources and takes the sources from there (a url, no title);
  // the answer's url_citation annotations become the text's citations instead.
  t.equal(generated.sources.length, 3, 'three sources');
  for (const source of generated.sources) t.match(source, { type: 'source', sourceType: 'url', url: /^https:\/\// });
  const answer = generated.content.find((part) => part.type === 'text');
  t.equal(answer?.type === 'text' && answer.citations?.length, 3, 'three citations on the answer');
  for (const citation of answer?.type === 'text' ? answer.citations ?? [] : []) {
    t.match(citation.source, { sourceType: 'url', url: /utm_source=openai/, title: /Artemis/ }, 'a citation names its page');
    t.ok(citation.source.sourceType === 'url' && answer!.text.slice(citation.startIndex, citation.endIndex).includes(citation.source.url), 'each citation spans its link');
  }
  t.ok(generated.content.some((part) => part.type === 'tool-result' && part.toolName === 'web_search'), 'the search shows as a provider-executed tool result');
  const streamed = streamText({ model: openai.responses('gpt-4o'), prompt, tools });
  const parts: string[] = [];
  let cited = 0;
  for await (const part of streamed.fullStream) {
    parts.push(part.type);
    if (part.type === 'text-end') cited += part.citations?.length ?? 0;
  }
  t.notOk(parts.includes('error'), 'no stream error');
  t.equal((await streamed.sources).length, 3);
  t.equal(cited, 3, 'the streamed text ends with its three citations');
  t.match(await streamed.text, /Here is what I found on the web/);
});

t.test('openai SDK: responses.stream() with code_interpreter and file_search', async (t) => {
  const server = await listen(t, { seed: 11 });
  const client = new OpenAI({ apiKey: 'k', baseURL: server.openaiBaseURL, maxRetries: 0 });
  const stream = client.responses.stream({
    model: 'gpt-5-nano', input: 'Use python to compute 12 * 12', include: ['code_interpreter_call.outputs'],
    tools: [{ type: 'code_interpreter', container: { type: 'auto' } }],
  });
  let code = '';
  stream.on('response.code_interpreter_call_code.delta', (event) => { code += event.delta; });
  const response = await stream.finalResponse();
  const call = response.output.find((item) => item.type === 'code_interpreter_call');
  t.match(call, { status: 'completed', code: '12 * 12\n', outputs: [{ type: 'logs', logs: '144' }] });
  t.equal(code, '12 * 12\n', 'the code deltas as the SDK hands them out');
  t.match(response.output_text, /144/);

  const search = client.responses.stream({ model: 'gpt-4.1', input: 'What does the travel policy document say?', tools: [{ type: 'file_search', vector_store_ids: ['vs_1'] }] });
  const cited: string[] = [];
  search.on('response.output_text.annotation.added', (event) => { cited.push((event.annotation as { type: string }).type); });
  const found = await search.finalResponse();
  t.same(cited, ['file_citation', 'file_citation']);
  t.match(found.output.find((item) => item.type === 'file_search_call'), { status: 'completed', queries: Array });
});

t.test('Vercel ai: openai.tools.codeInterpreter and fileSearch give provider-executed tool results', async (t) => {
  const server = await listen(t, { seed: 11 });
  const openai = createOpenAI({ apiKey: 'k', baseURL: server.openaiBaseURL });
  const tools = { code_interpreter: openai.tools.codeInterpreter({}), file_search: openai.tools.fileSearch({ vectorStoreIds: ['vs_1'] }) };
  const ran = await generateText({ model: openai.responses('gpt-4.1'), prompt: 'Use python to compute 2 + 3', tools });
  const result = ran.content.find((part) => part.type === 'tool-result' && part.toolName === 'code_interpreter');
  t.match(result, { providerExecuted: true, output: { outputs: [{ type: 'logs', logs: '5' }] } }, 'the outputs Vercel asked for');
  t.match(ran.text, /5/);
  const streamed = streamText({ model: openai.responses('gpt-4.1'), prompt: 'What does the handbook say about holidays?', tools });
  const parts: string[] = [];
  for await (const part of streamed.fullStream) parts.push(part.type);
  t.notOk(parts.includes('error'), 'no stream error');
  t.ok(parts.includes('tool-result'), 'the search shows as a tool result');
  t.ok((await streamed.sources).length >= 1, 'the cited file is a source');
});
