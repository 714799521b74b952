// The splitters: pieces shaped like the real services' deltas, and lossless on any input.
import fc from 'fast-check';
import t from 'tap';
import * as chunking from '../../../src/streaming/events/chunking.js';

// The splitters make their pieces as asked; these collect them.
const textPieces = (...args: Parameters<typeof chunking.textPieces>) => [...chunking.textPieces(...args)];
const argumentPieces = (...args: Parameters<typeof chunking.argumentPieces>) => [...chunking.argumentPieces(...args)];
const fixedPieces = (...args: Parameters<typeof chunking.fixedPieces>) => [...chunking.fixedPieces(...args)];
const jsonPieces = (...args: Parameters<typeof chunking.jsonPieces>) => [...chunking.jsonPieces(...args)];

t.test('text splits into word-sized pieces with their leading space', async (t) => {
  const natural = { chunkSize: 0 };
  t.same(textPieces('Paris is sunny.', natural), ['Paris', ' is', ' sunny', '.']);
  t.same(textPieces('Hello!', natural), ['Hello', '!']);
  t.same(textPieces("It's 22°C, isn't it?", natural), ["It's", ' 22', '°', 'C', ',', " isn't", ' it', '?']);
  t.same(textPieces('line one\n\nline two ', natural), ['line', ' one', '\n\nline', ' two', ' ']);
  t.same(textPieces('', natural), []);
});

t.test('arguments split into JSON-token pieces', async (t) => {
  t.same(jsonPieces('{"city":"Paris"}'), ['{"', 'city', '":"', 'Paris', '"}'], 'the recorded gpt-4o-mini pieces');
  t.same(jsonPieces('{"location": "New York City, USA"}'), ['{"', 'location', '": "', 'New', ' York', ' City', ',', ' USA', '"}']);
  t.same(jsonPieces('{"a":1,"b":[true,null],"c":-2.5e3}'), ['{"', 'a', '":', '1', ',"', 'b', '":[', 'true', ',', 'null', '],"', 'c', '":', '-2.5e3', '}']);
  t.same(jsonPieces('{"q":"say \\"hi\\"\\n"}'), ['{"', 'q', '":"', 'say', ' \\"', 'hi', '\\"', '\\n', '"}'], 'escapes stay whole');
  t.same(jsonPieces('{"e":""}'), ['{"', 'e', '":""}']);
  t.same(jsonPieces('{}'), ['{}']);
});

t.test('argumentPieces: natural, whole, fixed size', async (t) => {
  t.same(argumentPieces('{"city":"Paris"}', { chunkSize: 0, whole: false }), ['{"', 'city', '":"', 'Paris', '"}']);
  t.same(argumentPieces('{"city":"Paris"}', { chunkSize: 0, whole: true }), ['{"city":"Paris"}']);
  t.same(argumentPieces('{"city":"Paris"}', { chunkSize: 5, whole: true }), ['{"cit', 'y":"P', 'aris"', '}']);
  t.same(argumentPieces('', { chunkSize: 0, whole: false }), [], 'empty arguments: no delta');
  t.same(fixedPieces('a😀b', 1), ['a', '😀', 'b'], 'surrogate pairs are never split');
});

t.test('every splitter is lossless', async () => {
  const inputs = fc.oneof(fc.string({ unit: 'binary' }), fc.json(), fc.jsonValue().map((value) => JSON.stringify(value)));
  fc.assert(fc.property(inputs, fc.integer({ min: 0, max: 9 }), (input, size) => {
    const joined = [
      textPieces(input, { chunkSize: size }).join(''),
      argumentPieces(input, { chunkSize: size, whole: false }).join(''),
      jsonPieces(input).join(''),
    ];
    return joined.every((text) => text === input);
  }), { numRuns: 1000 });
});

t.test('pieces are never empty', async () => {
  fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (input) =>
    [...textPieces(input, { chunkSize: 0 }), ...jsonPieces(input)].every((piece) => piece.length > 0)), { numRuns: 1000 });
});

t.test('huge argument strings are split without deep recursion or spread', async (t) => {
  const args = JSON.stringify({ query: `search for ${'word '.repeat(200_000)}` });
  const pieces = jsonPieces(args);
  // {" query ":" search  for  200,000 × word  the trailing space  "}
  t.equal(pieces.length, 3 + 2 + 200_000 + 1 + 1, 'one piece per word, plus the structure');
  t.equal(pieces.join(''), args, 'lossless');
});

t.test('pieces are made one at a time: the first of a long text comes before the rest is cut', async (t) => {
  const text = 'a'.repeat(4_000_000);
  for (const pieces of [chunking.textPieces(text, { chunkSize: 1 }), chunking.argumentPieces(text, { chunkSize: 1, whole: false })]) {
    t.notOk(Array.isArray(pieces), 'not a list of every piece');
    t.equal(pieces.next().value, 'a');
  }
  const words = chunking.jsonPieces(JSON.stringify({ q: 'word '.repeat(1_000_000) }));
  t.same([words.next().value, words.next().value, words.next().value, words.next().value], ['{"', 'q', '":"', 'word']);
});
