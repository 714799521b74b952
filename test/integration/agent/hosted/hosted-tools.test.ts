// Hosted tools through inject: OpenAI's web_search and OpenRouter's web_search_preview, openrouter:web_search
// and openrouter:datetime emulated (code interpreter and file search: hosted-runs.test.ts); every other hosted
// type accepted; OpenRouter's web plugin and :online models; compaction items on /v1/responses; a search kept
// to the allowed domains.
import t from 'tap';
import { HOSTED_TOOL_TYPES } from '../../../../src/schemas/constants.js';
import { eventsOf, parseSse } from '../../../helpers/sse.js';
import type { Wire } from '../../../helpers/wire.js';
import { OPENAI, OPENROUTER, post, testApp, weatherTool } from '../../../helpers/app.js';

type Json = Wire;
const question = 'What is the latest news about the Artemis program today?';

/** The text a citation's indices cover (indices count code points). */
const cited = (text: string, a: Json) => Array.from(text).slice(a.start_index, a.end_index).join('');

t.test('OpenAI web_search: a web_search_call, then text whose citations point at its links', async (t) => {
  const app = testApp();
  const { status, body } = await post(app, { url: OPENAI, body: { model: 'gpt-5-mini', input: question, tools: [{ type: 'web_search' }] } });
  t.equal(status, 200);
  t.same(body.output!.map((item) => item.type), ['reasoning', 'web_search_call', 'reasoning', 'message'], 'reasoning, search, reasoning, answer (as captured)');
  const [, search, , message] = body.output as Json[];
  t.match(search, { id: /^ws_[0-9a-f]{50}$/, type: 'web_search_call', status: 'completed', action: { type: 'search', query: 'latest news about the Artemis program today' } });
  t.same(Object.keys(search!), ['id', 'type', 'status', 'action']);
  t.notOk('sources' in search!.action, 'no sources unless include asks for them');
  const part = message!.content[0];
  t.equal(part.annotations.length, 3);
  for (const annotation of part.annotations) {
    t.same(Object.keys(annotation), ['type', 'end_index', 'start_index', 'title', 'url'], 'OpenAI key order');
    t.match(annotation.url, /\?utm_source=openai$/);
    t.equal(cited(part.text, annotation), `([${new URL(annotation.url).hostname}](${annotation.url}))`, 'the indices cover the markdown link');
  }
  t.same((body.tool_usage as Json).web_search, { num_requests: 1 });
  t.same(body.tools, [{ type: 'web_search', filters: null, search_context_size: 'medium', user_location: { type: 'approximate', city: null, country: 'US', region: null, timezone: null } }]);
  const withSources = await post(app, { url: OPENAI, body: { model: 'gpt-5-mini', input: question, tools: [{ type: 'web_search_preview' }], include: ['web_search_call.action.sources'] } });
  t.match(withSources.body.output![1], { action: { sources: [{ type: 'url', url: /^https:\/\// }, {}, {}] } });
  const plain = await post(app, { url: OPENAI, body: { model: 'gpt-5-mini', input: 'Say hi', tools: [{ type: 'web_search' }] } });
  t.same(plain.body.output!.map((item) => item.type), ['reasoning', 'message'], 'no search cue, no search');
  t.same((plain.body.tool_usage as Json).web_search, { num_requests: 0 });
});

t.test('OpenAI web_search stream: three search events, annotations right after the cited delta', async (t) => {
  const app = testApp();
  const { raw } = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: question, tools: [{ type: 'web_search' }], stream: true } });
  const events = eventsOf(parseSse(raw)) as Json[];
  const types = events.map((event) => event.type as string);
  t.same(types.slice(2, 7), ['response.output_item.added', 'response.web_search_call.in_progress', 'response.web_search_call.searching', 'response.web_search_call.completed', 'response.output_item.done']);
  t.same(Object.keys(events.find((event) => event.type === 'response.web_search_call.searching')!), ['type', 'sequence_number', 'output_index', 'item_id']);
  let text = '';
  let annotations = 0;
  for (const event of events) {
    if (event.type === 'response.output_text.delta') text += event.delta;
    if (event.type !== 'response.output_text.annotation.added') continue;
    const end = event.annotation.end_index as number;
    t.ok(Array.from(text).length >= end, 'announced once the cited text is out');
    const previous = events[events.indexOf(event) - 1]!;
    if (previous.type === 'response.output_text.delta') t.ok(Array.from(text).length - Array.from(previous.delta as string).length < end, 'and not later than that delta');
    t.equal(event.annotation_index, annotations++);
  }
  t.equal(annotations, 3);
  const done = events.find((event) => event.type === 'response.content_part.done')!;
  t.equal(done.part.annotations.length, 3, 'content_part.done repeats the annotations');
});

t.test('OpenRouter web_search_preview: the recorded id shape, annotations after the text, server tool use', async (t) => {
  const app = testApp();
  const { raw } = await post(app, { url: OPENROUTER, body: { model: 'x-ai/grok-4.3', input: 'Use web search once to find the official OpenRouter docs.', tools: [{ type: 'web_search_preview', engine: 'native' }], stream: true } });
  const events = eventsOf(parseSse(raw)) as Json[];
  const added = events.find((event) => event.type === 'response.output_item.added')!;
  t.match(added.item, { id: /^ws_[0-9a-f-]{36}_call-[0-9a-f-]{36}-0$/, type: 'web_search_call', status: 'in_progress', action: { type: 'search', query: '' } });
  const types = events.map((event) => event.type as string);
  const lastDelta = types.lastIndexOf('response.output_text.delta');
  t.ok(types.indexOf('response.output_text.annotation.added') > lastDelta, 'annotations after the last delta');
  const annotation = events.find((event) => event.type === 'response.output_text.annotation.added')!.annotation;
  t.match(annotation, { type: 'url_citation', start_index: 0, end_index: 0 });
  t.equal(annotation.title, annotation.url);
  const completed = events.at(-1)!.response as Json;
  t.same(completed.usage.server_tool_use_details, { web_search_requests: 1 });
  t.match(completed.output[0], { action: { type: 'search', query: 'official OpenRouter docs' } });
});

t.test('grok\'s native search on OpenRouter: its ids name each other as recorded (rs_<u>, ws_<u>_call-<c>-0, tco_<u>_call-<c>-0)', async (t) => {
  // Unseeded: the second answer is the first's, filled from the memo with ids of its own.
  const app = testApp({ seed: undefined });
  const body = { model: 'x-ai/grok-4.3', input: 'Use web search once to find the official OpenRouter docs.', reasoning: { effort: 'low' }, include: ['reasoning.encrypted_content'], tools: [{ type: 'web_search_preview', engine: 'native' }] };
  // JSON, the same again (filled from the memo), and streamed.
  const answers = [(await post(app, { url: OPENROUTER, body })).body, (await post(app, { url: OPENROUTER, body })).body];
  answers.push(eventsOf(parseSse((await post(app, { url: OPENROUTER, body: { ...body, stream: true } })).raw)).at(-1)!.response as Json);
  for (const [index, answer] of answers.entries()) {
    const output = answer.output as Json[];
    t.same(output.map((item) => item.type), ['reasoning', 'web_search_call', 'reasoning', 'reasoning', 'message'], `answer ${index}`);
    const [began, search, onOutput] = output as [Json, Json, Json];
    const shared = /^rs_([0-9a-f-]{36})$/.exec(began.id)![1]!;
    t.match(search.id, new RegExp(`^ws_${shared}_call-[0-9a-f-]{36}-0$`), 'the search is named after the reasoning it began in');
    t.equal(onOutput.id, `tco_${search.id.slice('ws_'.length)}`, 'the reasoning on its output after the search');
    t.ok(onOutput.encrypted_content.startsWith(`${onOutput.id}_`), 'its blob led by its id');
  }
  t.not((answers[0]!.output as Json[])[1]!.id, (answers[1]!.output as Json[])[1]!.id, 'each answer its own ids');
});

t.test('openrouter:web_search and openrouter:datetime', async (t) => {
  const app = testApp();
  const search = await post(app, { url: OPENROUTER, body: { model: 'openai/gpt-4o', input: question, tools: [{ type: 'openrouter:web_search', parameters: { max_results: 3 } }] } });
  t.match(search.body.output![0], { id: /^ws_tmp_[a-z0-9]{11}$/, type: 'openrouter:web_search', status: 'completed', action: { type: 'search', query: String, sources: [{ type: 'url' }, {}, {}] } });
  const time = await post(app, { url: OPENROUTER, body: { model: 'openai/gpt-4o', input: 'What time is it now?', tools: [{ type: 'openrouter:datetime', parameters: { timezone: 'Asia/Tokyo' } }] } });
  t.same(time.body.output![0], { id: (time.body.output![0] as Json).id, type: 'openrouter:datetime', status: 'completed', datetime: '2026-10-01T01:00:00.000+09:00', timezone: 'Asia/Tokyo' }, 'the seeded clock in the tool\'s timezone');
  t.match(time.body.output![1], { type: 'message', content: [{ text: 'It is Thursday, October 1, 2026 at 01:00 (Asia/Tokyo).' }] });
  const utc = await post(app, { url: OPENROUTER, body: { model: 'openai/gpt-4o', input: 'What is the date today?', tools: [{ type: 'openrouter:datetime' }] } });
  t.match(utc.body.output![0], { datetime: '2026-09-30T16:00:00.000Z', timezone: 'UTC' });
  const bad = await post(app, { url: OPENROUTER, body: { model: 'openai/gpt-4o', input: 'What time is it?', tools: [weatherTool, { type: 'openrouter:datetime', parameters: { timezone: 'Mars/Olympus' } }] } });
  t.equal(bad.status, 400);
  t.match(bad.body.error, { message: /tools\[1\]\.parameters\.timezone/ });
});

t.test("OpenRouter's web plugin and :online models: the answer cites what the search found, with no search item", async (t) => {
  const app = testApp();
  const ask = (body: Json) => post(app, { url: OPENROUTER, body: { model: 'openai/gpt-4o', input: 'What happened in the news today?', ...body } });
  for (const body of [{ plugins: [{ id: 'web' }] }, { model: 'openai/gpt-4o:online' }, { plugins: [{ id: 'web', max_results: 3 }], stream: false }]) {
    const { status, body: answer } = await ask(body);
    t.equal(status, 200);
    t.same(answer.output!.map((item) => item.type), ['message'], `${JSON.stringify(body)}: the plugin searches before the model; no item says so`);
    const part = (answer.output![0] as Json).content[0];
    t.match(part.text, /^Here is what I found on the web about "[^"]+":\n- .+\(\[[^\]]+\]\(https:\/\/[^)]+\)\)$/m);
    t.equal(part.annotations.length, 3, 'three sources cited');
    t.match(part.annotations[0], { type: 'url_citation', url: /^https:\/\//, start_index: 0, end_index: 0 }, "as OpenRouter relays its upstream's citations");
  }
  const annotations = async (body: Json) => ((await ask(body)).body.output![0] as Json).content?.[0]?.annotations ?? [];
  t.equal((await annotations({ plugins: [{ id: 'web', max_results: 1 }] })).length, 1, 'max_results');
  const events = eventsOf(parseSse((await post(app, { url: OPENROUTER, body: { model: 'openai/gpt-4o:online', input: 'What happened in the news today?', stream: true } })).raw)) as Json[];
  t.equal(events.filter((event) => event.type === 'response.output_text.annotation.added').length, 3, 'streamed as annotations');
  for (const body of [{ plugins: [{ id: 'web', enabled: false }] }, { plugins: [{ id: 'file-parser' }] }, { input: [{ role: 'user', content: 'weather in Paris?' }], plugins: [{ id: 'web' }], tools: [weatherTool] }]) {
    t.same(await annotations(body), [], `${JSON.stringify(body)}: no citations`);
  }
  const openai = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: 'What happened in the news today?' } });
  t.same((openai.body.output![0] as Json).content[0].annotations, [], 'the OpenAI path has no plugins');
});

t.test('forced and required hosted tools; tool_choice none and function calls win', async (t) => {
  const app = testApp();
  const forced = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: 'Tell me about otters', tools: [weatherTool, { type: 'web_search' }], tool_choice: { type: 'web_search' } } });
  t.equal(forced.body.output![0]!.type, 'web_search_call');
  const required = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: 'Tell me about otters', tools: [{ type: 'web_search' }], tool_choice: 'required' } });
  t.equal(required.body.output![0]!.type, 'web_search_call');
  const none = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: question, tools: [{ type: 'web_search' }], tool_choice: 'none' } });
  t.same(none.body.output!.map((item) => item.type), ['message']);
  const call = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: 'What is the weather in Paris today?', tools: [weatherTool, { type: 'web_search' }] } });
  t.same(call.body.output!.map((item) => item.type), ['function_call'], 'a matching function is called instead');
});

/** The fields OpenAI requires of the hosted tools it runs itself (hosted-runs.test.ts checks the 400s). */
const REQUIRED: Record<string, Json> = { file_search: { vector_store_ids: ['vs_1'] }, code_interpreter: { container: { type: 'auto' } } };

t.test('every hosted tool type of the specs is accepted on both paths', async (t) => {
  const app = testApp();
  for (const type of HOSTED_TOOL_TYPES) {
    for (const url of [OPENAI, OPENROUTER]) {
      const answer = await post(app, { url, body: { model: 'gpt-4o', input: 'Reply exactly with: ok', tools: [{ type, ...REQUIRED[type] }] } });
      t.equal(answer.status, 200, `${type} on ${url}`);
    }
  }
});

t.test('compaction on /v1/responses: a trailing compaction_trigger, and context_management past its threshold', async (t) => {
  const app = testApp();
  const history = [{ role: 'user', content: 'Plan a trip to Lisbon.' }, { role: 'assistant', content: 'Three days.' }];
  const triggered = await post(app, { url: OPENAI, body: { model: 'gpt-4.1', input: [...history, { type: 'compaction_trigger' }], store: false } });
  t.equal(triggered.status, 200);
  t.same(triggered.body.output!.map((item) => item.type), ['compaction'], 'exactly one compaction item');
  t.match(triggered.body.output![0], { id: /^cmp_[0-9a-f]{50}$/, encrypted_content: /^gAAAAAB/ });
  const managed = await post(app, { url: OPENAI, body: { model: 'gpt-4.1', input: [...history, { role: 'user', content: 'Reply exactly with: ok' }], context_management: [{ type: 'compaction', compact_threshold: 1 }], stream: true } });
  const events = eventsOf(parseSse(managed.raw)) as Json[];
  const last = events.at(-1)!.response as Json;
  t.same(last.output.map((item: Json) => item.type), ['message', 'compaction']);
  const compactionEvents = events.filter((event) => event.item?.type === 'compaction').map((event) => event.type);
  t.same(compactionEvents, ['response.output_item.added', 'response.output_item.done'], 'only added and done');
  const under = await post(app, { url: OPENAI, body: { model: 'gpt-4.1', input: 'Reply exactly with: ok', context_management: [{ type: 'compaction', compact_threshold: 100000 }] } });
  t.same(under.body.output!.map((item) => item.type), ['message'], 'below the threshold, no compaction');
});

t.test('same request and seed, same bytes', async (t) => {
  const app = testApp();
  const body = { model: 'gpt-5-mini', input: question, tools: [{ type: 'web_search' }], stream: true, include: ['reasoning.encrypted_content'] };
  t.equal((await post(app, { url: OPENAI, body })).raw, (await post(app, { url: OPENAI, body })).raw);
});

t.test("a search keeps to the tool's allowed domains, on both paths", async (t) => {
  const app = testApp();
  const hosts = (body: Json) => (body.output as Json[]).find((item) => item.type === 'message')!.content[0].annotations.map((a: Json) => new URL(a.url).hostname);
  const one = await post(app, { url: OPENAI, body: { model: 'gpt-5-mini', store: false, input: question, tools: [{ type: 'web_search', filters: { allowed_domains: ['dw.com'] } }] } });
  t.same(hosts(one.body), ['dw.com'], 'a domain no known site is on: a page of its own');
  const some = await post(app, { url: OPENAI, body: { model: 'gpt-5-mini', store: false, input: question, tools: [{ type: 'web_search', filters: { allowed_domains: ['reuters.com', 'https://apnews.com/', 'x'] } }] } });
  t.same([...hosts(some.body)].sort(), ['apnews.com', 'www.reuters.com'], 'known sites on the domains, a scheme dropped, a non-domain ignored');
  const routed = await post(app, { url: OPENROUTER, body: { model: 'openai/gpt-4o-mini', input: question, tools: [{ type: 'web_search_preview', filters: { allowed_domains: ['nature.com'] } }] } });
  t.same(hosts(routed.body), ['www.nature.com']);
});
