// The length a pattern's leading look-aheads ask for (`^(?=.{10,15}$)\+?[0-9]+$`, `^(?=(?:\D*\d){10,15}\D*$)…`),
// which the generator passes over: its repetitions are stretched to reach it, within their own bounds. What it
// then makes is still checked with the real pattern by the caller.
import { MAX_PATTERN_REPEAT, MAX_STRING_LENGTH } from '../limits.js';
import { isLookaround, sequenceBounds, tokenBounds, type Bounds, type Token } from './pattern-tokens.js';

const isEnd = (token: Token | undefined): boolean => token?.type === 2 && token.value === '$';

/**
 * The lengths the look-aheads `(?=…$)` at the start of the pattern allow (each reaches the end of the string, so its
 * body's bounds are the string's), as the tree stands before repetitions are capped; undefined when there are none.
 */
export function leadingLength(root: Token): Bounds | undefined {
  let found: Bounds | undefined;
  for (const token of root.stack ?? []) {
    if (token.type === 2 && token.value === '^') continue;
    if (!isLookaround(token)) break;
    const body = token.stack;
    const positive = (token as { followedBy?: boolean }).followedBy === true;
    if (!positive || body === undefined || !isEnd(body.at(-1))) continue;
    const bounds = sequenceBounds(body.slice(0, -1));
    found = { min: Math.max(found?.min ?? 0, bounds.min), max: Math.min(found?.max ?? Infinity, bounds.max) };
  }
  return found;
}

/** The repetitions that make text (not those inside a look-around), outermost first. */
function makingRepetitions(token: Token, into: Token[]): Token[] {
  if (isLookaround(token)) return into;
  if (token.type === 5) { into.push(token); makingRepetitions(token.value as Token, into); return into; }
  for (const child of token.stack ?? []) makingRepetitions(child, into);
  for (const option of token.options ?? []) for (const child of option) makingRepetitions(child, into);
  return into;
}

/**
 * Raises the minimum of the widest repetitions (within the maximum each had as written, `widest`) until the
 * shortest string reaches `want.min`, then lowers maximums toward `want.max`: one pass over the repetitions each way.
 */
export function stretchToLength(root: Token, options: { want: Bounds; widest: ReadonlyMap<Token, number> }): void {
  const { want, widest } = options;
  const shortest = Math.min(want.min, MAX_STRING_LENGTH);
  const room = (repetition: Token): number => Math.min(widest.get(repetition) ?? 0, MAX_STRING_LENGTH);
  const repetitions = makingRepetitions(root, []).sort((a, b) => room(b) - room(a));
  for (const repetition of repetitions) {
    const have = tokenBounds(root);
    if (have.min >= shortest) break;
    const inner = tokenBounds(repetition.value as Token);
    const low = repetition.min ?? 0;
    if (inner.min < 1 || room(repetition) <= low) continue;
    const min = Math.min(room(repetition), low + Math.ceil((shortest - have.min) / inner.min));
    repetition.min = min;
    repetition.max = Math.min(room(repetition), min + MAX_PATTERN_REPEAT);
  }
  for (const repetition of repetitions) {
    const have = tokenBounds(root);
    if (have.max <= want.max) break;
    const inner = tokenBounds(repetition.value as Token);
    if (inner.max < 1) continue;
    repetition.max = Math.max(repetition.min ?? 0, (repetition.max ?? 0) - Math.ceil((have.max - want.max) / inner.max));
  }
}
