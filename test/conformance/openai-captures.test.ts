// Real OpenAI streams (test/conformance/openai-captures, see its README) against the mock's: a reasoning
// model's first turn of a tool loop must have the captured event order and the captured keys (and key
// order) on every event, item and part; the reasoning item follows the 2026 capture, which adds `content: []`
// to the 2025 shape. Response envelopes are left to the envelope tests. OpenRouter's reasoning item keys are
// the ones recorded for muse-spark (openrouter-muse-spark-1-3-tool-loop.json, see recordings/README.md).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { OPENAI, OPENROUTER, post, testApp } from '../helpers/app.js';
import { eventsOf, parseSse } from '../helpers/sse.js';
import { OPENAI_CAPTURES } from './captured.js';
import { groups } from './shape-diff.js';

type Json = Record<string, unknown>;
const FOLDER = fileURLToPath(new URL('./openai-captures', import.meta.url));
const FILES = ['openai-reasoning-encrypted-content.1.chunks.txt', 'programmatic-tool-calling.1.chunks.txt'];
/** JSON bodies: the response envelope's test (openai-envelope.test.ts) reads them. */
const BODIES = ['openai-apply-patch-tool.1.json', 'openai-reasoning-encrypted-content.1.json', 'programmatic-tool-calling.1.json'];
/** Read by hosted/programmatic-shapes.test.ts, openai-phase.test.ts and openai-errors.test.ts. */
const OTHERS = [
  'programmatic-tool-calling.2.chunks.txt', 'openai-phase.1.chunks.txt', 'openai-phase.1.json', 'openai-error.1.chunks.txt', 'openai-error.1.json',
  'reasoning-model-temperature-error.json',
];

/** The streams of a capture file, split after each terminal event. */
function streams(file: string): Json[][] {
  const out: Json[][] = [[]];
  for (const line of readFileSync(join(FOLDER, file), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const event = JSON.parse(line) as Json;
    out.at(-1)!.push(event);
    if (/^response\.(completed|incomplete|failed)$/.test(String(event.type))) out.push([]);
  }
  return out.filter((stream) => stream.length > 0);
}

/** Keys of an event and of the item and part inside it; the response envelope is not compared here. */
function shapes(event: Json): Array<[string, string[]]> {
  const found: Array<[string, string[]]> = [['event', Object.keys(event)]];
  if (event.item) found.push([`item(${String((event.item as Json).type)})`, Object.keys(event.item as Json)]);
  if (event.part) found.push(['part', Object.keys(event.part as Json)]);
  return found;
}

const collapsed = (events: Json[]) => groups(events).map((group) => String(group[0]!.type));

t.test('the bundled copies are the ones the README lists', async (t) => {
  const readme = readFileSync(join(FOLDER, 'README.md'), 'utf8');
  const listed = new Map([...readme.matchAll(/^\| `([^`]+)` \| (\d+) \| `([0-9a-f]{64})` \|$/gm)].map((m) => [m[1]!, { bytes: Number(m[2]), sha256: m[3]! }]));
  t.same([...listed.keys()].sort(), [...FILES, ...BODIES, ...OTHERS].sort());
  for (const [file, expected] of listed) {
    const bytes = readFileSync(join(FOLDER, file));
    t.equal(bytes.length, expected.bytes, `${file}: size`);
    t.equal(createHash('sha256').update(bytes).digest('hex'), expected.sha256, `${file}: sha256`);
  }
});

const calculator = {
  type: 'function', name: 'calculator', strict: true, description: 'A minimal calculator for basic arithmetic. Call it once per step.',
  parameters: {
    type: 'object', additionalProperties: false, required: ['a', 'b', 'op'],
    properties: { a: { type: 'number' }, b: { type: 'number' }, op: { type: 'string', enum: ['add', 'subtract', 'multiply', 'divide'] } },
  },
};

t.test('a reasoning turn with a summary and a call: the captured order and keys', async (t) => {
  const [captured] = streams(FILES[0]!);
  const answer = await post(testApp(), {
    url: OPENAI,
    body: {
      model: 'gpt-5.1-codex-max', input: 'Add 12 and 7 with the calculator.', tools: [calculator], tool_choice: 'required', parallel_tool_calls: false,
      reasoning: { effort: 'high', summary: 'detailed' }, include: ['reasoning.encrypted_content'], store: false, stream: true,
    },
  });
  const mine = eventsOf(parseSse(answer.raw));
  t.same(collapsed(mine), collapsed(captured!), 'event order (runs of deltas collapsed)');
  const reasoning2026 = streams(FILES[1]!)[0]!.find((event) => event.type === 'response.output_item.added')!.item as Json;
  const reasoning2025 = captured!.find((event) => event.type === 'response.output_item.added')!.item as Json;
  t.same(Object.keys(reasoning2026).filter((key) => key !== 'content'), Object.keys(reasoning2025), 'the 2026 item is the 2025 one plus content');
  const expected = groups(captured!).map((group) => group[0]!);
  groups(mine).forEach((group, index) => {
    const reference = new Map(shapes(expected[index]!));
    for (const [where, keys] of shapes(group[0]!)) {
      const wanted = where === 'item(reasoning)' ? Object.keys(reasoning2026) : reference.get(where);
      t.same(keys, wanted, `${String(group[0]!.type)} ${where}`);
    }
  });
});

/** An item's opaque blob (`key`) in its output_item.added, its .done, and the finished response, by output index. */
function blobs(events: Json[], at: { index: number; key: string }): string[] {
  const item = (type: string) => events.find((event) => event.type === type && event.output_index === at.index)!.item as Json;
  const finished = (events.at(-1)!.response as Json).output as Json[];
  return [item('response.output_item.added'), item('response.output_item.done'), finished[at.index]!].map((found) => String(found[at.key]));
}

t.test('opaque blobs are sent anew at each stage of a stream, as captured', async (t) => {
  const program = streams(FILES[1]!)[0]!;
  const captured = [blobs(streams(FILES[0]!)[0]!, { index: 0, key: 'encrypted_content' }), blobs(program, { index: 0, key: 'encrypted_content' }), blobs(program, { index: 1, key: 'fingerprint' })];
  for (const stages of captured) t.equal(new Set(stages).size, 3, 'captured: added, done and the response differ');
  const app = testApp();
  const tools = (OPENAI_CAPTURES.body('programmatic-tool-calling.1.json') as Json).tools;
  const answer = await post(app, { url: OPENAI, body: { model: 'gpt-5.6-sol', input: 'Check the inventory and the demand for sku_123: do we have enough?', tools, store: false, stream: true } });
  const events = eventsOf(parseSse(answer.raw));
  const mine = [blobs(events, { index: 0, key: 'encrypted_content' }), blobs(events, { index: 1, key: 'fingerprint' })];
  for (const stages of mine) t.equal(new Set(stages).size, 3, 'the mock: added, done and the response differ');
  t.ok(mine[1]![0]!.length < mine[1]![1]!.length, 'the fingerprint grows once done');
  const again = await post(testApp(), { url: OPENAI, body: { model: 'gpt-5.6-sol', input: 'Check the inventory and the demand for sku_123: do we have enough?', tools, store: false, stream: true } });
  t.same(blobs(eventsOf(parseSse(again.raw)), { index: 1, key: 'fingerprint' }), mine[1], 'the same request: the same blobs');
  const id = ((events.at(-1)!.response as Json).output as Json[])[0]!.id;
  const reasoning = (blob: string) => [{ role: 'user', content: 'Hi' }, { id, type: 'reasoning', summary: [], encrypted_content: blob }, { role: 'assistant', content: 'Hello.' }, { role: 'user', content: 'Bye' }];
  for (const [stage, blob] of mine[0]!.entries()) {
    const next = await post(app, { url: OPENAI, body: { model: 'gpt-5.6-sol', input: reasoning(blob), store: false } });
    t.equal(next.status, 200, `the reasoning blob of stage ${stage} is taken back`);
  }
});

t.test("OpenRouter's reasoning item: the keys recorded for muse-spark", async (t) => {
  const answer = await post(testApp(), {
    url: OPENROUTER,
    body: { model: 'meta/muse-spark-1.3', input: 'Say pong.', reasoning: { effort: 'minimal' }, include: ['reasoning.encrypted_content'], store: false, stream: true },
  });
  const events = eventsOf(parseSse(answer.raw));
  const added = events.find((event) => event.type === 'response.output_item.added')!;
  const done = events.find((event) => event.type === 'response.output_item.done')!;
  t.same(Object.keys(added), ['type', 'output_index', 'item', 'sequence_number']);
  t.same(Object.keys(added.item as Json), ['id', 'type', 'status', 'summary'], 'added');
  t.same(Object.keys(done.item as Json), ['id', 'type', 'status', 'summary', 'encrypted_content', 'format'], 'done');
  t.same(collapsed(events).slice(2, 4), ['response.output_item.added', 'response.output_item.done'], 'no summary events without a summary');
  const finished = ((events.at(-1)!.response as Json).output as Json[])[0]!;
  t.equal((done.item as Json).encrypted_content, finished.encrypted_content, 'one blob in done and the finished response, as recorded');
  const recording = JSON.parse(readFileSync(fileURLToPath(new URL('./recordings/openrouter-muse-spark-1-3-tool-loop.json', import.meta.url)), 'utf8')) as { interactions: Array<{ response: { body: string } }> };
  const recorded = (eventsOf(parseSse(recording.interactions[0]!.response.body)).at(-1)!.response as Json).output as Json[];
  const endpoint = (blob: unknown) => JSON.parse(Buffer.from(String(blob).split('.').at(-1)!, 'base64url').toString()) as unknown;
  t.same(endpoint(finished.encrypted_content), endpoint(recorded[0]!.encrypted_content), 'the blob ends naming its endpoint, as recorded');
  t.same(endpoint(recorded[0]!.encrypted_content), { endpoint_slug: 'meta/muse-spark-1.3-20260902|meta' });
});
