// Function-call arguments from a tool's JSON Schema: valid against the schema, with values taken from the
// user's prompt where the schema allows. Pure and deterministic: same input, same output. Never throws:
// a schema that is unsatisfiable (`false`, contradictory) or that Ajv cannot compile yields `['{}']`.
import { fillFromPrompt } from './fill.js';
import { LruMap } from './lru.js';
import { preparedSchema } from './prepared.js';
import { PromptFacts } from './prompt-facts.js';
import { sampleValid } from './sample.js';
import { expandSets } from './sets.js';

export interface ArgumentRequest {
  /** The tool's `parameters` as sent (may be null/undefined: then `{}` is produced). */
  schema: unknown;
  /** The text of the last user message (may be empty). */
  prompt: string;
  /** A 32-bit seed drawn from the request's content stream. */
  seed: number;
}

const EMPTY = ['{}'] as const;
const MAX_RESULTS = 1000;

const results = new LruMap<string, readonly string[]>({ maxEntries: MAX_RESULTS });

/** The computation without the result cache (schema preparation is still cached); exported for tests. */
export function computeArgumentSets(request: ArgumentRequest, schemaText: string): string[] {
  const { schema, prompt } = request;
  if (schema === null || schema === undefined || schema === true) return [...EMPTY];
  const prepared = preparedSchema(schemaText, schema);
  const { validate, properties } = prepared;
  if (validate === undefined) return [...EMPTY];
  const sample = sampleValid({ schema, sampling: prepared.sampling, validate, seed: request.seed >>> 0 });
  if (sample === undefined) return [...EMPTY];
  const facts = new PromptFacts(prompt, prepared.enumWords);
  const filled = fillFromPrompt({ sample, properties, facts, validate });
  return expandSets({ value: filled.value, properties, applied: filled.applied, validate });
}

/**
 * One or more argument sets for one tool, each a JSON string valid against the schema.
 * Several sets when the prompt names several values for the tool's main parameter
 * ("weather in Paris and London" → two sets); the caller decides whether to use them all.
 */
export function generateArgumentSets(request: ArgumentRequest): string[] {
  try {
    const schemaText = JSON.stringify(request.schema) ?? 'undefined';
    const prompt = typeof request.prompt === 'string' ? request.prompt : '';
    const key = `${request.seed >>> 0}\u0000${prompt}\u0000${schemaText}`;
    const cached = results.get(key);
    if (cached !== undefined) return [...cached];
    const computed = computeArgumentSets({ schema: request.schema, prompt, seed: request.seed }, schemaText);
    results.set(key, computed);
    return [...computed];
  } catch {
    // Deeply nested input can exhaust the stack in JSON.stringify, Ajv or the sampler.
    return [...EMPTY];
  }
}
