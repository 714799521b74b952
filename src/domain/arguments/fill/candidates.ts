// Candidates from the prompt at large for one property, most specific first: enum members named,
// formatted values (emails, dates…), tokens led by the property's name (`sku_123`), then by kind of name
// (places, their timezones, paths, channels, repositories, quoted text, the salient phrase), nearby numbers, identifier-shaped
// tokens, and the whole prompt.
import { fromMention, wholeList, type Candidate } from './candidate.js';
import type { CandidateContext } from './candidates-explicit.js';
import { valuesFor } from './convert.js';
import { numbersFor } from '../prompt/extract-numbers.js';
import type { PlaceMention } from '../prompt/extract-places.js';
import type { RefMention } from '../prompt/extract-tokens.js';
import type { Mention } from '../prompt/mentions.js';
import type { Role } from '../prompt/kinds.js';
import { patternMatcher } from '../schema/patterns.js';

/** Pseudo-spans for values not read from one place, so that only one property takes each. */
const SALIENT: Pick<Candidate, 'at' | 'end'> = { at: -3, end: -2 };
const WHOLE: Pick<Candidate, 'at' | 'end'> = { at: -2, end: -1 };
const MESSAGE: Pick<Candidate, 'at' | 'end'> = { at: -5, end: -4 };
const TITLE: Pick<Candidate, 'at' | 'end'> = { at: -7, end: -6 };
/** The message again, as a title when the prompt names nothing shorter (an email's subject beside its body). */
const MESSAGE_AS_TITLE: Pick<Candidate, 'at' | 'end'> = { at: -9, end: -8 };

const ORIGIN_WORDS = new Set(['origin', 'from', 'departure', 'source', 'start', 'pickup', 'src']);
const DESTINATION_WORDS = new Set(['destination', 'to', 'dest', 'arrival', 'target', 'dropoff', 'dst']);
const TOWARDS = new Set(['to', 'into', 'toward', 'towards']);
const CONNECTORS = new Set(['to', 'as', 'is', 'set', 'mark', 'marked', 'be', 'equals', 'use', 'using', 'in']);

function direction(words: readonly string[]): 'from' | 'to' | undefined {
  if (words.some((word) => ORIGIN_WORDS.has(word))) return 'from';
  if (words.some((word) => DESTINATION_WORDS.has(word))) return 'to';
  return undefined;
}

function placeRank(words: readonly string[], place: PlaceMention): number {
  const wanted = direction(words);
  if (wanted === 'from') return place.preposition === 'from' ? 0 : 2;
  if (wanted === 'to') return TOWARDS.has(place.preposition) ? 0 : 2;
  if (place.preposition === 'from' || place.preposition === '') return 2;
  return TOWARDS.has(place.preposition) || place.preposition === 'between' || place.preposition === 'via' ? 1 : 0;
}

/**
 * Which named enum member belongs to this property: one right after a word of its name ("priority
 * high") or in its direction ("from km", "to mi") first, after a connector ("to done") next, a direction
 * that belongs to a sibling ("to mi" for from_unit) last.
 */
function enumRank(context: CandidateContext, words: readonly string[], mention: Mention): number {
  const before = context.facts.prompt.slice(Math.max(0, mention.at - 32), mention.at).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
  const previous = before[before.length - 1] ?? '';
  const after = context.facts.prompt.slice(mention.end, mention.end + 32).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
  if (words.some((word) => word.length > 1 && (before.slice(-2).includes(word) || after[0] === word))) return 0;
  const wanted = direction(words);
  const seen = previous === 'from' ? 'from' : TOWARDS.has(previous) ? 'to' : undefined;
  if (wanted !== undefined && seen !== undefined) return wanted === seen ? 0 : 3;
  return CONNECTORS.has(previous) ? 1 : 2;
}

function enumCandidates(context: CandidateContext, words: readonly string[]): Candidate[] {
  const mentions = context.facts.enumMentions(context.property.enumIndex);
  const ranked = mentions.map((mention) => ({ mention, rank: enumRank(context, words, mention) }));
  ranked.sort((a, b) => a.rank - b.rank || a.mention.at - b.mention.at);
  return ranked.map(({ mention }) => fromMention(context.property, mention));
}

/** Free text: quoted strings first; then a search phrase, the message or a title, as the role wants; the whole prompt last. */
function textCandidates(context: CandidateContext, role: Role): Candidate[] {
  const { facts, property } = context;
  const candidates = facts.quoted().map((mention) => fromMention(property, mention));
  const add = (text: string | undefined, span: Pick<Candidate, 'at' | 'end'>): void => {
    if (text !== undefined) candidates.push({ values: valuesFor(property, text), ...span });
  };
  if (role === 'title') {
    const named = facts.namedPhrase();
    if (named !== undefined) candidates.push(fromMention(property, named));
    add(facts.objectPhrase(), TITLE);
    add(facts.message(), MESSAGE_AS_TITLE);
  } else {
    if (role === 'message') add(facts.message(), MESSAGE);
    add(facts.salient(), SALIENT);
  }
  candidates.push({ values: valuesFor(property, facts.whole()), ...WHOLE, weak: true });
  return candidates;
}

const FROM_BRANCH = new Set(['head', 'source', 'from', 'compare', 'feature']);
const INTO_BRANCH = new Set(['base', 'target', 'into', 'dest', 'destination']);

/** A branch in the property's direction first: `head` takes "from feature/x", `base` "into main". */
function refRank(words: readonly string[], ref: RefMention): number {
  const from = ref.lead === 'from' || ref.lead === 'off' || ref.lead === 'merge';
  const into = ref.lead === 'into' || ref.lead === 'onto' || ref.lead === 'to' || ref.lead === 'against';
  if (words.some((word) => FROM_BRANCH.has(word))) return from ? 0 : into ? 2 : 1;
  if (words.some((word) => INTO_BRANCH.has(word))) return into ? 0 : from ? 2 : 1;
  return 0;
}

const PERSON_PREPOSITIONS = new Set(['', 'with', 'for', 'to']);
const personRank = (place: PlaceMention): number => (PERSON_PREPOSITIONS.has(place.preposition) ? 0 : 1);

/** The prompt's email addresses, for a property whose name says only a direction. */
function addressCandidates(context: CandidateContext): Candidate[] {
  return context.facts.formatted('email').map((mention) => ({ values: valuesFor(context.property, mention.value), at: mention.at, end: mention.end }));
}

function roleCandidates(context: CandidateContext, role: Role, words: readonly string[]): Candidate[] {
  const { facts, property } = context;
  const of = (mentions: readonly Mention[]): Candidate[] => mentions.map((mention) => fromMention(property, mention));
  switch (role) {
    case 'location': {
      const places = [...facts.places()].sort((a, b) => placeRank(words, a) - placeRank(words, b) || a.at - b.at);
      if (!property.bareDirection) return of(places);
      // A bare `to`/`from` takes a place in its direction ("to Tokyo"), else an address ("Email bob@…").
      const towards = places.filter((place) => placeRank(words, place) === 0);
      return [...of(towards), ...addressCandidates(context), ...of(places.slice(towards.length))];
    }
    case 'timezone':
      return of(facts.zones());
    case 'path':
      // A quoted "hello world" is content, not a file name.
      return of([...facts.paths(), ...facts.quoted().filter((mention) => !/\s/u.test(mention.value))]);
    case 'channel':
      return of(facts.channels());
    case 'command':
      return of(facts.quoted());
    case 'name': {
      // "called Team sync", then capitalised names, those after with/for/to or no preposition first.
      const named = facts.namedPhrase();
      const people = [...facts.places()].sort((a, b) => personRank(a) - personRank(b) || a.at - b.at);
      return of(named === undefined ? people : [named, ...people]);
    }
    case 'branch':
      return of([...facts.refs()].sort((a, b) => refRank(words, a) - refRank(words, b) || a.at - b.at));
    case 'identifier':
      // Identifiers are strings; a numeric `order_number` reads its number as numbers are read.
      return property.types.size === 0 || property.types.has('string') ? of(facts.identifiers()) : [];
    case 'owner':
      return of(facts.slugs().map((slug) => slug.owner));
    case 'repo':
      // `owner/name` whole, unless an owner property takes its first part.
      return of(facts.slugs().flatMap((slug) => (context.ownerSibling === true ? [slug.repo, slug.slug] : [slug.slug, slug.repo])));
    case 'text':
    case 'message':
    case 'title':
      return textCandidates(context, role);
    default:
      return [];
  }
}

/** Identifier-shaped tokens led by a word of the property's name: `sku_123` for sku, `user-42` for user_id. */
function namedTokens(context: CandidateContext, words: readonly string[]): Candidate[] {
  const out: Candidate[] = [];
  for (const mention of context.facts.shapedTokens()) {
    const token = mention.value.toLowerCase();
    const led = words.some((word) => word.length > 1 && token.length > word.length + 1 && token.startsWith(word) && (token[word.length] === '_' || token[word.length] === '-'));
    if (led) out.push(fromMention(context.property, mention));
  }
  return out;
}

/** Candidates from the prompt at large, most specific first. */
export function heuristicCandidates(context: CandidateContext): Candidate[] {
  const { property, facts } = context;
  const { words } = property;
  if (property.enumValues.length > 0) return enumCandidates(context, words);
  const candidates: Candidate[] = [];
  for (const kind of property.formatKinds) {
    for (const mention of facts.formatted(kind)) {
      // A list of them ("ana@x.org and li@x.org") fills an array property whole.
      candidates.push(wholeList(property, mention) ?? { values: mention.variants.flatMap((text) => valuesFor(property, text)), at: mention.at, end: mention.end });
    }
  }
  if (property.types.has('string')) candidates.push(...namedTokens(context, words));
  candidates.push(...roleCandidates(context, property.role, words));
  if (property.types.has('number') || property.types.has('integer')) {
    for (const mention of numbersFor(facts.prompt, words)) candidates.push(fromMention(property, mention, { weak: mention.weak }));
  }
  if (property.patterns.some(isSelective)) {
    for (const mention of facts.shapedTokens()) candidates.push(fromMention(property, mention, { weak: true }));
  }
  return candidates;
}

/**
 * A pattern that accepts ordinary words or plain numbers would take any token: it says nothing. Tested on
 * the linear-time engine (schema patterns such as `(a+)+$` meet prompt words here).
 */
function isSelective(pattern: string): boolean {
  const matcher = patternMatcher(pattern);
  return matcher !== undefined && !['sample', '12345', 'Sample'].some((probe) => matcher.test(probe));
}

/**
 * Last resorts: the prompt's only number for an object's only numeric property; for plain string properties
 * of no known kind, a quoted string nobody took.
 */
export function leftoverCandidates(context: CandidateContext): Candidate[] {
  const { property } = context;
  if (context.onlyNumeric) {
    const numbers = numbersFor(context.facts.prompt, ['value']);
    return numbers.length === 1 ? [fromMention(property, numbers[0]!, { weak: true })] : [];
  }
  if (property.role !== 'other' || property.enumValues.length > 0) return [];
  if (!(property.types.size === 0 || property.types.has('string'))) return [];
  return context.facts.quoted().map((mention) => fromMention(property, mention, { weak: true }));
}
