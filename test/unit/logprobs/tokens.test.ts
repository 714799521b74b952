// The output text tokenizer: BPE-like tokens that concatenate to the text (or its start, at the limit), never
// split a character, stay short, and are found in one linear pass; and their UTF-8 bytes.
import fc from 'fast-check';
import t from 'tap';
import { tokenize, utf8Bytes } from '../../../src/domain/logprobs/tokens.js';

const all = { limit: Number.POSITIVE_INFINITY };
const encoder = new TextEncoder();

t.test('words with their leading space, digit runs, punctuation, blanks', async (t) => {
  t.same(tokenize('Paris is sunny.', all), ['Paris', ' is', ' sunny', '.']);
  t.same(tokenize("It's 22°C, isn't it?", all), ['It', "'s", ' ', '22', '°', 'C', ',', ' isn', "'t", ' it', '?']);
  t.same(tokenize('1234567 dollars', all), ['123', '456', '7', ' dollars'], 'at most three digits a token');
  t.same(tokenize('line one\n\nline two ', all), ['line', ' one', '\n\n', 'line', ' two', ' ']);
  t.same(tokenize('x  y   z', all), ['x', ' ', ' y', '  ', ' z'], 'the last space of a run goes to the word');
  t.same(tokenize('internationalization', all), ['internationa', 'lization'], 'a long word in pieces');
  t.same(tokenize('{"city":"Paris"}', all), ['{"', 'city', '":"', 'Paris', '"}']);
  t.same(tokenize('日本語のテキスト', all), ['日本', '語の', 'テキ', 'スト'], 'wide scripts two characters a token');
  t.same(tokenize('café naïve', all), ['café', ' naïve']);
  t.same(tokenize('a😀b 👍🏽!', all), ['a', '😀', 'b', ' 👍🏽!']);
  t.same(tokenize('', all), []);
});

t.test('the limit: the first tokens only', async (t) => {
  t.same(tokenize('one two three four', { limit: 2 }), ['one', ' two']);
  t.same(tokenize('one two', { limit: 0 }), []);
});

t.test('tokens concatenate to the text, are never empty and never split a surrogate pair', async () => {
  const texts = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string(), fc.json());
  fc.assert(fc.property(texts, (text) => {
    const tokens = tokenize(text, all);
    let at = 0;
    for (const token of tokens) {
      at += token.length;
      const high = text.charCodeAt(at - 1), low = text.charCodeAt(at);
      if (high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) return false;
    }
    return tokens.join('') === text && tokens.every((token) => token.length > 0 && token.length <= 24);
  }), { numRuns: 2000 });
});

t.test('at a limit the tokens are the start of the text', async () => {
  fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.nat(20), (text, limit) => {
    const tokens = tokenize(text, { limit });
    return tokens.length <= limit && text.startsWith(tokens.join('')) && (tokens.length === limit || tokens.join('') === text);
  }), { numRuns: 1000 });
});

t.test('UTF-8 bytes: ASCII, two-, three- and four-byte characters, emoji sequences, lone surrogates', async (t) => {
  t.same(utf8Bytes(' is'), [32, 105, 115]);
  t.same(utf8Bytes('é'), [195, 169]);
  t.same(utf8Bytes('°C'), [194, 176, 67]);
  t.same(utf8Bytes('日'), [230, 151, 165]);
  t.same(utf8Bytes('😀'), [240, 159, 152, 128]);
  t.same(utf8Bytes('👍🏽'), [240, 159, 145, 141, 240, 159, 143, 189]);
  t.same(utf8Bytes('\uD800x'), [239, 191, 189, 120], 'a lone surrogate is U+FFFD, as TextEncoder writes it');
  fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string({ unit: fc.integer({ min: 0xd7f0, max: 0xe010 }).map((code) => String.fromCharCode(code)) })),
    (text) => JSON.stringify(utf8Bytes(text)) === JSON.stringify([...encoder.encode(text)])), { numRuns: 2000 });
});

t.test('linear on hostile texts, and bounded by the limit on a huge one', async (t) => {
  // Bounds far above the real times (0.1-0.5 s, 45 ms) so that a busy machine passes; a quadratic pass over
  // 400,000 characters, or a full pass over 50 MB (4 s), would still take far longer.
  for (const unit of [' ', "'", ' a', '1', '\n ', '!', '日', 'é', '\uD800']) {
    const text = unit.repeat(Math.ceil(400_000 / unit.length));
    const started = performance.now();
    const tokens = tokenize(text, all);
    t.equal(tokens.join(''), text, `${JSON.stringify(unit)}: lossless`);
    t.ok(performance.now() - started < 10_000, `${JSON.stringify(unit)}: ${Math.round(performance.now() - started)} ms`);
  }
  const huge = 'word '.repeat(10_000_000);
  const started = performance.now();
  t.equal(tokenize(huge, { limit: 4096 }).length, 4096);
  t.ok(performance.now() - started < 1500, `50 MB text at a limit of 4,096 tokens: ${Math.round(performance.now() - started)} ms`);
});
