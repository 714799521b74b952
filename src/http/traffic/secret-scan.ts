// The quick scan before masking a JSON text: whether any field holding a string has a name that ends like a secret
// name (in any case), read a few characters around each colon without copying the text; a name written with
// escapes is decoded alone and judged by its text. Most bodies hold none and are passed over without running the
// field patterns (redact.ts).

/**
 * One pass over the colons: a field whose value is a string (`"name": "…"`, also escaped inside a JSON string)
 * and whose name ends with one of the endings, in any case. Most colons end a name right away, so this reads
 * a few characters around each colon and never copies the text.
 */
export function mayHoldSecrets(text: string, endings: Endings): boolean {
  // Only a \u escape can hide how a name ends (`"api_ke\u0079"`): without one in the text, no name is read back.
  // Looked for once a string field is met, not before the loop: searched up front, the scan ran about 100 times
  // slower once optimised from the build's code cache (a 1.6 MB prompt of 'a: ' took 12 to 18 s, not 0.1).
  let unicodeEscapes: boolean | undefined;
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    if (!stringValueAt(text, skipSpace(text, colon + 1))) continue;
    const quote = skipSpaceBack(text, colon - 1);
    if (text.charCodeAt(quote) !== QUOTE) continue;
    // A plain name ends just before its quote; an escaped one (`\"api_key\":`) before the backslash.
    if (endsWithAny(text, quote, endings)) return true;
    const escaped = text.charCodeAt(quote - 1) === BACKSLASH;
    if (escaped && endsWithAny(text, quote - 1, endings)) return true;
    if ((unicodeEscapes ??= text.includes('\\u')) && escapedNameEnds(text, { last: escaped ? quote - 2 : quote - 1, nested: escaped }, endings)) return true;
  }
  return false;
}

/** Longest name read back for an escape: the field patterns take names of 128 characters, each escaped in at most 12. */
const LONGEST_NAME = 128 * 12;

/**
 * Whether the name ending at `last` holds a backslash and, decoded as the field patterns decode it (redact.ts;
 * `nested`: inside a JSON string, its own escapes first), ends with one of the endings. Read back to the first
 * quote, escaped or not: a quote in a name (`api\"_key`) is in its decoded text, and no ending holds one, so what
 * follows it decides alone. Only this name is decoded, not the text: each colon's read stops at the quote that
 * follows the previous one's, so the reads, like the scan, are linear in the text. A name that does not decode
 * (`api_key\x`) is judged as written, as the masking pass judges it: its ending was read before.
 */
function escapedNameEnds(text: string, args: { last: number; nested: boolean }, endings: Endings): boolean {
  const { last } = args;
  let escapes = false;
  let start = last;
  for (; start >= 0 && start > last - LONGEST_NAME; start -= 1) {
    const code = text.charCodeAt(start);
    if (code === QUOTE) break;
    if (code === BACKSLASH) escapes = true;
  }
  if (!escapes || text.charCodeAt(start) !== QUOTE) return false;
  const decoded = decodedName(text.slice(start + 1, last + 1), { nested: args.nested });
  return decoded !== undefined && endsWithAny(decoded, decoded.length, endings);
}

function decodedName(raw: string, args: { nested: boolean }): string | undefined {
  try {
    const value: unknown = JSON.parse(`"${args.nested ? raw.replace(/\\\\/g, '\\') : raw}"`);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

const QUOTE = 34;
const BACKSLASH = 92;

function stringValueAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code === QUOTE || (code === BACKSLASH && text.charCodeAt(at + 1) === QUOTE);
}

/** The (lower-case) endings by their last character: a name is compared only with those that can end it. */
export type Endings = ReadonlyMap<number, readonly string[]>;

export function byLastCharacter(endings: readonly string[]): Endings {
  const grouped = new Map<number, string[]>();
  for (const ending of endings) {
    if (ending.length === 0) continue;
    const last = ending.charCodeAt(ending.length - 1);
    const group = grouped.get(last);
    if (group) group.push(ending);
    else grouped.set(last, [ending]);
  }
  return grouped;
}

/** Whether the characters before `end` end with one of the endings, compared case-insensitively. */
function endsWithAny(text: string, end: number, endings: Endings): boolean {
  const candidates = endings.get(lowerCode(text.charCodeAt(end - 1)));
  if (candidates === undefined) return false;
  for (const ending of candidates) {
    if (ending.length > end) continue;
    let at = ending.length - 1;
    let index = end - 1;
    while (at >= 0 && lowerCode(text.charCodeAt(index)) === ending.charCodeAt(at)) {
      at -= 1;
      index -= 1;
    }
    if (at < 0) return true;
  }
  return false;
}

/** A character code folded to lower case (ASCII directly, the rest as String#toLowerCase folds it). */
function lowerCode(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  return String.fromCharCode(code).toLowerCase().charCodeAt(0);
}

/** Whitespace as the field patterns' `\s` reads it. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(String.fromCharCode(code));
}

function skipSpace(text: string, from: number): number {
  let index = from;
  while (index < text.length && isSpace(text.charCodeAt(index))) index += 1;
  return index;
}

function skipSpaceBack(text: string, from: number): number {
  let index = from;
  while (index >= 0 && isSpace(text.charCodeAt(index))) index -= 1;
  return index;
}
