// alignedDeltas: a message's pieces moved onto token boundaries, each with exactly its own tokens' logprobs,
// whatever the chunking, and the pieces past the tokens given logprobs left as they were.
import fc from 'fast-check';
import t from 'tap';
import { createRandom } from '../../../src/deps.js';
import { textLogprobs } from '../../../src/domain/logprobs/logprobs.js';
import { argumentPieces, textPieces } from '../../../src/streaming/events/chunking.js';
import * as deltas from '../../../src/streaming/events/text-deltas.js';

const entriesOf = (text: string) => textLogprobs(text, { top: 1, random: createRandom([1, 2, 3, 4]) });
/** All the deltas, as pieces and their logprobs. */
function alignedDeltas(...args: Parameters<typeof deltas.alignedDeltas>) {
  const made = [...deltas.alignedDeltas(...args)];
  return { pieces: made.map((delta) => delta.delta), logprobs: made.map((delta) => delta.logprobs) };
}
const tokensOf = (entries: Array<Record<string, unknown>>) => entries.map((entry) => entry.token).join('');

t.test('a piece ending inside a token runs on to its end; a piece swallowed so is skipped', async (t) => {
  const text = 'Paris is sunny';
  const aligned = alignedDeltas(text, { pieces: ['Par', 'is', ' i', 's s', 'unny'], logprobs: entriesOf(text) });
  t.same(aligned.pieces, ['Paris', ' is', ' sunny']);
  t.same(aligned.logprobs.map(tokensOf), ['Paris', ' is', ' sunny']);
  t.same(Object.keys(aligned.logprobs[0]![0]!), ['token', 'logprob', 'top_logprobs'], 'the stream\'s shape');
});

t.test('any text, any chunking: lossless, each piece its own tokens, all tokens in order', async () => {
  fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.integer({ min: 0, max: 7 }), fc.boolean(), (text, chunkSize, json) => {
    const pieces = json ? argumentPieces(text, { chunkSize, whole: false }) : textPieces(text, { chunkSize });
    const entries = entriesOf(text);
    const aligned = alignedDeltas(text, { pieces, logprobs: entries });
    return aligned.pieces.join('') === text
      && aligned.pieces.every((piece, index) => piece.length > 0 && tokensOf(aligned.logprobs[index]!) === piece)
      && aligned.logprobs.flat().map((entry) => entry.token).join('') === entries.map((entry) => entry.token).join('');
  }), { numRuns: 1000 });
});

t.test('past the tokens given logprobs, the pieces as they were and no logprobs', async (t) => {
  const text = 'one two three four';
  const aligned = alignedDeltas(text, { pieces: textPieces(text, { chunkSize: 0 }), logprobs: entriesOf(text).slice(0, 2) });
  t.same(aligned.pieces, ['one', ' two', ' three', ' four']);
  t.same(aligned.logprobs.map(tokensOf), ['one', ' two', '', '']);
});
