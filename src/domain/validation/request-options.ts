// The option objects of a create request that OpenAI checks field by field (openai-node 7.59's create params):
// `prompt_cache_options` (mode, ttl, prewarm, comparison_response_id), `background_options` (completion_window,
// continuation_id; the discounted windows only for a background, unstreamed, standard request), `access_programs`
// (cyber) and `image` (context_compression). A wrong type or value is a 400 naming its path; an unknown field is
// left to the unknown-parameter check, which knows these objects' fields.
import type { MockError } from '../types.js';
import { invalidValue, typeError } from './json-schema/schema-check.js';

type Item = Record<string, unknown>;

const CACHE_MODES = ['implicit', 'explicit'];
const CACHE_TTLS = ['30m', '12h'];
const CYBER_PROGRAMS = ['standard', 'daybreak_blue', 'daybreak_red'];
const COMPRESSION = ['auto', 'enabled', 'disabled'];
const WINDOWS = ['soonest', '2h', '8h'];
/** The tiers that are Standard processing. */
const STANDARD_TIERS = new Set([undefined, null, 'auto', 'default']);

/** The fields each option object takes (for the unknown-parameter check). */
export const OPTION_FIELDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['prompt_cache_options', new Set(['mode', 'ttl', 'prewarm', 'comparison_response_id'])],
  ['background_options', new Set(['completion_window', 'continuation_id'])],
  ['access_programs', new Set(['cyber'])],
  ['image', new Set(['context_compression'])],
]);

export function requestOptionsProblem(request: Item): MockError | null {
  return promptCacheProblem(request.prompt_cache_options)
    ?? backgroundProblem(request)
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

/** `background_options`: the `2h` and `8h` windows are discounted background runs, answered later as a whole. */
function backgroundProblem(request: Item): MockError | null {
  const path = 'background_options';
  const options = request.background_options;
  const invalid = enumField(options, { path, field: 'completion_window', allowed: WINDOWS });
  if (invalid) return invalid;
  if (options === undefined || options === null) return null;
  const { completion_window: window, continuation_id: continuation } = options as Item;
  if (continuation !== undefined && continuation !== null && typeof continuation !== 'string') return typeError(`${path}.continuation_id`, ['string'], continuation);
  if (window !== '2h' && window !== '8h') return null;
  const needs = request.background !== true ? "'background' set to true"
    : request.stream === true ? "a request that is not streamed"
    : !STANDARD_TIERS.has(request.service_tier as string) ? "Standard processing ('service_tier' auto or default)" : undefined;
  if (needs === undefined) return null;
  return { code: 'invalid_value', message: `Invalid 'background_options.completion_window': the '${window}' window needs ${needs}.`, param: `${path}.completion_window` };
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
