// The encrypted_content of reasoning items: Fernet-looking, drawn from the given stream (so a seed fixes
// it), and recognised again only when unchanged.
import t from 'tap';
import { createRandom } from '../../../src/deps.js';
import { isSealedReasoning, resealReasoning, sealReasoning } from '../../../src/domain/engine/content/sealed.js';

t.test('sealed blobs round-trip and resist edits', async (t) => {
  const blob = sealReasoning(createRandom([1, 2, 3, 4]));
  t.match(blob, /^gAAAAAB[A-Za-z0-9_-]+==$/, 'looks like the real thing');
  t.equal(blob, sealReasoning(createRandom([1, 2, 3, 4])), 'same stream, same blob');
  t.not(blob, sealReasoning(createRandom([5, 6, 7, 8])), 'another stream, another blob');
  t.ok(isSealedReasoning(blob), 'recognised');
  for (const at of [7, 100, blob.length - 5]) {
    const edited = `${blob.slice(0, at)}${blob[at] === 'A' ? 'B' : 'A'}${blob.slice(at + 1)}`;
    t.notOk(isSealedReasoning(edited), `one character changed at ${at}`);
  }
  t.notOk(isSealedReasoning(blob.slice(0, -3)), 'cut short');
  t.notOk(isSealedReasoning('gAAAAABpPMlcH0HHEv5_ozHwP5Gxz5ZLE7A8Aw7GK94sa1KWHqXLrAch29KZrZ=='), 'a foreign blob');
});

t.test('a blob resealed for a stage of a stream: another valid blob, the same for the same stage', async (t) => {
  const blob = sealReasoning(createRandom([1, 2, 3, 4]));
  const added = resealReasoning(blob, 'added');
  t.ok(isSealedReasoning(added), 'valid');
  t.not(added, blob);
  t.not(added, resealReasoning(blob, 'done'), 'each stage its own');
  t.equal(added, resealReasoning(blob, 'added'), 'derived, not drawn');
});
