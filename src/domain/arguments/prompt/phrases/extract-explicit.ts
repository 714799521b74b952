// Explicit "key value" mentions of a property in a prompt: `unit=celsius`, `limit: 5`, `"days" 3`,
// "with city exactly Paris", "the unit is kelvin". Returns where the value text starts and a bounded window
// of what follows; callers read as much of it as the property's kind allows. The name is looked up in the
// prompt's word index and the key pattern tried only there (anchored), so each property costs its mentions.
import { BoundedCache, cacheKey, regExpBytes } from '../../cache.js';
import { nameAlternation } from '../names.js';
import { ATTRIBUTE_KEYS } from './extract-things.js';
import { flatten, leadingWord, occurrences, type PromptIndex } from '../prompt-index.js';

export interface ExplicitValue {
  /** Index in the prompt where the value text starts. */
  at: number;
  /** The prompt from `at` on, at most VALUE_WINDOW characters. */
  rest: string;
}

/** How far past a key its value is read. */
export const VALUE_WINDOW = 2048;
/** Mentions of one name looked at (the first ones). */
const MAX_MENTIONS = 32;

/**
 * Words between a key and its value; "at" only before a number ("the brightness at 7"; "the city at night" names
 * none); the value left behind, one word, before "to" ("the status from open to pending" → pending).
 */
const CONNECTORS = '(?:(?:is|are|equals?|equal\\s+to|exactly|set\\s+to|to\\s+be|should\\s+be|being|as|of|to|be|named|called|titled|from\\s+[\\p{L}\\p{N}_-]{1,40}\\s+to|at(?=\\s+[-+]?\\d)|=)\\s+)*';
/** Words that introduce a key without a sign: "with city Paris", "and limit 5", ", unit celsius". */
const LEAD_IN = /(?:^|\b(?:with|and|using|where|set|plus|also|by)|[,;(:])\s*(?:the\s+|a\s+|its\s+)?$/iu;

/** Values that cannot be running text: quoted, with a digit, @ or slash, or in capitals ("MSFT"). */
const STRUCTURED_VALUE = /^(?:["'“‘`]|[^\s,;]*[@/\d]|\p{Lu}{2,}(?![\p{L}\p{N}]))/u;

const patterns = new BoundedCache<RegExp>({ maxEntries: 2048, maxBytes: 16 * 1024 * 1024, sizeOf: regExpBytes });

/** The key pattern for a name, sticky: it is tried only where the name occurs. */
function patternFor(name: string): RegExp {
  const key = cacheKey(name);
  let pattern = patterns.get(key);
  if (pattern === undefined) {
    pattern = new RegExp(
      `(?<![\\p{L}\\p{N}_-])(["'“‘])?(?:${nameAlternation(name)})["'”’]?(?![\\p{L}\\p{N}_])(\\s*[:=]\\s*|\\s+)(${CONNECTORS})`,
      'iuy',
    );
    patterns.set(key, pattern);
  }
  return pattern;
}

const QUOTE_BEFORE = new Set(['"', "'", '“', '‘']);

/**
 * What one prompt may spend on explicit mentions, every property of every tool of the request together: a place
 * where a spelling's first word stands costs 1 (for a spelling that starts with no word, `$ref`, the search
 * through the whole prompt costs its length over 64), a place tried with a key pattern 16, a key pattern 256.
 * Thousands of properties whose names share a word that the prompt writes thousands of times ("note 1 … note
 * 4899") once cost seconds a request; past the budget a property simply has no explicit mention. Everyday
 * requests spend a few hundred.
 */
const EXPLICIT_BUDGET = 1_000_000;
const PLACE_COST = 1;
const TRY_COST = 16;
const PATTERN_COST = 256;
/** A search through the whole prompt costs its length over this: 1,563 for 100 KB, about 640 searches. */
const SCAN_COST_DIVISOR = 64;

/** What is left of each prompt's budget (one index per prompt of a request), and what a search through it costs. */
const budgets = new WeakMap<PromptIndex, { left: number; scan: number }>();

function budgetOf(index: PromptIndex): { left: number; scan: number } {
  let budget = budgets.get(index);
  if (budget === undefined) {
    budget = { left: EXPLICIT_BUDGET, scan: Math.ceil(index.flat.length / SCAN_COST_DIVISOR) };
    budgets.set(index, budget);
  }
  return budget;
}

/** Spends `cost` of the prompt's budget; false (and nothing spent) when not enough is left. */
function spend(index: PromptIndex, cost: number): boolean {
  const budget = budgetOf(index);
  if (budget.left < cost) return false;
  budget.left -= cost;
  return true;
}

/**
 * Where the name may start a key: its spellings' occurrences, and one character earlier after a quote;
 * undefined when the budget cannot pay for looking.
 */
function startsOf(name: string, words: readonly string[], index: PromptIndex): number[] | undefined {
  const spellings = new Set([flatten(name), words.join(' '), words.join('')]);
  const starts = new Set<number>();
  for (const spelling of spellings) {
    if (spelling.trim() === '') continue;
    const first = leadingWord(spelling);
    // A spelling that starts with no word (`$ref`, `_id`) is searched for through the whole prompt.
    const places = first === '' ? budgetOf(index).scan : index.words.get(first)?.length ?? 1;
    if (!spend(index, PLACE_COST * places)) return undefined;
    for (const at of occurrences(index, spelling)) starts.add(at);
  }
  return [...starts].sort((a, b) => a - b);
}

/** An opener and one or two words before a key: "the living room lights" uses `room` as a noun, not as a key. */
const NOUN_PHRASE_BEFORE = /(?:^|[^\p{L}\p{N}])(?:the|my|our|your|a|an|this|that|his|her|their)\s+\p{L}+(?:\s+\p{L}+)?\s+$/iu;

/** Whether the key at `at` ends a noun phrase an opener starts: its bare next word is then no value of it. */
function endsNounPhrase(prompt: string, at: number): boolean {
  return NOUN_PHRASE_BEFORE.test(prompt.slice(Math.max(0, at - 48), at));
}

/** Verbs that give a key its value after "to" ("Set the new status to done", "Change the default room to kitchen"). */
const SETTING_VERBS = new Set(['set', 'change', 'update', 'rename', 'switch', 'turn', 'make', 'mark', 'reset', 'adjust', 'modify', 'edit']);
/** How far before a key its clause's verb is looked for. */
const CLAUSE_WINDOW = 80;

/**
 * Whether a connector says what a thing is ("is", "are"), or "to" where no verb of the key's clause sets anything
 * ("Ship the billing service to prod"; "Hi! Please set the default room to kitchen" sets one). An attribute's key
 * (status, mode, speed…) always takes what follows: "The ticket status is blocked", "Crank the fan speed to high".
 */
function statedOrMoved(request: { prompt: string; keyAt: number; head: string; connector: string }): boolean {
  const { prompt, keyAt, connector } = request;
  if (ATTRIBUTE_KEYS.has(request.head)) return false;
  if (/^(?:is|are)\s/iu.test(connector)) return true;
  if (!/^to\s/iu.test(connector) || /^to\s+be\s/iu.test(connector)) return false;
  const before = prompt.slice(Math.max(0, keyAt - CLAUSE_WINDOW), keyAt);
  const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf(';')) + 1);
  return !clause.toLowerCase().split(/[^a-z]+/u).some((word) => SETTING_VERBS.has(word));
}

export interface ExplicitRequest {
  prompt: string;
  name: string;
  /** The name's lower-case words (`nameWords(name)`). */
  words: readonly string[];
  /** Accept "key value" with nothing else to show it is one (safe for names that are not everyday words). */
  allowBare: boolean;
  /** Accept only a sign or quotes (`to: x`, `"to" x`): for names that are everyday prepositions. */
  signedOnly?: boolean;
  /** Accept only a value that cannot be running text (`order 98765`, `ticket PROJ-1`): for a name's leading words. */
  structuredOnly?: boolean;
}

/** Explicit mentions of `name` followed by a value, in prompt order (the first few). */
export function findExplicit(request: ExplicitRequest & { index: PromptIndex }): ExplicitValue[] {
  const { prompt, name } = request;
  if (request.words.length === 0) return [];
  const shortName = name.length < 2 || request.signedOnly === true;
  const starts = startsOf(name, request.words, request.index);
  // Most names of a wide schema are not in the prompt: no pattern is made for them.
  if (starts === undefined || starts.length === 0 || !spend(request.index, PATTERN_COST)) return [];
  const pattern = patternFor(name);
  const found: ExplicitValue[] = [];
  let consumed = 0;
  for (const start of starts) {
    if (found.length >= MAX_MENTIONS || !spend(request.index, TRY_COST)) break;
    const from = start > 0 && QUOTE_BEFORE.has(prompt[start - 1] ?? '') ? start - 1 : start;
    if (from < consumed) continue;
    pattern.lastIndex = from;
    let match = pattern.exec(prompt);
    if (match === null && from !== start) { pattern.lastIndex = start; match = pattern.exec(prompt); }
    if (match === null) continue;
    const matchAt = match.index;
    const at = matchAt + match[0].length;
    consumed = at;
    const quotedKey = match[1] !== undefined;
    const signed = /[:=]/u.test(match[2] ?? '');
    const connected = (match[3] ?? '') !== '';
    const leadIn = LEAD_IN.test(prompt.slice(Math.max(0, matchAt - 24), matchAt));
    const structured = STRUCTURED_VALUE.test(prompt.slice(at, at + 80));
    // A bare word like "query" in running text is not a key: ask for a sign, quotes, a connector, a
    // lead-in, or a value that cannot be running text ("to bob@example.com", "days 3").
    // A key its modifiers already name, said to be something ("the side door is locked") or taken somewhere ("Ship
    // the billing service to prod"), is a thing whose state or destination follows ("Set the new status to done"
    // sets one): only a sign, quotes or a value that cannot be running text make what follows its value.
    const head = request.words[request.words.length - 1] ?? '';
    const named = statedOrMoved({ prompt, keyAt: matchAt, head, connector: match[3] ?? '' }) && endsNounPhrase(prompt, matchAt);
    const accepted = request.structuredOnly === true ? structured
      : shortName ? signed || (quotedKey && request.signedOnly === true)
      : named ? signed || quotedKey || structured
      : signed || quotedKey || connected || leadIn || structured || (request.allowBare && !endsNounPhrase(prompt, matchAt));
    if (accepted && at < prompt.length) found.push({ at, rest: prompt.slice(at, at + VALUE_WINDOW) });
  }
  return found;
}
