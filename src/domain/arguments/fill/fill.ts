// Puts prompt values into a generated, schema-valid argument object. Each candidate is checked against the
// property's own subschemas (compiled once); the caller checks the finished document as a whole and, in the
// rare case a constraint spans properties, fills again checking the whole document per change.
import { overlaps, type Candidate } from './candidates/candidate.js';
import { explicitCandidates, type CandidateContext } from './candidates/candidates-explicit.js';
import { heuristicCandidates, leftoverCandidates } from './candidates/candidates.js';
import { namesStreetOrPostalCode } from './candidates/candidates-address.js';
import type { PromptFacts } from '../prompt/prompt-facts.js';
import type { PropertyView } from './schema-view.js';
import { siblingKeys, type SiblingKeys } from './sibling-keys.js';
import { setOwn } from '../schema/generate.js';
import { endAfterStart } from './span-order.js';
import { isRecord } from '../../is-record.js';

/**
 * Whether `property` may keep the candidate `value` it now holds inside `root`: the property's own check,
 * or, when constraints span properties, the whole document's.
 */
export type Accepts = (change: { root: unknown; property: PropertyView; value: unknown }) => boolean;

export interface FillRequest {
  /** A schema-valid sample; not modified. */
  sample: unknown;
  properties: readonly PropertyView[];
  facts: PromptFacts;
  accepts: Accepts;
}

export interface FillResult {
  value: unknown;
  /** The candidate each top-level property took from the prompt. */
  applied: ReadonlyMap<string, Candidate>;
}

const MAX_NESTING = 3;
/**
 * Work one fill may do: a candidate looked at costs 1 and 1 for each span already given, a value tried 1. Thousands
 * of properties against a prompt of thousands of mentions once cost seconds a request; past the budget the
 * remaining properties keep their generated values. Everyday requests spend a few thousand.
 */
const FILL_BUDGET = 2_000_000;
/**
 * A numeric property's numbers are found by its own patterns run over the whole prompt (its unit words, its count
 * cues): that read costs the prompt's length over this, so that thousands of numeric properties against a 100 KB
 * prompt (once a minute a request) are read for the first few hundred only. A 100 KB prompt pays for 160.
 */
const SCAN_COST_DIVISOR = 8;

interface FillState {
  root: unknown;
  accepts: Accepts;
  facts: PromptFacts;
  /** Prompt spans already given to a property. */
  used: [number, number][];
  /** Those of them given as the prompt's one date or its date-time, which the other format may share. */
  paired: Pick<Candidate, 'at' | 'end' | 'pairs'>[];
  /** What is left of FILL_BUDGET. */
  left: number;
}

interface ObjectTarget {
  object: Record<string, unknown>;
  properties: readonly PropertyView[];
  depth: number;
  /** The object is named an address (`shipping_address: {city, country}`). */
  address?: boolean;
}

function tryCandidates(state: FillState, target: ObjectTarget, entry: { property: PropertyView; candidates: Iterable<Candidate> }): Candidate | undefined {
  const { object } = target;
  const { name } = entry.property;
  const present = Object.hasOwn(object, name);
  const previous = object[name];
  for (const candidate of entry.candidates) {
    state.left -= 1 + state.used.length;
    if (state.left < 0) break;
    if ((overlaps(candidate, state.used) && !sharesDate(state, candidate)) || (candidate.weak === true && !present)) continue;
    for (const value of candidate.values) {
      if ((state.left -= 1) < 0) break;
      setOwn(object, name, value);
      if (state.accepts({ root: state.root, property: entry.property, value })) {
        state.used.push([candidate.at, candidate.end]);
        if (candidate.pairs !== undefined) state.paired.push(candidate);
        return candidate;
      }
    }
  }
  if (present) setOwn(object, name, previous);
  else delete object[name];
  return undefined;
}

/**
 * Whether every given span `candidate` overlaps is the prompt's one date given in the other format, around it or
 * inside it: "tomorrow" to a date property and "tomorrow at 7pm" to a date-time property.
 */
function sharesDate(state: FillState, candidate: Candidate): boolean {
  const { pairs } = candidate;
  if (pairs === undefined) return false;
  const within = (inner: { at: number; end: number }, outer: { at: number; end: number }): boolean => inner.at >= outer.at && inner.end <= outer.end;
  return state.used.every(([at, end]) => candidate.at >= end || candidate.end <= at || state.paired.some((given) => (
    given.at === at && given.end === end && given.pairs !== pairs && (pairs === 'day' ? within(candidate, given) : within(given, candidate))
  )));
}

function fillObject(state: FillState, target: ObjectTarget): Map<string, Candidate> {
  const applied = new Map<string, Candidate>();
  const open = target.properties.filter((property) => !property.fixed);
  const siblings = siblingKeysOf(target.properties, open);
  const numeric = open.filter((property) => property.types.has('integer') || property.types.has('number'));
  const ownerSibling = open.some((property) => property.role === 'owner');
  const timeSibling = open.some((property) => property.formatKinds.includes('time') || property.formatKinds.includes('date-time'));
  const inAddress = target.address === true || open.some(namesStreetOrPostalCode);
  const numericSet = new Set(numeric);
  const scanCost = Math.ceil(state.facts.prompt.length / SCAN_COST_DIVISOR);
  const contextOf = (property: PropertyView): CandidateContext => ({
    property, facts: state.facts, siblings,
    onlyNumeric: numeric.length === 1 && numeric[0] === property, ownerSibling, timeSibling, inAddress,
  });
  // Explicit "key value" mentions go first, so that heuristics for other properties cannot take their
  // spans; leftovers go last, so that a quoted string goes to a free-text property before any other.
  // Past the budget no candidate is tried: none is made either (reading the prompt for a property costs its length).
  for (const pass of [explicitCandidates, heuristicCandidates, leftoverCandidates]) {
    for (const property of open) {
      if (applied.has(property.name) || state.left < 0) continue;
      if (pass === heuristicCandidates && numericSet.has(property) && (state.left -= scanCost) < 0) continue;
      const taken = tryCandidates(state, target, { property, candidates: pass(contextOf(property)) });
      if (taken !== undefined) applied.set(property.name, taken);
    }
  }
  keepSpanInOrder(state, { object: target.object, properties: target.properties, fromPrompt: new Set(applied.keys()) });
  if (target.depth < MAX_NESTING && state.left >= 0) {
    for (const property of open) {
      const nested = target.object[property.name];
      if (property.properties.length > 0 && isRecord(nested)) {
        fillObject(state, { object: nested, properties: property.properties, depth: target.depth + 1, address: property.words.includes('address') });
      }
      if (property.itemProperties.length > 0 && Array.isArray(nested)) keepItemSpansInOrder(state, { items: nested, properties: property.itemProperties });
    }
  }
  return applied;
}

const NONE: ReadonlySet<string> = new Set();

/** Each item of an array of objects (`stays: [{check_in, check_out}]`) keeps its own span in order; items read nothing from the prompt. */
function keepItemSpansInOrder(state: FillState, array: { items: readonly unknown[]; properties: readonly PropertyView[] }): void {
  for (const item of array.items) {
    if ((state.left -= 1) < 0) return;
    if (isRecord(item)) keepSpanInOrder(state, { object: item, properties: array.properties, fromPrompt: NONE });
  }
}

/** The keys of an object's open properties, indexed once per compiled object (its property list), not per fill. */
const keysByObject = new WeakMap<readonly PropertyView[], SiblingKeys>();

function siblingKeysOf(properties: readonly PropertyView[], open: readonly PropertyView[]): SiblingKeys {
  let keys = keysByObject.get(properties);
  if (keys === undefined) {
    keys = siblingKeys(open.map((property) => property.name));
    keysByObject.set(properties, keys);
  }
  return keys;
}

/** An end before its start, not read from the prompt, moves after it (when the schema takes that). */
function keepSpanInOrder(state: FillState, at: { object: Record<string, unknown>; properties: readonly PropertyView[]; fromPrompt: ReadonlySet<string> }): void {
  const { object, properties, fromPrompt } = at;
  const moved = endAfterStart(object, { properties, fromPrompt });
  if (moved === undefined) return;
  const { name } = moved.property;
  const previous = object[name];
  setOwn(object, name, moved.value);
  if (!state.accepts({ root: state.root, property: moved.property, value: moved.value })) setOwn(object, name, previous);
}

/** The sample with prompt values put in; the sample itself is not modified. */
export function fillFromPrompt(request: FillRequest): FillResult {
  if (!isRecord(request.sample) || request.properties.length === 0 || request.facts.prompt.trim() === '') {
    return { value: request.sample, applied: new Map() };
  }
  const root = structuredClone(request.sample);
  const state: FillState = { root, accepts: request.accepts, facts: request.facts, used: [], paired: [], left: FILL_BUDGET };
  const applied = fillObject(state, { object: root, properties: request.properties, depth: 0 });
  return { value: root, applied };
}
