// A prompt-derived value offered to one property: the JSON values to try, the prompt span it came from
// (one span fills one property) and, when it was one item of a list, the whole list.
import { valuesFor } from '../convert.js';
import type { Mention } from '../../prompt/mentions.js';
import type { PropertyView } from '../schema-view.js';

export interface Candidate {
  /** JSON values to try in order. */
  values: readonly unknown[];
  /** The prompt span the value was read from; negative for values not read from one place. */
  at: number;
  end: number;
  /** Every item when the value was one of a list in the prompt ("Paris and London"). */
  list?: readonly string[];
  /** Weak guesses only replace sampled values; they never add an optional property. */
  weak?: boolean;
  /**
   * The prompt's one date, read as a date (`day`) or with its time of day as a date-time (`time`): a date property
   * and a date-time property may both take it ("tomorrow" and "tomorrow at 7pm").
   */
  pairs?: 'day' | 'time';
}

/** The candidate a mention gives a property (fields set one by one: a spread copy costs far more per call). */
export function fromMention(property: PropertyView, mention: Mention, extra: { weak?: boolean } = {}): Candidate {
  const whole = wholeList(property, mention);
  if (whole !== undefined) return whole;
  const candidate: Candidate = { values: valuesFor(property, mention.value), at: mention.at, end: mention.end };
  if (mention.list !== undefined) candidate.list = mention.list;
  if (extra.weak !== undefined) candidate.weak = extra.weak;
  return candidate;
}

/**
 * For an array property, a listed mention ("ana@x.org and li@x.org") gives the whole list as one value over the
 * list's span, then each item alone; undefined for anything else.
 */
export function wholeList(property: PropertyView, mention: Mention, spelled: ListSpellings = {}): Candidate | undefined {
  const { list, listSpan } = mention;
  if (list === undefined || list.length < 2 || !property.types.has('array')) return undefined;
  // The list is offered once, by its first item: each item offering it again would read it once per item.
  if (listSpan !== undefined && listSpan[0] !== mention.at) return undefined;
  const lists: unknown[] = [];
  for (const texts of spelled.lists ?? [list]) {
    const items = itemsOf(property, texts);
    if (items !== undefined) lists.push(items);
  }
  // An item the array cannot hold leaves the list to the single values.
  if (lists.length === 0) return undefined;
  const [at, end] = mention.listSpan ?? [mention.at, mention.end];
  return { values: [...lists, ...(spelled.single ?? valuesFor(property, mention.value))], at, end };
}

/** Other spellings of a listed mention: the whole list in each, and the values of the mention alone. */
export interface ListSpellings {
  lists?: readonly (readonly string[])[] | undefined;
  single?: readonly unknown[];
}

/** Each item as the array's item type; undefined when one cannot be. */
function itemsOf(property: PropertyView, texts: readonly string[]): unknown[] | undefined {
  const items: unknown[] = [];
  for (const item of texts) {
    const value = valuesFor(property, item).find((candidate) => Array.isArray(candidate));
    if (!Array.isArray(value)) return undefined;
    items.push(value[0]);
  }
  return items;
}

export function overlaps(candidate: Candidate, spans: readonly (readonly [number, number])[]): boolean {
  return spans.some(([at, end]) => candidate.at < end && candidate.end > at);
}

/** The mentions (in prompt order) that start inside none of the spans (in any order): sorted once, walked once. */
export function outside<T extends { at: number }>(mentions: readonly T[], spans: readonly { at: number; end: number }[]): T[] {
  if (spans.length === 0) return [...mentions];
  const sorted = [...spans].sort((a, b) => a.at - b.at);
  const kept: T[] = [];
  let next = 0;
  for (const mention of mentions) {
    while (next < sorted.length && sorted[next]!.end <= mention.at) next += 1;
    const span = sorted[next];
    if (span === undefined || span.at > mention.at) kept.push(mention);
  }
  return kept;
}
