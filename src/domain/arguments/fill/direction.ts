// Which way a property points, from its name (origin/from vs destination/to, head vs base), and how well a
// place, a branch, or a currency, unit or language found after a word fits it: 0 in its direction, higher the
// further off.
import type { PlaceMention } from '../prompt/phrases/extract-places.js';
import type { TermMention } from '../prompt/phrases/extract-terms.js';
import type { RefMention } from '../prompt/shapes/extract-tokens.js';

const ORIGIN_WORDS = new Set(['origin', 'from', 'departure', 'source', 'start', 'pickup', 'src']);
const DESTINATION_WORDS = new Set(['destination', 'to', 'dest', 'arrival', 'target', 'dropoff', 'dst']);
export const TOWARDS = new Set(['to', 'into', 'toward', 'towards']);

export function direction(words: readonly string[]): 'from' | 'to' | undefined {
  if (words.some((word) => ORIGIN_WORDS.has(word))) return 'from';
  if (words.some((word) => DESTINATION_WORDS.has(word))) return 'to';
  return undefined;
}

export function placeRank(words: readonly string[], place: PlaceMention): number {
  const wanted = direction(words);
  if (wanted === 'from') return place.preposition === 'from' ? 0 : 2;
  if (wanted === 'to') return TOWARDS.has(place.preposition) ? 0 : 2;
  if (place.preposition === 'from' || place.preposition === '') return 2;
  return TOWARDS.has(place.preposition) || place.preposition === 'between' || place.preposition === 'via' ? 1 : 0;
}

/**
 * Whether a place points the other way from the property and a sibling points its way: `origin` beside
 * `destination` leaves "to Tokyo" to it ("Book a flight to Tokyo": no origin named), `destination` "from London".
 */
export function theOthers(words: readonly string[], place: PlaceMention, siblingKeys: Iterable<string>): boolean {
  const wanted = direction(words);
  if (wanted === undefined) return false;
  const against = wanted === 'from' ? TOWARDS.has(place.preposition) : place.preposition === 'from';
  if (!against) return false;
  for (const key of siblingKeys) {
    const way = direction(key.split(' '));
    if (way !== undefined && way !== wanted) return true;
  }
  return false;
}

const FROM_BRANCH = new Set(['head', 'source', 'from', 'compare', 'feature']);
const INTO_BRANCH = new Set(['base', 'target', 'into', 'dest', 'destination']);

/** A branch in the property's direction first: `head` takes "from feature/x", `base` "into main". */
export function refRank(words: readonly string[], ref: RefMention): number {
  const from = ref.lead === 'from' || ref.lead === 'off' || ref.lead === 'merge';
  const into = ref.lead === 'into' || ref.lead === 'onto' || ref.lead === 'to' || ref.lead === 'against';
  if (words.some((word) => FROM_BRANCH.has(word))) return from ? 0 : into ? 2 : 1;
  if (words.some((word) => INTO_BRANCH.has(word))) return into ? 0 : from ? 2 : 1;
  return 0;
}

const TERM_FROM = new Set(['from', 'number']);
const TERM_TO = new Set(['to', 'into', 'in', 'many', 'as']);
const FROM_TERM_WORDS = new Set(['base', 'input']);
const TO_TERM_WORDS = new Set(['quote', 'output', 'result']);

/** A currency, unit or language in the property's direction first: `from` takes "250 USD", `to` "to EUR". */
export function termRank(words: readonly string[], term: TermMention): number {
  const wanted = words.some((word) => FROM_TERM_WORDS.has(word)) ? 'from' : words.some((word) => TO_TERM_WORDS.has(word)) ? 'to' : direction(words);
  const from = TERM_FROM.has(term.lead);
  const to = TERM_TO.has(term.lead);
  if (wanted === 'from') return from ? 0 : to ? 2 : 1;
  if (wanted === 'to') return to ? 0 : from ? 2 : 1;
  return 0;
}
