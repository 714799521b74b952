// Candidates from explicit "key value" mentions of a property's name ("with city Paris", `limit: 5`):
// the value text is read as far as the property's kind allows — a place, a number, a clause, a token.
import { outside, type Candidate } from './candidate.js';
import { valuesFor } from '../convert.js';
import { findExplicit } from '../../prompt/phrases/extract-explicit.js';
import { isRef, isVersion } from '../../prompt/shapes/extract-tokens.js';
import { placeAtStart } from '../../prompt/phrases/extract-places.js';
import { cleanValue, NUMBER_PATTERN } from '../../prompt/mentions.js';
import { findScaledNumbers } from '../../prompt/shapes/extract-scaled-numbers.js';
import { findLengths, lengthIn } from '../../prompt/shapes/extract-lengths.js';
import { FREE_TEXT_ROLES } from '../../prompt/kinds.js';
import type { PromptFacts } from '../../prompt/prompt-facts.js';
import type { PropertyView } from '../schema-view.js';
import { clauseAfterKey, type SiblingKeys } from '../sibling-keys.js';
import { listAfterKey } from './candidates-list.js';

export interface CandidateContext {
  property: PropertyView;
  facts: PromptFacts;
  /**
   * The keys of the properties of its object, where a free-text value read after a key must stop (its own name
   * among them, which is skipped: one index serves every property of the object).
   */
  siblings: SiblingKeys;
  /** The one numeric property of its object ("a table for 4" → party_size = 4 when nothing else is numeric). */
  onlyNumeric?: boolean;
  /** A sibling takes the owner of an `owner/repo` slug: the repository property takes its name alone. */
  ownerSibling?: boolean;
  /** A property of the object takes a time of day: the hour of one ("at eight") is its, not a count's. */
  timeSibling?: boolean;
  /**
   * Its object is a postal address (a property names its street or postal code, or the object is named an address):
   * a `city` there takes the address's city before a place named elsewhere in the prompt.
   */
  inAddress?: boolean;
}

interface ValueText {
  text: string;
  /** Length of the prompt text the value was read from. */
  length: number;
  /** Where that text starts in what follows the key, when not at its start. */
  from?: number;
  list?: readonly string[];
}

/** Words that are never a value on their own: "set the name to the…" must not give "the". */
const NOT_VALUES = new Set([
  'the', 'a', 'an', 'my', 'your', 'our', 'their', 'this', 'that', 'these', 'those', 'it', 'its', 'in', 'on', 'at',
  'for', 'to', 'and', 'or', 'of', 'with', 'from', 'by', 'me', 'please', 'is', 'are', 'be', 'as', 'if',
]);

const SAYING = /\s(?:saying|asking|telling|because|reminding)\s/iu;

/** How far into a value a number with its scale ("$3.2m USD") or its unit ("5 ft 10 in") is looked for. */
const SCALED_REACH = 40;

/** A number at the start of a text, not the start of a word. */
const LEADING_NUMBER = new RegExp(`^(?:${NUMBER_PATTERN})(?![\\p{L}\\p{N}])`, 'iu');

function leadingNumber(rest: string): ValueText | undefined {
  const number = LEADING_NUMBER.exec(rest);
  return number === null ? undefined : { text: number[0], length: number[0].length };
}

/** "height: 1.80 m" for height_cm: the length in the property's unit (180). */
function lengthAtStart(property: PropertyView, rest: string): ValueText | undefined {
  const wanted = property.lengthUnit;
  const length = wanted === undefined ? undefined : findLengths(rest.slice(0, SCALED_REACH))[0];
  if (wanted === undefined || length?.at !== 0) return undefined;
  return { text: lengthIn(length, { unit: wanted.unit, whole: !property.types.has('number') }), length: length.end };
}

/** Names of a property that takes a release's version. */
const VERSION_NAMES = ['version', 'tag', 'release'];

/** A sibling takes the version ("the payments service 4.1.0" beside `version`), and this property is no version itself. */
function versionIsSiblings(context: CandidateContext): boolean {
  const { property, siblings } = context;
  if (property.words.some((word) => VERSION_NAMES.includes(word))) return false;
  return VERSION_NAMES.some((name) => siblings.byKey.get(name)?.some((entry) => entry.name !== property.name) === true);
}

function explicitTexts(context: CandidateContext, rest: string): ValueText[] {
  const quoted = /^["“‘'`]([^"”’'`\n]+)["”’'`]/u.exec(rest);
  if (quoted !== null) return [{ text: quoted[1] ?? '', length: quoted[0].length }];
  const texts: ValueText[] = [];
  const { role } = context.property;
  const token = /^[^\s,;]+/u.exec(rest)?.[0] ?? '';
  // An identifier is the whole token ("A-10482"), not its capitalised or numeric start; a branch is named as one.
  if (role === 'identifier' && !NOT_VALUES.has(token.toLowerCase())) texts.push({ text: cleanValue(token), length: token.length });
  if (role === 'branch') return isRef(cleanValue(token)) ? [{ text: cleanValue(token), length: token.length }] : [];
  // "version 2.3.1" is the version whole, not the number 2.3 its start reads as.
  // "the payments service 4.1.0" beside a `version`: the version is the sibling's, and the key gives this one nothing.
  if (isVersion(cleanValue(token)) && versionIsSiblings(context)) return [];
  if (isVersion(cleanValue(token)) && context.property.types.has('string')) texts.push({ text: cleanValue(token), length: token.length });
  if (role === 'location') {
    const place = placeAtStart(rest, new Set());
    // "my address to Rue de Rivoli 10, 75001 Paris" beside a postal code: the street, the siblings taking the rest.
    const street = context.inAddress === true ? place?.address?.get('street') : undefined;
    if (street !== undefined) texts.push({ text: street.value, length: street.end - street.at, from: street.at });
    else if (place !== undefined) texts.push({ text: place.value, length: place.end, ...(place.list === undefined ? {} : { list: place.list }) });
  }
  // "amount: 1.5k" is 1500, not the 1 before its dot.
  const scaled = findScaledNumbers(rest.slice(0, SCALED_REACH))[0];
  const number = scaled?.at === 0 ? { text: scaled.value, length: scaled.end } : lengthAtStart(context.property, rest) ?? leadingNumber(rest);
  if (number !== undefined) texts.push(number);
  if (FREE_TEXT_ROLES.has(role) || role === 'command') {
    let clause = clauseAfterKey(rest, { siblings: context.siblings, own: context.property.name });
    // "with subject Lunch saying see you at noon": the title ends where what is to be said begins.
    const said = role === 'title' || role === 'message' ? SAYING.exec(clause) : null;
    if (said !== null && role === 'title') clause = clause.slice(0, said.index);
    // "a message to Dr. Ana Lopez saying hi": who it goes to stands before what is said, and stays free.
    const from = said !== null && role === 'message' ? said.index + said[0].length : 0;
    // A message keeps the question or exclamation that ends it ("body Pizza at noon?"): it is part of what is said.
    const mark = role === 'message' ? closingMark(rest, clause.length) : '';
    const value = cleanValue(clause.slice(from));
    texts.push({ text: value === '' ? value : `${value}${mark}`, length: clause.length + mark.length - from, ...(from > 0 ? { from } : {}) });
  }
  const capitalised = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*/u.exec(rest);
  if (capitalised !== null) texts.push({ text: cleanValue(capitalised[0]), length: capitalised[0].length });
  if (!NOT_VALUES.has(token.toLowerCase())) texts.push({ text: cleanValue(token), length: token.length });
  return texts;
}

/** Words for one item of a list that name one another as verbs: "tag it docs" gives the labels. A Map: keyed by client names. */
const NAMED_ALIKE = new Map<string, readonly string[]>([['label', ['tag']], ['tag', ['label']]]);
const VERB_OBJECTS: readonly string[][] = [['it'], ['them'], ['it', 'with'], ['them', 'with']];

/** The "?" or "!" (or "?!") right at `at` that ends the sentence there; '' when none does. */
function closingMark(rest: string, at: number): string {
  return /^[?!]{1,3}(?=[\s"'”’)]|$)/u.exec(rest.slice(at, at + 4))?.[0] ?? '';
}

/** Candidates from explicit "key value" mentions of this property's name. */
export function explicitCandidates(context: CandidateContext): Candidate[] {
  const { property, facts } = context;
  // Free-text names ("query", "text") are everyday words: running text must not read as a key.
  const allowBare = !FREE_TEXT_ROLES.has(property.role) && property.name.length >= 4;
  // "to"/"from" run through every sentence: as keys they need a sign or quotes (`to: bob@…`), unless only an
  // enum's words can follow them ("to EUR").
  const signedOnly = property.bareDirection && property.enumValues.length === 0;
  const candidates: Candidate[] = [];
  const found = findExplicit({ prompt: facts.prompt, name: property.name, words: property.words, allowBare, signedOnly, index: facts.index() });
  // An identifier is often named without its last word: "order 98765" for order_id, "user 4821" for user_id.
  const { words } = property;
  if (property.role === 'identifier' && words.length > 1) {
    const leading = words.slice(0, -1);
    found.push(...findExplicit({ prompt: facts.prompt, name: leading.join('_'), words: leading, allowBare: false, structuredOnly: true, index: facts.index() }));
  }
  // An array is named in the singular for one item: "with the label bug" for labels.
  const last = words[words.length - 1] ?? '';
  if (property.types.has('array') && last.length > 3 && last.endsWith('s') && !/(?:ss|us|is)$/u.test(last)) {
    const singular = [...words.slice(0, -1), last.slice(0, -1)];
    found.push(...findExplicit({ prompt: facts.prompt, name: singular.join('_'), words: singular, allowBare, index: facts.index() }));
    // Or as a participle: "labeled enhancement", "labelled bug" for labels (a look-up in the word index each).
    for (const participle of [`${last.slice(0, -1)}ed`, `${last.slice(0, -1)}led`]) {
      const named = [...words.slice(0, -1), participle];
      found.push(...findExplicit({ prompt: facts.prompt, name: named.join('_'), words: named, allowBare, index: facts.index() }));
    }
    // Or as a verb on the thing made: "tag it docs", "label them bug", "tag it with flaky" (labels and tags name one another).
    const one = last.slice(0, -1);
    for (const verb of [one, ...(NAMED_ALIKE.get(one) ?? [])]) {
      for (const object of VERB_OBJECTS) found.push(...findExplicit({ prompt: facts.prompt, name: [verb, ...object].join('_'), words: [verb, ...object], allowBare: true, index: facts.index() }));
    }
  }
  // "Today's date is 2025-06-10" says what day it is, not what date the tool is asked for.
  const stated = facts.statedToday();
  for (const explicit of found) {
    if (stated !== undefined && explicit.at >= stated.at && explicit.at < stated.end) continue;
    if (joinedByAt(facts.prompt, explicit.at) && !atJoinsNumber(context, explicit.at)) continue;
    if (property.role === 'message' && opensAsVerb(context, explicit.at)) continue;
    const listed = listAfterKey(context, explicit.at, explicit.rest);
    if (listed !== undefined) candidates.push(listed);
    for (const { text, length, list, from = 0 } of explicitTexts(context, explicit.rest)) {
      const at = explicit.at + from;
      const candidate: Candidate = { values: valuesFor(property, text), at, end: at + Math.max(1, length) };
      candidates.push(list === undefined ? candidate : { ...candidate, list });
    }
  }
  return candidates;
}

/** How far into the prompt a key opening it bare may end ("Message ", "Text to "). */
const OPENING_KEY = 24;

/**
 * Whether a message's key opens the prompt bare, no sign or quote after it, before a cue of what is to be said
 * ("Message Bob that the meeting moved", "Text Maria: running late"): the key is the verb, what follows it the person
 * and then the message the cue leads to. "Message: hello" and "Text hello world" keep it a key.
 */
function opensAsVerb(context: CandidateContext, at: number): boolean {
  const { facts, property } = context;
  if (at > OPENING_KEY || property.words.length !== 1) return false;
  const opening = facts.prompt.slice(0, at);
  if (/[^\p{L}\s]/u.test(opening) || /^\p{L}+/u.exec(opening)?.[0].toLowerCase() !== property.words[0]) return false;
  return facts.message() !== undefined;
}

/** Whether the key's value follows "at" ("the brightness at 7"). A few characters before it are read. */
function joinedByAt(prompt: string, at: number): boolean {
  const before = prompt.slice(Math.max(0, at - AT_REACH), at).trimEnd().toLowerCase();
  return before.endsWith('at') && (before.length === 2 || !/[\p{L}\p{N}_]/u.test(before.charAt(before.length - 3)));
}
const AT_REACH = 24;

/**
 * "at" leads a numeric property to its number ("Set the brightness at 7"), not a noun to the hour of a time
 * ("Book the restaurant at 7" is a time), nor to a house number ("a room at 9 Elm Street"), nor to the hour of
 * a time of day a property of the object takes when no other time is written.
 */
function atJoinsNumber(context: CandidateContext, at: number): boolean {
  const { property, facts } = context;
  if (!property.types.has('integer') && !property.types.has('number')) return false;
  const value = [{ at }];
  if (outside(value, facts.places()).length === 0) return false;
  if (context.timeSibling !== true) return true;
  // The time property takes a time written elsewhere ("at 21 at 7am"), or this one.
  const times = facts.formatted('time');
  return outside(value, times).length > 0 || outside(times, [{ at, end: at + 1 }]).length > 0;
}
