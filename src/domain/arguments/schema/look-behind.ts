// A pattern with its look-behinds taken out, for the string generator, which cannot read them: like a
// look-ahead, which it passes over, a look-behind is then checked on what it made, by the matcher.

/** The index just past the group that opens at `start`, escapes and character classes passed over. */
function groupEnd(source: string, start: number): number {
  let depth = 0;
  let inClass = false;
  for (let index = start; index < source.length; index += 1) {
    const char = source[index];
    if (char === '\\') index += 1;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth += 1;
    else if (char === ')' && (depth -= 1) === 0) return index + 1;
  }
  return source.length;
}

/** `source` without its `(?<=…)` and `(?<!…)` groups: one pass, escapes and character classes passed over. */
export function withoutLookBehinds(source: string): string {
  let kept = '';
  let from = 0;
  let inClass = false;
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index];
    if (char === '\\') index += 1;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(' && (source.startsWith('(?<=', index) || source.startsWith('(?<!', index))) {
      kept += source.slice(from, index);
      from = groupEnd(source, index);
      index = from - 1;
    }
  }
  return kept + source.slice(from);
}
