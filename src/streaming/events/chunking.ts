// How text and function arguments are cut into deltas: word-sized text pieces (`Paris`, ` is`, ` sunny`, `.`)
// and JSON-token-sized argument pieces (`{"`, `city`, `":"`, `Paris`, `"}`), as the real services stream them.
// Every splitter is lossless: its pieces concatenate to the input.

/** A word with its leading spaces, an escape or punctuation mark with its leading spaces, or trailing spaces. */
const WORDS = /\s*[\p{L}\p{N}_]+(?:['’][\p{L}\p{N}_]+)*|\s*\\u[0-9a-fA-F]{4}|\s*\\[^]|\s*[^\s\p{L}\p{N}_]|\s+/gu;
const STRUCTURAL = new Set(['{', '}', '[', ']', ':', ',']);
const isSpace = (char: string): boolean => char === ' ' || char === '\n' || char === '\r' || char === '\t';

export interface ChunkingOptions {
  /** Characters per delta; 0 = the natural pieces. */
  chunkSize: number;
}

export function textPieces(text: string, options: ChunkingOptions): string[] {
  if (options.chunkSize > 0) return fixedPieces(text, options.chunkSize);
  return text.match(WORDS) ?? [];
}

/** `whole`: the model sends the arguments in one delta (grok, muse-spark); a chunk size overrides it. */
export function argumentPieces(json: string, options: ChunkingOptions & { whole: boolean }): string[] {
  if (options.chunkSize > 0) return fixedPieces(json, options.chunkSize);
  if (json === '') return [];
  return options.whole ? [json] : jsonPieces(json);
}

/** `size` characters (code points, so no surrogate pair is split) per piece. */
export function fixedPieces(text: string, size: number): string[] {
  const chars = Array.from(text);
  const pieces: string[] = [];
  for (let start = 0; start < chars.length; start += size) pieces.push(chars.slice(start, start + size).join(''));
  return pieces;
}

/**
 * A lexer, not a parser (invalid JSON is split too): runs of structural characters, quotes and spaces form
 * one piece; string contents are split like text; numbers and literals are pieces of their own.
 */
export function jsonPieces(json: string): string[] {
  const pieces: string[] = [];
  let run = '';
  const flush = (): void => {
    if (run) pieces.push(run);
    run = '';
  };
  let index = 0;
  while (index < json.length) {
    const char = json[index]!;
    if (char === '"') {
      const end = stringEnd(json, index + 1);
      const body = json.slice(index + 1, end);
      run += '"';
      if (body) {
        flush();
        // A loop, not push(...matches): a string of 200,000 words would overflow the call stack.
        for (const word of body.match(WORDS) ?? []) pieces.push(word);
      }
      if (end < json.length) run += '"';
      index = end + 1;
    } else if (STRUCTURAL.has(char) || isSpace(char)) {
      run += char;
      index += 1;
    } else {
      let end = index;
      while (end < json.length && !STRUCTURAL.has(json[end]!) && !isSpace(json[end]!) && json[end] !== '"') end += 1;
      flush();
      pieces.push(json.slice(index, end));
      index = end;
    }
  }
  flush();
  return pieces;
}

/** The index of the quote closing a string whose body starts at `from` (or the length, if unterminated). */
function stringEnd(json: string, from: number): number {
  let index = from;
  while (index < json.length && json[index] !== '"') index += json[index] === '\\' ? 2 : 1;
  return Math.min(index, json.length);
}
