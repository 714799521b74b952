// Logprob values: one entry per token, the chosen token the likeliest and first of its top_logprobs, distinct
// alternatives, every value ≤ 0 and finite, the same for the same seed, and a cap on very long texts.
import fc from 'fast-check';
import t from 'tap';
import { createRandom } from '../../../src/deps.js';
import { asksLogprobs, MAX_LOGPROB_TOKENS, textLogprobs, withLogprobs } from '../../../src/domain/logprobs/logprobs.js';
import type { Plan } from '../../../src/domain/types.js';

const random = (seed = 1) => createRandom([seed, 2, 3, 4]);

t.test('one entry per token, in order; the chosen token first of its alternatives, which are distinct and less likely', async () => {
  fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.integer({ min: 0, max: 20 }), fc.nat(), (text, top, seed) => {
    const entries = textLogprobs(text, { top, random: random(seed) });
    if (entries.map((entry) => entry.token).join('') !== text) return false;
    return entries.every((entry) => {
      const tokens = entry.top.map((alternative) => alternative.token);
      const values = entry.top.map((alternative) => alternative.logprob);
      return Number.isFinite(entry.logprob) && entry.logprob <= 0 && entry.top.length === top
        && (top === 0 || (tokens[0] === entry.token && values[0] === entry.logprob))
        && new Set(tokens).size === tokens.length
        && values.every((value, index) => Number.isFinite(value) && value <= entry.logprob && (index === 0 || value <= values[index - 1]!));
    });
  }), { numRuns: 500 });
});

t.test('deterministic: the same seed gives the same values, another seed others', async (t) => {
  const text = 'Paris is sunny, 22°C today.';
  t.same(textLogprobs(text, { top: 5, random: random(7) }), textLogprobs(text, { top: 5, random: random(7) }));
  t.not(JSON.stringify(textLogprobs(text, { top: 5, random: random(7) })), JSON.stringify(textLogprobs(text, { top: 5, random: random(8) })));
});

t.test('a very long text has logprobs for its first 4,096 tokens', async (t) => {
  const text = 'word '.repeat(10_000);
  const entries = textLogprobs(text, { top: 0, random: random() });
  t.equal(entries.length, MAX_LOGPROB_TOKENS);
  t.ok(text.startsWith(entries.map((entry) => entry.token).join('')), 'the start of the text');
});

t.test('withLogprobs: every output text of the plan, never a refusal or a call; top_logprobs held to 0–20', async (t) => {
  const plan: Plan = {
    status: 'completed',
    usage: { inputTokens: 1, outputTokens: 1, cachedTokens: 0, reasoningTokens: 0 },
    items: [
      { type: 'message', id: 'msg_1', text: 'Checking.', phase: 'commentary' },
      { type: 'function_call', id: 'fc_1', callId: 'call_1', name: 'f', arguments: '{}' },
      { type: 'message', id: 'msg_2', text: 'No.', refusal: true },
      { type: 'message', id: 'msg_3', text: 'Done.' },
    ],
  };
  const items = withLogprobs(plan, { top: 99, random: random() }).items;
  const logprobsOf = (index: number) => (items[index] as { logprobs?: Array<{ token: string; top: unknown[] }> }).logprobs;
  t.same(logprobsOf(0)?.map((entry) => entry.token), ['Checking', '.']);
  t.same(logprobsOf(3)?.map((entry) => entry.token), ['Done', '.']);
  t.equal(logprobsOf(3)?.[0]?.top.length, 20, 'at most 20 alternatives');
  t.equal(logprobsOf(1), undefined);
  t.equal(logprobsOf(2), undefined, 'a refusal has none');
  t.equal((plan.items[0] as { logprobs?: unknown }).logprobs, undefined, 'the plan given is left as it was');
});

t.test('asksLogprobs reads include', async (t) => {
  t.ok(asksLogprobs(['reasoning.encrypted_content', 'message.output_text.logprobs']));
  t.notOk(asksLogprobs(['reasoning.encrypted_content']));
  t.notOk(asksLogprobs(null));
  t.notOk(asksLogprobs('message.output_text.logprobs'));
});
