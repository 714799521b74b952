// Short noun phrases that name one of the user's things, for a property whose name is a plain noun (`room`, `door`,
// `account`): the phrase its name heads ("the living room lights" → "living room", "my savings account", "bedroom"),
// and the phrase after a direction for `from_account`/`to_account` ("from checking to my savings account"). Read
// over the prompt's words once, each look-up a pass over those words: linear in the prompt.
import { parseNumber, type Mention } from '../mentions.js';

export interface WordSpan {
  /** The word lower-cased. */
  word: string;
  at: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
/** Words read of a prompt for phrases: a request names its things early. */
const MAX_WORDS = 400;

/** The prompt's words in order, lower-cased, with where each lies. */
export function wordSpans(prompt: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of prompt.slice(0, 4000).matchAll(WORD)) {
    spans.push({ word: match[0].toLowerCase(), at: match.index, end: match.index + match[0].length });
    if (spans.length === MAX_WORDS) break;
  }
  return spans;
}

/** Words that open a noun phrase before its modifiers: "the", "my". */
const OPENERS = new Set(['the', 'my', 'our', 'your', 'a', 'an', 'this', 'that', 'his', 'her', 'their', 'its']);
/** Words no phrase of a thing holds: prepositions, conjunctions, pronouns, verbs of asking. */
const BREAKS = new Set([
  'to', 'from', 'into', 'for', 'on', 'at', 'in', 'by', 'with', 'of', 'and', 'or', 'but', 'then', 'than', 'me', 'it',
  'is', 'are', 'was', 'be', 'please', 'now', 'today', 'tomorrow', 'tonight', 'so', 'if', 'as', 'via', 'onto', 'up', 'down', 'off',
]);
const MAX_MODIFIERS = 2;
const MAX_DIRECTED_WORDS = 3;

/** Whether only spaces stand between two words: a comma or a full stop ends a phrase. */
function joined(prompt: string, left: WordSpan, right: WordSpan): boolean {
  return prompt.slice(left.end, right.at).trim() === '';
}

const isPlainWord = (span: WordSpan): boolean => !/\d/u.test(span.word) && !BREAKS.has(span.word) && !OPENERS.has(span.word);

/**
 * Words compounded on a head that name one of its kind ("bedroom" is a room); a word merely ending in it is not
 * ("mushroom", "outdoor", "Highlight", "journalist", "keyboard"). A Map: keyed by the client's property names.
 */
const COMPOUNDS = new Map<string, ReadonlySet<string>>(Object.entries({
  room: new Set(['bedroom', 'bathroom', 'restroom', 'washroom', 'classroom', 'showroom', 'storeroom', 'stockroom', 'boardroom', 'playroom', 'sunroom', 'mudroom', 'ballroom', 'cloakroom', 'workroom', 'lunchroom', 'guestroom']),
  light: new Set(['headlight', 'headlights', 'taillight', 'floodlight', 'streetlight', 'nightlight', 'porchlight']),
  list: new Set(['playlist', 'checklist', 'wishlist', 'watchlist', 'shortlist', 'todolist']),
  board: new Set(['dashboard', 'whiteboard', 'blackboard', 'noticeboard', 'billboard']),
}));

/**
 * The phrases `head` heads: its modifiers after an opener and the head ("the front door", "my savings account"), in
 * prompt order; then a known compound on it ("bedroom" for room), a whole word of its own.
 */
export function headedPhrases(prompt: string, spans: readonly WordSpan[], phrase: { head: string; modifiersOnly?: boolean }): Mention[] {
  const { head } = phrase;
  const found: Mention[] = [];
  const compounds: Mention[] = [];
  const known = phrase.modifiersOnly === true ? undefined : COMPOUNDS.get(head);
  for (let index = 0; index < spans.length; index += 1) {
    const span = spans[index]!;
    if (span.word !== head) {
      if (known?.has(span.word) === true) compounds.push({ value: prompt.slice(span.at, span.end), at: span.at, end: span.end });
      continue;
    }
    let first = index;
    while (first > 0 && index - first < MAX_MODIFIERS && isPlainWord(spans[first - 1]!) && joined(prompt, spans[first - 1]!, spans[first]!)) first -= 1;
    const opener = spans[first - 1];
    if (first === index || opener === undefined || !OPENERS.has(opener.word) || !joined(prompt, opener, spans[first]!)) continue;
    const end = phrase.modifiersOnly === true ? spans[index - 1]!.end : span.end;
    found.push({ value: prompt.slice(spans[first]!.at, end), at: spans[first]!.at, end });
  }
  return compounds.length === 0 ? found : [...found, ...compounds];
}

/** Where a description gives examples: "e.g. front, back, garage", "such as checking or savings". */
const EXAMPLES_CUE = /\b(?:e\.g\.|eg\.|for example|for instance|such as|like)[\s:,]+/iu;
const MAX_EXAMPLES = 8;

/**
 * What a property's description says of its value: the examples it gives ("checking", "savings"), and the nouns of
 * its first clause ("The room whose lights to change": lights), whose modifiers in a prompt may name the value.
 */
export function describedThings(description: string | undefined): { examples: string[]; nouns: string[] } {
  if (description === undefined) return { examples: [], nouns: [] };
  const head = description.slice(0, 300);
  const cue = EXAMPLES_CUE.exec(head);
  const listed = cue === null ? '' : head.slice(cue.index + cue[0].length).split(/[.;)\n]/u)[0] ?? '';
  const examples = listed.split(/,|\bor\b|\band\b/u).map((item) => item.trim().replace(/^["'“‘`]|["'”’`]$/gu, '').trim())
    .filter((item) => item !== '' && item.length <= 30 && item.split(/\s+/u).length <= 3).slice(0, MAX_EXAMPLES);
  const clause = head.split(/[,;(.\n]/u)[0] ?? '';
  const nouns = clause.toLowerCase().split(/[^\p{L}]+/u).filter((word) => word.length >= 4 && !BREAKS.has(word) && !OPENERS.has(word));
  return { examples, nouns };
}

const TOWARDS = new Set(['to', 'into']);
/** Verbs after "to" that make it an infinitive, no direction: "Tell Bob to send $40 to my account". */
const INFINITIVES = new Set(['send', 'move', 'transfer', 'wire', 'pay', 'put', 'deposit', 'withdraw', 'take', 'give', 'make', 'check', 'see', 'buy', 'get', 'know', 'ask', 'tell', 'go', 'be', 'have', 'do']);

/**
 * The phrases after a direction word (`from`, or `to`/`into`), openers skipped, up to a word that ends them: "from
 * checking to my savings account" → "checking" from, "savings account" to. A `to` after a phrase from comes
 * first ("I want to move money from A to B": B, not "move money").
 */
export function directedPhrases(prompt: string, spans: readonly WordSpan[], lead: 'from' | 'to'): Mention[] {
  const found: Array<Mention & { afterFrom: boolean }> = [];
  let fromEnd = -1;
  for (let index = 0; index < spans.length; index += 1) {
    const word = spans[index]!.word;
    const isLead = word === 'from' || TOWARDS.has(word);
    if (!isLead || (word === 'to' && INFINITIVES.has(spans[index + 1]?.word ?? ''))) continue;
    let first = index + 1;
    while (first < spans.length && OPENERS.has(spans[first]!.word) && joined(prompt, spans[first - 1]!, spans[first]!)) first += 1;
    let last = first - 1;
    while (last + 1 < spans.length && last + 1 - first < MAX_DIRECTED_WORDS && isPlainWord(spans[last + 1]!) && joined(prompt, spans[last]!, spans[last + 1]!)) last += 1;
    if (last < first) continue;
    const mention = { value: prompt.slice(spans[first]!.at, spans[last]!.end), at: spans[first]!.at, end: spans[last]!.end };
    if (word === 'from') fromEnd = last + 1;
    if ((word === 'from') === (lead === 'from')) found.push({ ...mention, afterFrom: index === fromEnd });
  }
  found.sort((a, b) => Number(b.afterFrom) - Number(a.afterFrom) || a.at - b.at);
  return found.map(({ value, at, end }) => ({ value, at, end }));
}

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
    let last = first - 1;
    while (last + 1 < spans.length && last + 1 - first < MAX_DIRECTED_WORDS && isPlainWord(spans[last + 1]!) && joined(prompt, spans[last]!, spans[last + 1]!)
      && !(last >= first && isParticiple(spans[last + 1]!))) last += 1;
    if (last < first) continue;
    const phrase = { value: prompt.slice(spans[first]!.at, spans[last]!.end), at: spans[first]!.at, end: spans[last]!.end };
    const count = countOf(prompt, spans, { index, measure: first > measure ? measure : index });
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

/** Nouns of what a thing has or reads, not the thing: "the balance on my credit card" names the card. */
export const ATTRIBUTES: ReadonlySet<string> = new Set(['balance', 'status', 'price', 'cost', 'value', 'total', 'temperature', 'brightness', 'volume', 'level', 'size', 'colour', 'color', 'history', 'details', 'statement']);
/**
 * Keys that name an attribute, whose value is never the key's own words ("the order status" is no status, "the fan
 * speed" no speed): the attributes above and the settings a thing is in.
 */
export const ATTRIBUTE_KEYS: ReadonlySet<string> = new Set([...ATTRIBUTES, 'mode', 'speed', 'priority', 'theme', 'state', 'unit', 'units', 'language', 'setting', 'format', 'severity', 'stage', 'phase']);
/** What leads from an attribute to its owner. */
const OWNER_LEADS = new Set(['of', 'on', 'for', 'in']);

/**
 * The owners of attributes the prompt names, openers skipped: "Check the balance on my credit card" → "credit card",
 * "the status of the payments service" → "payments service". One pass over the words.
 */
export function attributeOwners(prompt: string, spans: readonly WordSpan[]): Mention[] {
  const found: Mention[] = [];
  for (let index = 0; index + 2 < spans.length; index += 1) {
    if (!ATTRIBUTES.has(spans[index]!.word) || !OWNER_LEADS.has(spans[index + 1]!.word) || !joined(prompt, spans[index]!, spans[index + 1]!)) continue;
    let first = index + 2;
    while (first < spans.length && OPENERS.has(spans[first]!.word) && joined(prompt, spans[first - 1]!, spans[first]!)) first += 1;
    let last = first - 1;
    while (last + 1 < spans.length && last + 1 - first < MAX_DIRECTED_WORDS && isPlainWord(spans[last + 1]!) && joined(prompt, spans[last]!, spans[last + 1]!)) last += 1;
    if (last >= first) found.push({ value: prompt.slice(spans[first]!.at, spans[last]!.end), at: spans[first]!.at, end: spans[last]!.end });
  }
  return found;
}
