// OpenAI's `obfuscation` field on delta events: random padding that hides the delta's length. On the wire the
// padding tops the delta up to 16 characters (`{` + 15, `location` + 8); longer deltas to the next multiple
// of 16 (inferred). Drawn from the request's id stream, so a seed fixes it.
import type { Random } from '../deps.js';
import { alnum } from '../providers/ids.js';

const BLOCK = 16;

export function obfuscation(random: Random, delta: string): string {
  return alnum(random, BLOCK - (delta.length % BLOCK));
}
