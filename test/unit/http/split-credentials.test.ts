// Credentials spelled over many deltas: each cut from every delta it spans, in time linear in deltas and spans.
import t from 'tap';
import { credentialFinder, scrubDeltas } from '../../../src/http/traffic/split-credentials.js';

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
