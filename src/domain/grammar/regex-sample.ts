// Strings matching a regular expression, for `syntax: regex` custom tools and Lark regex terminals: the
// argument engine's pattern generator (seeded, bounded), with its reason when a pattern is beyond it.
import type { Random } from '../../deps.js';
import { generateMatchingString } from '../arguments/index.js';
import type { Parsed } from './lark-types.js';

/** Longest string one regex gives. */
const MAX_MATCH_LENGTH = 4096;

export function sampleRegex(regex: { source: string; flags: string }, random: Random): Parsed<string> {
  const made = generateMatchingString({ pattern: regex.source, seed: random.uint32(), maxLength: MAX_MATCH_LENGTH });
  return made.ok ? { ok: true, value: made.value } : { ok: false, reason: made.problem.reason };
}
