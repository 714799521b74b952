// Ajv validators for tool schemas, in whichever supported dialect (2020-12, 2019-09, draft-07) compiles the
// schema first, with every `pattern` on the linear-time engine. Besides the whole-document check, a
// validator for any subschema by JSON pointer lets one property be checked without the rest. A reference within
// the schema that resolves to nothing, or a pattern no engine runs, makes the schema invalid.
import type { ErrorObject } from 'ajv';
import { failurePlace } from './failure-place.js';
import { loadJsonSchemaEngines } from '../../../../lazy-modules.js';
import { isRecord } from '../../../is-record.js';
import type { AjvInstance, Dialect } from './json-schema-engines.js';
import { describeMetaErrors, type SchemaViolation } from './meta-violation.js';
import { danglingRefViolation, unusablePatternViolation } from './compile-refusals.js';
import { linearRegExp, UnusablePattern } from '../pattern/patterns.js';
import { compatibleCopy, draft04BoundsCopy } from './compatible.js';

export type Validate = (value: unknown) => boolean;

export interface CompiledValidator {
  /** The whole-document check. */
  validate: Validate;
  /** The check of the subschema at a JSON pointer of the original schema ('/properties/city'), when there is one. */
  at: (pointer: string) => Validate | undefined;
  /** The schema path (`/properties/x/minimum`) of the last failure of `validate`, if any. */
  lastFailure: () => string | undefined;
  /** Whether the last `validate` failed because the check could not end (the schema refers to itself without end). */
  endless?: () => boolean;
  /** Frees what Ajv keeps for this schema; call when the validator is dropped from a cache. */
  release: () => void;
  /** The Ajv generation it was compiled in (see `GENERATION_BYTES`); absent when no Ajv holds anything of it. */
  generation?: number;
}

/** `violation`: the schema is not valid under the meta-schema of its own dialect (`$schema`, else 2020-12). */
export type CompiledOutcome = ({ ok: true; value: CompiledValidator } | { ok: false; reason: string }) & { violation?: SchemaViolation };

/** Why compiling refused the schema: a reference within its own document that resolves to nothing, a pattern no engine runs. */
type Refusal = { dangling: string } | { pattern: { source: string; why: string } };

type Registered = CompiledOutcome & { metaErrors?: ErrorObject[]; refusal?: Refusal };

/** One Ajv per dialect for everyday schemas, and one per dialect for large ones (see `LARGE_SCHEMA_NODES`). */
interface Generation { ajv: AjvInstance; number: number; bytes: number }
const instances = new Map<string, Generation>();
let serial = 0;
let generations = 0;

/**
 * An Ajv keeps something of every schema it ever compiled, removed or not (the schema object and each pattern's
 * matcher, in the scope its generated code reads from): 50 to 100 KB for a schema of a kilobyte. So each Ajv
 * compiles this many estimated bytes of schemas (`compileValidator`'s `bytes`), then a new one takes over; an
 * old one is freed with the last validator it compiled (see `compiledSchema`, which drops those of old
 * generations).
 */
export const GENERATION_BYTES = 4 * 1024 * 1024;

/** How many Ajv generations have started, all dialects together. */
export function currentGeneration(): number {
  return generations;
}

/** Whether generation `number` is still the Ajv a dialect compiles in (its validators hold nothing extra). */
export function liveGeneration(number: number): boolean {
  for (const instance of instances.values()) if (instance.number === number) return true;
  return false;
}

/**
 * Past this many subschemas, a schema is compiled to flat code, unoptimised: Ajv otherwise nests each property's
 * check inside the previous one's (V8 cannot parse the function past 2,000 to 4,000 properties) and its
 * optimising pass grows faster than the schema (1,000 properties took 1.4 s, now about 0.1 s).
 */
export const LARGE_SCHEMA_NODES = 256;

function ajvFor(dialect: Dialect, size: { large: boolean }): Generation {
  const name = `${dialect}${size.large ? ' large' : ''}`;
  const existing = instances.get(name);
  if (existing !== undefined && existing.bytes < GENERATION_BYTES) return existing;
  // strict: false because tool schemas carry foreign keys (title, x-*, strict, examples…) that Ajv would reject.
  // inlineRefs: false compiles a definition once and calls it from each reference: inlined, a definition of 120
  // properties referred to 125 times took 12 s to compile, and one of 2,000 referred to 2,900 times ran the heap
  // out. verbose: errors name the subschema that failed, which places a failure inside a definition. Left on
  // (and messages too) after measuring: without both, a 4,900-property schema's code is 24% smaller, but its
  // first answer costs the same CPU (about 1.05 s either way), Ajv's code generation being what takes the time.
  const common = { strict: false, logger: false, inlineRefs: false, verbose: true, validateFormats: true, validateSchema: false } as const;
  const options = size.large
    ? { ...common, allErrors: true, code: { regExp: linearRegExp, optimize: false } } as const
    : { ...common, allErrors: false, code: { regExp: linearRegExp } } as const;
  generations += 1;
  const created = { ajv: loadJsonSchemaEngines().createAjv(dialect, options), number: generations, bytes: 0 };
  instances.set(name, created);
  return created;
}

/**
 * Loads the schema engines and makes the Ajv of the dialect most tool schemas are tried in first, ahead of the
 * first request that needs them (the CLI does, once it has listened for a moment).
 */
export function prepareValidators(): void {
  ajvFor('2020-12', { large: false });
}

const declaredDialect = (schema: unknown): string => (isRecord(schema) && typeof schema.$schema === 'string' ? schema.$schema : '');

/**
 * The schema as it is judged and compiled: a boolean `exclusiveMinimum`/`exclusiveMaximum` is draft-04's form
 * wherever it stands, so unless `$schema` names a later dialect (whose meta-schema refuses it) it is read as
 * draft-04 reads it, and the rest of the schema judged as written.
 */
function withDraft04Bounds(schema: Record<string, unknown>): Record<string, unknown> {
  if (/draft-0[6-7]|2019-09|2020-12/.test(declaredDialect(schema))) return schema;
  return draft04BoundsCopy(schema) ?? schema;
}

/** Dialects to try, most likely first, guessed from `$schema`. */
function dialectsFor(schema: unknown): Dialect[] {
  const declared = declaredDialect(schema);
  if (/draft-0[4-7]/.test(declared)) return ['draft-07', '2019-09', '2020-12'];
  if (declared.includes('2019-09')) return ['2019-09', '2020-12', 'draft-07'];
  return ['2020-12', '2019-09', 'draft-07'];
}

function registered(dialect: Dialect, schema: Record<string, unknown>, size: { large: boolean; bytes: number }): Registered {
  const generation = ajvFor(dialect, size);
  const { ajv } = generation;
  // Charged before compiling: what a failed compile left in Ajv's scope stays there too.
  generation.bytes += size.bytes;
  // Root `$schema` would make Ajv look up a meta-schema it may not have, and a client's `$id` could collide
  // with another tool's: both are replaced by an id of our own, which also anchors the pointer look-ups.
  const { $schema: _schema, $id: _id, ...rest } = schema;
  serial += 1;
  const id = `https://schemas.responses-mock.invalid/${serial}.json`;
  const keys = [id];
  try {
    const checked = { ...rest, $id: id };
    const metaSchema = loadJsonSchemaEngines().META_SCHEMA[dialect];
    if (!metaSchema(checked)) return { ok: false, reason: `schema is invalid: ${ajv.errorsText(metaSchema.errors)}`, metaErrors: metaSchema.errors ?? [] };
    ajv.addSchema(checked);
    const whole = ajv.getSchema(id);
    if (whole === undefined) throw new Error('not compiled');
    // The last failure, placed only when asked: placing one inside a definition walks the schema, and the fill
    // checks thousands of values that fail without asking where.
    let failed: { errors: ErrorObject[] | null | undefined; place?: string; endless?: boolean } | undefined;
    const fragments = new Map<string, Validate | undefined>();
    const release = (): void => { for (const key of keys) ajv.removeSchema(key); };
    return { ok: true, value: {
      validate: (value) => {
        let undecided = false;
        const valid = safely(() => whole(value) === true, () => { undecided = true; });
        // A check that could not end fails at the root: no keyword of it failed.
        failed = valid ? undefined : undecided ? { errors: null, place: '', endless: true } : { errors: whole.errors };
        return valid;
      },
      lastFailure: () => (failed === undefined ? undefined : (failed.place ??= failurePlace(failed.errors, checked) ?? '')),
      endless: () => failed?.endless === true,
      at: (pointer) => {
        if (fragments.has(pointer)) return fragments.get(pointer);
        let check: Validate | undefined;
        try {
          const compiled = ajv.getSchema(`${id}#${pointer}`);
          if (compiled !== undefined) { keys.push(`${id}#${pointer}`); check = (value) => safely(() => compiled(value) === true); }
        } catch {
          check = undefined;
        }
        fragments.set(pointer, check);
        return check;
      },
      release,
      generation: generation.number,
    } };
  } catch (error) {
    for (const key of keys) ajv.removeSchema(key);
    return { ok: false, reason: error instanceof Error ? error.message : 'Ajv cannot compile it', ...refusalOf(error, id) };
  }
}

/**
 * A schema that refers to itself without end ({ allOf: [{ $ref: '#' }] }) overflows Ajv's stack whatever
 * the value: Ajv cannot decide, so no value passes (a value the check could not vouch for is never answered).
 */
function safely(check: () => boolean, undecided?: () => void): boolean {
  try {
    return check();
  } catch (error) {
    // A pattern that ran past its budget is the schema's fault, named by the caller.
    if (error instanceof UnusablePattern) throw error;
    undecided?.();
    return false;
  }
}

/** Stands for the check of a schema Ajv cannot compile: no value passes, and `compiledSchema` says why. */
export const UNCOMPILED: CompiledValidator = { validate: () => false, at: () => undefined, lastFailure: () => '', release: () => undefined };

/**
 * `size.nodes`: the schema's objects and arrays (`schemaCode`), which choose how it is compiled; `size.bytes`:
 * what compiling it is estimated to hold (charged to the Ajv's generation).
 */
export function compileValidator(schema: unknown, size: { nodes: number; bytes?: number }): CompiledOutcome {
  if (typeof schema === 'boolean') {
    return { ok: true, value: { validate: () => schema, at: () => undefined, lastFailure: () => (schema ? undefined : ''), release: () => undefined } };
  }
  if (!isRecord(schema)) return { ok: false, reason: 'the schema is not a JSON object' };
  const sized = { large: size.nodes > LARGE_SCHEMA_NODES, bytes: size.bytes ?? 0 };
  const judged = withDraft04Bounds(schema);
  const outcome = inDialects(judged, { size: sized, judge: true });
  if (outcome.ok) return outcome;
  // A form Ajv alone refuses (an empty enum, `nullable` without `type`, draft-04 forms) is compiled from a copy that means the same.
  const copy = compatibleCopy(judged);
  const compatible = copy === undefined ? undefined : inDialects(copy, { size: sized, judge: false });
  return compatible?.ok === true ? { ...compatible, ...(outcome.violation ? { violation: outcome.violation } : {}) } : outcome;
}

function inDialects(schema: Record<string, unknown>, options: { size: { large: boolean; bytes: number }; judge: boolean }): CompiledOutcome {
  let first: CompiledOutcome | undefined;
  let violation: SchemaViolation | undefined;
  for (const [index, dialect] of dialectsFor(schema).entries()) {
    const { metaErrors, refusal, ...compiled } = registered(dialect, schema, options.size);
    const judged = options.judge && index === 0;
    // Only the schema's own dialect judges it; the others are tried so that values can still be checked.
    // Draft-04 (boolean exclusiveMinimum) and older have no meta-schema here to judge them by.
    if (judged && metaErrors && !/draft-0[0-4]/.test(declaredDialect(schema))) violation = describeMetaErrors(metaErrors, schema) ?? undefined;
    if (judged && refusal !== undefined) violation ??= 'dangling' in refusal ? danglingRefViolation(schema, refusal.dangling) : unusablePatternViolation(schema, refusal.pattern);
    if (compiled.ok) return { ...compiled, ...(violation ? { violation } : {}) };
    first ??= compiled;
  }
  return { ...(first ?? { ok: false, reason: 'no supported JSON Schema dialect compiles it' }), ...(violation ? { violation } : {}) };
}

/**
 * The meta-schema's verdict alone, as `compileValidator` gives it when compiling refuses nothing (no reference
 * to nothing, no pattern no engine runs): the schema checked under its own dialect's meta-schema, not compiled.
 */
export function metaViolation(schema: Record<string, unknown>): SchemaViolation | null {
  if (/draft-0[0-4]/.test(declaredDialect(schema))) return null;
  const { $schema: _schema, $id: _id, ...rest } = withDraft04Bounds(schema);
  const metaSchema = loadJsonSchemaEngines().META_SCHEMA[dialectsFor(schema)[0]!];
  if (metaSchema({ ...rest, $id: 'https://schemas.responses-mock.invalid/meta.json' })) return null;
  return describeMetaErrors(metaSchema.errors ?? [], schema);
}

/** A compile error the client's schema caused (not a limit or a bug of ours), if it is one. */
function refusalOf(error: unknown, id: string): { refusal?: Refusal } {
  if (error instanceof UnusablePattern) return { refusal: { pattern: { source: error.source, why: error.why } } };
  const missing = error as { missingSchema?: unknown; missingRef?: unknown };
  return missing.missingSchema === id && typeof missing.missingRef === 'string' ? { refusal: { dangling: missing.missingRef.slice(id.length) } } : {};
}
