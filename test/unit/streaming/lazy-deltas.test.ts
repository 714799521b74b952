// A long text streamed in small deltas: its pieces are cut as they are written, so the memory a paused stream
// holds is about the text itself, not one string (and one logprobs list) per delta made up front.
import v8 from 'node:v8';
import vm from 'node:vm';
import t from 'tap';
import { createRandom } from '../../../src/deps.js';
import { withLogprobs } from '../../../src/domain/logprobs/logprobs.js';
import { openAIProfile } from '../../../src/providers/index.js';
import { ResponseEvents } from '../../../src/streaming/events/events.js';
import { created } from './fixtures.js';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** Heap in use once garbage is collected. */
function heapUsed(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

const TEXT = 'Paris is sunny today. '.repeat(50_000);

for (const logprobs of [false, true]) {
  t.test(`a 1.1 MB text, one character a delta${logprobs ? ', with logprobs' : ''}: paused after its first delta, the stream holds little`, async (t) => {
    const base = created(openAIProfile, { model: 'gpt-4.1-mini', input: 'Reply exactly with: Hello.', stream: true, store: false });
    const plan = { ...base.plan, items: base.plan.items.map((item) => (item.type === 'message' ? { ...item, text: TEXT } : item)) };
    const long = logprobs ? withLogprobs(plan, { top: 2, random: createRandom([1, 2, 3, 4]) }) : plan;
    const snapshot = { ...base.snapshot, items: long.items };
    const response = { ...base, plan: long, snapshot, body: openAIProfile.renderResponse(snapshot, base.request) };
    const before = heapUsed();
    const events = new ResponseEvents({ created: response, profile: openAIProfile, options: { chunkSize: 1, argumentChunking: 'pieces', padding: (length) => 'x'.repeat(length) } })[Symbol.iterator]();
    let event = events.next();
    while (!event.done && event.value.type !== 'response.output_text.delta') event = events.next();
    // With logprobs a delta runs on to the end of its token.
    t.equal(event.done ? undefined : event.value.payload.delta, logprobs ? 'Paris' : 'P');
    const held = heapUsed() - before;
    // Made up front, the 1.1 million deltas held about 12 MB (70 MB with a logprobs list each).
    t.ok(held < 6_000_000, `${(held / 1e6).toFixed(1)} MB held`);
    let length = logprobs ? 5 : 1;
    for (event = events.next(); !event.done; event = events.next()) if (event.value.type === 'response.output_text.delta') length += (event.value.payload.delta as string).length;
    t.equal(length, TEXT.length, 'then every delta');
  });
}
