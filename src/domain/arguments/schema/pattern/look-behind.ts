// A pattern with its look-behinds taken out, for the string generator, which cannot read them: like a
// look-ahead, which it passes over, a look-behind is then checked on what it made, by the matcher.
import { forEachStructural } from './pattern-scan.js';

/** The index just past the group that opens at `start`, escapes and character classes passed over. */
function groupEnd(source: string, start: number): number {
  let depth = 0;
  let end: number | undefined;
  forEachStructural(source, start, (char, index) => {
    if (char === '(') depth += 1;
    else if (char === ')' && (depth -= 1) === 0) end = index + 1;
    return end === undefined ? undefined : source.length;
  });
  return end ?? source.length;
}

/** `source` without its `(?<=…)` and `(?<!…)` groups: one pass, escapes and character classes passed over. */
export function withoutLookBehinds(source: string): string {
  let kept = '';
  let from = 0;
  forEachStructural(source, 0, (char, index) => {
    if (char !== '(' || !(source.startsWith('(?<=', index) || source.startsWith('(?<!', index))) return undefined;
    kept += source.slice(from, index);
    from = groupEnd(source, index);
    return from;
  });
  return kept + source.slice(from);
}
