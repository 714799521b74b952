// The mock's hosted-tool answers against real traffic (captures/, see its README): the events of a web search
// item and of the cited message, key for key and in order, for OpenAI's web_search and OpenRouter's native
// web_search_preview. Values (ids, text, counts of citations) may differ; shapes may not. OpenAI's is asked of the
// capture's own model, gpt-5-mini (which, like the capture, marks no message with a phase). grok's recorded request
// is also sent as it was: its unasked reasoning summary, and the settings and tier its final object reports.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import t from 'tap';
import { eventsOf, parseSse } from '../../helpers/sse.js';
import type { Wire } from '../../helpers/wire.js';
import { OPENAI, OPENROUTER, post, testApp } from '../../helpers/app.js';
import { annotationKeys, asBlocks as blocks, HOSTED_CAPTURES, itemEvents as anyItemEvents } from '../captured.js';
import { diffStreams } from '../shape-diff.js';

type Json = Wire;
/** An item's events, its citations aside (their order is checked on its own). */
const itemEvents = (events: Json[], type: string) => anyItemEvents(events, type, { annotations: false });

function recordedEvents(file: string): Json[] {
  const recording = JSON.parse(HOSTED_CAPTURES.read(file)) as { interactions: Array<{ response: { body: string } }> };
  return eventsOf(parseSse(recording.interactions[0]!.response.body));
}

t.test('OpenAI web_search: search item and cited message as captured', async (t) => {
  const captured = HOSTED_CAPTURES.events('openai-web-search-tool.1.chunks.txt');
  const app = testApp();
  const { raw } = await post(app, { url: OPENAI, body: { model: 'gpt-5-mini', input: 'What happened in tech news today?', tools: [{ type: 'web_search' }], include: ['web_search_call.action.sources'], stream: true } });
  const mine = eventsOf(parseSse(raw));
  // The one difference is dated: since 2026-09 `added` carries `action: {type: "search"}` (AGENT-SURFACE 5.1), which
  // this 2025 capture predates and openai-python's item type requires.
  t.same(diffStreams({ mock: blocks(itemEvents(mine, 'web_search_call')), recorded: blocks(itemEvents(captured, 'web_search_call')) }), ['event 0 (response.output_item.added) $.item: extra [action]'], 'web_search_call events');
  t.same(itemEvents(mine, 'web_search_call')[0]!.item.action, { type: 'search' }, 'added: the action\'s type alone');
  t.same(Object.keys(itemEvents(mine, 'web_search_call').at(-1)!.item.action), Object.keys(itemEvents(captured, 'web_search_call').at(-1)!.item.action), 'action keys (with sources)');
  t.same(diffStreams({ mock: blocks(itemEvents(mine, 'message')), recorded: blocks(itemEvents(captured, 'message')) }), [], 'message events');
  t.same(annotationKeys(mine), annotationKeys(captured), 'annotation.added and url_citation keys');
  const body = JSON.parse(HOSTED_CAPTURES.read('openai-web-search-tool.1.json')) as Json;
  const echoed = (await post(app, { url: OPENAI, body: { model: 'gpt-5-mini', input: 'hi', tools: [{ type: 'web_search' }] } })).body;
  t.same(echoed.tools, body.tools, 'the echoed tool with its defaults');
  const part = (body.output as Json[]).at(-1)!.content[0];
  t.same(Object.keys((echoed.output as Json[]).find((item) => item.type === 'message')!.content[0]), Object.keys(part), 'output_text part keys');
});

t.test('OpenRouter web_search_preview: search item and cited message as recorded', async (t) => {
  const recorded = recordedEvents('preserves-native-hosted-search-events.json');
  const app = testApp();
  const { raw } = await post(app, { url: OPENROUTER, body: { model: 'x-ai/grok-4.3', input: 'Use web search once to find the official OpenRouter Responses API documentation. Reply with its URL.', tools: [{ type: 'web_search_preview', engine: 'native', max_uses: 1 }], stream: true } });
  const mine = eventsOf(parseSse(raw));
  t.same(diffStreams({ mock: blocks(itemEvents(mine, 'web_search_call')), recorded: blocks(itemEvents(recorded, 'web_search_call')) }), [], 'web_search_call events');
  t.same(diffStreams({ mock: blocks(itemEvents(mine, 'message')), recorded: blocks(itemEvents(recorded, 'message')) }), [], 'message events');
  t.same(annotationKeys(mine), annotationKeys(recorded), 'annotation.added and url_citation keys');
  const types = (events: Json[]) => events.filter((event) => event.output_index === itemEvents(events, 'message')[0]!.output_index).map((event) => event.type as string);
  const order = (list: string[]) => list.filter((type, i) => type !== list[i - 1]);
  t.same(order(types(mine)), order(types(recorded)), 'annotations all after the deltas');
  const usage = (events: Json[]) => Object.keys(events.at(-1)!.response.usage);
  t.same(usage(mine), usage(recorded), 'usage keys, server_tool_use_details included');
});

t.test("OpenRouter grok's own request: its unasked summary, the reasoning and tier it reports, the final item's keys", async (t) => {
  const recording = JSON.parse(HOSTED_CAPTURES.read('preserves-native-hosted-search-events.json')) as { interactions: Array<{ request: { body: string } }> };
  const recorded = recordedEvents('preserves-native-hosted-search-events.json');
  const { raw } = await post(testApp(), { url: OPENROUTER, body: JSON.parse(recording.interactions[0]!.request.body) as Json, headers: { 'x-mock-strictness': 'lenient' } });
  const mine = eventsOf(parseSse(raw));
  const first = (events: Json[]) => events.filter((event) => event.output_index === 0);
  t.same(diffStreams({ mock: blocks(first(mine)), recorded: blocks(first(recorded)) }), [], 'the first reasoning item: its summary part, in one delta, as recorded');
  const uncited = (events: Json[]) => blocks(events.filter((event) => event.type !== 'response.output_text.annotation.added'));
  t.same(diffStreams({ mock: uncited(mine), recorded: uncited(recorded) }), [], 'the whole stream, citation events aside: event order, shapes at every depth');
  const final = (events: Json[]) => events.at(-1)!.response as Json;
  t.same([final(mine).reasoning, final(mine).service_tier], [final(recorded).reasoning, final(recorded).service_tier], 'reasoning and tier reported');
  const search = (events: Json[]) => Object.keys((final(events).output as Json[]).find((item) => item.type === 'web_search_call')!);
  t.same(search(mine), search(recorded), 'the final web_search_call leads with its type');
  // Ids by their shape: a uuid or 11 characters in place of the random parts.
  const shape = (id: string) => id.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>').replace(/_tmp_[a-z0-9]{11}$/, '_tmp_<11>');
  const skeleton = (events: Json[]) => (final(events).output as Json[]).map((item) => [item.type, shape(String(item.id)), (item.summary as unknown[] | undefined)?.length ?? null]);
  t.same(skeleton(mine), skeleton(recorded), 'reasoning, search, reasoning on its output and interim reasoning (no summaries), message');
  const onOutput = (final(mine).output as Json[])[2]!;
  t.ok(String(onOutput.encrypted_content).startsWith(`${String(onOutput.id)}_`), "the tool output's reasoning blob is led by its id, as recorded");
  const endpoints = (events: Json[]) => (final(events).output as Json[]).filter((item) => item.type === 'reasoning')
    .map((item) => JSON.parse(Buffer.from(String(item.encrypted_content).split('.').at(-1)!, 'base64url').toString()) as unknown);
  t.same(endpoints(mine), endpoints(recorded), 'every reasoning blob ends naming the endpoint, as recorded');
  // On the OpenAI path a grok model reasons as OpenAI's models do: one rs_ item, which a next turn can send back.
  const openai = await post(testApp(), { url: OPENAI, body: { model: 'grok-4', input: 'Search the web for the OpenRouter docs', tools: [{ type: 'web_search' }], reasoning: { effort: 'low' } } });
  t.same((openai.body.output as Json[]).map((item) => (item.type === 'reasoning' ? String(item.id).slice(0, 3) : item.type)), ['rs_', 'web_search_call', 'rs_', 'message']);
  const next = await post(testApp(), { url: OPENAI, body: { model: 'grok-4', input: [...(openai.body.output as Json[]), { role: 'user', content: 'thanks' }], store: false } });
  t.equal(next.status, 200, 'its items are taken back');
});

t.test('the copies are the ones the README lists', async (t) => {
  const readme = HOSTED_CAPTURES.read('README.md');
  const listed = new Map([...readme.matchAll(/^\| `([^`]+)` \| (\d+) \| `([0-9a-f]{64})` \|$/gm)].map((m) => [m[1]!, { bytes: Number(m[2]), sha256: m[3]! }]));
  t.same([...listed.keys()].sort(), readdirSync(HOSTED_CAPTURES.dir).filter((file) => file !== 'README.md').sort());
  for (const [file, expected] of listed) {
    const bytes = readFileSync(HOSTED_CAPTURES.dir + file);
    t.equal(bytes.length, expected.bytes, `${file}: size`);
    t.equal(createHash('sha256').update(bytes).digest('hex'), expected.sha256, `${file}: sha256`);
  }
});
