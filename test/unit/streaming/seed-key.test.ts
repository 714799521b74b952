// The seed key: a request and its streamed twin seed the same ids and content; anything else keeps its text.
import t from 'tap';
import { seedKey } from '../../../src/streaming/seed-key.js';

const key = (body: object) => seedKey(body, JSON.stringify(body));

t.test('stream switches do not change the key', async (t) => {
  const plain = { model: 'm', input: 'hi', tools: [] };
  t.equal(key(plain), JSON.stringify(plain), 'no stream keys: the raw text');
  t.equal(key({ model: 'm', input: 'hi', tools: [], stream: true }), key(plain));
  t.equal(key({ model: 'm', input: 'hi', tools: [], stream: false }), key(plain));
  t.equal(key({ model: 'm', stream: true, input: 'hi', stream_options: { include_obfuscation: false }, tools: [] }), key(plain), 'wherever they appear');
  t.not(key({ model: 'm', input: 'hello', stream: true }), key(plain), 'other fields still count');
});

t.test('non-object bodies keep their raw text', async (t) => {
  t.equal(seedKey(null, 'null'), 'null');
  t.equal(seedKey([1], '[1]'), '[1]');
  t.equal(seedKey('x', '"x"'), '"x"');
});
