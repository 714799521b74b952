// Tool search against the captures (captures/, see its README): the server-executed search (tool_search_call,
// tool_search_output, the namespaced call) and the client-executed one (the call the response ends with, and
// the echoed namespace of the loaded tool on the next turn), event for event and key for key.
import t from 'tap';
import { eventsOf, parseSse, type SseBlock } from '../../helpers/sse.js';
import type { Wire } from '../../helpers/wire.js';
import { OPENAI, post, testApp } from '../../helpers/app.js';
import { asBlocks as blocks, HOSTED_CAPTURES } from '../captured.js';
import { diffStreams } from '../shape-diff.js';

/**
 * Differences other than key order: these 2026 captures list event keys alphabetically after `type`, where
 * the 2025 captures (and the mock, which follows them) put sequence_number second; clients read keys by name.
 */
const shapeDiff = (args: { mock: SseBlock[]; recorded: SseBlock[] }) => diffStreams(args).filter((line) => !/ key order /.test(line));
/** Item events only: what lies between response.in_progress and the terminal event. */
const itemsOnly = (events: Wire[]) => events.filter((event) => !['response.created', 'response.in_progress', 'response.completed'].includes(event.type));

t.test('server-executed tool search streams as captured', async (t) => {
  const captured = HOSTED_CAPTURES.events('openai-tool-search.1.chunks.txt');
  const request = captured[0]!.response as Wire;
  const app = testApp();
  // gpt-4.1: the captured gpt-5.4 answer carries no reasoning item (effort none).
  const { raw } = await post(app, { url: OPENAI, body: { model: 'gpt-4.1', input: 'What is the weather in San Francisco, CA in fahrenheit?', tools: request.tools.map((tool: Wire) => (tool.type === 'tool_search' ? { type: 'tool_search' } : tool)), stream: true } });
  const mine = eventsOf(parseSse(raw)) as Wire[];
  t.same(shapeDiff({ mock: blocks(itemsOnly(mine)), recorded: blocks(itemsOnly(captured)) }), []);
  t.same(mine.at(-1)!.response.tools, captured.at(-1)!.response.tools, 'the echoed tools');
  const body = JSON.parse(HOSTED_CAPTURES.read('openai-tool-search.1.json')) as Wire;
  const call = (mine.at(-1)!.response.output as Wire[]).at(-1)!;
  t.same([call.name, call.namespace], [body.output[2].name, body.output[2].namespace], 'the call names the loaded tool in its own namespace');
});

t.test('client-executed tool search: turn 1 ends with the call, turn 2 calls the loaded tool', async (t) => {
  const turn1 = HOSTED_CAPTURES.events('openai-client-tool-search.1.chunks.txt');
  const tools = (turn1[0]!.response as Wire).tools as Wire[];
  const app = testApp();
  const first = await post(app, { url: OPENAI, body: { model: 'gpt-4.1', input: 'What is the weather in San Francisco?', tools, store: false, stream: true } });
  const mine = eventsOf(parseSse(first.raw)) as Wire[];
  t.same(shapeDiff({ mock: blocks(itemsOnly(mine)), recorded: blocks(itemsOnly(turn1)) }), []);
  const call = mine.at(-1)!.response.output[0] as Wire;
  const body2 = JSON.parse(HOSTED_CAPTURES.read('openai-client-tool-search.2.json')) as Wire;
  const second = await post(app, { url: OPENAI, body: {
    model: 'gpt-4.1', store: false, tools: body2.tools.filter((tool: Wire) => tool.type !== 'namespace'),
    input: [{ role: 'user', content: 'What is the weather in San Francisco?' }, call, { type: 'tool_search_output', call_id: call.call_id, execution: 'client', status: 'completed', tools: [tools[0]] }],
  } });
  t.same(second.body.tools, body2.tools, 'echoed tools, the loaded one added as a namespace');
  t.same(Object.keys((second.body.output as Wire[])[0]!), Object.keys(body2.output[0]), 'a plain call: the tool is also offered undeferred');
  const turn2 = HOSTED_CAPTURES.events('openai-client-tool-search.2.chunks.txt');
  const streamed = await post(app, { url: OPENAI, body: { ...JSON.parse(JSON.stringify({ model: 'gpt-4.1', store: false, tools: body2.tools.filter((tool: Wire) => tool.type !== 'namespace') })), input: [{ role: 'user', content: 'What is the weather in San Francisco?' }, call, { type: 'tool_search_output', call_id: call.call_id, execution: 'client', status: 'completed', tools: [tools[0]] }], stream: true } });
  t.same(shapeDiff({ mock: blocks(itemsOnly(eventsOf(parseSse(streamed.raw)) as Wire[])), recorded: blocks(itemsOnly(turn2)) }), []);
});
