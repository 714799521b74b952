// The option objects of a create request that OpenAI checks field by field (openai-node 7.57's create params):
// `prompt_cache_options` (mode, ttl, prewarm, comparison_response_id), `access_programs` (cyber) and `image`
// (context_compression). A wrong type or value is a 400 naming its path; an unknown field is left to the
// unknown-parameter check, which knows these objects' fields.
import type { MockError } from '../types.js';
import { invalidValue, typeError } from './json-schema/schema-check.js';

type Item = Record<string, unknown>;

const CACHE_MODES = ['implicit', 'explicit'];
const CACHE_TTLS = ['30m', '12h'];
const CYBER_PROGRAMS = ['standard', 'daybreak_blue', 'daybreak_red'];
const COMPRESSION = ['auto', 'enabled', 'disabled'];

/** The fields each option object takes (for the unknown-parameter check). */
export const OPTION_FIELDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['prompt_cache_options', new Set(['mode', 'ttl', 'prewarm', 'comparison_response_id'])],
  ['access_programs', new Set(['cyber'])],
  ['image', new Set(['context_compression'])],
]);

export function requestOptionsProblem(request: Item): MockError | null {
  return promptCacheProblem(request.prompt_cache_options)
    ?? enumField(request.access_programs, { path: 'access_programs', field: 'cyber', allowed: CYBER_PROGRAMS })
    ?? enumField(request.image, { path: 'image', field: 'context_compression', allowed: COMPRESSION });
}

function promptCacheProblem(value: unknown): MockError | null {
  const path = 'prompt_cache_options';
  const shape = objectProblem(value, path);
  if (shape !== undefined) return shape;
  const options = value as Item;
  const { prewarm, comparison_response_id: comparison } = options;
  if (prewarm !== undefined && prewarm !== null && typeof prewarm !== 'boolean') return typeError(`${path}.prewarm`, ['boolean'], prewarm);
  if (comparison !== undefined && comparison !== null && typeof comparison !== 'string') return typeError(`${path}.comparison_response_id`, ['string'], comparison);
  return enumField(options, { path, field: 'mode', allowed: CACHE_MODES }) ?? enumField(options, { path, field: 'ttl', allowed: CACHE_TTLS });
}

/** An object (or absent) whose optional `field` is one of `allowed`. */
function enumField(value: unknown, at: { path: string; field: string; allowed: string[] }): MockError | null {
  const shape = objectProblem(value, at.path);
  if (shape !== undefined) return shape;
  const given = (value as Item)[at.field];
  if (given === undefined || given === null) return null;
  const path = `${at.path}.${at.field}`;
  if (typeof given !== 'string') return typeError(path, ['string'], given);
  return at.allowed.includes(given) ? null : invalidValue(path, given, at.allowed);
}

/** undefined when the value is an object to look into; null when absent; else the type error. */
function objectProblem(value: unknown, path: string): MockError | null | undefined {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value)) return typeError(path, ['object'], value);
  return undefined;
}
