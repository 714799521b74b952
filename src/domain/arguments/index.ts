// Schema-valid JSON from a JSON Schema, a seed and the user's prompt: tool-call arguments (one or more
// sets), any value (structured output), or a string matching a regular expression (grammar tools). Pure and
// deterministic: same input, same output. A schema no value can satisfy within the mock's bounds gives a
// failure naming the schema path, never a throw.
import { createRandom } from '../../deps.js';
import { fillFromPrompt, type Accepts } from './fill/fill.js';
import { PromptFacts } from './prompt/prompt-facts.js';
import { pointerToPath, type Problem } from './schema/types.js';
import { compiledSchema, generateDocument, type CompiledSchema } from './schema/compiled.js';
import { cacheKey } from './cache.js';
import { MAX_ATTEMPTS, MAX_SCHEMA_NODES, MAX_STRING_LENGTH } from './schema/limits.js';
import { patternMatcher, patternRefusal, quotedPattern, stringFromPattern, UnusablePattern } from './schema/pattern/patterns.js';
import { withBacktrackingBudget } from './schema/pattern/backtracking.js';
import { unusablePatternViolation } from './schema/ajv/compile-refusals.js';
import { schemaText } from './schema-text.js';
import { countNodes, hasTooManyNodes, schemaCode } from './schema/ajv/code-strings.js';
import { violationWithoutCompiling } from './schema/ajv/definition-check.js';
import { expandSets } from './fill/sets.js';
import type { SchemaViolation } from './schema/ajv/meta-violation.js';

export { PromptFacts } from './prompt/prompt-facts.js';
export type { SchemaViolation } from './schema/ajv/meta-violation.js';
export { MAX_REQUEST_SCHEMA_NODES, MAX_SCHEMA_NODES } from './schema/limits.js';
export { withBacktrackingBudget } from './schema/pattern/backtracking.js';

/** Why no value was generated: the JSON pointer into the schema, the same as a dotted path, and the reason. */
export interface SchemaProblem {
  pointer: string;
  /** `.properties.a.items` ('' for the root): append it to the path of the schema in the request. */
  path: string;
  reason: string;
}

export type Generated<T> = { ok: true; value: T } | { ok: false; problem: SchemaProblem };

export interface ValueRequest {
  /** A JSON Schema (a tool's `parameters`, a `text.format` schema); null/undefined/true mean "anything": `{}`. */
  schema: unknown;
  /** The last user message, as text or as facts already scanned (shared by every tool of a request). */
  prompt: string | PromptFacts;
  /** A 32-bit seed drawn from the request's content stream. */
  seed: number;
  /**
   * Unix seconds of the mock's clock, for a prompt given as text: what relative dates ("tomorrow", "next
   * Monday") count from, read only when a date property takes one. Without it they are not read.
   */
  now?: (() => number) | undefined;
}

const problem = (found: Problem): Generated<never> => ({ ok: false, problem: { ...found, path: pointerToPath(found.pointer) } });

function factsFor(request: ValueRequest, compiled: CompiledSchema): PromptFacts {
  const { prompt } = request;
  return typeof prompt === 'string' ? new PromptFacts(prompt, compiled.enumWords, { now: request.now }) : prompt.forSchema(compiled.enumWords);
}

function compiledFor(schema: unknown): Generated<CompiledSchema> {
  const text = schemaText(schema);
  if (text === undefined) return problem({ pointer: '', reason: 'the schema cannot be read as JSON' });
  const compiled = compiledSchema(schema, text);
  return compiled.ok ? compiled : problem(compiled.problem);
}

interface Filled {
  value: unknown;
  compiled: CompiledSchema;
  applied: ReturnType<typeof fillFromPrompt>['applied'];
}

function generateFilled(request: ValueRequest): Generated<Filled | undefined> {
  const { schema } = request;
  if (schema === null || schema === undefined || schema === true) return { ok: true, value: undefined };
  const compiled = compiledFor(schema);
  if (!compiled.ok) return compiled;
  const refused = compiled.value.violation;
  if (refused?.compiling) return problem({ pointer: refused.pointer, reason: refused.message.replace(/\.$/, '') });
  const made = generateDocument(compiled.value, request.seed);
  if (!made.ok) return problem(made.problem);
  const facts = factsFor(request, compiled.value);
  const { validator, properties } = compiled.value;
  // Each candidate is checked against the property's own subschemas; a constraint spanning properties
  // (dependentRequired, if/then, oneOf at the root) shows in the final check, and the fill is then redone
  // checking the whole document at every change.
  const own: Accepts = ({ root, property, value }) =>
    property.pointers.every((pointer) => { const check = validator.at(pointer); return check === undefined ? validator.validate(root) : check(value); });
  const whole: Accepts = ({ root }) => validator.validate(root);
  let filled = fillFromPrompt({ sample: made.value, properties, facts, accepts: own });
  if (!validator.validate(filled.value)) filled = fillFromPrompt({ sample: made.value, properties, facts, accepts: whole });
  return { ok: true, value: { value: filled.value, compiled: compiled.value, applied: filled.applied } };
}

/**
 * Why `schema` is too big for the mock to compile (more objects and arrays than it takes), or null: asked of every
 * schema in a request before anything else walks it, as walking a schema of a million properties took seconds.
 */
export function oversizedSchema(schema: unknown): SchemaProblem | null {
  const counted = typeof schema === 'object' && schema !== null ? nodeCounts.get(schema) : undefined;
  if (counted === undefined ? !hasTooManyNodes(schema) : counted <= MAX_SCHEMA_NODES) return null;
  const found = schemaCode(schema).problem;
  return found === undefined ? null : { ...found, path: pointerToPath(found.pointer) };
}

/**
 * The objects and arrays in `schema`, counted up to one past `MAX_SCHEMA_NODES` (past it, `oversizedSchema` names
 * the place): what compiling it costs, summed over a request's schemas before any is compiled.
 */
export function schemaNodes(schema: unknown): number {
  const nodes = countNodes(schema, MAX_SCHEMA_NODES);
  if (typeof schema === 'object' && schema !== null) nodeCounts.set(schema, nodes);
  return nodes;
}

/** Counts `schemaNodes` made, by schema object: the request-wide count walks each schema, the per-schema check reads it. */
const nodeCounts = new WeakMap<object, number>();

/** What the compiled-schema cache knows `schema` by: schemas with the same key are compiled once. */
export function schemaKey(schema: unknown): string | undefined {
  const text = schemaText(schema);
  return text === undefined ? undefined : cacheKey(text);
}

/**
 * Why `schema` is not a valid JSON Schema, or null (also for a schema the mock cannot read or compile: that
 * is not the meta-schema's to say). Found by the meta-schema alone when compiling could add nothing, else when
 * the schema is compiled, once per distinct schema.
 */
export function schemaViolation(schema: unknown): SchemaViolation | null {
  if (schema === null || schema === undefined) return null;
  const text = schemaText(schema);
  if (text === undefined) return null;
  return withBacktrackingBudget(() => {
    try {
      const judged = violationWithoutCompiling(schema, text);
      if (judged !== undefined) return judged.violation;
      const compiled = compiledSchema(schema, text);
      return compiled.ok ? compiled.value.violation : null;
    } catch (error) {
      // A pattern tested once the request's backtracking budget was spent (nothing is cached for this schema).
      if (!(error instanceof UnusablePattern)) throw error;
      return unusablePatternViolation(schema, { source: error.source, why: error.why });
    }
  });
}

/** One value valid for `schema`, with values from the prompt where they fit (structured output). */
export function generateValue(request: ValueRequest): Generated<unknown> {
  return withinBudget(request.schema, () => {
    const filled = generateFilled(request);
    if (!filled.ok) return filled;
    return { ok: true, value: filled.value === undefined ? {} : filled.value.value };
  });
}


/**
 * One or more argument sets for one tool, each a JSON string valid against the schema. Several sets when
 * the prompt names several values for the tool's main parameter ("weather in Paris and London" → two
 * sets); the caller decides whether to use them all.
 */
export function generateArgumentSets(request: ValueRequest): Generated<string[]> {
  return withinBudget(request.schema, () => argumentSets(request));
}

/**
 * `run` under the request's budget for backtracking patterns (a budget of its own outside a request); a pattern
 * tested once it is spent is a problem named at its place, as compiling names a pattern it refuses.
 */
function withinBudget<T>(schema: unknown, run: () => Generated<T>): Generated<T> {
  return withBacktrackingBudget(() => {
    try {
      return run();
    } catch (error) {
      if (!(error instanceof UnusablePattern)) throw error;
      const refused = unusablePatternViolation(schema, { source: error.source, why: error.why });
      return problem({ pointer: refused.pointer, reason: refused.message.replace(/\.$/, '') });
    }
  });
}

function argumentSets(request: ValueRequest): Generated<string[]> {
  const filled = generateFilled(request);
  if (!filled.ok) return filled;
  if (filled.value === undefined) return { ok: true, value: ['{}'] };
  const { value, compiled, applied } = filled.value;
  return { ok: true, value: expandSets({ value, properties: compiled.properties, applied, validate: compiled.validator.validate }) };
}

/** A string matching `pattern` (a custom tool's `syntax: regex` grammar), at most `maxLength` long. */
export function generateMatchingString(request: { pattern: string; seed: number; maxLength?: number }): Generated<string> {
  return withinBudget(undefined, () => matchingString(request));
}

function matchingString(request: { pattern: string; seed: number; maxLength?: number }): Generated<string> {
  const matcher = patternMatcher(request.pattern);
  if (matcher === undefined) {
    const why = patternRefusal(request.pattern);
    return problem({ pointer: '', reason: why?.startsWith('pattern ') === true ? why : `${quotedPattern(request.pattern)} is not a regular expression` });
  }
  const maxLength = Math.min(request.maxLength ?? MAX_STRING_LENGTH, MAX_STRING_LENGTH);
  const random = createRandom([request.seed >>> 0, 0x243f6a88, 0x85a308d3, 0x13198a2e]);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const made = stringFromPattern(request.pattern, random);
    if (!made.ok) return problem({ pointer: '', reason: made.reason });
    if (made.text.length <= maxLength && matcher.test(made.text)) return { ok: true, value: made.text };
  }
  return problem({ pointer: '', reason: `the mock found no string matching ${quotedPattern(request.pattern)} within ${maxLength} characters` });
}
