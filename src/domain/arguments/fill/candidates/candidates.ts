// Candidates from the prompt at large for one property, most specific first: enum members named (as spelled, then
// by a synonym: candidates-synonyms.ts; a state reported, "was solved by mistake", after both), a flag's words
// (candidates-flag.ts), formatted values (emails, dates…), tokens led by the property's name (`sku_123`), then by the
// kind of value it wants (candidates-role.ts), spans of time in the property's unit, nearby numbers (not the hour of
// a time of day), lists of numbers for an array of them, and identifier-shaped tokens for a pattern; a part of a
// postal address before the place its role reads (candidates-address.ts); an account money goes to or comes from
// (candidates-account.ts). Last resorts (leftoverCandidates) include a scale's end in words (candidates-scale.ts).
import { fromMention, outside, wholeList, type Candidate } from './candidate.js';
import { roomCandidates } from './candidates-room.js';
import { accountCandidates } from './candidates-account.js';
import { roleCandidates, termCandidates } from './candidates-role.js';
import { namesRecipient, relayedTo } from './relayed-to.js';
import { addressPartCandidates } from './candidates-address.js';
import { flagCandidates } from './candidates-flag.js';
import { withGoodsCounts, workCandidates } from './candidates-thing.js';
import { levelWritten, scaleEndCandidates } from './candidates-scale.js';
import { synonymCandidates } from './candidates-synonyms.js';
import { reportedState } from './nearby-words.js';
import { direction, TOWARDS } from '../direction.js';
import type { CandidateContext } from './candidates-explicit.js';
import { valuesFor } from '../convert.js';
import { durationIn, findOffsets } from '../../prompt/shapes/time/extract-durations.js';
import { lengthIn } from '../../prompt/shapes/extract-lengths.js';
import { numbersFor, type NumberMention } from '../../prompt/shapes/extract-numbers.js';
import { parseNumber, type Mention } from '../../prompt/mentions.js';
import type { PropertyView } from '../schema-view.js';
import { isSpace, wordAfter, wordBefore, type WordReach } from '../../prompt/text-scan.js';
import type { FormatKind } from '../../prompt/kinds.js';
import { patternMatcher } from '../../schema/pattern/patterns.js';

/** Names of a span counted from now, which "in an hour" gives. */
const OFFSET_NAMES = new Set(['delay', 'wait', 'offset', 'after', 'in', 'countdown']);
const CONNECTORS = new Set(['to', 'as', 'is', 'set', 'mark', 'marked', 'be', 'equals', 'use', 'using', 'in']);

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

/** Identifier-shaped tokens led by a word of the property's name: `sku_123` for sku, `user-42` for user_id. */
function namedTokens(context: CandidateContext, words: readonly string[]): Candidate[] {
  const tokens = context.facts.shapedTokens();
  const byLead = leadsOf(tokens);
  const found = new Set<number>();
  for (const word of words) for (const index of byLead.get(word) ?? []) found.add(index);
  return [...found].sort((a, b) => a - b).map((index) => fromMention(context.property, tokens[index]!));
}

/** The tokens of a prompt by what stands before each `_` or `-` in them (`sku_1-2`: `sku`, `sku_1`), as indices. */
const leads = new WeakMap<readonly Mention[], Map<string, number[]>>();

/**
 * Every property of every tool asks which tokens its words lead: indexed once a prompt, a look-up a word instead
 * of a pass over the tokens (thousands of properties against thousands of tokens took a second a request). A
 * lead is at least two characters, and something follows its separator.
 */
function leadsOf(tokens: readonly Mention[]): ReadonlyMap<string, readonly number[]> {
  const known = leads.get(tokens);
  if (known !== undefined) return known;
  const byLead = new Map<string, number[]>();
  tokens.forEach((mention, index) => {
    const token = mention.value.toLowerCase();
    for (let at = 2; at < token.length - 1; at += 1) {
      if (token[at] !== '_' && token[at] !== '-') continue;
      const lead = token.slice(0, at);
      const list = byLead.get(lead);
      if (list === undefined) byLead.set(lead, [index]);
      else if (list[list.length - 1] !== index) list.push(index);
    }
  });
  leads.set(tokens, byLead);
  return byLead;
}

/**
 * Candidates from the prompt at large, most specific first, made as they are asked for: the first one the
 * property takes ends the reading, so that an email property given an address never looks for places.
 */
export function* heuristicCandidates(context: CandidateContext): Generator<Candidate, void, undefined> {
  const { property, facts } = context;
  const { words } = property;
  if (property.enumValues.length > 0) {
    // A member reported after was/got ("Ticket 5530 was solved by mistake, reopen it") comes after every one asked
    // for, as written or by a synonym; alone it is the one to record ("Ticket 5530 was solved").
    const spelled = enumCandidates(context, words);
    const synonyms = synonymCandidates(context);
    const reported = spelled.filter((candidate) => reportedState(facts.prompt, candidate));
    yield* spelled.filter((candidate) => !reported.includes(candidate));
    yield* synonyms.named;
    yield* reported;
    yield* synonyms.reported;
    // An enum of codes or symbols also takes a language, currency or unit the prompt names in words ("euros" → EUR).
    const { role } = property;
    if (role === 'language' || role === 'currency' || role === 'unit') yield* termCandidates(context, role);
    return;
  }
  if (property.types.has('boolean')) yield* flagCandidates(context);
  for (const kind of property.formatKinds) {
    const pairs = pairsOf(context, kind);
    for (const mention of facts.formatted(kind)) {
      // A list of them ("ana@x.org and li@x.org") fills an array property whole, in any of its spellings.
      const single = mention.variants.flatMap((text) => valuesFor(property, text));
      const whole = wholeList(property, mention, { lists: mention.listVariants, single });
      if (whole !== undefined) yield whole;
      else yield pairs === undefined ? { values: single, at: mention.at, end: mention.end } : { values: single, at: mention.at, end: mention.end, pairs };
    }
  }
  // Whoever a message is relayed to ("Tell mom I'm late") fills a `to` or `recipient` its description made an address.
  if (property.role === 'other' && namesRecipient(words)) yield* relayedTo(context).map((mention) => fromMention(property, mention));
  // A `version` takes a version as written ("v1.8.0"), not the number its start reads as.
  if (property.types.has('string') && words.includes('version')) for (const mention of facts.versions()) yield fromMention(property, mention);
  if (property.types.has('string')) yield* namedTokens(context, words);
  if (property.types.size === 0 || property.types.has('string')) yield* addressPartCandidates(context);
  if (property.types.size === 0 || property.types.has('string')) yield* workCandidates(context);
  yield* roomCandidates(context);
  yield* accountCandidates(context);
  yield* roleCandidates(context, property.role, words);
  if (property.types.has('number') || property.types.has('integer')) {
    // A span of time in the unit the property counts in ("a 10 minute timer" → 600 for duration_seconds).
    const unit = property.timeUnit;
    if (unit !== undefined) for (const span of facts.durations()) yield { values: valuesFor(property, durationIn(span, unit)), at: span.at, end: span.end };
    // A delay is how long from now: "Remind me in an hour" → 60 for delay_minutes (a duration it is not).
    if (unit !== undefined && words.some((word) => OFFSET_NAMES.has(word))) for (const span of findOffsets(facts.prompt)) yield { values: valuesFor(property, durationIn(span, unit)), at: span.at, end: span.end };
    // A length in the unit the property measures in ("1.80 m" → 180 for height_cm; to the nearest unit for an integer).
    const length = property.lengthUnit;
    if (length !== undefined) {
      const whole = !property.types.has('number');
      for (const written of facts.lengths()) yield { values: valuesFor(property, lengthIn(written, { unit: length.unit, whole })), at: written.at, end: written.end };
    }
    for (const mention of withGoodsCounts(context, notTimes(context, numbersFor(facts.prompt, property.numberWords, { timeTaken: context.timeSibling })))) yield mention.money === true ? amountCandidate(property, mention) : fromMention(property, mention, { weak: mention.weak });
  }
  // An array of numbers takes numbers written as a list ("sum 3, 4 and 5"), whole.
  if (property.types.has('array') && (property.itemTypes.has('number') || property.itemTypes.has('integer'))) {
    for (const mention of facts.numberLists()) {
      const whole = wholeList(property, mention);
      if (whole !== undefined) yield whole;
    }
  }
  if (property.patterns.some(isSelective)) {
    for (const mention of facts.shapedTokens()) yield fromMention(property, mention, { weak: true });
  }
}

/** Words beside a number that may make it the hour or minutes of a time: a lead ("at eight"), a relation ("ten past six"), minutes ("six thirty"). */
const BESIDE_TIMES: ReadonlySet<string> = new Set(['at', '@', 'by', 'around', 'from', 'between', 'past', 'to', 'after', 'half', 'thirty', 'fifteen', 'forty', 'fifty', 'twenty', 'oh']);
/**
 * Words read beside a number, past at most 4 spaces, and only with a space between: before it, up to 7 characters
 * but spaces (the longest of BESIDE_TIMES); after it, up to 8 letters.
 */
const BEFORE: WordReach = { spaces: 4, chars: 7, inWord: (char) => !isSpace(char), spaced: true };
const AFTER: WordReach = { spaces: 4, chars: 8, spaced: true };

/** Whether a word beside the number may make it part of a time. */
function besideTimeWord(prompt: string, number: NumberMention): boolean {
  return BESIDE_TIMES.has(wordBefore(prompt, number.at, BEFORE)) || BESIDE_TIMES.has(wordAfter(prompt, number.end, AFTER));
}

/**
 * The numbers without the guesses of a generic name (quantity, value) that are part of a time of day, when a
 * property of the object takes that time ("Order pizzas at eight" has no count; "Set the volume at 7" is a value),
 * as the last resort leaves them out; the times are read only when a guess stands beside a word that may make it one.
 */
function notTimes(context: CandidateContext, numbers: NumberMention[]): NumberMention[] {
  const { facts } = context;
  if (context.timeSibling !== true || !numbers.some((number) => number.weak && besideTimeWord(facts.prompt, number))) return numbers;
  const kept = new Set(outside(numbers.filter((number) => number.weak), facts.formatted('time')));
  return numbers.filter((number) => number.weak !== true || kept.has(number));
}

/**
 * How a date or date-time read from a prompt that writes one date may share it with a property of the other format:
 * a date property reads the day, a date-time property the day at its time. Two dates ("from tomorrow at 7pm to
 * Friday") are one a property, as any span.
 */
function pairsOf(context: CandidateContext, kind: FormatKind): Candidate['pairs'] {
  const { property, facts } = context;
  // A date property reads date-times too, and a date-time property dates: what it wants is its first kind.
  if (kind !== property.formatKinds[0] || (kind !== 'date' && kind !== 'date-time')) return undefined;
  if (facts.formatted('date').length !== 1) return undefined;
  return kind === 'date' ? 'day' : 'time';
}

/**
 * A sum of money for a numeric property: in cents for one that counts them ("$12.50" → 1250); for an integer one,
 * a sum with cents is the nearest whole sum (half away from zero: "$1,200.50" → 1201), else (when the schema
 * refuses that one) the whole units (1200).
 */
function amountCandidate(property: PropertyView, mention: NumberMention): Candidate {
  const candidate = fromMention(property, mention, { weak: mention.weak });
  const sum = parseNumber(mention.value);
  if (sum === undefined) return candidate;
  if (property.minorUnits) return { ...candidate, values: [Math.round(sum * 100)] };
  // Under one unit there is no whole sum to speak of ("€0,29" is not 0): the property keeps its sampled value.
  if (Number.isInteger(sum) || property.types.has('number') || Math.abs(sum) < 1) return candidate;
  const nearest = Math.sign(sum) * Math.round(Math.abs(sum));
  return { ...candidate, values: [...candidate.values, nearest, Math.trunc(sum)] };
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
 * Last resorts: the prompt's only number outside a place or a time for an object's only numeric property, a scale's
 * end named in words when no level is written beside it; for plain string properties
 * of no known kind, a quoted string nobody took.
 */
export function leftoverCandidates(context: CandidateContext): Candidate[] {
  const { property } = context;
  if (context.onlyNumeric === true || property.scale !== undefined) {
    // A house number ("12 Main Street") is part of a place, never a count; nor is the hour of a time ("at eight").
    const numbers = outside(numbersFor(context.facts.prompt, ['value']), [...context.facts.places(), ...context.facts.formatted('time')]);
    // A scale's end named in words ("full brightness", "mute") unless a level is written beside its words.
    const ends = scaleEndCandidates(context);
    if (numbers.length === 0 || (ends.length > 0 && !levelWritten(context, numbers))) return ends;
    return context.onlyNumeric === true && numbers.length === 1 ? [fromMention(property, numbers[0]!, { weak: true })] : [];
  }
  if (property.role !== 'other' || property.enumValues.length > 0) return [];
  if (!(property.types.size === 0 || property.types.has('string'))) return [];
  return context.facts.quoted().map((mention) => fromMention(property, mention, { weak: true }));
}
