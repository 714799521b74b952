// Values with a recognisable shape in a prompt (emails, URLs, UUIDs, ISO dates and times, IPv4
// addresses, host names, phone numbers), each with the spellings to try in order, since formats differ in
// strictness.
import { findPhones } from './extract-phones.js';
import type { FormatKind } from '../kinds.js';
import { withLists, type Mention } from '../mentions.js';
import { trimEndOf } from '../../../trim-marks.js';

export interface FormattedMention extends Mention {
  /** Spellings to try, best first (e.g. "14:30", "14:30:00", "14:30:00Z" for a time). */
  variants: readonly string[];
  /** For one of a list: the whole list in each spelling, in the order of `variants`. */
  listVariants?: readonly (readonly string[])[];
}

const PATTERNS: Record<Exclude<FormatKind, 'phone'>, RegExp> = {
  // Starts only where a run of address characters starts: a long run without '@' is read once.
  email: /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu,
  uri: /\b(?:https?|ftp|wss?|file|mailto):(?:\/\/)?[^\s<>"'`]+/giu,
  uuid: /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/giu,
  'date-time': /\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/gu,
  date: /\b\d{4}-\d{2}-\d{2}(?!\d)/gu,
  time: /(?<![\d:-])\d{1,2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?(?![\d:])/gu,
  ipv4: /\b(?:\d{1,3}\.){3}\d{1,3}\b/gu,
  hostname: /(?<![@/.\p{L}\p{N}-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}(?![\p{L}\p{N}@-])/giu,
};

function pad2(text: string): string {
  return text.length === 1 ? `0${text}` : text;
}

function variantsOf(kind: FormatKind, raw: string): string[] {
  switch (kind) {
    case 'date-time': {
      const [date = '', rest = ''] = raw.split(/[T ]/u);
      // Seconds added where the time has none ("08:00Z" → "08:00:00Z"), whether or not a zone follows.
      const time = /^\d{2}:\d{2}(?!:)/u.test(rest) ? `${rest.slice(0, 5)}:00${rest.slice(5)}` : rest;
      const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/u.test(time) ? time : `${time}Z`;
      return [`${date}T${zoned}`, raw];
    }
    case 'date':
      return [raw, `${raw}T00:00:00Z`];
    case 'time': {
      const [hours = '0', minutes = '00', seconds] = raw.replace(/(?:Z|[+-]\d{2}:\d{2})$/u, '').split(':');
      const full = `${pad2(hours)}:${minutes}:${seconds ?? '00'}`;
      return [raw, full, `${full}Z`];
    }
    case 'uri':
      return [trimEndOf(raw, '.,;:!?)]')];
    default:
      return [raw.replace(/\.$/u, '')];
  }
}

/** Whether `at` lies inside one of `spans` (sorted by start), moving the shared cursor forward only. */
export function insideSorted(spans: ReadonlyArray<readonly [number, number]>, cursor: { next: number }, at: number): boolean {
  while (cursor.next < spans.length && (spans[cursor.next]?.[1] ?? 0) <= at) cursor.next += 1;
  const span = spans[cursor.next];
  return span !== undefined && span[0] <= at;
}

/**
 * Mentions of one format kind, in prompt order; adjacent ones joined by and/or/commas form a list. Host names
 * inside emails and URLs are not repeated.
 */
export function findFormatted(prompt: string, kind: FormatKind): FormattedMention[] {
  const shadowed = kind === 'hostname'
    ? [...findFormatted(prompt, 'email'), ...findFormatted(prompt, 'uri')].map((mention) => [mention.at, mention.end] as const).sort((a, b) => a[0] - b[0])
    : [];
  if (kind === 'phone') {
    // As written, then without its spaces, dots, dashes and brackets (E.164 when it has its +).
    return withListVariants(withLists(prompt, findPhones(prompt).map((mention) => ({ ...mention, variants: [mention.value, mention.value.replace(/[\s().-]/gu, '')] }))));
  }
  const cursor = { next: 0 };
  const found: FormattedMention[] = [];
  for (const match of prompt.matchAll(PATTERNS[kind])) {
    const at = match.index ?? 0;
    if (insideSorted(shadowed, cursor, at)) continue;
    const variants = variantsOf(kind, match[0]);
    found.push({ value: variants[0] ?? match[0], at, end: at + match[0].length, variants });
  }
  return withListVariants(withLists(prompt, found));
}

/** Gives each listed mention its list in every spelling ("+1 415 555 0100" and "+14155550100" alike). */
export function withListVariants(mentions: FormattedMention[]): FormattedMention[] {
  if (!mentions.some((mention) => mention.list !== undefined)) return mentions;
  const spellings = new Map(mentions.map((mention) => [mention.value, mention.variants] as const));
  // The members of one list share its array, and so its spellings: made once per list, not once per member.
  const made = new Map<readonly string[], (readonly string[])[]>();
  for (const mention of mentions) {
    const { list } = mention;
    if (list === undefined) continue;
    let lists = made.get(list);
    if (lists === undefined) {
      lists = mention.variants.map((_, index) => list.map((item) => spellings.get(item)?.[index] ?? item));
      made.set(list, lists);
    }
    mention.listVariants = lists;
  }
  return mentions;
}
