// Whether a schema is valid JSON Schema without compiling it: when nothing in it could make compiling refuse it
// (every `$ref` a pointer into the schema that resolves, every pattern one an engine here runs, no `$id` or
// anchor within), the meta-schema alone decides, as it would after compiling. OpenAI checks every tool's schema
// this way, and compiling them all took seconds for a request of wide schemas that calls none of them.
import { isRecord } from '../../../is-record.js';
import { BoundedCache, cacheKey } from '../../cache.js';
import { patternRefusal } from '../pattern/patterns.js';
import { schemaCode } from './code-strings.js';
import { expansionProblem } from './expansion.js';
import type { SchemaViolation } from './meta-violation.js';
import { metaViolation } from './validator.js';

/** Keywords that move where references resolve: a schema holding one is compiled to be judged. */
const RESOLUTION = new Set(['$id', '$anchor', '$dynamicAnchor', '$dynamicRef', '$recursiveRef', '$recursiveAnchor']);

type Judged = { violation: SchemaViolation | null } | undefined;

// Verdicts, by the schema's text: a tool set sent again is judged once.
const verdicts = new BoundedCache<{ judged: Judged }>({ maxEntries: 4096, maxBytes: 2 * 1024 * 1024, sizeOf: (entry) => 128 + 2 * (entry.judged?.violation?.message.length ?? 0) });

/**
 * The schema's violation (null for none) when compiling it could not add one, or undefined when it must be
 * compiled to be judged. Also null where compiling would not happen at all (not an object, past a bound).
 * `text`: the schema's JSON text.
 */
export function violationWithoutCompiling(schema: unknown, text: string): Judged {
  const key = cacheKey(text);
  const known = verdicts.get(key);
  if (known !== undefined) return known.judged;
  const judged = judge(schema);
  verdicts.set(key, { judged });
  return judged;
}

function judge(schema: unknown): Judged {
  if (!isRecord(schema)) return { violation: null };
  if (!nothingToRefuse(schema)) return undefined;
  if (schemaCode(schema).problem !== undefined || expansionProblem(schema) !== undefined) return { violation: null };
  return { violation: metaViolation(schema) };
}

/**
 * Every object and array of the schema, in keyword places or not (a superset of what Ajv reads, so the answer
 * holds whatever the places mean): no resolution keyword below the root, each `$ref` a pointer that resolves,
 * each `pattern` string and `patternProperties` key one an engine here runs.
 */
function nothingToRefuse(root: Record<string, unknown>): boolean {
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' && item !== null) pending.push(item);
      continue;
    }
    if (!isRecord(value)) continue;
    for (const [key, child] of Object.entries(value)) {
      if (RESOLUTION.has(key) && value !== root) return false;
      if (key === '$ref' && !resolves(root, child)) return false;
      if (key === 'pattern' && typeof child === 'string' && patternRefusal(child) !== undefined) return false;
      if (key === 'patternProperties' && isRecord(child) && Object.keys(child).some((source) => patternRefusal(source) !== undefined)) return false;
      if (typeof child === 'object' && child !== null) pending.push(child);
    }
  }
  return true;
}

/**
 * Whether `ref` is a fragment pointer (`#/$defs/a`, `#`) naming something within `root` as compiling sees it: the
 * root's `$schema` and `$id` are not there (compiling takes them off, and names the schema itself).
 */
function resolves(root: unknown, ref: unknown): boolean {
  if (typeof ref !== 'string' || !ref.startsWith('#')) return false;
  if (ref === '#') return true;
  if (!ref.startsWith('#/')) return false;
  let at: unknown = root;
  for (const raw of ref.slice(2).split('/')) {
    let token: string;
    try {
      token = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    } catch {
      return false;
    }
    if (at === root && (token === '$schema' || token === '$id')) return false;
    if (Array.isArray(at) ? !/^(0|[1-9]\d*)$/.test(token) || Number(token) >= at.length : !isRecord(at) || !Object.hasOwn(at, token)) return false;
    at = Array.isArray(at) ? at[Number(token)] : (at as Record<string, unknown>)[token];
  }
  return true;
}
