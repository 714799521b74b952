// Response templates are an optimisation only: for the same request and seed, a filled template is byte for
// byte what direct rendering gives — JSON bodies, stream bursts, and the text stored on the OpenAI path.
import t from 'tap';
import { DEFAULT_CONFIG, type Config } from '../../../src/config.js';
import { PROFILES } from '../../../src/providers/index.js';
import { createRuntime } from '../../../src/runtime.js';
import { answerDirectly, type Answer, type AnswerArgs } from '../../../src/service/answer.js';
import { templateAnswer } from '../../../src/service/templates/answer.js';
import type { StreamOptions } from '../../../src/streaming/index.js';
import { seedKey } from '../../../src/streaming/index.js';
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
const STREAMS: Array<StreamOptions | undefined> = [undefined, { chunkSize: 3 }, { ttftMs: 2500, deltaDelayMs: 5 }, { cutAfterEvents: 4, cutMode: 'reset' }];

function args(config: Partial<Config>, at: { profile: (typeof PROFILES)[number]; body: Record<string, unknown>; streamHeader?: StreamOptions }): AnswerArgs {
  const runtime = createRuntime({ ...DEFAULT_CONFIG, seed: 99, ...config }, { fixtures: false });
  const raw = JSON.stringify(at.body);
  return {
    profile: at.profile, runtime, session: runtime.sessions.get('s'), body: () => ({ ok: true, value: JSON.parse(raw) }), raw, seedText: () => seedKey(JSON.parse(raw), raw),
    strictness: 'lenient', seed: undefined, streamHeader: at.streamHeader,
  };
}

const wire = (answer: Answer | undefined): unknown => {
  if (!answer) return 'not templated';
  if (answer.kind === 'error') return answer.error;
  // Templates send bytes, direct rendering strings: compare what goes on the wire.
  if (answer.kind === 'json') return String(answer.text);
  return { ...answer.plan, bursts: answer.plan.bursts.map((burst) => ({ waitMs: burst.waitMs, text: String(burst.text) })) };
};

t.test('filled templates equal direct rendering, first template and reuse', async (t) => {
  let compared = 0;
  for (const profile of PROFILES) {
    for (const base of BODIES) {
      for (const body of [base, { ...base, stream: true }, { ...base, stream: true, stream_options: { include_obfuscation: false } }]) {
        for (const streamHeader of body.stream ? STREAMS : [undefined]) {
          const direct = args({}, { profile, body, streamHeader });
          const templated = args({}, { profile, body, streamHeader });
          const expected = wire(answerDirectly(direct));
          t.equal(templateAnswer(templated), undefined, 'the first sight of a text is rendered directly');
          const first = wire(templateAnswer(templated));
          t.same(first, expected, `${profile.id} ${JSON.stringify(body).slice(0, 60)} ${JSON.stringify(streamHeader)}: first template`);
          // Reuse: a fresh session and runtime clock, same entry; compare with a fresh direct rendering.
          const again = { ...templated, session: templated.runtime.sessions.get('s2') };
          t.same(wire(templateAnswer(again)), wire(answerDirectly({ ...direct, session: direct.runtime.sessions.get('s2') })), 'reuse');
          if (profile.stateful) {
            t.equal(templated.session.store.size, direct.session.store.size, 'stored alike');
            for (const [id, stored] of [...storedTexts(direct)]) t.equal(storedTexts(templated).get(id), stored, 'stored text alike');
          }
          compared += 1;
        }
      }
    }
  }
  t.ok(compared > 100, `${compared} combinations compared`);
});

function storedTexts(answerArgs: AnswerArgs): Map<string, string> {
  const out = new Map<string, string>();
  const store = answerArgs.session.store;
  for (const id of (store as unknown as { responses: Map<string, unknown> }).responses.keys()) out.set(id, String(store.get(id)!.text));
  return out;
}

t.test('requests that cannot be templated are left to direct rendering', async (t) => {
  const profile = PROFILES[1]!;
  const refs = args({}, { profile, body: { model: 'gpt-4o', input: [{ type: 'item_reference', id: 'msg_1' }] } });
  t.equal(templateAnswer(refs), undefined, 'item_reference depends on stored state');
  const lookalike = args({}, { profile, body: { model: 'gpt-4o', input: 'number -9000000000000001 please' } });
  t.equal(templateAnswer(lookalike), undefined, 'a sentinel look-alike in the request');
  const privateUse = args({}, { profile, body: { model: 'gpt-4o', input: 'odd \uE000 character' } });
  t.equal(templateAnswer(privateUse), undefined);
  const invalid = args({}, { profile, body: { model: 3 } });
  templateAnswer(invalid);
  t.match(templateAnswer(invalid), { kind: 'error', error: { code: 'invalid_type' } }, 'errors come back as errors');
});
