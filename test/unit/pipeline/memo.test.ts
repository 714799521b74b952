// The memo is an optimisation only: for the same request and seed, an answer filled from it is byte for byte
// what rendering gives — JSON bodies and the text stored on the OpenAI path; streams are always rendered.
import t from 'tap';
import { DEFAULT_CONFIG } from '../../../src/config/config.js';
import { handleCreate } from '../../../src/pipeline/handle-create.js';
import type { Answer } from '../../../src/pipeline/types.js';
import { PROFILES } from '../../../src/providers/index.js';
import type { ProviderProfile } from '../../../src/providers/types.js';
import { createRuntime, type Runtime } from '../../../src/runtime.js';
import type { Kept } from '../../../src/state/journal/keep-body.js';
import { timeTool, weatherTool } from '../../helpers/app.js';

const namespace = { type: 'namespace', name: 'crm', description: 'CRM', tools: [{ type: 'function', name: 'lookup', parameters: { type: 'object', properties: { query: { type: 'string' } } } }] };
const BODIES: Array<Record<string, unknown>> = [
  { model: 'openai/gpt-4o-mini', input: 'Reply exactly with: Hello there, how are you today?' },
  { model: 'openai/gpt-4o-mini', input: 'What is the weather in Paris?', tools: [weatherTool] },
  { model: 'gpt-4o', input: 'What is the weather and the time in Paris and London?', tools: [weatherTool, timeTool] },
  { model: 'x-ai/grok-4.3', input: 'weather in Oslo', tools: [weatherTool], tool_choice: 'required', parallel_tool_calls: false },
  { model: 'openai/gpt-5.5', input: 'Tell me a story about a lighthouse', instructions: 'Be brief.', max_output_tokens: 16 },
  { model: 'meta/muse-spark-1.3', input: 'Call crm.lookup with query ping', tools: [namespace] },
  { model: 'gpt-4o', input: [{ role: 'user', content: 'weather?' }, { type: 'function_call', id: 'fc_1', call_id: 'c1', name: 'get_weather', arguments: '{}' }, { type: 'function_call_output', id: 'o1', call_id: 'c1', output: 'sunny' }], tools: [weatherTool] },
];

const seeded = (): Runtime => createRuntime({ ...DEFAULT_CONFIG, seed: 99, strictness: 'lenient' }, { fixtures: false });
const ask = (runtime: Runtime, args: { profile: ProviderProfile; raw: string; session: string }): Answer =>
  handleCreate(runtime, { profile: args.profile, transport: 'http', headers: { 'x-mock-session': args.session }, raw: args.raw });
const textOf = (kept: Kept): string => (typeof kept === 'string' ? kept : Buffer.isBuffer(kept) ? kept.toString('utf8') : kept.text);
const wire = (answer: Answer): string => (answer.kind === 'json' ? textOf(answer.text) : answer.kind === 'error' ? JSON.stringify(answer.error) : 'stream');
const storedTexts = (runtime: Runtime, session: string) => {
  const store = runtime.sessions.get(session).store;
  return store.ids().map((id) => String(store.get(id)!.text));
};

t.test('filled answers equal rendered ones: first sight, building the entry, and reuse', async (t) => {
  let compared = 0;
  for (const profile of PROFILES) {
    for (const body of BODIES) {
      const raw = JSON.stringify(body);
      const memoised = seeded();
      const answers = ['a', 'b', 'c'].map((session) => ask(memoised, { profile, raw, session }));
      const rendered = ask(seeded(), { profile, raw, session: 'a' });
      t.equal(rendered.kind, 'json');
      for (const answer of answers) t.equal(wire(answer), wire(rendered), `${profile.id} ${raw.slice(0, 60)}`);
      t.equal(memoised.memo.size, 1, 'the second sight built an entry');
      t.equal(answers[2]!.facts.responseId, rendered.facts.responseId, 'facts name the response');
      if (profile.stateful) {
        for (const session of ['a', 'b', 'c']) t.same(storedTexts(memoised, session), [wire(rendered)], 'stored as sent');
      }
      compared += 1;
    }
  }
  t.equal(compared, BODIES.length * PROFILES.length);
});

t.test('streams, stored-state references and sentinel look-alikes are always rendered', async (t) => {
  const [openrouter, openai] = PROFILES as [ProviderProfile, ProviderProfile];
  const runtime = seeded();
  const stream = JSON.stringify({ ...BODIES[1], stream: true });
  for (let i = 0; i < 3; i += 1) t.equal(ask(runtime, { profile: openrouter, raw: stream, session: 's' }).kind, 'stream');
  t.equal(runtime.memo.get(stream, 'openrouter lenient '), undefined, 'a stream is not even looked up');
  const spaced = stream.replace('"stream":true', '"stream": true');
  for (let i = 0; i < 3; i += 1) t.equal(ask(runtime, { profile: openrouter, raw: spaced, session: 's' }).kind, 'stream');
  t.equal(runtime.memo.get(spaced, 'openrouter lenient '), null, 'written another way, it is looked up and known not to be memoisable');
  for (const input of [[{ type: 'item_reference', id: 'msg_1' }], 'number -9000000000000001 please', 'odd \uE000 character']) {
    const raw = JSON.stringify({ model: 'gpt-4o', input });
    for (let i = 0; i < 3; i += 1) ask(runtime, { profile: openai, raw, session: 's' });
    t.equal(runtime.memo.get(raw, 'openai lenient '), null, `known not to be memoisable: ${JSON.stringify(input)}`);
  }
  const invalid = JSON.stringify({ model: 3 });
  for (let i = 0; i < 3; i += 1) t.match(ask(runtime, { profile: openai, raw: invalid, session: 's' }), { kind: 'error', error: { code: 'invalid_type' } }, 'errors stay errors');
});

t.test('the memo is bounded by entries and characters, and by variants per text', async (t) => {
  const runtime = seeded();
  const profile = PROFILES[0]!;
  const twice = (raw: string) => {
    ask(runtime, { profile, raw, session: 's' });
    ask(runtime, { profile, raw, session: 's' });
  };
  for (let i = 0; i < 1100; i += 1) twice(JSON.stringify({ model: 'openai/gpt-4o-mini', input: `Reply exactly with: ${i}` }));
  t.equal(runtime.memo.size, 1000, 'at most 1,000 texts');
  for (let i = 0; i < 300; i += 1) twice(JSON.stringify({ model: 'openai/gpt-4o-mini', input: `Reply exactly with: ${i} ${'x'.repeat(60_000)}` }));
  t.ok(runtime.memo.heldChars <= 16 * 1024 * 1024, `${runtime.memo.heldChars} characters held`);
  // Each keeps its text, its answer (which quotes the text) and the items parsed from it, charged twice the text.
  t.ok(runtime.memo.size <= 80, `${runtime.memo.size} texts of 60,000 characters kept`);
  const raw = JSON.stringify(BODIES[0]);
  for (let seed = 0; seed < 50; seed += 1) {
    for (let i = 0; i < 2; i += 1) handleCreate(runtime, { profile, transport: 'http', headers: { 'x-mock-seed': String(seed) }, raw });
  }
  const variants = Array.from({ length: 50 }, (_, seed) => runtime.memo.get(raw, `openrouter lenient ${seed}`)).filter(Boolean).length;
  t.ok(variants > 0 && variants <= 8, `${variants} seeds of one text kept`);
});

t.test('an answer with a date counted from the clock is made afresh; one counted from the date the prompt states is memoised', async (t) => {
  const [, openai] = PROFILES as [ProviderProfile, ProviderProfile];
  const booking = { type: 'function', name: 'book_table', parameters: { type: 'object', properties: { date: { type: 'string', format: 'date' } }, required: ['date'], additionalProperties: false } };
  const runtime = seeded();
  const fromClock = JSON.stringify({ model: 'gpt-4o', input: 'Book a table for tomorrow', tools: [booking] });
  for (let i = 0; i < 3; i += 1) ask(runtime, { profile: openai, raw: fromClock, session: 's' });
  t.equal(runtime.memo.get(fromClock, 'openai lenient '), null, 'known not to be memoisable');
  const stated = JSON.stringify({ model: 'gpt-4o', input: 'Today is 2025-06-10. Book a table for tomorrow', tools: [booking] });
  const answers = [0, 1, 2].map(() => wire(ask(runtime, { profile: openai, raw: stated, session: 's' })));
  t.ok(runtime.memo.get(stated, 'openai lenient '), 'memoised');
  t.match(answers[2], /\\"date\\":\\"2025-06-11\\"/u, 'counted from the date stated');
  t.same(answers, [answers[0], answers[0], answers[0]]);
});
