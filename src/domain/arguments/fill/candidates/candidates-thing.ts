// Candidates for a string property whose name is a plain noun of no known kind (`room`, `door`, `from_account`):
// the phrase after its direction word first ("from checking" for from_account), then the phrases its noun heads
// ("the living room lights" → "living room", "bedroom"); what the prompt counts for goods ("three bananas" for
// `product`); an example its description gives; the modifier of a noun its description names; the owner of an
// attribute ("the balance on my credit card" → "credit card"); for a thing's name, the verb's object. Read only when
// nothing more specific was taken. And for a count of goods (`quantity`, `count`, `num_items`), how many the prompt
// counts ("two dozen roses" → 24, "a pair of running shoes" → 1).
import { fromMention, outside, type Candidate } from './candidate.js';
import type { CandidateContext } from './candidates-explicit.js';
import { direction } from '../direction.js';
import { ATTRIBUTE_KEYS, ATTRIBUTES, attributeOwners, directedPhrases, headedPhrases } from '../../prompt/phrases/extract-things.js';
import { countedPhrases, goodsCounts } from '../../prompt/phrases/counted-goods.js';
import type { NumberMention } from '../../prompt/shapes/extract-numbers.js';
import { flatten, occurrences } from '../../prompt/prompt-index.js';
import { valuesFor } from '../convert.js';

const DIRECTION_WORDS = new Set(['from', 'to']);
/** Nouns of what is bought or counted: they take what the prompt counts ("Add three bananas" → "bananas"). */
const GOODS_HEADS = new Set(['product', 'item', 'article', 'goods', 'merchandise', 'grocery']);
/** Nouns that say nothing of what the value names: their phrases would be any words before them. */
const GENERIC_HEADS = new Set(['value', 'type', 'kind', 'data', 'string', 'item', 'thing', 'object', 'field', 'input', 'output', 'option', 'param', 'arg']);

export function* thingCandidates(context: CandidateContext): Generator<Candidate, void, undefined> {
  const { property, facts } = context;
  if (!(property.types.size === 0 || property.types.has('string')) || property.enumValues.length > 0) return;
  const words = property.words;
  const head = [...words].reverse().find((word) => !DIRECTION_WORDS.has(word));
  const pointed = words.some((word) => DIRECTION_WORDS.has(word)) ? direction(words) : undefined;
  if (pointed !== undefined && head !== undefined) {
    for (const mention of directedPhrases(facts.prompt, facts.wordSpans(), pointed)) yield fromMention(property, mention);
  }
  if (head !== undefined && GOODS_HEADS.has(head)) for (const mention of countedPhrases(facts.prompt, facts.wordSpans())) yield fromMention(property, mention);
  // An attribute's key never names its value ("the order status" is no status).
  if (head !== undefined && head.length >= 3 && !GENERIC_HEADS.has(head) && !ATTRIBUTE_KEYS.has(head)) {
    // Not one the other way: "to my savings account" is no `from_account`.
    const otherWay = pointed === undefined ? [] : directedPhrases(facts.prompt, facts.wordSpans(), pointed === 'from' ? 'to' : 'from');
    for (const mention of headedPhrases(facts.prompt, facts.wordSpans(), { head })) {
      if (!otherWay.some((other) => other.at < mention.end && mention.at < other.end)) yield fromMention(property, mention);
    }
  }
  // An example its description gives, written in the prompt ("my checking balance" for "e.g. checking, savings").
  const index = facts.index();
  for (const example of property.described.examples) {
    const folded = flatten(example);
    for (const at of occurrences(index, folded)) {
      const end = at + folded.length;
      if (!/[\p{L}\p{N}]/u.test(index.flat.charAt(end))) yield fromMention(property, { value: facts.prompt.slice(at, end), at, end });
    }
  }
  // The modifiers of a noun its description names ("The room whose lights to change": "the kitchen lights" → kitchen).
  for (const noun of property.described.nouns) {
    if (noun === head) continue;
    for (const mention of headedPhrases(facts.prompt, facts.wordSpans(), { head: noun, modifiersOnly: true })) yield fromMention(property, mention);
  }
  // The owner of an attribute the prompt names ("the balance on my credit card" for `account`); a `status` property
  // wants the status itself.
  if (head !== undefined && !ATTRIBUTES.has(head)) for (const mention of attributeOwners(facts.prompt, facts.wordSpans())) yield fromMention(property, mention);
  // A thing's name ("Service name") is most likely what the verb acts on ("Deploy auth-api v1.8.0"): a weak guess.
  const written = property.described.nouns[property.described.nouns.length - 1] === 'name' ? nameIn(facts.object().written) : undefined;
  if (written !== undefined) yield { values: valuesFor(property, written), at: OBJECT.at, end: OBJECT.end, weak: true };
}

/** Words before a thing's name that say which of its states or copies ("the latest notifications build"). */
const QUALIFIERS = new Set(['latest', 'newest', 'new', 'current', 'stable', 'previous', 'last', 'next', 'old', 'nightly']);
/** Words after it that say what of the thing is acted on: "the notifications build" deploys the notifications service. */
const ARTEFACTS = new Set(['build', 'builds', 'release', 'version', 'image', 'update', 'patch', 'code', 'changes', 'artifact', 'artefact']);

/**
 * The thing's name in the verb's object: "latest notifications build" → "notifications", "the newest build of search" →
 * "search"; the object whole when that is all.
 */
function nameIn(object: string | undefined): string | undefined {
  const words = object?.split(' ') ?? [];
  let first = 0;
  let last = words.length;
  while (first < last - 1 && QUALIFIERS.has(words[first]!.toLowerCase())) first += 1;
  // "the latest version of billing": the thing is after the artefact's "of".
  if (first + 2 < last && ARTEFACTS.has(words[first]!.toLowerCase()) && words[first + 1]!.toLowerCase() === 'of') first += 2;
  while (last - 1 > first && ARTEFACTS.has(words[last - 1]!.toLowerCase())) last -= 1;
  return object === undefined ? undefined : words.slice(first, last).join(' ');
}

/** A pseudo-span for the verb's object, not read from one place: one property takes it. */
const OBJECT = { at: -15, end: -14 };

/** Words of a name that count goods anywhere in it (`quantity`, `item_count`), and those that must lead it (`num_boxes`, `number_of_items`). */
const COUNTS_ANYWHERE = new Set(['quantity', 'qty', 'count']);
const COUNTS_LEADING = new Set(['num', 'number']);

const countsGoods = (words: readonly string[]): boolean => words.some((word) => COUNTS_ANYWHERE.has(word)) || COUNTS_LEADING.has(words[0] ?? '');

/**
 * The numbers a numeric property reads, with, for one counting goods, how many the prompt counts ("Order 4
 * cupcakes" → 4, "a pair of running shoes" → 1) before the guesses of its name (the next number) and after what its
 * own words read ("top 5"); none inside a place or a time ("12 Main Street", "8 pm").
 */
export function withGoodsCounts(context: CandidateContext, numbers: NumberMention[]): NumberMention[] {
  const { property, facts } = context;
  if (!property.types.has('integer') && !property.types.has('number')) return numbers;
  if (!countsGoods(property.words)) return numbers;
  const counted = outside(goodsCounts(facts.prompt, facts.wordSpans()), [...facts.places(), ...facts.formatted('time')]);
  if (counted.length === 0) return numbers;
  const read = counted.map((mention): NumberMention => ({ ...mention, weak: false }));
  return [...numbers.filter((number) => !number.weak), ...read, ...numbers.filter((number) => number.weak)];
}

/** Names of a work played, and of its author: `track`, `song_title`, `album`; `artist`, `band`, `artist_name`. */
const WORK_WORDS = new Set(['track', 'song', 'album', 'record', 'tune', 'single', 'piece']);
const AUTHOR_WORDS = new Set(['artist', 'artists', 'band', 'singer', 'performer', 'musician', 'composer', 'author']);

/** A work played and its author ("Put on Abbey Road by the Beatles"): the work for `track`, the author for `artist`. */
export function workCandidates(context: CandidateContext): Candidate[] {
  const { property, facts } = context;
  const author = property.words.some((word) => AUTHOR_WORDS.has(word));
  if (author || property.words.some((word) => WORK_WORDS.has(word))) return facts.worksBy().map((found) => fromMention(property, author ? found.author : found.work));
  // A search its description says finds works ("Song, album, artist…" for `query`): the work and its author whole.
  if (!property.described.nouns.some((noun) => WORK_WORDS.has(noun))) return [];
  return facts.worksBy().map(({ work, author: by }) => fromMention(property, { value: facts.prompt.slice(work.at, by.end), at: work.at, end: by.end }));
}
