// Huge values in every position: one leaf (or key) of a valid request replaced by megabytes — a repeated word,
// one character, digits, emoji, spaces, JSON-looking text, or an array of a hundred thousand items.
import fc from 'fast-check';
import type { FuzzRequest } from './check.js';
import { keys, leaves, SHAPES, withKey, withLeaf, type Json } from './shapes.js';

const MiB = 1024 * 1024;
const PIECES = ['word ', 'a', '1234567890', '😀é', ' ', '{"a":[', 'weather in Paris ', '\\"', 'sk-or-v1-', '\u0000\u2028'];

function huge(piece: string, bytes: number): string {
  return piece.repeat(Math.max(1, Math.floor(bytes / Buffer.byteLength(piece))));
}

/** The raw JSON text of a huge value: a string, or an array of many small items. */
const hugeValue = fc.record({ piece: fc.constantFrom(...PIECES), mebibytes: fc.constantFrom(1, 2, 4), form: fc.constantFrom('string', 'string', 'string', 'array') })
  .map(({ piece, mebibytes, form }) => (form === 'array'
    ? `[${Array.from({ length: 100_000 }, () => JSON.stringify(piece)).join(',')}]`
    : JSON.stringify(huge(piece, mebibytes * MiB))));

const PLACES = SHAPES.map((shape) => ({ body: shape.body as Json, leaves: leaves(shape.body as Json), keys: keys(shape.body as Json) }));

/** One shape, one position (a leaf's value or, now and then, a key), one huge value, either path. */
export const hugeRequest: fc.Arbitrary<FuzzRequest> = fc.record({
  shape: fc.nat(PLACES.length - 1),
  at: fc.nat(),
  inKey: fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  value: hugeValue,
  openrouter: fc.boolean(),
}).map(({ shape, at, inKey, value, openrouter }) => {
  const place = PLACES[shape]!;
  const body = inKey
    ? withKey(place.body, place.keys[at % place.keys.length]!, JSON.parse(value.startsWith('[') ? '"k"' : value) as string)
    : withLeaf(place.body, place.leaves[at % place.leaves.length]!, value);
  return { provider: openrouter ? 'openrouter' as const : 'openai' as const, body, headers: { 'x-mock-strictness': 'lenient' } };
});
