// What the prompt counts for goods, and how many: "Add three bananas" → bananas, 3; "2 packs of AA batteries" → AA
// batteries, 2; "a pair of running shoes" → running shoes, 1; "two dozen roses" → roses, 24. Read over the prompt's
// words (extract-things.ts wordSpans) once, each count looking a bounded number of words ahead: linear in the prompt.
import { parseNumber, type Mention } from '../mentions.js';
import { isPlainWord, joined, MAX_DIRECTED_WORDS, type WordSpan } from './extract-things.js';

/** Counts that open the phrase of what is counted: "three bananas", "a pair of running shoes". */
const COUNT_WORDS = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozen', 'some', 'another']);
const isCount = (span: WordSpan): boolean => COUNT_WORDS.has(span.word) || /^\d+$/u.test(span.word);
/** Measures said without "of" between a count and what it counts: "a dozen eggs", "two pairs socks", "a 6 pack beer". */
const BARE_MEASURES = new Set(['dozen', 'dozens', 'pair', 'pairs', 'couple', 'pack', 'packs']);
/** Counts that only multiply the count before them: "two dozen roses" is read once, from "two". */
const MULTIPLIERS = new Set(['dozen', 'dozens', 'hundred']);
/** Units glued to a figure before a container counted: "a 2 liter bottle of soda" → "soda". */
const UNITS = new Set(['liter', 'litre', 'liters', 'litres', 'gallon', 'gallons', 'ounce', 'ounces', 'oz', 'pound', 'lb', 'kg', 'ml']);
/** A participle ending what is counted ("6 cans of water added to my cart"); short words ("red") are no such verb. */
const isParticiple = (span: WordSpan): boolean => span.word.length > 4 && span.word.endsWith('ed');

/** Measures that multiply the count before them: "two dozen" 24, "a couple of" 2, "a pair of tickets" 2. */
const TIMES = new Map<string, number>([['dozen', 12], ['dozens', 12], ['pair', 2], ['pairs', 2], ['couple', 2]]);
/**
 * Goods sold as pairs, where a pair is the one item counted ("a pair of jeans" is one item in a cart, "two pairs of
 * socks" two); a pair of anything else is two of it ("a pair of tickets", "a pair of avocados").
 */
const SOLD_IN_PAIRS: ReadonlySet<string> = new Set([
  'shoes', 'sneakers', 'trainers', 'boots', 'sandals', 'slippers', 'heels', 'loafers', 'flats', 'socks', 'stockings', 'tights',
  'jeans', 'trousers', 'pants', 'shorts', 'leggings', 'glasses', 'sunglasses', 'goggles', 'gloves', 'mittens', 'earrings',
  'headphones', 'earbuds', 'scissors', 'pliers', 'binoculars', 'skis', 'cufflinks', 'chopsticks', 'speakers',
]);
/** Words read after a pair's "of" for what it is of ("a pair of black running shoes"). */
const PAIRED_WORDS = 4;
/** Count words that are a number only before a measure: "a pair of shoes" is 1, "a couple of" 2, "a shoe" no count. */
const ARTICLES = new Set(['a', 'an', 'one', 'another']);

/** What one count opens: the phrase counted and, where the words say one, how many ("3 of them" names no phrase). */
interface Counted {
  phrase?: Mention;
  count?: Mention;
  figure: boolean;
}

/** Words before a figure that make it a name of the thing, not how many: "size 8", "model 3", "version 2". */
const NAMING_WORDS = new Set(['size', 'sizes', 'model', 'version', 'number', 'no', 'gen', 'generation', 'series', 'vintage', 'year', 'edition', 'volume', 'vol', 'episode', 'season', 'chapter', 'part']);
/** Words after a figure that make it a sum, a party or an hour: "for 5 dollars", "for 6 people", "at 8 o'clock". */
const NOT_GOODS = new Set(["o'clock", 'o’clock', 'oclock', 'dollar', 'dollars', 'bucks', 'euro', 'euros', 'pound', 'pounds', 'cents', 'usd', 'eur', 'gbp', 'yen', 'people', 'persons', 'person', 'guests', 'guest', 'adults', 'kids', 'children', 'diners', 'friends']);
/** Marks of an hour after a figure ("at 8 pm"), unless a noun of the phrase follows them ("12 am radios", "5 PM kits"). */
const HOUR_MARKS = new Set(['am', 'pm']);
/**
 * Words before a figure that make it an hour before am/pm whatever follows ("at 8 pm Paris time", "by 5 PM Friday",
 * "for 7 pm pickup": after "for" a figure is a time or a party, the party being in NOT_GOODS).
 */
const HOUR_LEADS = new Set(['at', 'by', 'before', 'after', 'until', 'till', 'til', 'around', 'from', 'between', 'past', 'for']);
/** Plain words after am/pm that go on with the time, no noun counted: "8 pm sharp", "9 am Friday", "7 pm pickup". */
const AFTER_HOURS = new Set([
  'pickup', 'delivery', 'collection', 'dinner', 'lunch', 'breakfast', 'brunch', 'meeting',
  'sharp', 'latest', 'next', 'every', 'each', 'yesterday', 'local', 'time', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'utc', 'gmt', 'est', 'edt', 'cst', 'cdt',
  'mst', 'mdt', 'pst', 'pdt', 'cet', 'cest', 'bst', 'ist', 'jst', 'aest',
]);
/** Words before a year-like figure that make it a year: "a bottle of 2010 Bordeaux", "the 2019 vintage". */
const YEAR_LEADS = new Set(['of', 'the', 'a', 'from', 'in', 'my', 'this', 'that', 'vintage', 'since']);
const CURRENCY_SIGNS = new Set(['$', '€', '£', '¥']);
/** Pronouns after "N of" that count what was named before: "the 4 pack of AA batteries, 3 of them". */
const NAMED_BEFORE = new Set(['them', 'those', 'these']);

const capitalised = (prompt: string, span: WordSpan | undefined): boolean => span !== undefined && /^\p{Lu}/u.test(prompt.charAt(span.at));
/** A name written with a capital inside ("iPhone", "PlayStation", "GoPro"): a product line whose figure is a model. */
const brandLike = (prompt: string, span: WordSpan): boolean => /\p{Ll}\p{Lu}/u.test(prompt.slice(span.at, span.end)) || /^\p{Lu}\p{Ll}+\p{Lu}/u.test(prompt.slice(span.at, span.end));

/** Whether the figure at `index`, before am/pm, is an hour: after at/by/… or with no noun of its phrase after am/pm. */
function isHour(prompt: string, spans: readonly WordSpan[], index: number): boolean {
  const before = spans[index - 1];
  if (before !== undefined && HOUR_LEADS.has(before.word) && joined(prompt, before, spans[index]!)) return true;
  const mark = spans[index + 1]!;
  const next = spans[index + 2];
  return next === undefined || !joined(prompt, mark, next) || !isPlainWord(next) || AFTER_HOURS.has(next.word);
}

/**
 * Whether the figure at `index` counts no goods: 'drop' when its phrase is no goods either (a sum, a party, a postal
 * code, a model: "for 5 dollars", "for 6 people", ", 1000 Brussel", "iPhone 15 Pro"), 'phrase' when only the figure is
 * no count ("a $5 coffee", "a size 8 dress", "a bottle of 2010 Bordeaux", "the 4 pack of batteries").
 */
function notACount(prompt: string, spans: readonly WordSpan[], index: number): 'drop' | 'phrase' | undefined {
  const span = spans[index]!;
  if (!/^\d+$/u.test(span.word)) return undefined;
  const before = spans[index - 1];
  const after = spans[index + 1];
  if (after !== undefined && (NOT_GOODS.has(after.word) || (HOUR_MARKS.has(after.word) && isHour(prompt, spans, index)))) return 'drop';
  const gap = before === undefined ? '' : prompt.slice(before.end, span.at);
  if (CURRENCY_SIGNS.has(prompt.charAt(span.at - 1))) return 'phrase';
  // A postal code: four or five digits after a comma, beside a capitalised town ("Grote Markt 1, 1000 Brussel").
  if (span.word.length >= 4 && span.word.length <= 5 && gap.includes(',') && capitalised(prompt, after)) return 'drop';
  if (before === undefined) return undefined;
  if (brandLike(prompt, before)) return 'drop';
  // A capitalised name, not the request's first word, before a figure that ends the phrase or opens another name ("Pixel 8 Pro", "Wien 1010").
  const opening = before.at === 0 || /[.!?]\s*$/u.test(prompt.slice(Math.max(0, before.at - 3), before.at));
  if (capitalised(prompt, before) && !opening && gap.trim() === '' && (after === undefined || capitalised(prompt, after) || !joined(prompt, span, after))) return 'drop';
  if (NAMING_WORDS.has(before.word)) return 'phrase';
  if (span.word.length === 4 && /^(?:19|20)/u.test(span.word) && YEAR_LEADS.has(before.word)) return 'phrase';
  // "the 4 pack of AA batteries" is one pack of four; "a 12 pack" is guarded as a count after a count.
  if (after?.word === 'pack' && Number(span.word) > 1 && (before.word === 'the' || before.word === 'this' || before.word === 'that')) return 'phrase';
  return undefined;
}

/** How many the words from `index` to `measure` say: a figure or number word, times the measure it is of. */
function countOf(prompt: string, spans: readonly WordSpan[], range: { index: number; measure: number }): Mention | undefined {
  const span = spans[range.index]!;
  const measure = range.measure > range.index ? spans[range.measure] : undefined;
  // What a pair is of follows its "of" ("a pair of jeans"), or was named before it ("a size 10 shoe, 2 pairs").
  const pairOf = spans[range.measure + 1]?.word === 'of' ? range.measure + 2 : Math.max(0, range.index - PAIRED_WORDS);
  const paired = (measure?.word === 'pair' || measure?.word === 'pairs') && soldInPairs(spans, pairOf);
  const times = measure === undefined ? undefined : paired ? 1 : TIMES.get(measure.word);
  // "a couple of" counts two; "two couples" counts couples.
  if (measure?.word === 'couple' && !ARTICLES.has(span.word)) return undefined;
  // "a 12 pack of Coke" is one pack, "2 100 dollar bills" two bills: a count right after another says what each is.
  const before = spans[range.index - 1];
  if (before !== undefined && isCount(before) && joined(prompt, before, span)) return undefined;
  // "half a dozen" is six.
  const half = before?.word === 'half' && span.word === 'a' && joined(prompt, before, span);
  const base = ARTICLES.has(span.word) ? (times === undefined ? undefined : half ? 0.5 : 1) : parseNumber(span.word);
  const total = base === undefined ? undefined : base * (times ?? 1);
  if (total === undefined || !Number.isInteger(total)) return undefined;
  const end = times === undefined ? span.end : measure!.end;
  return { value: String(total), at: half ? before.at : span.at, end };
}

/** Whether what a pair is of, among the few words from `from`, is sold as pairs ("shoe" as "shoes"). */
function soldInPairs(spans: readonly WordSpan[], from: number): boolean {
  for (let index = from; index < spans.length && index < from + PAIRED_WORDS; index += 1) {
    const { word } = spans[index]!;
    if (SOLD_IN_PAIRS.has(word) || SOLD_IN_PAIRS.has(`${word}s`)) return true;
  }
  return false;
}

/** Most count words a container's content is said in: "a dozen", "two dozen". */
const MAX_HELD_WORDS = 2;

/** Where the goods start after the count a container holds ("of 50 tissues", "of a dozen eggs"); `first` when none. */
function heldCount(prompt: string, spans: readonly WordSpan[], first: number): number {
  let end = first;
  while (end - first < MAX_HELD_WORDS && spans[end + 1] !== undefined && isCount(spans[end]!) && joined(prompt, spans[end]!, spans[end + 1]!)) end += 1;
  return end;
}

/**
 * What the prompt counts, its measure dropped: "Add three bananas" → "bananas", "2 packs of AA batteries" → "AA
 * batteries", "a pair of running shoes" → "running shoes", "a dozen eggs" → "eggs"; with how many where the words
 * say (3, 2, 1, 12; "a pair of tickets" 2). One pass over the words.
 */
function countedGoods(prompt: string, spans: readonly WordSpan[]): Counted[] {
  const found: Counted[] = [];
  for (let index = 0; index + 1 < spans.length; index += 1) {
    if (!isCount(spans[index]!) || !joined(prompt, spans[index]!, spans[index + 1]!)) continue;
    const refused = notACount(prompt, spans, index);
    if (refused === 'drop') continue;
    if (refused === undefined && spans[index + 1]!.word === 'of' && NAMED_BEFORE.has(spans[index + 2]?.word ?? '')) {
      const count = countOf(prompt, spans, { index, measure: index });
      if (count !== undefined) found.push({ count, figure: true });
      continue;
    }
    // "two dozen roses" is read once, from its first count; "a 12 pack of Coke" from the figure.
    if (index > 0 && MULTIPLIERS.has(spans[index]!.word) && isCount(spans[index - 1]!) && joined(prompt, spans[index - 1]!, spans[index]!)) continue;
    let first = index + 1;
    // "a size 8 dress": the figure after the naming word opens the phrase.
    if (NAMING_WORDS.has(spans[first]!.word)) continue;
    if (UNITS.has(spans[first]!.word) && spans[first + 1] !== undefined && joined(prompt, spans[first]!, spans[first + 1]!)) first += 1;
    const measure = first;
    const measured = spans[first + 1];
    if (measured?.word === 'of' && isPlainWord(spans[first]!) && joined(prompt, spans[first]!, measured)) first += 2;
    else if (BARE_MEASURES.has(spans[first]!.word) && measured !== undefined && isPlainWord(measured) && joined(prompt, spans[first]!, measured)) first += 1;
    // "Add eggs, 2 dozen": a measure ending its phrase counts what was named before it, no thing of its own.
    else if (BARE_MEASURES.has(spans[first]!.word)) {
      const count = refused === undefined ? countOf(prompt, spans, { index, measure: first }) : undefined;
      if (count !== undefined) found.push({ count, figure: /\d/u.test(spans[index]!.word) });
      continue;
    }
    const count = countOf(prompt, spans, { index, measure: first > measure ? measure : index });
    // "2 boxes of 50 tissues", "3 cases of a dozen beers": the count before the container is how many; the one after
    // "of" is what each holds, read with it and not again.
    const held = first > measure && count !== undefined ? heldCount(prompt, spans, first) : first;
    if (held > first) index = held - 1;
    first = held;
    let last = first - 1;
    while (last + 1 < spans.length && last + 1 - first < MAX_DIRECTED_WORDS && isPlainWord(spans[last + 1]!) && joined(prompt, spans[last]!, spans[last + 1]!)
      && !(last >= first && isParticiple(spans[last + 1]!))) last += 1;
    if (last < first) continue;
    const phrase = { value: prompt.slice(spans[first]!.at, spans[last]!.end), at: spans[first]!.at, end: spans[last]!.end };
    const figure = refused === undefined && /\d/u.test(spans[index]!.word);
    found.push(count === undefined || refused !== undefined ? { phrase, figure } : { phrase, count, figure });
  }
  found.sort((a, b) => Number(b.figure) - Number(a.figure) || (a.phrase ?? a.count)!.at - (b.phrase ?? b.count)!.at);
  return found;
}

/** What the prompt counts, its measure dropped (countedGoods): those counted in figures first, then in words. */
export function countedPhrases(prompt: string, spans: readonly WordSpan[]): Mention[] {
  return countedGoods(prompt, spans).flatMap((counted) => (counted.phrase === undefined ? [] : [counted.phrase]));
}

/**
 * How many of a thing the prompt counts, in the same order: "Order 4 cupcakes" → 4, "a pair of running shoes" → 1,
 * "two dozen roses" → 24; "a shoe" or "some apples" say no number.
 */
export function goodsCounts(prompt: string, spans: readonly WordSpan[]): Mention[] {
  return countedGoods(prompt, spans).flatMap((counted) => (counted.count === undefined ? [] : [counted.count]));
}

