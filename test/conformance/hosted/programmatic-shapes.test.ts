// Programmatic tool calling against the gpt-5.6-sol captures (openai-captures/programmatic-tool-calling.*, see
// its README): the first turn (reasoning, a program, its first call in progress) and the next (the program's
// next call alone) have the captured event order and the captured keys, in order, on every event, item, tool
// and usage object; the last turn returns the program's result before the answer.
import t from 'tap';
import { OPENAI, post, testApp } from '../../helpers/app.js';
import { eventsOf, parseSse, type SseBlock } from '../../helpers/sse.js';
import { OPENAI_CAPTURES } from '../captured.js';
import { diffStreams } from '../shape-diff.js';

type Json = Record<string, unknown>;

const captured = OPENAI_CAPTURES.body('programmatic-tool-calling.1.json') as Json;
const tools = captured.tools as Json[];
const PROMPT = 'Check the inventory and the demand for sku_123: do we have enough?';

/** A capture's first stream as SSE blocks. */
function recorded(file: string): SseBlock[] {
  const lines = OPENAI_CAPTURES.read(file).split('\n').filter((line) => line.trim());
  return lines.map((line) => {
    const data = JSON.parse(line) as Json;
    return { kind: 'event', event: String(data.type), data, raw: line };
  });
}

/**
 * Shape differences from a capture, but for the key order of the events themselves: these captures put
 * `sequence_number` last, where the wire (and the other capture) has it after `type` (see the README).
 */
function shapeDiffs(raw: string, file: string): string[] {
  return diffStreams({ mock: parseSse(raw), recorded: recorded(file) }).filter((line) => !/\) \$: key order /.test(line));
}

const body = (input: unknown, extra: Json = {}) => ({ model: 'gpt-5.6-sol', input, tools, store: false, include: ['reasoning.encrypted_content'], ...extra });

t.test('turn 1: reasoning, the program, and its first call still in progress, as captured', async (t) => {
  const app = testApp();
  const streamed = await post(app, { url: OPENAI, body: body(PROMPT, { stream: true }) });
  t.same(shapeDiffs(streamed.raw, 'programmatic-tool-calling.1.chunks.txt'), []);
  const json = await post(app, { url: OPENAI, body: body(PROMPT) });
  const output = json.body.output as Json[];
  t.same(output.map((item) => Object.keys(item)), (captured.output as Json[]).map((item) => Object.keys(item)), 'the JSON body: the same items and keys');
  const [, program, call] = output as [Json, Json, Json];
  t.match(program, { id: /^cm_[0-9a-f]{50}$/, call_id: /^call_/, code: /^const inventory = await tools\.getInventory\(\{"sku":"sku_123"\}\);\nconst demand = await tools\.getDemand\(\{"sku":"sku_123"\}\);\n/, fingerprint: /^gAAAAAB/ });
  t.same([call.status, call.caller, call.name, call.arguments], ['in_progress', { type: 'program', caller_id: program.call_id }, 'getInventory', '{"sku":"sku_123"}']);
});

t.test('turn 2 and on: each tool output runs the program on; after the last, its result, then the answer', async (t) => {
  const app = testApp();
  const first = (await post(app, { url: OPENAI, body: body(PROMPT) })).body.output as Json[];
  const [, program, call] = first as [Json, Json, Json];
  const input: Json[] = [{ role: 'user', content: PROMPT }, program, call, { type: 'function_call_output', call_id: call.call_id, output: '{"sku":"sku_123","availableUnits":12}' }];
  const second = await post(app, { url: OPENAI, body: body(input, { stream: true }) });
  t.same(shapeDiffs(second.raw, 'programmatic-tool-calling.2.chunks.txt'), [], 'the next call alone, as captured');
  const next = eventsOf(parseSse(second.raw)).at(-1)!.response as Json;
  const demand = (next.output as Json[])[0]!;
  t.same([demand.name, demand.arguments, demand.caller], ['getDemand', '{"sku":"sku_123"}', { type: 'program', caller_id: program.call_id }]);
  input.push(demand, { type: 'function_call_output', call_id: demand.call_id, output: '{"sku":"sku_123","requestedUnits":5}' });
  const last = (await post(app, { url: OPENAI, body: body(input) })).body.output as Json[];
  t.same(last.map((item) => item.type), ['reasoning', 'program_output', 'message']);
  t.same(last[1], {
    id: last[1]!.id, type: 'program_output', call_id: program.call_id,
    result: '{"inventory":{"sku":"sku_123","availableUnits":12},"demand":{"sku":"sku_123","requestedUnits":5}}', status: 'completed',
  }, 'what the program returned');
  t.match(last[1]!.id, /^cmo_[0-9a-f]{50}$/);
});

t.test('by previous_response_id, and only for functions a program may call', async (t) => {
  const app = testApp();
  const first = await post(app, { url: OPENAI, body: { model: 'gpt-5.6-sol', input: PROMPT, tools } });
  const call = (first.body.output as Json[]).find((item) => item.type === 'function_call')!;
  const next = await post(app, { url: OPENAI, body: { model: 'gpt-5.6-sol', previous_response_id: first.body.id, input: [{ type: 'function_call_output', call_id: call.call_id, output: '{"availableUnits":3}' }], tools } });
  t.same((next.body.output as Json[]).map((item) => [item.type, item.name]), [['function_call', 'getDemand']], 'the program runs on from the stored response');
  const direct = tools.map((tool) => (tool.type === 'function' ? { ...tool, allowed_callers: ['direct'] } : tool));
  const plain = await post(app, { url: OPENAI, body: { model: 'gpt-5.6-sol', input: PROMPT, tools: direct } });
  t.notOk((plain.body.output as Json[]).some((item) => item.type === 'program'), 'direct callers: ordinary calls');
  const without = await post(app, { url: OPENAI, body: { model: 'gpt-5.6-sol', input: PROMPT, tools: tools.filter((tool) => tool.type === 'function') } });
  t.notOk((without.body.output as Json[]).some((item) => item.type === 'program' || 'caller' in item), 'no programmatic_tool_calling tool: ordinary calls');
});
