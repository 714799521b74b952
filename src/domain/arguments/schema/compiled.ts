// A tool schema compiled once, keyed by a digest of its JSON text, in a cache bounded in entries and bytes:
// the Ajv validator, the node graph the generator walks, and the view prompt filling reads. Generating a
// document is then a few microseconds: walk the nodes with a seeded Random, check once with Ajv.
import { createRandom } from '../../../deps.js';
import { BoundedCache, cacheKey } from '../cache.js';
import { rootProperties, type PropertyView } from '../fill/schema-view.js';
import { schemaCode } from './ajv/code-strings.js';
import { expansionProblem } from './ajv/expansion.js';
import { uncompiledProblem } from './ajv/compile-refusals.js';
import { SchemaContext } from './context.js';
import { withOwnIdsResolved } from './own-ids.js';
import { unfollowedDynamicRef } from './unfollowed-refs.js';
import { withoutSelfConjunctions } from './self-conjunctions.js';
import type { SchemaViolation } from './ajv/meta-violation.js';
import type { Built, Problem } from './types.js';
import { generateAt, type GenerateState } from './generate.js';
import { MAX_ATTEMPTS } from './limits.js';
import { isRecord } from '../../is-record.js';
import { compileValidator, metaViolation, currentGeneration, GENERATION_BYTES, liveGeneration, UNCOMPILED, type CompiledValidator } from './ajv/validator.js';

export interface CompiledSchema {
  schema: unknown;
  validator: CompiledValidator;
  context: SchemaContext;
  /** The root object's properties, for prompt filling (empty for other roots). */
  properties: readonly PropertyView[];
  /** Lower-case enum values of the root properties: "in Celsius" names a unit, not a place. */
  enumWords: ReadonlySet<string>;
  /** Why Ajv cannot compile the schema, so that no value can be checked (and none is answered); null when it compiles. */
  uncompiled: Problem | null;
  /** A `$dynamicRef` neither side follows as written (`unfollowed-refs.ts`): why, when no value generated passes the check. */
  unfollowed: Problem | null;
  /** Why the schema is not a valid JSON Schema (its dialect's meta-schema), found once when compiled. */
  violation: SchemaViolation | null;
}

const cache = new BoundedCache<Built<CompiledSchema>>({
  maxEntries: 512,
  maxBytes: 16 * GENERATION_BYTES,
  sizeOf: (entry) => (entry.ok ? schemaBytes.get(entry.value) ?? 0 : 0),
  onEvict: (entry) => { if (entry.ok) entry.value.validator.release(); },
});
const schemaBytes = new WeakMap<CompiledSchema, number>();

/**
 * What a compiled schema holds, estimated from its JSON text: Ajv's code and scope (each pattern's RE2 program
 * among them), the nodes and the views. Measured: 60 KB for a 400-byte schema, 390 KB for a 4.6 KB one.
 */
const estimatedBytes = (size: { text: string; nodes: number }): number =>
  // Ajv's code grows with the subschemas, not with long descriptions: a 5,000-node schema holds about 9 MB.
  32768 + Math.min(80 * size.text.length, 2048 * size.nodes + 2 * size.text.length);

/**
 * Validators of the Ajv generations older than this many are dropped (and compiled again if asked for), so that
 * old generations, with what they keep of every schema they compiled, are freed: 16 generations of
 * `GENERATION_BYTES` are the cache's byte budget.
 */
export const KEPT_GENERATIONS = 16;
let sweptBelow = 0;

function dropOldGenerations(): void {
  const below = currentGeneration() - KEPT_GENERATIONS;
  if (below <= sweptBelow) return;
  sweptBelow = below;
  // A dialect's Ajv that is still the one it compiles in is kept whatever its age: its validators free nothing.
  cache.dropWhere((entry) => {
    const generation = entry.ok ? entry.value.validator.generation : undefined;
    return generation !== undefined && generation <= below && !liveGeneration(generation);
  });
}

/** The compiled schemas kept (tests and benchmarks). */
export function compiledSchemaStats(): { entries: number; bytes: number; generations: number } {
  return { entries: cache.size, bytes: cache.bytes, generations: currentGeneration() };
}

function enumWordsOf(properties: readonly PropertyView[]): Set<string> {
  const words = new Set<string>();
  for (const property of properties) {
    for (const value of property.enumValues) if (typeof value === 'string') words.add(value.toLowerCase());
  }
  return words;
}

function compile(written: unknown, text: string): Built<CompiledSchema> {
  if (typeof written !== 'boolean' && !isRecord(written)) return { ok: false, problem: { pointer: '', reason: 'a schema must be a JSON object' } };
  const code = schemaCode(written);
  if (code.problem) return { ok: false, problem: code.problem };
  // References to the schema's own ids and anchors become pointers: both the validator and the generator follow
  // those. A schema that names none (its JSON text has no `"$id":`, `"id":`, `"$anchor":`, `"$dynamicAnchor":` or
  // `"$dynamicRef":` key) is not walked.
  const named = ['"$id":', '"id":', '"$anchor":', '"$dynamicAnchor":', '"$dynamicRef":'].some((key) => text.includes(key));
  const own = named && isRecord(written) ? withOwnIdsResolved(written) : undefined;
  const located = own?.copy ?? written;
  // A reference that asks again for what its value already meets (`allOf: [{ $ref: '#' }]`) is left out: the
  // schema means the same without it, and Ajv's check of it would never end. The copy may hold `$ref`s the text
  // does not (a `$dynamicRef` made one).
  const referring = text.includes('"$ref":') || located !== written;
  const schema = referring && isRecord(located) ? withoutSelfConjunctions(located) ?? located : located;
  const expanded = expansionProblem(schema);
  if (expanded) return { ok: false, problem: expanded };
  // What Ajv cannot compile (a remote $ref) is refused when a value is asked for: an answer no check has
  // vouched for may break the schema. The definition itself stays accepted, as the meta-schema accepts it.
  const bytes = estimatedBytes({ text, nodes: code.nodes });
  const validator = compileValidator(schema, { nodes: code.nodes, bytes });
  const properties = rootProperties(schema);
  // A `$dynamicRef` left as written is followed by neither side alike: said when no value generated passes the check.
  const unfollowed = text.includes('"$dynamicRef":') && isRecord(schema) ? unfollowedDynamicRef(schema) : undefined;
  const compiled: CompiledSchema = {
    schema, validator: validator.ok ? validator.value : UNCOMPILED, context: new SchemaContext(schema), properties,
    uncompiled: own?.duplicate ?? (validator.ok ? null : uncompiledProblem(schema, validator.reason)), unfollowed: unfollowed ?? null,
    enumWords: enumWordsOf(properties), violation: judgedAsSent({ written, located, violation: validator.violation }),
  };
  schemaBytes.set(compiled, bytes);
  return { ok: true, value: compiled };
}

/**
 * The schema's violation as the client wrote it: the meta-schema judges what was sent, not the copy with its own
 * references rewritten (which leaves out embedded anchors, `$anchor: 5` among them); compiling judges the copy.
 */
function judgedAsSent(judged: { written: unknown; located: unknown; violation: SchemaViolation | undefined }): SchemaViolation | null {
  const { written, located, violation } = judged;
  if (located === written || !isRecord(written)) return violation ?? null;
  return metaViolation(written) ?? (violation?.compiling === true ? violation : null);
}

/** The compiled form of `schema` (whose JSON text is `text`), from the cache when the same schema was seen. */
export function compiledSchema(schema: unknown, text: string): Built<CompiledSchema> {
  const key = cacheKey(text);
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const created = compile(schema, text);
  cache.set(key, created);
  dropOldGenerations();
  return created;
}

const ENDLESS_CHECK: Problem = {
  pointer: '',
  reason: 'the mock cannot check a value against this schema: it refers back to itself (through $ref or allOf) without consuming any part of the value, so the check never ends',
};

function failureProblem(path: string | undefined): Problem {
  const parts = (path ?? '').split('/');
  const keyword = parts.pop() ?? '';
  return { pointer: parts.join('/'), reason: `the mock found no value that satisfies ${keyword === '' ? 'this schema' : `'${keyword}'`} here` };
}

/** One schema-valid value from a seed, or why none can be made within the mock's bounds. */
export function generateDocument(compiled: CompiledSchema, seed: number): Built<unknown> {
  let problem: Problem | undefined;
  let minimal = false;
  const root = compiled.context.node([{ schema: compiled.schema, pointer: '' }]);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const random = createRandom([seed >>> 0, attempt, 0x9e3779b9, 0x85ebca6b]);
    const state: GenerateState = { context: compiled.context, random, attempt, minimal, values: 0, characters: 0 };
    const made = generateAt(root, state, 0);
    if (!made.ok) {
      problem ??= made.problem;
      // A budget that ran out may fit once only what is required is generated.
      minimal = true;
      continue;
    }
    // Unchecked, a value would go out whatever the schema says.
    if (compiled.uncompiled !== null) return { ok: false, problem: compiled.uncompiled };
    // Values come from JSON (the schema's own) or from the generator, which writes only finite numbers.
    if (compiled.validator.validate(made.value)) return { ok: true, value: made.value };
    // No value can be vouched for, whatever it is: saying so is truer than "no value satisfies".
    if (compiled.validator.endless?.() === true) return { ok: false, problem: ENDLESS_CHECK };
    problem ??= compiled.unfollowed ?? failureProblem(compiled.validator.lastFailure());
  }
  if (compiled.uncompiled !== null) return { ok: false, problem: problem ?? compiled.uncompiled };
  for (const literal of [{}, null, '', 0, false, []]) if (compiled.validator.validate(literal)) return { ok: true, value: literal };
  return { ok: false, problem: problem ?? { pointer: '', reason: 'no value can be generated for this schema' } };
}
