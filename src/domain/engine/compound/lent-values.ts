// What a later request of one prompt leaves out, lent by the calls before it: "Track order 12345 and cancel it"
// cancels 12345, "Transfer $20 to Bob, then the same amount to Alice" sends 20, "Email Bob the report, then email
// him the slides" emails Bob, "Book a flight to Tokyo and a hotel for 4 nights" books the hotel in Tokyo. Only a
// free text or number the request did not read itself (a made-up one, or one that only points back: "it", "the
// same") is lent, by a property of the same name, of the same kind (a product by a search query), or a city by a place.
import { roleOf } from '../../arguments/prompt/kinds.js';
import { nameWords } from '../../arguments/prompt/names.js';
import { direction } from '../../arguments/fill/direction.js';

export interface MadeCall {
  args: Readonly<Record<string, unknown>>;
  /** The properties whose values were read from the request's words, or lent. */
  read: ReadonlySet<string>;
}

/** Words that only point back at what was said before: "it", "him the same", "them too". */
const POINTERS: ReadonlySet<string> = new Set(['it', 'them', 'him', 'her', 'this', 'that', 'these', 'those', 'the', 'same', 'too', 'also', 'one', 'cheapest', 'there']);
/** Names that say only a direction: a recipient as often as a place ("to": a message's), never lent as a place. */
const BARE_DIRECTIONS: ReadonlySet<string> = new Set(['to', 'from']);

function pointsBack(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const words = value.toLowerCase().split(/[^a-z']+/u).filter((word) => word !== '');
  return words.length > 0 && words.every((word) => POINTERS.has(word));
}

/**
 * The properties the request read: those whose values are the same under another seed (a made-up value changes
 * with the seed, a read one does not) and say more than a pointer.
 */
export function readKeys(args: Readonly<Record<string, unknown>>, underOtherSeed: Readonly<Record<string, unknown>>): Set<string> {
  const read = new Set<string>();
  for (const [key, value] of Object.entries(args)) {
    if (JSON.stringify(value) === JSON.stringify(underOtherSeed[key]) && !pointsBack(value)) read.add(key);
  }
  return read;
}

/** Names of whom a thing goes to: lent only to a request that points at someone ("email him"), not "email support". */
const PERSON_KEYS: ReadonlySet<string> = new Set(['to', 'recipient', 'recipients', 'assignee', 'user', 'username', 'attendee', 'attendees', 'contact', 'cc', 'email', 'phone']);
/** Words of names that hold the same kind of value under other names: a thing searched and added, a text said again. */
const KINDS: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['query', 'product', 'item', 'keyword', 'keywords', 'term', 'q', 'search']),
  new Set(['message', 'body', 'text', 'content', 'note']),
];
/** Words of names that are places one may go to or be in, which lend each other (not a restaurant's or a hotel's name). */
const PLACE_WORDS: ReadonlySet<string> = new Set(['city', 'town', 'location', 'destination', 'place', 'country', 'region', 'area', 'where']);

export interface LendingRules {
  /** The request points at someone ("him", "them", "her" but not "her manager"): whom a thing goes to may be lent. */
  person: boolean;
  /** Whether a property may take a lent value: a free string or a number, not a flag or a choice of an enum. */
  lendable: (key: string) => boolean;
}

/**
 * The arguments with each value not read lent by the latest call before that read one for it, if any (the same
 * name, then the same kind of value, then a place for a place).
 */
export function withLent(made: MadeCall, before: readonly MadeCall[], rules: LendingRules): MadeCall {
  const args = { ...made.args };
  const read = new Set(made.read);
  for (const key of Object.keys(args)) {
    if (read.has(key) || !rules.lendable(key) || (!rules.person && nameWords(key).some((word) => PERSON_KEYS.has(word)))) continue;
    const lent = lentFor(key, args[key], before);
    if (lent === undefined) continue;
    args[key] = lent;
    read.add(key);
  }
  // Nothing lent: the call as made, its text kept byte for byte.
  return read.size === made.read.size ? made : { args, read };
}

function lentFor(key: string, own: unknown, before: readonly MadeCall[]): unknown {
  const words = nameWords(key);
  const kind = KINDS.find((group) => words.some((word) => group.has(word)));
  const place = words.some((word) => PLACE_WORDS.has(word));
  for (let index = before.length - 1; index >= 0; index -= 1) {
    const call = before[index]!;
    if (call.read.has(key) && sameKind(call.args[key], own)) return call.args[key];
    const others = [...call.read].filter((other) => sameKind(call.args[other], own));
    const alike = kind === undefined ? undefined : others.find((other) => nameWords(other).some((word) => kind.has(word)));
    if (alike !== undefined) return call.args[alike];
    if (!place) continue;
    // Where one goes first ("a flight from London to Tokyo, and a hotel": Tokyo), where one leaves from last.
    const places = others.filter((other) => !BARE_DIRECTIONS.has(other.toLowerCase()) && roleOf(nameWords(other)) === 'location');
    const rank = (other: string): number => {
      const way = direction(nameWords(other));
      return way === 'to' ? 0 : way === 'from' ? 2 : 1;
    };
    const best = places.sort((a, b) => rank(a) - rank(b))[0];
    if (best !== undefined) return call.args[best];
  }
  return undefined;
}

function sameKind(a: unknown, b: unknown): boolean {
  return typeof a === typeof b && Array.isArray(a) === Array.isArray(b) && a !== null && b !== null;
}
