// The request's own credential spread over a stream's deltas or a logprobs list's tokens, in every mode: the
// journal cuts it from each piece it spans (`[redacted]` where it starts, the rest empty), as a recording does.
import t from 'tap';
import { createRedactor } from '../../../src/http/traffic/redact.js';
import { Journal } from '../../../src/state/journal/journal.js';

const KEY = 'own-token-0123456789abcdef';
const redactor = createRedactor();
const facts = { time: 0, method: 'POST', path: '/v1/responses', headers: { authorization: `Bearer ${KEY}` } };
const journal = () => new Journal({ limits: { entries: 100, bytes: 1e9, bodyBytes: 1e6 }, redactor });
const pieces = ['Your key is ', 'own', '-token-0123', '456789abcdef', ', keep it.'];
const logprob = (token: string) => ({ token, logprob: -0.1, bytes: [...Buffer.from(token)], top_logprobs: [] });

t.test("a stream's deltas that spell the request's own credential are cut, their logprobs too", async (t) => {
  const entry = journal().add(facts);
  const timeline = entry.recordStream();
  const delta = (text: string, n: number) => ({ type: 'response.output_text.delta', sequence_number: n, item_id: 'msg_1', output_index: 0, content_index: 0, delta: text, logprobs: [logprob(text)] });
  pieces.forEach((text, n) => timeline.step({ waitMs: 0, kind: 'event', event: { type: 'response.output_text.delta', payload: delta(text, n), delta: true } }));
  timeline.step({ waitMs: 0, kind: 'event', event: { type: 'response.output_text.done', payload: { type: 'response.output_text.done', sequence_number: 5, text: pieces.join('') }, delta: false } });
  timeline.end('complete');
  const steps = timeline.view().steps;
  t.same(steps.slice(0, 5).map((step) => JSON.parse(step.data).delta), ['Your key is ', '[redacted]', '', '', ', keep it.']);
  t.same(steps.slice(0, 5).map((step) => JSON.parse(step.data).logprobs[0].token), ['Your key is ', '[redacted]', '', '', ', keep it.'], 'each delta\'s logprobs as its delta');
  t.same(JSON.parse(steps[5]!.data).text, 'Your key is [redacted], keep it.', 'the whole text, cut as before');
  t.notOk(steps.some((step) => step.data.includes('0123') || step.data.includes('-token')), 'no piece is kept');
  t.equal(entry.bytes, entry.size(), 'the cut steps counted as kept');
});

t.test("deltas of two parts interleaved: each part's credential is cut from its own deltas", async (t) => {
  const entry = journal().add(facts);
  const timeline = entry.recordStream();
  const other = ['Think: ', 'own-to', 'ken-0123456789', 'abcdef', ' done'];
  let n = 0;
  const step = (part: number, text: string) => {
    const payload = { type: 'response.output_text.delta', sequence_number: n++, item_id: 'msg_1', output_index: 0, content_index: part, delta: text, logprobs: [] };
    timeline.step({ waitMs: 0, kind: 'event', event: { type: payload.type, payload, delta: true } });
  };
  pieces.forEach((text, index) => {
    step(0, text);
    step(1, other[index]!);
  });
  timeline.end('complete');
  const deltas = timeline.view().steps.map((kept) => JSON.parse(kept.data) as { content_index: number; delta: string });
  t.same(deltas.filter((kept) => kept.content_index === 0).map((kept) => kept.delta), ['Your key is ', '[redacted]', '', '', ', keep it.']);
  t.same(deltas.filter((kept) => kept.content_index === 1).map((kept) => kept.delta), ['Think: ', '[redacted]', '', '', ' done']);
});

t.test("an answer's logprobs whose tokens spell the request's own credential are cut", async (t) => {
  const entry = journal().add(facts);
  const answer = { id: 'resp_1', output: [{ type: 'message', content: [{ type: 'output_text', text: pieces.join(''), logprobs: pieces.map(logprob) }] }] };
  entry.complete({ status: 200, answer: JSON.stringify(answer) });
  const kept = JSON.parse(entry.answer) as typeof answer;
  t.same(kept.output[0]!.content[0]!.logprobs.map((entry) => entry.token), ['Your key is ', '[redacted]', '', '', ', keep it.']);
  t.same(kept.output[0]!.content[0]!.logprobs[1]!.bytes, [...Buffer.from('[redacted]')], 'bytes following');
  t.notOk(entry.answer.includes('0123'), 'no piece is kept');
});

t.test("one event whose logprob tokens spell the request's own credential (a delta, the completed response) is cut", async (t) => {
  const entry = journal().add(facts);
  const timeline = entry.recordStream();
  const whole = pieces.join('');
  const delta = { type: 'response.output_text.delta', sequence_number: 0, item_id: 'msg_1', output_index: 0, content_index: 0, delta: whole, logprobs: pieces.map(logprob) };
  const completed = { type: 'response.completed', sequence_number: 1, response: { output: [{ type: 'message', content: [{ type: 'output_text', text: whole, logprobs: pieces.map(logprob) }] }] } };
  timeline.step({ waitMs: 0, kind: 'event', event: { type: delta.type, payload: delta, delta: true } });
  timeline.step({ waitMs: 0, kind: 'event', event: { type: completed.type, payload: completed, delta: false } });
  timeline.end('complete');
  const steps = timeline.view().steps;
  t.same(JSON.parse(steps[0]!.data).logprobs.map((entry: { token: string }) => entry.token), ['Your key is ', '[redacted]', '', '', ', keep it.']);
  t.same(JSON.parse(steps[1]!.data).response.output[0].content[0].logprobs.map((entry: { token: string }) => entry.token), ['Your key is ', '[redacted]', '', '', ', keep it.']);
  t.notOk(steps.some((step) => step.data.includes('0123')), 'no piece is kept');
  t.equal(entry.bytes, entry.size(), 'the cut steps counted as kept');
});

/** The deltas a stream's kept steps spell, a step cut at the limit read up to its marker. */
function keptText(steps: Array<{ data: string }>): string {
  return steps.map((step) => {
    try {
      return (JSON.parse(step.data) as { delta?: string }).delta ?? '';
    } catch {
      const at = step.data.indexOf('"delta":"');
      return at < 0 ? '' : step.data.slice(at + 9, step.data.indexOf('…[responses-mock'));
    }
  }).join('');
}

/** Whether `text` holds 8 characters of the key in a row. */
const holdsPart = (text: string) => Array.from({ length: KEY.length - 7 }, (_, at) => KEY.slice(at, at + 8)).some((part) => text.includes(part));

t.test("a stream cut at the journal's limit inside the request's own credential keeps no start of it", async (t) => {
  for (const split of [pieces, ['Your key is ', 'own', '-token-0123456789abcdef, keep it.'], [`Your key is ${KEY.slice(0, 20)}`, `${KEY.slice(20)}.`]]) {
    for (let bodyBytes = 200; bodyBytes <= 800; bodyBytes += 3) {
      const entry = new Journal({ limits: { entries: 10, bytes: 1e9, bodyBytes }, redactor }).add(facts);
      const timeline = entry.recordStream();
      split.forEach((text, n) => {
        const payload = { type: 'response.output_text.delta', sequence_number: n, item_id: 'msg_1', output_index: 0, content_index: 0, delta: text };
        timeline.step({ waitMs: 0, kind: 'event', event: { type: payload.type, payload, delta: true } });
      });
      timeline.end('complete');
      const kept = keptText(timeline.view().steps);
      if (holdsPart(kept)) t.fail(`${bodyBytes} bytes: ${kept}`);
      t.equal(entry.bytes, entry.size(), 'the cut steps counted as kept');
    }
  }
  const entry = new Journal({ limits: { entries: 10, bytes: 1e9, bodyBytes: 600 }, redactor }).add(facts);
  const timeline = entry.recordStream();
  pieces.forEach((text, n) => timeline.step({ waitMs: 0, kind: 'event', event: { type: 'response.output_text.delta', payload: { type: 'response.output_text.delta', sequence_number: n, item_id: 'msg_1', output_index: 0, content_index: 0, delta: text }, delta: true } }));
  timeline.end('complete');
  t.same(timeline.view().steps.map((step) => JSON.parse(step.data).delta), ['Your key is ', '[redacted]', ''], 'the kept start cut from each delta it spans');
});

t.test("a body or an answer cut at the journal's limit inside the request's own credential keeps no start of it", async (t) => {
  const text = JSON.stringify({ input: `Use ${KEY} please` });
  for (let bodyBytes = 10; bodyBytes < text.length; bodyBytes += 1) {
    const entry = new Journal({ limits: { entries: 10, bytes: 1e9, bodyBytes }, redactor }).add(facts);
    entry.complete({ body: text, answer: text, status: 200 });
    for (const kept of [entry.body, entry.answer]) if (holdsPart(kept)) t.fail(`${bodyBytes} bytes: ${kept}`);
  }
  const entry = new Journal({ limits: { entries: 10, bytes: 1e9, bodyBytes: 30 }, redactor }).add(facts);
  entry.complete({ body: text });
  t.match(entry.body, /^\{"input":"Use \[redacted\]…\[responses-mock: \d+ of \d+ bytes cut/);
});
