// Schema `pattern`s meet text two ways: tested (on prompt words and on values) with RE2's linear-time
// engine, the backtracking engine kept only for what RE2 lacks (look-around, back-references) and only on
// short input and under a budget of time; and turned into strings with randexp, seeded by our own Random, on bounded repetitions
// (stretched to the length a leading look-ahead asks for, pattern-length.ts; `\p{…}` made concrete, unicode-classes.ts).
import type RandExpModule from 'randexp';
import type { Random } from '../../../../deps.js';
import { loadRandExp, loadRe2 } from '../../../../lazy-modules.js';
import { BoundedCache } from '../../cache.js';
import { backtrackingTest, TOO_SLOW } from './backtracking.js';
import { withoutLookBehinds } from './look-behind.js';
import { leadingLength, stretchToLength } from './pattern-length.js';
import { eachRepetition, tokenBounds, type Token } from './pattern-tokens.js';
import { withConcreteUnicodeClasses } from './unicode-classes.js';
import { forEachStructural } from './pattern-scan.js';
import { MAX_PATTERN_GROUP_DEPTH, MAX_PATTERN_REPEAT, MAX_STRING_LENGTH } from '../limits.js';

type RandExpClass = typeof RandExpModule.default;

export interface PatternMatcher {
  source: string;
  /** Whether `text` contains a match (as JSON Schema's unanchored `pattern`). */
  test: (text: string) => boolean;
  /** False when only the backtracking engine understands the pattern: then long input never matches. */
  linear: boolean;
}

/** A pattern no engine here runs, and why (a sentence starting `pattern …` or a short phrase). */
interface Refused { why: string }

// What an RE2 program holds once it has run: measured 18 to 50 KB for patterns of 25 to 300 characters.
const matchers = new BoundedCache<PatternMatcher | Refused>({ maxEntries: 2048, maxBytes: 16 * 1024 * 1024, sizeOf: (m) => ('why' in m ? 256 : 16384 + 64 * m.source.length) });

/** Deepest nesting of groups in a pattern, escapes and character classes passed over: one pass, no recursion. */
export function groupDepth(source: string): number {
  let depth = 0;
  let deepest = 0;
  forEachStructural(source, 0, (char) => {
    if (char === '(') deepest = Math.max(deepest, (depth += 1));
    else if (char === ')') depth = Math.max(0, depth - 1);
    return undefined;
  });
  return deepest;
}

/** Why the mock does not run a pattern, when it nests deeper than the engines' recursion allows. */
export function patternTooDeep(source: string): string | undefined {
  const depth = groupDepth(source);
  return depth > MAX_PATTERN_GROUP_DEPTH ? `pattern nests groups ${depth} deep, beyond what the mock runs (at most ${MAX_PATTERN_GROUP_DEPTH})` : undefined;
}

/** A pattern as a message quotes it: JSON-quoted, cut to 80 characters. */
export const quotedPattern = (source: string): string => JSON.stringify(source.length > 80 ? `${source.slice(0, 77)}...` : source);

/** Thrown while Ajv compiles a schema whose `pattern` no engine here runs. */
export class UnusablePattern extends Error {
  constructor(readonly source: string, readonly why: string) {
    super(`Invalid regular expression: /${source.slice(0, 200)}/`);
  }
}

function compile(source: string): PatternMatcher | Refused {
  const tooDeep = patternTooDeep(source);
  if (tooDeep !== undefined) return { why: tooDeep };
  try {
    const { RE2JS } = loadRe2();
    const re2 = RE2JS.compile(RE2JS.translateRegExp(source));
    return { source, linear: true, test: (text) => re2.test(text) };
  } catch {
    // Not RE2 syntax: look-around or a back-reference.
  }
  let native: RegExp;
  try {
    native = new RegExp(source, 'u');
  } catch {
    return { why: 'not a valid regular expression' };
  }
  // Its tests throw once the request's backtracking budget is spent; nothing of that is kept for later requests.
  const refuse = (): never => {
    throw new UnusablePattern(source, TOO_SLOW);
  };
  return { source, linear: false, test: backtrackingTest(native, refuse) };
}

function compiled(source: string): PatternMatcher | Refused {
  const cached = matchers.get(source);
  if (cached !== undefined) return cached;
  const created = compile(source);
  matchers.set(source, created);
  return created;
}

/** A matcher for a schema pattern, or undefined when no engine here runs it (`patternRefusal` says why). */
export function patternMatcher(source: string): PatternMatcher | undefined {
  const matcher = compiled(source);
  return 'why' in matcher ? undefined : matcher;
}

/** Why no engine here runs a pattern: not a regular expression, or groups nested too deep. */
export function patternRefusal(source: string): string | undefined {
  const matcher = compiled(source);
  return 'why' in matcher ? matcher.why : undefined;
}

/**
 * Ajv's `code.regExp` engine: every pattern Ajv compiles runs through `patternMatcher`. Ajv keys compiled
 * patterns by their `toString()`, so each one answers with its own source.
 */
export const linearRegExp = Object.assign(
  (source: string): PatternMatcher & { toString: () => string } => {
    const matcher = compiled(source);
    if ('why' in matcher) throw new UnusablePattern(source, matcher.why);
    return { ...matcher, toString: () => `/${source}/` };
  },
  { code: 'linearRegExp' },
);

interface PreparedPattern {
  generator: InstanceType<RandExpClass>;
  /** Shortest string the pattern can produce. */
  minLength: number;
  /** The pattern's length, which its token tree grows with. */
  sourceLength: number;
  /** The longest string its leading look-aheads allow, when they bound it (a longer draw is cut to it). */
  longest: number | undefined;
}

// randexp's token tree: measured 3.5 KB for a pattern of 35 characters, 17 KB for one of 290.
const generators = new BoundedCache<PreparedPattern | null>({ maxEntries: 512, maxBytes: 8 * 1024 * 1024, sizeOf: (prepared) => (prepared === null ? 64 : 2048 + 48 * prepared.sourceLength) });

function prepare(source: string): PreparedPattern | null {
  if (patternTooDeep(source) !== undefined) return null;
  let generator: InstanceType<RandExpClass>;
  try {
    const concrete = withConcreteUnicodeClasses(withoutLookBehinds(source));
    generator = new (loadRandExp())(concrete.source);
    for (const char of concrete.beyondAscii) generator.defaultRange.add(char.charCodeAt(0));
  } catch {
    return null;
  }
  const root = (generator as unknown as { tokens: Token }).tokens;
  const { min } = tokenBounds(root);
  const wanted = leadingLength(root);
  const widest = new Map<Token, number>();
  eachRepetition(root, (repetition) => widest.set(repetition, repetition.max ?? 0));
  // Open-ended and wide quantifiers get a few repetitions beyond their minimum; if nesting still multiplies
  // that past the string limit, every quantifier keeps to its minimum.
  eachRepetition(root, (repetition) => {
    const low = repetition.min ?? 0;
    if ((repetition.max ?? 0) - low > MAX_PATTERN_REPEAT) repetition.max = low + MAX_PATTERN_REPEAT;
  });
  // A leading look-ahead asking for more than that: the repetitions stretch to its length.
  if (wanted !== undefined && tokenBounds(root).max < wanted.min) stretchToLength(root, { want: wanted, widest });
  if (tokenBounds(root).max > MAX_STRING_LENGTH) eachRepetition(root, (repetition) => { repetition.max = repetition.min ?? 0; });
  generator.max = MAX_PATTERN_REPEAT;
  return { generator, minLength: min, sourceLength: source.length, longest: wanted !== undefined && Number.isFinite(wanted.max) ? wanted.max : undefined };
}

/** The patterns' caches: matchers (RE2 programs) and generators (randexp trees), for tests and benchmarks. */
export function patternCacheStats(): { matchers: { entries: number; bytes: number }; generators: { entries: number; bytes: number } } {
  return { matchers: { entries: matchers.size, bytes: matchers.bytes }, generators: { entries: generators.size, bytes: generators.bytes } };
}

export type PatternString = { ok: true; text: string } | { ok: false; reason: string };

/**
 * A string produced from `source` by randexp with `random`, not yet checked (look-ahead is ignored by
 * the generator): the caller tests it with `patternMatcher`. Fails when the pattern cannot be parsed or
 * its shortest match is longer than the mock writes.
 */
export function stringFromPattern(source: string, random: Random): PatternString {
  let prepared = generators.get(source);
  if (prepared === undefined) {
    prepared = prepare(source);
    generators.set(source, prepared);
  }
  if (prepared === null) return { ok: false, reason: patternTooDeep(source) ?? `pattern ${quotedPattern(source)} is not a regular expression the mock can generate from` };
  if (prepared.minLength > MAX_STRING_LENGTH) {
    return { ok: false, reason: `pattern ${quotedPattern(source)} needs at least ${prepared.minLength} characters, beyond what the mock generates (max ${MAX_STRING_LENGTH})` };
  }
  const { generator, longest } = prepared;
  generator.randInt = (low: number, high: number): number => low + random.int(high - low + 1);
  const text = generator.gen();
  // Repetitions drawn one by one rarely add up to an exact length (^(?=.{40}$)…): a draw past it is cut to it, and
  // the real pattern judges the cut as any other draw.
  return { ok: true, text: longest !== undefined && text.length > longest ? text.slice(0, longest) : text };
}
