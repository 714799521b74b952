// Real OpenRouter traffic (test/conformance/recordings, see its README) replayed against the mock: each
// recorded request is sent as is (lenient history rules, as the live service) and the mock's stream must have
// the recorded shape: framing, content type, event order, the kinds and keys (in order) of every event at every depth,
// and the reasoning settings and tier each response object reports. Ids, text and numbers may differ. Eligible:
// plain text and function-tool requests, muse-spark's included (reasoning, an unasked commentary message, a
// namespaced call); the hosted web-search recording is compared by hosted/hosted-shapes.test.ts.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { buildApp } from '../../src/app.js';
import { eventsOf, parseSse } from '../helpers/sse.js';
import { diffStreams, framingProblems } from './shape-diff.js';

const BUNDLED = fileURLToPath(new URL('./recordings', import.meta.url));
const FOLDER = process.env.RESPONSES_MOCK_RECORDINGS || BUNDLED;
const ELIGIBLE = [
  'openrouter-gpt-4o-mini-text.json',
  'openrouter-gpt-4o-mini-tool-call.json',
  'openrouter-gpt-4o-mini-tool-loop.json',
  'openrouter-gpt-5-5-tool-loop.json',
  'openrouter-grok-4-3-tool-loop.json',
  'openrouter-muse-spark-1-3-tool-loop.json',
];

interface Recording {
  interactions: Array<{ request: { url: string; body: string }; response: { status: number; headers: Record<string, string>; body: string } }>;
}

const read = (file: string): Recording => JSON.parse(readFileSync(join(FOLDER, file), 'utf8')) as Recording;
const app = buildApp({ logLevel: 'silent' });
t.teardown(() => app.close());
const replay = (body: string) => app.inject({
  method: 'POST',
  url: '/api/v1/responses',
  headers: { 'content-type': 'application/json', 'x-mock-strictness': 'lenient' },
  payload: body,
});

t.test('the bundled copies are the ones the README lists', { skip: FOLDER !== BUNDLED && 'RESPONSES_MOCK_RECORDINGS is set' }, async (t) => {
  const readme = readFileSync(join(BUNDLED, 'README.md'), 'utf8');
  const listed = new Map([...readme.matchAll(/^\| `([^`]+\.json)` \| (\d+) \| `([0-9a-f]{64})` \|$/gm)].map((m) => [m[1]!, { bytes: Number(m[2]), sha256: m[3]! }]));
  t.same([...listed.keys()].sort(), [...ELIGIBLE].sort(), 'the README lists exactly the eligible files');
  for (const [file, expected] of listed) {
    const bytes = readFileSync(join(BUNDLED, file));
    t.equal(bytes.length, expected.bytes, `${file}: size`);
    t.equal(createHash('sha256').update(bytes).digest('hex'), expected.sha256, `${file}: sha256`);
  }
});

for (const file of ELIGIBLE) {
  t.test(file, async (t) => {
    const recording = read(file);
    t.ok(recording.interactions.length > 0);
    for (const [index, interaction] of recording.interactions.entries()) {
      const label = `interaction ${index + 1}`;
      t.equal(interaction.request.url, 'https://openrouter.ai/api/v1/responses');
      const recorded = parseSse(interaction.response.body);
      const answer = await replay(interaction.request.body);
      t.equal(answer.statusCode, interaction.response.status, `${label}: status`);
      t.equal(answer.headers['content-type'], interaction.response.headers['content-type'], `${label}: content type, as recorded`);
      const mock = parseSse(answer.body);
      t.same(framingProblems(recorded), [], `${label}: the recording itself is well framed`);
      t.same(framingProblems(mock), [], `${label}: data: frames only, [DONE] last`);
      t.same(diffStreams({ mock, recorded }), [], `${label}: same event order and key sets as recorded`);
      const events = eventsOf(mock);
      t.same(events.map((event) => event.sequence_number), events.map((_, i) => i), `${label}: sequence numbers`);
      // What the upstream reports once it has answered: the reasoning settings and the tier (not random).
      const reported = (stream: typeof mock) => eventsOf(stream).filter((event) => typeof event.response === 'object')
        .map((event) => { const response = event.response as Record<string, unknown>; return [event.type, response.reasoning, response.service_tier]; });
      t.same(reported(mock), reported(recorded), `${label}: reasoning and service_tier of each response object, as recorded`);
    }
  });
}

t.test('muse-spark turn 1: reasoning, then commentary saying what comes, then the crm.lookup call', async (t) => {
  const [turn1] = read('openrouter-muse-spark-1-3-tool-loop.json').interactions;
  const answer = eventsOf(parseSse((await replay(turn1!.request.body)).body)).at(-1)!.response as { output: Array<Record<string, unknown>> };
  t.same(answer.output.map((item) => item.phase ?? item.type), ['reasoning', 'commentary', 'function_call']);
  t.match(answer.output[1], { role: 'assistant', content: [{ type: 'output_text', text: "I'll call crm.lookup now." }] });
  t.match(answer.output[2], { name: 'lookup', namespace: 'crm', arguments: '{"query":"ping"}' });
});

t.test('the comparison catches differences', async (t) => {
  const recorded = parseSse(read('openrouter-gpt-4o-mini-tool-call.json').interactions[0]!.response.body);
  const mock = parseSse((await replay(read('openrouter-gpt-4o-mini-tool-call.json').interactions[0]!.request.body)).body);
  const tamper = (mutate: (events: Array<Record<string, unknown>>) => void) => {
    const copy = structuredClone(mock);
    mutate(eventsOf(copy));
    return diffStreams({ mock: copy, recorded });
  };
  t.match(tamper((events) => delete (events.at(-1)!.response as { usage: { cost_details: Record<string, unknown> } }).usage.cost_details.upstream_inference_cost), [
    /event \d+ \(response\.completed\) \$\.response\.usage\.cost_details: missing \[upstream_inference_cost\]/,
  ]);
  t.match(tamper((events) => Object.assign(events[2]!.item as object, { extra_field: 1 })), [/event 2 \(response\.output_item\.added\) \$\.item: extra \[extra_field\]/]);
  t.match(tamper((events) => Object.assign(events[3]!, { type: 'response.output_text.delta' })), [/^event order: /]);
  type Completed = { response: { text: { format: object }; tools: Array<{ parameters: object }>; usage: Record<string, unknown> } };
  const completed = (events: Array<Record<string, unknown>>) => (events.at(-1) as Completed).response;
  t.match(tamper((events) => Object.assign(completed(events).text.format, { extra_field: 1 })), [/\(response\.completed\) \$\.response\.text\.format: extra \[extra_field\]/], 'at every depth');
  t.match(tamper((events) => Object.assign(completed(events).tools[0]!.parameters, { extra_field: 1 })), [/\$\.response\.tools\[0\]\.parameters: extra \[extra_field\]/], 'inside lists');
  t.match(tamper((events) => { completed(events).usage.output_tokens = '7'; }), [/\$\.response\.usage\.output_tokens: string instead of number/], 'kinds');
  t.match(tamper((events) => { completed(events).usage.input_tokens_details = null; }), [/\$\.response\.usage\.input_tokens_details: null instead of object/], 'null is not an object');
  t.match(framingProblems(mock.slice(0, -1)), ['does not end with data: [DONE]', '[DONE] is not sent exactly once']);
});
