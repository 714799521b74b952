// Candidates by the kind of value a property wants (its role): places in its direction, timezones, paths,
// channels, names, branches, identifiers, repositories, and free text (a search phrase, a message, a title).
import { fromMention, outside, type Candidate } from './candidate.js';
import type { CandidateContext } from './candidates-explicit.js';
import type { PropertyView } from '../schema-view.js';
import { valuesFor } from '../convert.js';
import { addressFirst, addressPartOf, addressParts } from './candidates-address.js';
import type { PlaceMention } from '../../prompt/phrases/extract-places.js';
import { placeRank, refRank, termRank, theOthers } from '../direction.js';
import type { Vocabulary } from '../../prompt/phrases/extract-terms.js';
import { PERSON_WORDS, type Role } from '../../prompt/kinds.js';
import type { Mention } from '../../prompt/mentions.js';
import { handedTo, mayBePersonName, namingOf } from '../../prompt/phrases/person-cues.js';
import { firstSentence } from '../../prompt/phrases/extract-message.js';
import { thingCandidates } from './candidates-thing.js';
import { notPaid } from './candidates-account.js';
import { commandCandidates, commandTarget } from './candidates-command.js';
import { namesRecipient, relayedTo, relayOrder } from './relayed-to.js';

/** Pseudo-spans for values not read from one place, so that only one property takes each. */
const SALIENT: Pick<Candidate, 'at' | 'end'> = { at: -3, end: -2 };
const WHOLE: Pick<Candidate, 'at' | 'end'> = { at: -2, end: -1 };
const MESSAGE: Pick<Candidate, 'at' | 'end'> = { at: -5, end: -4 };
const TITLE: Pick<Candidate, 'at' | 'end'> = { at: -7, end: -6 };
/** The message again, as a title when the prompt names nothing shorter (an email's subject beside its body). */
const MESSAGE_AS_TITLE: Pick<Candidate, 'at' | 'end'> = { at: -9, end: -8 };
const TOPIC: Pick<Candidate, 'at' | 'end'> = { at: -11, end: -10 };
const LAST_CLAUSE: Pick<Candidate, 'at' | 'end'> = { at: -13, end: -12 };
/** Names of a property that says why ("reason", "cause"): the request's last clause may be it. */
const REASON_WORDS: ReadonlySet<string> = new Set(['reason', 'why', 'cause', 'justification']);

/**
 * Free text: quoted strings first; then a search phrase, the message or a title, as the role wants; the whole
 * prompt last. Each is read from the prompt only when the ones before it were not taken.
 */
function* textCandidates(context: CandidateContext, role: Role): Generator<Candidate, void, undefined> {
  const { facts, property } = context;
  for (const mention of facts.quoted()) yield fromMention(property, mention);
  if (role === 'title') {
    const named = facts.namedPhrase();
    if (named !== undefined) yield fromMention(property, named);
    // An object that only names the kind of thing made ("an urgent ticket: checkout is down") gives way to what it is
    // about, or to what is said after it; a title is the first sentence of that.
    const object = facts.object();
    const message = facts.message();
    const said = message === undefined ? undefined : firstSentence(message);
    if (object.kindOnly) yield* textAt(property, object.topic, TOPIC);
    if (object.kindOnly) yield* textAt(property, said, MESSAGE_AS_TITLE);
    yield* textAt(property, withoutPeople(context, object.title), TITLE);
    if (!object.kindOnly) yield* textAt(property, said, MESSAGE_AS_TITLE);
  } else {
    if (role === 'message') yield* textAt(property, facts.message(), MESSAGE);
    // A reason is added to a request as its last clause ("Refund order 55, wrong size").
    if (role === 'message' && property.words.some((word) => REASON_WORDS.has(word))) yield* textAt(property, facts.lastClause(), LAST_CLAUSE);
    // A query property takes a SQL statement written in the prompt before any phrase about it.
    const statement = role === 'text' ? facts.statement() : undefined;
    if (statement !== undefined) yield fromMention(property, statement);
    yield* textAt(property, facts.salient(), SALIENT);
    // What a search phrase is when no cue leads it: the object of the verb ("Play some jazz on shuffle" → "Jazz").
    if (role === 'text') yield* textAt(property, facts.object().title, TITLE);
  }
  yield { values: valuesFor(property, facts.whole()), at: WHOLE.at, end: WHOLE.end, weak: true };
}

/** Names of a property that takes the people a thing is with: `attendees`, `participants`, `invitees`, `guests`. */
const PEOPLE_KEYS = /attendee|participant|invitee|guest|people|member/iu;
/** Objects that say nothing without who they are with: "Meeting with Sam" stays whole. */
const BARE_EVENTS = new Set(['meeting', 'call', 'chat', 'event', 'appointment', 'session', 'catch-up', 'catchup']);

/**
 * A title without who the thing is with ("Sync with Ana and Bob" → "Sync") when a sibling property takes those people,
 * unless what is left names no more than the kind of event ("Meeting with Sam").
 */
function withoutPeople(context: CandidateContext, title: string | undefined): string | undefined {
  const cut = title?.lastIndexOf(' with ') ?? -1;
  if (title === undefined || cut <= 0 || BARE_EVENTS.has(title.slice(0, cut).toLowerCase())) return title;
  const peopleSibling = [...context.siblings.byKey.values()].some((entries) => entries.some((entry) => entry.name !== context.property.name && PEOPLE_KEYS.test(entry.name)));
  return peopleSibling ? title.slice(0, cut) : title;
}

/** A text not read from one place, at its pseudo-span; none for no text. */
function textAt(property: PropertyView, text: string | undefined, span: Pick<Candidate, 'at' | 'end'>): Candidate[] {
  return text === undefined ? [] : [{ values: valuesFor(property, text), at: span.at, end: span.end }];
}

function mentionsOf(property: PropertyView, mentions: readonly Mention[]): Candidate[] {
  return mentions.map((mention) => fromMention(property, mention));
}

/** A place that opens with its house number ("350 Fifth Avenue"); a bare capitalised word ("NVDA") may be an identifier. */
const isStreetAddress = (place: Mention): boolean => /^\d/u.test(place.value);

/** Capitalised names where people stand: alone, or after with/for/to ("in Tokyo" is a place). */
const PERSON_PREPOSITIONS = new Set(['', 'with', 'for', 'to']);

/** The prompt's email addresses, for a property whose name says only a direction. */
function addressCandidates(context: CandidateContext): Candidate[] {
  return context.facts.formatted('email').map((mention) => ({ values: valuesFor(context.property, mention.value), at: mention.at, end: mention.end }));
}

/**
 * The candidates given, then the prompt's phone numbers, for whom a message goes to ("Text 555-0100 that I'm
 * outside"): the numbers are read only when none of the others was taken.
 */
function* thenPhones(context: CandidateContext, first: readonly Candidate[]): Generator<Candidate, void, undefined> {
  yield* first;
  for (const phone of context.facts.formatted('phone')) yield { values: valuesFor(context.property, phone.value), at: phone.at, end: phone.end };
}

/** How far into the prompt a phone number may open it as whom a message goes to ("Text 555-0100 that…"). */
const PHONE_OPENING = 40;
/** How many words may come before such a number: "Please text", "Can you text". */
const PHONE_LEAD_WORDS = 3;
/** Verbs right before such a number: "Text 555-0100 that…", not "Text Maria at 555-0100". */
const PHONE_VERBS: ReadonlySet<string> = new Set(['text', 'message', 'sms', 'call', 'ping', 'tell', 'dm', 'whatsapp', 'phone']);

/**
 * A bare `to`/`from`: the places in its direction, the addresses, then a phone number written right after the opening
 * verb ("Text 555-0100 that I arrived in Oslo": the number, not the place inside the message), the other places,
 * then every phone number. The numbers are read only when nothing before them was taken.
 */
function* bareDirection(context: CandidateContext, places: { towards: readonly Candidate[]; others: readonly Candidate[] }): Generator<Candidate, void, undefined> {
  const order = relayOrder(context, places.towards);
  yield* order.before;
  if (order.person !== undefined) yield* mentionsOf(context.property, [order.person]);
  yield* order.after;
  yield* addressCandidates(context);
  const lead = context.facts.formatted('phone')[0];
  const before = lead === undefined || lead.at > PHONE_OPENING ? [] : context.facts.prompt.slice(0, lead.at).toLowerCase().split(' ').filter((word) => word !== '');
  const opens = lead !== undefined && before.length <= PHONE_LEAD_WORDS && PHONE_VERBS.has(before.at(-1) ?? '');
  if (opens) yield { values: valuesFor(context.property, lead.value), at: lead.at, end: lead.end };
  yield* thenPhones(context, places.others);
}

/** Languages, currencies or units the prompt names, those in the property's direction first, in each spelling. */
export function termCandidates(context: CandidateContext, vocabulary: Vocabulary): Candidate[] {
  const { property } = context;
  const terms = [...context.facts.terms(vocabulary)].sort((a, b) => termRank(property.words, a) - termRank(property.words, b) || a.at - b.at);
  // A `language_code` wants the code first.
  const codeFirst = property.words.includes('code');
  return terms.map((term) => ({
    values: (codeFirst ? [...term.variants].reverse() : term.variants).flatMap((text) => valuesFor(property, text)),
    at: term.at,
    end: term.end,
  }));
}

export function roleCandidates(context: CandidateContext, role: Role, words: readonly string[]): Iterable<Candidate> {
  const { facts, property } = context;
  switch (role) {
    case 'location': {
      // A part of an address (`city`, `country`) takes its part, never the whole address: in an address object before
      // any place (candidates-address.ts), else ranked with the places, after one named for itself in its rank.
      const part = addressPartOf(property) !== undefined;
      // A whole address beside its parts' own properties ({address, city, postal_code}) takes its street, leaving the
      // city and the code to them.
      const streets = !part && context.inAddress === true;
      const paid = notPaid(context, words);
      const named = facts.places().filter((place) => (!part || place.address === undefined) && !theOthers(words, place, context.siblings.byKey.keys()) && paid(place))
        .map((place) => (streets && place.address?.get('street') !== undefined ? { ...place.address.get('street')!, preposition: place.preposition } : place));
      const parts = part && !addressFirst(context) ? addressParts(context) : [];
      const fromAddress = new Set(parts);
      const rank = (place: PlaceMention): number => placeRank(words, place) * 2 + (fromAddress.has(place) ? 1 : 0);
      const places = [...named, ...parts].sort((a, b) => rank(a) - rank(b) || a.at - b.at);
      if (!property.bareDirection) return mentionsOf(property, places);
      // A bare `to`/`from` takes a place in its direction ("to Tokyo"), else an address ("Email bob@…"), else a phone.
      const towards = places.filter((place) => placeRank(words, place) === 0);
      return bareDirection(context, { towards: mentionsOf(property, towards), others: mentionsOf(property, places.slice(towards.length)) });
    }
    case 'timezone':
      return mentionsOf(property, facts.zones());
    case 'path':
      // A quoted "hello world" is content, not a file name; a folder listed or a file shown is one ("the files in src").
      return mentionsOf(property, [...facts.paths(), ...facts.quoted().filter((mention) => !/\s/u.test(mention.value)), ...commandTarget(facts)]);
    case 'channel':
      return mentionsOf(property, facts.channels());
    case 'command':
      return commandCandidates(context);
    case 'expression':
      return mentionsOf(property, [...facts.quoted(), ...facts.expressions()]);
    case 'pattern':
      // What to search for: quoted, else a token shaped like code ("TODO", "ERR_42", "foo_bar").
      return mentionsOf(property, [...facts.quoted(), ...facts.shapedTokens().filter((mention) => !/[/@]/u.test(mention.value))]);
    case 'name': {
      // "called Team sync", then capitalised names, those after with/for/to or no preposition first, then the
      // subject a sentence opens with ("Alice Smith is 30": not "Smith" alone). A postal address is no person's name.
      // A person's name ("a customer named John Smith", "ask Tom Baker to review it") is not what the thing asked
      // for is called ("titled Fix login", "a task called Quarterly report"), nor an acronym ("a PR").
      const person = property.words.some((word) => PERSON_WORDS.has(word) || (word.endsWith('s') && PERSON_WORDS.has(word.slice(0, -1))));
      const named = facts.namedPhrase();
      const naming = named === undefined ? 'either' : person ? namingOf(facts.prompt, named) : 'thing';
      const subjects = facts.subjects();
      const notPeople = person && naming === 'thing' && named !== undefined ? [named] : [];
      const people = facts.places().filter((place) => PERSON_PREPOSITIONS.has(place.preposition) && !overlapsAny(subjects, place)
        && !(person && (place.address !== undefined || !mayBePersonName(facts.prompt, place) || overlapsAny(notPeople, place))));
      const first = named !== undefined && (!person || naming === 'person') ? [named] : [];
      // People may be written by address ("a call with jordan@example.com"): after any name, for a person.
      const addresses = person ? facts.formatted('email') : [];
      // An assignee is who the thing is handed to ("assign it to maria"), first.
      const handed = property.words.includes('assignee') ? handedTo(facts.prompt, facts.index().words) : [];
      const found = mentionsOf(property, [...handed, ...first, ...people, ...subjects, ...addresses]);
      // Whoever a message is relayed to fills a `recipient`, or a `to` a description made a name ("Recipient").
      return namesRecipient(property.words) ? thenPhones(context, [...mentionsOf(property, relayedTo(context)), ...found]) : found;
    }
    case 'label': {
      // Quoted, "called pasta", else what the thing is for ("for the pasta").
      const found = [facts.namedPhrase(), facts.purpose()].filter((mention) => mention !== undefined);
      return mentionsOf(property, [...facts.quoted(), ...found]);
    }
    case 'branch':
      return mentionsOf(property, [...facts.refs()].sort((a, b) => refRank(words, a) - refRank(words, b) || a.at - b.at));
    case 'identifier':
      // Identifiers are strings; a numeric `order_number` reads its number as numbers are read. A house number
      // ("350 Fifth Avenue") is the address's, no identifier.
      return property.types.size === 0 || property.types.has('string') ? mentionsOf(property, outside(facts.identifiers(), facts.places().filter(isStreetAddress))) : [];
    case 'language':
    case 'currency':
    case 'unit':
      return termCandidates(context, role);
    case 'owner':
      return mentionsOf(property, facts.slugs().map((slug) => slug.owner));
    case 'repo':
      // `owner/name` whole, unless an owner property takes its first part.
      return mentionsOf(property, facts.slugs().flatMap((slug) => (context.ownerSibling === true ? [slug.repo, slug.slug] : [slug.slug, slug.repo])));
    case 'text':
    case 'message':
    case 'title':
      return textCandidates(context, role);
    case 'other':
      return thingCandidates(context);
    default:
      return [];
  }
}

/**
 * Whether a span overlaps one of `sorted`: a binary search, for mentions whose starts and ends both come in prompt
 * order. Sentence subjects do, though they may overlap ("St. Louis is": 'St. Louis' and 'Louis' end alike).
 */
function overlapsAny(sorted: readonly Mention[], span: { at: number; end: number }): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]!.end <= span.at) low = middle + 1;
    else high = middle;
  }
  const next = sorted[low];
  return next !== undefined && next.at < span.end;
}
