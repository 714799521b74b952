// How text and function arguments are cut into deltas: word-sized text pieces (`Paris`, ` is`, ` sunny`, `.`)
// and JSON-token-sized argument pieces (`{"`, `city`, `":"`, `Paris`, `"}`), as the real services stream them.
// Every splitter is lossless: its pieces concatenate to the input. Each makes its pieces one at a time, as the
// stream asks for them, so that a long text cut fine holds only the piece being written, not all of them.

/** A word with its leading spaces, an escape or punctuation mark with its leading spaces, or trailing spaces. */
const WORDS = /\s*[\p{L}\p{N}_]+(?:['’][\p{L}\p{N}_]+)*|\s*\\u[0-9a-fA-F]{4}|\s*\\[^]|\s*[^\s\p{L}\p{N}_]|\s+/gu;
const STRUCTURAL = new Set(['{', '}', '[', ']', ':', ',']);
const isSpace = (char: string): boolean => char === ' ' || char === '\n' || char === '\r' || char === '\t';

export interface ChunkingOptions {
  /** Characters per delta; 0 = the natural pieces. */
  chunkSize: number;
}

export function* textPieces(text: string, options: ChunkingOptions): Generator<string> {
  if (options.chunkSize > 0) return yield* fixedPieces(text, options.chunkSize);
  for (const match of text.matchAll(WORDS)) yield match[0];
}

/** `whole`: the model sends the arguments in one delta (grok, muse-spark); a chunk size overrides it. */
export function* argumentPieces(json: string, options: ChunkingOptions & { whole: boolean }): Generator<string> {
  if (options.chunkSize > 0) return yield* fixedPieces(json, options.chunkSize);
  if (json === '') return;
  if (options.whole) yield json;
  else yield* jsonPieces(json);
}

/** `size` characters (code points, so no surrogate pair is split) per piece. */
export function* fixedPieces(text: string, size: number): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = start;
    for (let count = 0; count < size && end < text.length; count += 1) end += (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
    yield text.slice(start, end);
    start = end;
  }
}

/**
 * A lexer, not a parser (invalid JSON is split too): runs of structural characters, quotes and spaces form
 * one piece; string contents are split like text; numbers and literals are pieces of their own.
 */
export function* jsonPieces(json: string): Generator<string> {
  let run = '';
  let index = 0;
  while (index < json.length) {
    const char = json[index]!;
    if (char === '"') {
      const end = stringEnd(json, index + 1);
      const body = json.slice(index + 1, end);
      run += '"';
      if (body) {
        if (run) yield run;
        run = '';
        for (const word of body.matchAll(WORDS)) yield word[0];
      }
      if (end < json.length) run += '"';
      index = end + 1;
    } else if (STRUCTURAL.has(char) || isSpace(char)) {
      run += char;
      index += 1;
    } else {
      let end = index;
      while (end < json.length && !STRUCTURAL.has(json[end]!) && !isSpace(json[end]!) && json[end] !== '"') end += 1;
      if (run) yield run;
      run = '';
      yield json.slice(index, end);
      index = end;
    }
  }
  if (run) yield run;
}

/** The index of the quote closing a string whose body starts at `from` (or the length, if unterminated). */
function stringEnd(json: string, from: number): number {
  let index = from;
  while (index < json.length && json[index] !== '"') index += json[index] === '\\' ? 2 : 1;
  return Math.min(index, json.length);
}
