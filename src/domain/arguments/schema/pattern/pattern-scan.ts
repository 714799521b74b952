// A regular expression's source read as its groups see it: each character outside escapes and character classes,
// in one pass, for the scans that count or cut groups (patterns.ts, look-behind.ts).

/**
 * Calls `visit` with each character of `source` from `from` on that is neither escaped nor inside a character
 * class; `visit` may return the index to go on at (past a group it skips; `source.length` ends the scan).
 */
export function forEachStructural(source: string, from: number, visit: (char: string, index: number) => number | undefined): void {
  let inClass = false;
  for (let index = from; index < source.length; index += 1) {
    const char = source[index]!;
    if (char === '\\') index += 1;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else {
      const next = visit(char, index);
      if (next !== undefined) index = next - 1;
    }
  }
}
