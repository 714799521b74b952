// Per-schema work done once and cached by the schema's JSON text (bounded): the compiled validator,
// the copy of the schema given to the sampler, and the property view used for prompt extraction.
import type { JsonSchema } from 'json-schema-faker';
import { LruMap } from './lru.js';
import { hasCompositionCycle, samplingSchema } from './sampling-schema.js';
import { rootProperties, type PropertyView } from './schema-view.js';
import { compileValidator, type Validate } from './validator.js';

export interface PreparedSchema {
  schema: unknown;
  /** Undefined when no supported dialect compiles the schema. */
  validate: Validate | undefined;
  /** Undefined when the schema cannot be sampled safely (see hasCompositionCycle). */
  sampling: JsonSchema | undefined;
  properties: readonly PropertyView[];
  /** Lower-case enum values of the root properties: "in Celsius" names a unit, not a place. */
  enumWords: ReadonlySet<string>;
  release: () => void;
}

const MAX_SCHEMAS = 500;

const cache = new LruMap<string, PreparedSchema>({ maxEntries: MAX_SCHEMAS, onEvict: (entry) => entry.release() });

function enumWordsOf(properties: readonly PropertyView[]): Set<string> {
  const words = new Set<string>();
  for (const property of properties) {
    for (const value of property.enumValues) if (typeof value === 'string') words.add(value.toLowerCase());
  }
  return words;
}

function prepare(schema: unknown): PreparedSchema {
  const { validate, release } = compileValidator(schema);
  const properties = validate === undefined ? [] : rootProperties(schema);
  const sampling = validate === undefined || hasCompositionCycle(schema) ? undefined : samplingSchema(schema);
  return { schema, validate, sampling, properties, enumWords: enumWordsOf(properties), release };
}

/** The prepared form of `schema`, whose JSON text is `schemaText` (the cache key). */
export function preparedSchema(schemaText: string, schema: unknown): PreparedSchema {
  const cached = cache.get(schemaText);
  if (cached !== undefined) return cached;
  const created = prepare(schema);
  cache.set(schemaText, created);
  return created;
}
