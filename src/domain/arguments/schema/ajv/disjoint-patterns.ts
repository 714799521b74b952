// Whether two `patternProperties` patterns can never match one name, proven only for simple shapes: anchored
// literal prefixes that part ways (`^a_` and `^b_`), or a whole literal (`^id$`) the other pattern does not
// match. Anything else is not proven, and the caller keeps counting both patterns for one name.
import { patternMatcher } from '../pattern/patterns.js';

/** Characters that mean something in a pattern; escaped, each stands for itself. */
const SYNTAX = new Set('^$\\.*+?()[]{}|/-');
const QUANTIFIER = new Set(['*', '+', '?', '{']);

interface Literal {
  /** What every match starts with. */
  prefix: string;
  /** True when the pattern matches that text and nothing else (`^id$`). */
  whole: boolean;
}

/** The literal start of an anchored pattern without alternation, or undefined. */
function literalOf(source: string): Literal | undefined {
  if (!source.startsWith('^') || source.includes('|')) return undefined;
  let prefix = '';
  let index = 1;
  while (index < source.length) {
    // By code point: under the `u` flag a quantifier after a character outside U+0000-U+FFFF applies to all of it.
    const char = String.fromCodePoint(source.codePointAt(index)!);
    let literal: string;
    let next: number;
    if (char === '\\' && SYNTAX.has(source[index + 1] ?? '')) {
      literal = source[index + 1]!;
      next = index + 2;
    } else if (!SYNTAX.has(char)) {
      literal = char;
      next = index + char.length;
    } else {
      return { prefix, whole: char === '$' && index === source.length - 1 };
    }
    // A quantified character may repeat or be absent: the prefix ends before it.
    if (QUANTIFIER.has(source[next] ?? '')) return { prefix, whole: false };
    prefix += literal;
    index = next;
  }
  return { prefix, whole: false };
}

/** Whether `text` is proven not to match `source` (by the linear-time engine, which answers for any length). */
function provenMiss(source: string, text: string): boolean {
  const matcher = patternMatcher(source);
  return matcher !== undefined && matcher.linear && !matcher.test(text);
}

/** Whether no name matches both patterns, when that is proven. */
export function disjointPatterns(a: string, b: string): boolean {
  const left = literalOf(a);
  const right = literalOf(b);
  if (left !== undefined && right !== undefined && !left.prefix.startsWith(right.prefix) && !right.prefix.startsWith(left.prefix)) return true;
  if (left?.whole === true && provenMiss(b, left.prefix)) return true;
  return right?.whole === true && provenMiss(a, right.prefix);
}

/** Most patterns compared pair by pair; past it, nothing is proven. */
const MAX_COMPARED = 64;

/** Whether every two of the patterns are proven disjoint. */
export function pairwiseDisjoint(sources: readonly string[]): boolean {
  if (sources.length > MAX_COMPARED) return false;
  for (let i = 0; i < sources.length; i += 1) {
    for (let j = i + 1; j < sources.length; j += 1) if (!disjointPatterns(sources[i]!, sources[j]!)) return false;
  }
  return true;
}
