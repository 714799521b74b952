// randexp's token tree of a pattern measured and walked: the shortest and longest strings a token produces, and
// its repetitions, for the generator's bounds (patterns.ts) and the lengths a look-ahead asks for (pattern-length.ts).
import type { Tokens } from 'ret';
import { MAX_STRING_LENGTH } from '../limits.js';

export type Token = Tokens & { min?: number; max?: number; value?: unknown; stack?: Token[]; options?: Token[][] };
export interface Bounds { min: number; max: number }
const CAP = 1e9;

export function isLookaround(token: Token): boolean {
  const group = token as { followedBy?: boolean; notFollowedBy?: boolean; lookBehind?: boolean };
  return group.followedBy === true || group.notFollowedBy === true || group.lookBehind === true;
}

export function sequenceBounds(stack: readonly Token[]): Bounds {
  let min = 0;
  let max = 0;
  for (const token of stack) {
    const bounds = tokenBounds(token);
    min = Math.min(CAP, min + bounds.min);
    max = Math.min(CAP, max + bounds.max);
  }
  return { min, max };
}

/** Shortest and longest strings a token produces (capped), with repetitions as they now stand. */
export function tokenBounds(token: Token): Bounds {
  switch (token.type) {
    case 0: case 1: {
      if (isLookaround(token)) return { min: 0, max: 0 };
      if (token.options !== undefined) {
        const all = token.options.map(sequenceBounds);
        return { min: Math.min(...all.map((b) => b.min)), max: Math.max(...all.map((b) => b.max)) };
      }
      return sequenceBounds(token.stack ?? []);
    }
    case 5: {
      const inner = tokenBounds(token.value as Token);
      return { min: Math.min(CAP, (token.min ?? 0) * inner.min), max: Math.min(CAP, (token.max ?? 0) * inner.max) };
    }
    case 2: return { min: 0, max: 0 };
    case 6: return { min: 0, max: MAX_STRING_LENGTH };
    default: return { min: 1, max: 1 };
  }
}

export function eachRepetition(token: Token, visit: (repetition: Token) => void): void {
  if (token.type === 5) { visit(token); eachRepetition(token.value as Token, visit); return; }
  for (const child of token.stack ?? []) eachRepetition(child, visit);
  for (const option of token.options ?? []) for (const child of option) eachRepetition(child, visit);
}
