// What makes a schema invalid only once it is compiled: a `$ref` within its own document that points at nothing
// (`#/$defs/missng`, `#no-such-anchor`), or a `pattern` no engine here runs (not a regular expression, or groups
// nested past the engines' recursion), or an anchor declared twice in one document. No value could be checked
// against them, so the schema is refused, naming the keyword at fault.
import type { SchemaViolation } from './meta-violation.js';
import { quotedPattern } from '../pattern/patterns.js';

/** Nodes looked at to find where the keyword is written (a hostile schema is not walked without end). */
const MAX_NODES = 100_000;

/** The violation for `ref` (as written, `#…`), placed at the first `$ref` that says it ('' when none is found). */
export function danglingRefViolation(schema: unknown, ref: string): SchemaViolation {
  const pointer = locate(schema, (node) => (node.$ref === ref ? '/$ref' : undefined));
  return { pointer, compiling: true, message: `'${ref.length > 200 ? `${ref.slice(0, 197)}...` : ref}' cannot be resolved: the schema defines nothing there.` };
}

/** The violation for a pattern no engine runs, placed at the first `pattern` or patternProperties key that holds it. */
export function unusablePatternViolation(schema: unknown, pattern: { source: string; why: string }): SchemaViolation {
  const { source, why } = pattern;
  const pointer = locate(schema, (node) => {
    if (node.pattern === source) return '/pattern';
    const keyed = node.patternProperties;
    return typeof keyed === 'object' && keyed !== null && Object.hasOwn(keyed, source) ? `/patternProperties/${token(source)}` : undefined;
  });
  return { pointer, compiling: true, message: `${quotedPattern(source)} is ${why.startsWith('pattern ') ? `unusable: the ${why}` : why}.` };
}

/**
 * Why values cannot be checked against a schema Ajv does not compile (for a reason the meta-schema does not
 * give): a `$ref` to another document, which the mock does not fetch, placed at the first `$ref` that says it;
 * else Ajv's own words, with the mock's internal ids left out.
 */
export function uncompiledProblem(schema: unknown, reason: string): { pointer: string; reason: string } {
  const remote = /^can't resolve reference (.+) from id /.exec(reason)?.[1];
  if (remote !== undefined) {
    const pointer = locate(schema, (node) => (node.$ref === remote ? '/$ref' : undefined));
    return { pointer, reason: `'${remote.length > 200 ? `${remote.slice(0, 197)}...` : remote}' cannot be resolved: the mock does not fetch other documents, so it cannot check a value against it` };
  }
  const ambiguous = /^reference "[^"#]*#([^"/][^"]*)" resolves to more than one schema$/.exec(reason)?.[1];
  if (ambiguous !== undefined) return ambiguousAnchorProblem(schema, ambiguous);
  const cleaned = reason.replace(/ ?(from id )?https:\/\/schemas\.responses-mock\.invalid\/[^\s'"]*/g, '').slice(0, 300);
  return { pointer: '', reason: `the schema cannot be compiled to check values against it (${cleaned})` };
}

/**
 * An anchor declared twice in one document (two `$anchor`s, a `$dynamicAnchor` or an anchor `$id` of the same
 * name; the same name in an embedded document, one with an `$id` of its own, is another anchor and is followed):
 * placed at the second declaration.
 */
function ambiguousAnchorProblem(schema: unknown, name: string): { pointer: string; reason: string } {
  let seen = 0;
  // Each declaring keyword counts, two on one node too (`$anchor: 'x', $dynamicAnchor: 'x'`).
  const pointer = locate(schema, (node) => {
    for (const [keyword, value] of [['$anchor', name], ['$dynamicAnchor', name], ['$id', `#${name}`]] as const) {
      if (node[keyword] === value && (seen += 1) === 2) return `/${keyword}`;
    }
    return undefined;
  });
  return { pointer, reason: ambiguousAnchorReason(name) };
}

/** Why an anchor declared twice in one schema resource is refused (also said of embedded resources, by `own-ids.ts`). */
export function ambiguousAnchorReason(name: string): string {
  const shown = name.length > 200 ? `${name.slice(0, 197)}...` : name;
  return `the anchor '${shown}' is declared more than once in one schema resource, so '#${shown}' names more than one subschema`;
}

/** Keywords whose values are data, not subschemas: a keyword written inside one is no keyword. */
const DATA_KEYWORDS = new Set(['const', 'default', 'examples', 'enum']);

/** The pointer of the first node (depth first, in order) where `at` finds the keyword, with the keyword's own part. */
function locate(schema: unknown, at: (node: Record<string, unknown>) => string | undefined): string {
  const pending: Array<{ node: unknown; pointer: string }> = [{ node: schema, pointer: '' }];
  for (let seen = 0; pending.length > 0 && seen < MAX_NODES; seen += 1) {
    const { node, pointer } = pending.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    const found = Array.isArray(node) ? undefined : at(node as Record<string, unknown>);
    if (found !== undefined) return `${pointer}${found}`;
    const entries = Array.isArray(node) ? node.map((child, index) => [String(index), child] as const) : Object.entries(node).filter(([key]) => !DATA_KEYWORDS.has(key));
    // Pushed in reverse, so the first child is looked at first.
    for (let index = entries.length - 1; index >= 0; index -= 1) pending.push({ node: entries[index]![1], pointer: `${pointer}/${token(entries[index]![0])}` });
  }
  return '';
}

const token = (key: string): string => key.replaceAll('~', '~0').replaceAll('/', '~1');
