// Short noun phrases that name one of the user's things, for a property whose name is a plain noun (`room`, `door`,
// `account`): the phrase its name heads ("the living room lights" → "living room", "my savings account", "bedroom"),
// and the phrase after a direction for `from_account`/`to_account` ("from checking to my savings account"). Read
// over the prompt's words once, each look-up a pass over those words: linear in the prompt.
import type { Mention } from '../mentions.js';

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
export const MAX_DIRECTED_WORDS = 3;

/** Whether only spaces stand between two words: a comma or a full stop ends a phrase. */
export function joined(prompt: string, left: WordSpan, right: WordSpan): boolean {
  return prompt.slice(left.end, right.at).trim() === '';
}

export const isPlainWord = (span: WordSpan): boolean => !/\d/u.test(span.word) && !BREAKS.has(span.word) && !OPENERS.has(span.word);

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
