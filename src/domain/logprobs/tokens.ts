// The tokens of an output text, roughly as a byte-pair tokenizer shows them: a word with its one leading space,
// a run of at most three digits, punctuation with its leading space, runs of blanks and line breaks. One linear
// scan by character class (a regular expression only ever tests a single character); the tokens concatenate to
// the text, or to its start when the scan stops at `limit` tokens. And a token's UTF-8 bytes.

type CharClass = 'letter' | 'digit' | 'space' | 'blank' | 'other';

/** The most code points of one letter token (latin), of one wide-script token (CJK, kana…), of one punctuation token. */
const MAX_WORD = 12;
const MAX_WIDE = 2;
const MAX_DIGITS = 3;
const MAX_OTHER = 4;
/** The most UTF-16 units of one token of blanks and line breaks. */
const MAX_BLANKS = 16;
/** From here on a letter is of a wide script (CJK radicals, kana, Han, Hangul…): a token holds one or two. */
const WIDE_FROM = 0x2e80;

const ONE_CHAR = /^(?:(\s)|([\p{L}\p{M}])|(\p{N}))$/u;

function classOf(code: number): CharClass {
  if (code < 0x80) {
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return 'letter';
    if (code >= 0x30 && code <= 0x39) return 'digit';
    if (code === 0x20) return 'space';
    if (code >= 0x09 && code <= 0x0d) return 'blank';
    return 'other';
  }
  const match = ONE_CHAR.exec(String.fromCodePoint(code));
  if (match === null) return 'other';
  return match[1] !== undefined ? 'blank' : match[2] !== undefined ? 'letter' : 'digit';
}

const isApostrophe = (code: number): boolean => code === 0x27 || code === 0x2019;

/** A scan over one text: the class of the code point at an index, and where it ends. */
class Scan {
  constructor(readonly text: string) {}

  code(at: number): number {
    return this.text.codePointAt(at) ?? 0;
  }

  /** The index after the code point at `at`. */
  after(at: number): number {
    return at + (this.code(at) > 0xffff ? 2 : 1);
  }

  classAt(at: number): CharClass | undefined {
    return at < this.text.length ? classOf(this.code(at)) : undefined;
  }

  /** The end of a run of code points of `kind` from `at`, at most `max` of them. */
  run(at: number, args: { kind: CharClass; max: number }): number {
    let end = at;
    for (let count = 0; count < args.max && this.classAt(end) === args.kind; count += 1) end = this.after(end);
    return end;
  }

  /** A word: letters of one width (latin runs are longer than wide-script ones). */
  word(at: number): number {
    const wide = this.code(at) >= WIDE_FROM;
    let end = at;
    for (let count = 0; count < (wide ? MAX_WIDE : MAX_WORD) && this.classAt(end) === 'letter' && (this.code(end) >= WIDE_FROM) === wide; count += 1) {
      end = this.after(end);
    }
    return end;
  }

  /** Punctuation and symbols; an apostrophe before letters starts a contraction (`'s`, `’ll`). */
  other(at: number): number {
    if (isApostrophe(this.code(at)) && this.classAt(at + 1) === 'letter') return this.run(at + 1, { kind: 'letter', max: 3 });
    return this.run(at, { kind: 'other', max: MAX_OTHER });
  }

  /** Blanks and line breaks; the last space of a run before a word or a mark is left to that token. */
  blanks(at: number): number {
    let end = at;
    while (end < this.text.length && end - at < MAX_BLANKS) {
      const kind = this.classAt(end);
      if (kind !== 'space' && kind !== 'blank') break;
      end += 1;
    }
    const next = this.classAt(end);
    const leavesSpace = end - at > 1 && end - at < MAX_BLANKS && this.text.charCodeAt(end - 1) === 0x20 && (next === 'letter' || next === 'other');
    return leavesSpace ? end - 1 : end;
  }

  /** The end of the token that starts at `at`. */
  tokenEnd(at: number): number {
    const kind = this.classAt(at);
    if (kind === 'letter') return this.word(at);
    if (kind === 'digit') return this.run(at, { kind: 'digit', max: MAX_DIGITS });
    if (kind === 'other') return this.other(at);
    const next = this.classAt(at + 1);
    if (kind === 'space' && next === 'letter') return this.word(at + 1);
    if (kind === 'space' && next === 'other') return this.other(at + 1);
    return this.blanks(at);
  }
}

/** The text's first `limit` tokens, in order (all of them when it has fewer). */
export function tokenize(text: string, options: { limit: number }): string[] {
  const scan = new Scan(text);
  const tokens: string[] = [];
  let at = 0;
  while (at < text.length && tokens.length < options.limit) {
    const end = Math.max(scan.tokenEnd(at), scan.after(at));
    tokens.push(text.slice(at, end));
    at = end;
  }
  return tokens;
}

/** The token's UTF-8 encoding, as integers; a lone surrogate is U+FFFD, as TextEncoder writes it. */
export function utf8Bytes(token: string): number[] {
  const bytes: number[] = [];
  for (let at = 0; at < token.length; at += 1) {
    let code = token.codePointAt(at)!;
    if (code > 0xffff) at += 1;
    else if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    else bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
  }
  return bytes;
}
