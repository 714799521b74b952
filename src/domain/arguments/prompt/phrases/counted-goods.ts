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

/**
 * Measures that multiply the count before them: "two dozen" 24, "a couple of" 2. A pair is what is sold and counted
 * ("a pair of jeans" is one item in a cart, "two pairs of socks" two): it counts as one.
 */
const TIMES = new Map<string, number>([['dozen', 12], ['dozens', 12], ['pair', 1], ['pairs', 1], ['couple', 2]]);
/** Count words that are a number only before a measure: "a pair of shoes" is 1, "a couple of" 2, "a shoe" no count. */
const ARTICLES = new Set(['a', 'an', 'one', 'another']);

/** What one count opens: the phrase counted and, where the words say one, how many. */
interface Counted {
  phrase: Mention;
  count?: Mention;
  figure: boolean;
}

/** How many the words from `index` to `measure` say: a figure or number word, times the measure it is of. */
function countOf(prompt: string, spans: readonly WordSpan[], range: { index: number; measure: number }): Mention | undefined {
  const span = spans[range.index]!;
  const measure = range.measure > range.index ? spans[range.measure] : undefined;
  const times = measure === undefined ? undefined : TIMES.get(measure.word);
  // "a couple of" counts two; "two couples" counts couples.
  if (measure?.word === 'couple' && !ARTICLES.has(span.word)) return undefined;
  // "a 12 pack of Coke" is one pack, "2 100 dollar bills" two bills: a count right after another says what each is.
  const before = spans[range.index - 1];
  if (before !== undefined && isCount(before) && joined(prompt, before, span)) return undefined;
  const base = ARTICLES.has(span.word) ? (times === undefined ? undefined : 1) : parseNumber(span.word);
  if (base === undefined || !Number.isInteger(base)) return undefined;
  const end = times === undefined ? span.end : measure!.end;
  return { value: String(base * (times ?? 1)), at: span.at, end };
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
 * say (3, 2, 1, 12). One pass over the words.
 */
function countedGoods(prompt: string, spans: readonly WordSpan[]): Counted[] {
  const found: Counted[] = [];
  for (let index = 0; index + 1 < spans.length; index += 1) {
    if (!isCount(spans[index]!) || !joined(prompt, spans[index]!, spans[index + 1]!)) continue;
    // "two dozen roses" is read once, from its first count; "a 12 pack of Coke" from the figure.
    if (index > 0 && MULTIPLIERS.has(spans[index]!.word) && isCount(spans[index - 1]!) && joined(prompt, spans[index - 1]!, spans[index]!)) continue;
    let first = index + 1;
    if (UNITS.has(spans[first]!.word) && spans[first + 1] !== undefined && joined(prompt, spans[first]!, spans[first + 1]!)) first += 1;
    const measure = first;
    const measured = spans[first + 1];
    if (measured?.word === 'of' && isPlainWord(spans[first]!) && joined(prompt, spans[first]!, measured)) first += 2;
    else if (BARE_MEASURES.has(spans[first]!.word) && measured !== undefined && isPlainWord(measured) && joined(prompt, spans[first]!, measured)) first += 1;
    // "Add eggs, 2 dozen": a measure ending its phrase counts what was named before it, no thing of its own.
    else if (BARE_MEASURES.has(spans[first]!.word)) continue;
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
    found.push(count === undefined ? { phrase, figure: /\d/u.test(spans[index]!.word) } : { phrase, count, figure: /\d/u.test(spans[index]!.word) });
  }
  found.sort((a, b) => Number(b.figure) - Number(a.figure) || a.phrase.at - b.phrase.at);
  return found;
}

/** What the prompt counts, its measure dropped (countedGoods): those counted in figures first, then in words. */
export function countedPhrases(prompt: string, spans: readonly WordSpan[]): Mention[] {
  return countedGoods(prompt, spans).map((counted) => counted.phrase);
}

/**
 * How many of a thing the prompt counts, in the same order: "Order 4 cupcakes" → 4, "a pair of running shoes" → 1,
 * "two dozen roses" → 24; "a shoe" or "some apples" say no number.
 */
export function goodsCounts(prompt: string, spans: readonly WordSpan[]): Mention[] {
  return countedGoods(prompt, spans).flatMap((counted) => (counted.count === undefined ? [] : [counted.count]));
}

