// Seeded sampling of one schema-valid value with json-schema-faker, re-checked with Ajv. Tries a few
// option sets and seeds, then plain literals; `undefined` means nothing valid was found (unsatisfiable).
import { generateSync, type GenerateOptions, type JsonSchema, type Random } from 'json-schema-faker';
import { namesNothing } from './sampling-schema.js';
import { isRecord, type Validate } from './validator.js';

export interface SampleRequest {
  schema: unknown;
  /** The schema as rewritten for the sampler (see sampling-schema.ts); undefined when unsafe to sample. */
  sampling: JsonSchema | undefined;
  validate: Validate;
  seed: number;
}

const ATTEMPTS = 6;
const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Formats ajv-formats checks that json-schema-faker does not generate on its own. */
const extraFormats: Record<string, (random: Random) => string> = {
  url: (random) => `https://example.com/${random.pick(['docs', 'items', 'api', 'search'])}`,
  byte: (random) => Array.from({ length: 8 }, () => random.pick([...BASE64_ALPHABET])).join(''),
  regex: (random) => random.pick(['^[a-z]+$', '\\d+', '.*']),
  'uri-template': (random) => `https://example.com/${random.pick(['items', 'users'])}/{id}`,
};

// Fixed, date-free options: JSF reads the clock only for minDateTime/maxDateTime, so those stay unset.
const common: GenerateOptions = {
  refDepthMax: 3,
  maxDefaultItems: 3,
  // Deep enough for any real tool schema; recursion through $ref is bounded by refDepthMax instead.
  maxDepth: 256,
  formats: extraFormats,
};

/** Most model-like first: required properties only, preferring the schema's own defaults and examples. */
const variants: GenerateOptions[] = [
  { optionalsProbability: 0, useDefaultValue: true, useExamplesValue: true },
  { optionalsProbability: 0 },
  { optionalsProbability: 0.5 },
  { alwaysFakeOptionals: true },
];

function deriveSeed(seed: number, attempt: number): number {
  return (seed + Math.imul(attempt, 0x9e3779b9)) >>> 0;
}

/** The value as it will be sent: JSON round-tripped, so `undefined` and NaN cannot slip past validation. */
function asJson(value: unknown): unknown {
  const text = JSON.stringify(value);
  return text === undefined ? undefined : JSON.parse(text);
}

function literalCandidates(schema: unknown): unknown[] {
  const own = isRecord(schema) ? schema : {};
  const examples = Array.isArray(own.examples) ? own.examples : [];
  const enumValues = Array.isArray(own.enum) ? own.enum : [];
  return [{}, own.default, ...examples, own.const, ...enumValues, null, '', 0, false, []];
}

function tryGenerate(schema: JsonSchema, options: GenerateOptions): unknown {
  try {
    return asJson(generateSync(schema, { ...common, ...options }));
  } catch {
    return undefined;
  }
}

export function sampleValid(request: SampleRequest): unknown {
  const { schema, validate, seed } = request;
  if (namesNothing(schema) && validate({})) return {};
  // Every seed of the most model-like variant is tried before a variant that adds optional properties.
  const usable = request.sampling === undefined ? [] : variants;
  for (const [index, variant] of usable.entries()) {
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      // Each try gets its own seed: options that do not apply to this schema must not repeat a failure.
      const value = tryGenerate(request.sampling ?? {}, { ...variant, seed: deriveSeed(seed, index * ATTEMPTS + attempt) });
      if (value !== undefined && validate(value)) return value;
    }
  }
  return literalCandidates(schema).find((value) => value !== undefined && validate(value));
}
