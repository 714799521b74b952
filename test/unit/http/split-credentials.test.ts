// Credentials spelled over many deltas: each cut from every delta it spans, in time linear in deltas and spans;
// top logprob alternatives read with the chosen text only near what a credential begins with.
import t from 'tap';
import { createRedactor } from '../../../src/http/traffic/redact.js';
import { createScrubber } from '../../../src/record/scrub.js';
import { credentialFinder, cutAlternatives, type Logprob, scrubDeltas } from '../../../src/http/traffic/split-credentials.js';

const KEY = 'own-token-0123456789abcdef';

t.test('thousands of credentials, each over three deltas, are each cut, in linear time', async (t) => {
  const finder = credentialFinder([KEY])!;
  const count = 20_000;
  const deltas: string[] = [];
  for (let n = 0; n < count; n += 1) deltas.push(` word ${n} `, KEY.slice(0, 5), KEY.slice(5, 15), KEY.slice(15));
  const events = deltas.map((delta, n) => ({ type: 'response.output_text.delta', sequence_number: n, item_id: 'msg_1', output_index: 0, content_index: 0, delta }));
  const started = performance.now();
  const cut = scrubDeltas(events, finder);
  const ms = performance.now() - started;
  const expected = deltas.map((delta, n) => (n % 4 === 0 ? delta : n % 4 === 1 ? '[redacted]' : ''));
  t.same(cut.map((event) => event.delta), expected, 'each key: [redacted] where it starts, the rest empty');
  // Quadratic (every span against every delta) takes tens of seconds here; linear, a fraction of one.
  t.ok(ms < 3000, `linear: ${Math.round(ms)} ms`);
});

t.test('an alternative is read with the chosen text around it only where a credential could begin near it', async (t) => {
  const own = credentialFinder([KEY])!;
  let reads = 0;
  const finder = { ...own, spans: (value: string) => ((reads += 1), own.spans(value)) };
  const words = [' the', ' quick', ' brown', ' fox', ' jumps'];
  const list: Logprob[] = Array.from({ length: 1_000 }, (_, n) => ({ token: words[n % 5]!, logprob: -0.1, top_logprobs: words.map((word) => ({ token: `${word}s`, logprob: -1 })) }));
  const chosen = list.map((entry) => entry.token);
  t.same(cutAlternatives(list, { chosen, finder, window: 256 }), list, 'nothing cut');
  t.equal(reads, 0, 'no alternative read with the text around it');
  // A credential made with the alternative: its start before it, in it or after it.
  for (const [before, alternative, after] of [['own-tok', 'en-0123', '456789abcdef'], ['Say o', 'wn-token-0123456789ab', 'cdef.'], ['Say ', 'o', 'wn-token-0123456789abcdef.']] as Array<[string, string, string]>) {
    const cut = cutAlternatives([{ token: before, logprob: 0 }, { token: 'x', logprob: 0, top_logprobs: [{ token: alternative, logprob: -1 }] }, { token: after, logprob: 0 }], { chosen: [before, 'x', after], finder: own, window: 256 });
    t.equal((cut[1]!.top_logprobs as Logprob[])[0]!.token, '[redacted]', `${before}|${alternative}|${after}`);
  }
});

t.test('the recorder reads top logprobs with the chosen text only near a key shape or a credential', async (t) => {
  const scrub = createScrubber({ names: createRedactor(), secrets: [KEY] });
  const list = (tokens: string[], alternative: string) => tokens.map((token, n) => ({ token, logprob: -0.1, top_logprobs: n === 1 ? [{ token: alternative, logprob: -1 }] : [] }));
  const cut = (tokens: string[], alternative: string) => (scrub.json({ logprobs: list(tokens, alternative) }).logprobs[1]!.top_logprobs[0]!.token);
  t.equal(cut(['key s', 'x', 'Abcdefghijklmnop0123'], 'k-'), '[redacted]', 'a key shape begun before the alternative');
  t.equal(cut(['auth: Bea', 'x', ' Abcdefghijklmnop0123'], 'rer'), '[redacted]', 'a bearer token');
  t.equal(cut(['key ', 'x', 'k-Abcdefghijklmnop0123'], 's'), '[redacted]', 'a key shape begun in it');
  t.equal(cut(['a ', 'x', ' fox'], 'quick'), 'quick', 'an ordinary word kept');
});
