// Numbers in a prompt that belong to a numeric property: next to its unit word ("for 3 days" → days),
// after a count cue ("top 5", "5 results" → limit), after "line" ("lines 10 to 40" → start_line, end_line), with a
// currency for money ("$25.50" → amount), or, for generic names (a, b, amount), in order. Thousands separators are
// read ("1,200" → 1200), and beside a currency the European way too ("€1.200,50", "1 200,50 EUR", "12,50 €").
import { BoundedCache, cacheKey, regExpBytes } from '../../cache.js';
import { COUNT_WORDS, GENERIC_NUMBER_WORDS, escapeRegExp } from '../names.js';
import { CLOCK_AFTER, COUNT_END, NUMBER_END, NUMBER_PATTERN, parseNumber, withLists, type Mention } from '../mentions.js';
import { clockCounts, type ClockReading } from './clock-numbers.js';
import { findScaledNumbers } from './extract-scaled-numbers.js';
import { aloneReadings, lineNumbers, namesLine, temperatureReadings } from './extract-readings.js';

// Not inside a number: after a letter, digit, dot, colon, slash or dash, or after a digit and a comma (inside
// "1,234,567": a unit pattern failing after such a run would otherwise read it again from each group).
const NUMBER = `(?<![\\p{L}\\p{N}.:/-]|\\d,)(${NUMBER_PATTERN})${COUNT_END}`;
// A sum written the European way, read only beside a currency, where it cannot be read the other way: dots
// grouping thousands before a decimal comma ("1.200,50"), a comma before one or two decimals ("12,50"), or spaces
// grouping thousands before a decimal comma ("1 200,50") or, with the currency after it, without one ("1 200 EUR";
// "$20 100 times" is not 20100, nor "2 100 dollar bills", where the currency says what the things counted are
// worth). Spaced groups are not read after a digit and a space: a long run is read once.
const SPACED = (decimals: '' | '?'): string => `(?<!\\d[ \\u00a0\\u202f])-?\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?:,\\d{1,2})${decimals}(?!\\d|[,.]\\d)`;
/**
 * A currency that describes the thing after it: "100 dollar bills", "50 euro notes", "a 20 pound voucher". A last
 * group led by 0 is no such worth: "a 10 000 dollar check" is 10000.
 */
const WORTH = `\\s{0,2}(?:dollar|euro|pound|buck|yen|usd|eur|gbp)\\s{1,4}(?:bank)?(?:bill|note|coin|cheque|check|voucher|ticket|gift\\s{1,4}card)s?(?![\\p{L}])`;
const EUROPEAN = '-?\\d{1,3}(?:\\.\\d{3})+,\\d{1,2}(?!\\d)|-?\\d+,\\d{1,2}(?!\\d|,\\d)';
/**
 * A number before its unit: spaces may group its thousands ("12 000 km" → 12000), and a group is never read alone
 * after the digits before it (the "000" of "12 000 km" was read as 0).
 */
const UNIT_NUMBER = `(?<![\\p{L}\\p{N}.:/-]|\\d,|\\d[ \\u00a0\\u202f])(${SPACED('?')}|${NUMBER_PATTERN})${NUMBER_END}`;
const amount = (european: string): string => `(?<![\\p{L}\\p{N}.:/-]|\\d,)(${european}|${NUMBER_PATTERN})${NUMBER_END}`;
/** A sum after its currency sign, and one before its currency. */
const AMOUNT_AFTER_SIGN = amount(`${EUROPEAN}|${SPACED('')}`);
const AMOUNT_BEFORE_CURRENCY = amount(`${EUROPEAN}|${SPACED('')}|${SPACED('?')}(?:(?<=[ \\u00a0\\u202f]0\\d\\d)|(?!${WORTH}))`);
const NOT_UNITS = new Set(['max', 'min', 'maximum', 'minimum', 'num', 'number', 'of', 'the', 'count', 'total', 'limit', 'n', 'k', 'top', 'default', 'per', 'number']);
// A Map: looked up with words of the client's property names (`constructor` included).
const UNIT_ALIASES = new Map<string, readonly string[]>(Object.entries({
  hours: ['hour', 'hr', 'hrs', 'h'], minutes: ['minute', 'min', 'mins'], seconds: ['second', 'sec', 'secs', 's'],
  years: ['year', 'yr', 'yrs'], kilometers: ['kilometer', 'km', 'kms'], miles: ['mile', 'mi'], meters: ['meter', 'metre', 'metres', 'm'],
  results: ['result', 'hits', 'items', 'entries', 'links', 'matches'], radius: ['km', 'miles', 'meters'],
  // People counted in other words: "1 child" for children, "3 people" for guests or seats, "2 adults" for passengers.
  children: ['child', 'kid', 'kids'], people: ['person', 'persons', 'guests'], guests: ['guest', 'people', 'persons', 'person'],
  party: ['people', 'persons', 'guests'], seats: ['people', 'persons', 'passengers'],
  // A rate or percentage is written with its sign: "at 6.5%".
  percent: ['%', 'pct'], percentage: ['%', 'percent', 'pct'], rate: ['%', 'percent'], apr: ['%', 'percent'],
  passengers: ['passenger', 'adult', 'adults', 'people', 'persons', 'travelers', 'travellers'], travelers: ['traveler', 'people', 'persons', 'adults'],
}));
/** Names that count people at a table or in a booking: "a table for 4" says how many. */
const PARTY_WORDS = new Set(['party', 'guests', 'guest', 'people', 'persons', 'diners', 'covers', 'pax']);
const MONEY_WORDS = new Set(['amount', 'price', 'cost', 'total', 'fee', 'budget', 'payment', 'refund', 'balance', 'salary', 'charge', 'subtotal', 'tip', 'principal', 'loan', 'mortgage', 'deposit', 'rent']);
const CURRENCY_WORDS = 'usd|eur|gbp|jpy|chf|cad|aud|inr|cny|dollars?|euros?|pounds?|yen|bucks';
const PARTY_LEADS = 'table|party|reservation|booking';
/**
 * "a table for 4", "reservation for 2", and a "for 4" away from the table ("a table at 12 Main Street for 4") unless a
 * capitalised word follows it ("for 2 Way Street" is an address but after "table"; the pattern is case-blind, so
 * `partyCounts` checks the capital); not a span or a sum ("a room for 3 nights", "a budget for 500 dollars").
 */
const PARTY = new RegExp(`(?<![\\p{L}])(?:(?:${PARTY_LEADS})\\s{1,8}for\\s{1,8}${NUMBER}|for\\s{1,8}${NUMBER})(?!\\s{0,4}(?:nights?|days?|weeks?|hours?|minutes?|months?|years?|percent|${CURRENCY_WORDS})(?![\\p{L}])|\\s{0,4}%)`, 'giu');
const COUNTED_THINGS = 'results|items|entries|records|hits|links|articles|rows|matches|pages|posts|repos|repositories|issues|files|images|videos|news|stories|headlines|suggestions|options|examples|lines|messages|emails|events|products|tweets|comments';
const COUNT_CUE = `(?:top|first|last|max(?:imum)?|up\\s{1,8}to|at\\s{1,8}most|limit(?:\\s{1,8}(?:to|of|it\\s{1,8}to))?|only)`;

/** What makes a `rate` a percentage: `rate` alone, or a rate of interest, tax or growth (not `sample_rate`, `heart_rate`). */
const PERCENT_RATES = new Set(['interest', 'annual', 'yearly', 'monthly', 'apr', 'apy', 'tax', 'vat', 'discount', 'growth', 'inflation', 'mortgage', 'loan', 'savings', 'return', 'commission', 'tip', 'yield', 'coupon', 'percent', 'percentage', 'pct']);
const percentRate = (words: readonly string[]): boolean => words.length === 1 || words.some((word) => PERCENT_RATES.has(word));

function unitForms(words: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const word of words) {
    if (NOT_UNITS.has(word) || word.length < 2) continue;
    const singular = word.endsWith('s') ? word.slice(0, -1) : word;
    const aliases = word === 'rate' && !percentRate(words) ? [] : UNIT_ALIASES.get(word) ?? UNIT_ALIASES.get(`${singular}s`) ?? [];
    [word, singular, `${singular}s`, ...aliases].forEach((form) => forms.add(form));
  }
  return [...forms].sort((a, b) => b.length - a.length).map(escapeRegExp);
}

// The patterns for a property's name words, compiled once per set of words; every repetition next to the
// number is bounded, so a number followed by a long run of dashes or spaces costs a few steps.
const patterns = new BoundedCache<RegExp[]>({ maxEntries: 1024, maxBytes: 8 * 1024 * 1024, sizeOf: (list) => 256 + list.reduce((sum, pattern) => sum + (SHARED.has(pattern) ? 8 : regExpBytes(pattern)), 0) });

function patternsFor(words: readonly string[]): RegExp[] {
  const key = cacheKey(...words);
  const known = patterns.get(key);
  if (known !== undefined) return known;
  const units = unitForms(words);
  const list: RegExp[] = [];
  // "3 days", "3 more days", "3-day".
  if (units.length > 0) list.push(new RegExp(`${UNIT_NUMBER}[\\s-]{0,8}(?:[\\p{L}-]{1,32}\\s{1,8})?(?:${units.join('|')})(?![\\p{L}\\p{N}])`, 'giu'));
  else list.push(NEVER);
  if (words.some((word) => COUNT_WORDS.has(word))) {
    list.push(new RegExp(`\\b${COUNT_CUE}\\s{1,8}${NUMBER}`, 'giu'), new RegExp(`${NUMBER}\\s{1,8}(?:[\\p{L}-]{1,32}\\s{1,8})?(?:${COUNTED_THINGS})\\b`, 'giu'));
  } else list.push(NEVER, NEVER);
  list.push(words.some((word) => PARTY_WORDS.has(word)) ? PARTY : NEVER);
  // "$25.50", "€ 30", "250 USD", "40 dollars": for an amount, a price, a fee.
  list.push(words.some((word) => MONEY_WORDS.has(word)) ? SUMS : NEVER);
  list.push(words.some((word) => GENERIC_NUMBER_WORDS.has(word)) ? new RegExp(NUMBER, 'giu') : NEVER);
  patterns.set(key, list);
  return list;
}

const NEVER = /(?!)/g;
/** "$25.50", "€ 30", "250 USD", "40 dollars", "12,50 €" (but not the 3 of "3 $20 tickets"). */
const SUMS = new RegExp(`[$€£¥]\\s{0,2}${AMOUNT_AFTER_SIGN}|${AMOUNT_BEFORE_CURRENCY}(?=\\s{0,2}(?:(?:${CURRENCY_WORDS})(?![\\p{L}])|[$€£¥](?!\\s{0,2}\\d)))`, 'giu');
/** Patterns lists share, held anyway: charged to no list. */
const SHARED = new Set<RegExp>([NEVER, SUMS, PARTY]);

export interface NumberMention extends Mention {
  /** Found only because the name is generic ("a", "value"): a guess, not a reading. */
  weak: boolean;
  /** A sum written with its currency ("$1,200.50"). */
  money?: true;
}

/** A sum written the European way as it is read ("1.200,50" → "1200.50"); other numbers as written. */
function plainAmount(token: string): string {
  const decimal = /,\d{1,2}$/u.test(token);
  if (!decimal && !/[ \u00a0\u202f]/u.test(token)) return token;
  const whole = token.replace(/[. \u00a0\u202f]/gu, '');
  return decimal ? whole.replace(',', '.') : whole;
}

/** How far past a number the capitalised word that makes it a house number is looked for. */
const CAPITAL_REACH = 9;

/** The counts the party pattern reads, but a bare "for N" before a capitalised word ("for 12 Main Street"). */
function partyCounts(prompt: string): NumberMention[] {
  const found: NumberMention[] = [];
  for (const match of prompt.matchAll(PARTY)) {
    const token = match[1] ?? match[2] ?? '';
    const end = (match.index ?? 0) + match[0].length;
    const at = end - token.length;
    if (match[1] === undefined && /^\s{1,8}\p{Lu}/u.test(prompt.slice(end, end + CAPITAL_REACH))) continue;
    found.push({ value: token, at, end, weak: false });
  }
  return found;
}

/** "two dozen", "3 dozen": a count of dozens, read after the number on a few characters. */
const DOZENS = /^[ \u00a0]{1,2}dozens?(?![\p{L}])/iu;

function collect(prompt: string, pattern: RegExp): NumberMention[] {
  const found: NumberMention[] = [];
  for (const match of prompt.matchAll(pattern)) {
    const token = match[1] ?? match[2] ?? '';
    const at = (match.index ?? 0) + match[0].indexOf(token);
    const dozens = DOZENS.exec(prompt.slice(at + token.length, at + token.length + 10));
    const count = dozens === null || token.toLowerCase().startsWith('dozen') ? undefined : parseNumber(token);
    if (count !== undefined) found.push({ value: String(count * 12), at, end: at + token.length + dozens![0].length, weak: false });
    else found.push({ value: plainAmount(token), at, end: at + token.length, weak: false });
  }
  return found;
}

/** A currency sign or word in the prompt: without one, no amount is read next to a currency. */
const CURRENCY_HINT = /[$€£¥]|usd|eur|gbp|jpy|chf|cad|aud|inr|cny|dollar|euro|pound|yen|buck/iu;

/**
 * Candidate numbers for a numeric property with these name words, most specific first; an hour of the clock only
 * where it is no time (clock-numbers.ts).
 */
export function numbersFor(prompt: string, words: readonly string[], reading: ClockReading = {}): NumberMention[] {
  const [units, cue, counted, party, moneyPattern, generic] = patternsFor(words);
  const money = moneyPattern !== NEVER && CURRENCY_HINT.test(prompt) ? moneyPattern : NEVER;
  const candidates: NumberMention[] = namesLine(words) ? lineNumbers(prompt, words) : [];
  candidates.push(...temperatureReadings(prompt, words));
  for (const pattern of [units, cue, counted]) if (pattern !== undefined && pattern !== NEVER) candidates.push(...collect(prompt, pattern));
  if (party === PARTY) candidates.push(...partyCounts(prompt));
  // "just me" only where no count of people is written ("for 4, I'll pay myself" is 4).
  if (candidates.length === 0) candidates.push(...aloneReadings(prompt, words));
  const amounts = money === undefined || money === NEVER ? [] : collect(prompt, money);
  for (const amount of amounts) amount.money = true;
  // "1.5k", "$3.2m": a sum for a money word with or without its currency, a guess for a generic name.
  const scaled = moneyPattern !== NEVER ? findScaledNumbers(prompt) : generic !== NEVER ? findScaledNumbers(prompt).filter((number) => number.currency) : [];
  if (moneyPattern !== NEVER && scaled.length > 0) {
    amounts.push(...scaled.map((number): NumberMention => ({ value: number.value, at: number.at, end: number.end, weak: false, money: true })));
    amounts.sort((a, b) => a.at - b.at);
  }
  candidates.push(...amounts);
  // A sum written with its currency is the amount: another number ("order 98765") is not, even when the
  // amount does not fit the property (an integer amount and "$1,200.50").
  if (generic !== undefined && generic !== NEVER && amounts.length === 0) {
    // Fresh mentions: marked in place rather than copied.
    const plain = scaled.length === 0 ? collect(prompt, generic) : [...collect(prompt, generic), ...scaled.map((number): NumberMention => ({ value: number.value, at: number.at, end: number.end, weak: true }))].sort((a, b) => a.at - b.at);
    for (const mention of withSums(plain, CURRENCY_HINT.test(prompt) ? collect(prompt, SUMS) : [])) {
      mention.weak = true;
      candidates.push(mention);
    }
  }
  return clockCounts(prompt, candidates, reading);
}

/** The numbers, those inside a sum ("0" of "€0,29") replaced by the sum, once. Both in prompt order: one pass. */
function withSums(numbers: NumberMention[], sums: readonly NumberMention[]): NumberMention[] {
  if (sums.length === 0) return numbers;
  const out: NumberMention[] = [];
  let next = 0;
  let taken: NumberMention | undefined;
  for (const number of numbers) {
    while (next < sums.length && (sums[next]?.end ?? 0) <= number.at) next += 1;
    const sum = sums[next];
    if (sum === undefined || sum.at > number.at) out.push(number);
    else if (taken !== sum) {
      taken = sum;
      sum.money = true;
      out.push(sum);
    }
  }
  return out;
}

const ANY_NUMBER = new RegExp(`${NUMBER}(?!${CLOCK_AFTER})`, 'giu');

/** Numbers written as a list ("3, 4 and 5"), each with the whole list: what an array of numbers takes. */
export function numberLists(prompt: string): Mention[] {
  const numbers = collect(prompt, ANY_NUMBER);
  return numbers.length < 2 ? [] : withLists(prompt, numbers).filter((mention) => mention.list !== undefined);
}

/** A description saying the value is a percentage ("Rate in percent", "Growth, %"): read on its first 200 characters. */
const PERCENT_DESCRIPTION = /\bpercent(?:age)?\b|%/iu;

/** The words a numeric property's numbers are read for: its name's, and `percent` when its description says so. */
export function numberWords(words: readonly string[], description: string | undefined): readonly string[] {
  return description !== undefined && !words.includes('percent') && PERCENT_DESCRIPTION.test(description.slice(0, 200)) ? [...words, 'percent'] : words;
}

const MINOR_NAME_WORDS = new Set(['cents', 'cent', 'pence', 'minor']);
/** A description saying the sum counts in cents: "in cents", "in the smallest currency unit", "minor units". */
const MINOR_DESCRIPTION = /\b(?:cents?|pence|minor\s(?:currency\s)?units?|smallest\s(?:currency\s)?unit)\b/iu;

/**
 * Whether a numeric property counts money in cents (`amount_cents`, or described "Amount in cents", "in the
 * smallest currency unit"): "$12.50" is then 1250. The description is read on its first 200 characters.
 */
export function countsMinorUnits(words: readonly string[], description: string | undefined): boolean {
  return words.some((word) => MINOR_NAME_WORDS.has(word)) || (description !== undefined && MINOR_DESCRIPTION.test(description.slice(0, 200)));
}
