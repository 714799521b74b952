// Function-call arguments from a tool's JSON Schema: valid against the schema, with values taken from the
// user's prompt where the schema allows. Pure and deterministic: same input, same output.

export interface ArgumentRequest {
  /** The tool's `parameters` as sent (may be null/undefined: then `{}` is produced). */
  schema: unknown;
  /** The text of the last user message (may be empty). */
  prompt: string;
  /** A 32-bit seed drawn from the request's content stream. */
  seed: number;
}

/**
 * One or more argument sets for one tool, each a JSON string valid against the schema.
 * Several sets when the prompt names several values for the tool's main parameter
 * ("weather in Paris and London" → two sets); the caller decides whether to use them all.
 */
export function generateArgumentSets(request: ArgumentRequest): string[] {
  void request;
  return ['{}'];
}
