// OpenAI's `obfuscation` field on delta events: random padding that hides the delta's length. On the wire the
// padding tops the delta up to 16 characters (`{` + 15, `location` + 8); longer deltas to the next multiple
// of 16 (inferred). Drawn from the request's variables (its id stream), so a seed fixes it.

const BLOCK = 16;

/** How many padding characters a delta gets. */
export function paddingLength(delta: string): number {
  return BLOCK - (delta.length % BLOCK);
}
