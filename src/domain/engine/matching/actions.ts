// What a tool does to its topic (reads it, or makes, sends, books, cancels or changes something) and what a prompt
// asks done: among tools sharing a topic (place_order, get_order_status), the one whose action the prompt asks for
// ranks first. An imperative asks for its verb's action ("Order 2 pizzas", "Cancel my reservation"); a question or
// a statement about the user's own things asks for them read ("What is on my calendar?", "Where is my order?").
// The prompt is read on its first words only, by look-ups in a Map: no pattern over it.
import { openerEnd, phraseAt } from './openers.js';
import { splitWords, STOPWORDS } from '../words.js';

/** Reading leaves things as they are; removing undoes them (no kin of making one); every other action makes or changes one. */
export type ActionKind = 'read' | 'make' | 'remove';

export interface Action {
  kind: ActionKind;
  /** The action's group, by its first verb: 'read', 'order', 'create', 'book', 'send', 'delete', 'update', 'write'. */
  group: string;
  /** The word that said it, for the explanation. */
  word: string;
  /** A tool's action read from its name and matched as one of its words (book_table, not get_user). */
  named?: boolean;
}

const GROUPS: ReadonlyArray<{ kind: ActionKind; verbs: string }> = [
  { kind: 'read', verbs: 'read get list search find show view check track look lookup fetch query retrieve browse see display count' },
  { kind: 'make', verbs: 'order place buy purchase checkout' },
  { kind: 'make', verbs: 'create add new make schedule put insert register set plan arrange remind jot' },
  { kind: 'make', verbs: 'book reserve' },
  { kind: 'make', verbs: 'send email mail message text post notify forward reply dm' },
  { kind: 'remove', verbs: 'delete remove cancel clear drop erase' },
  { kind: 'make', verbs: 'update edit change modify rename replace fix patch mark move reopen resolve' },
  { kind: 'make', verbs: 'write save append' },
];

/** Each verb and its group (named by the group's first verb). */
const VERBS = new Map<string, { kind: ActionKind; group: string }>();
for (const { kind, verbs } of GROUPS) {
  const words = verbs.split(' ');
  for (const verb of words) VERBS.set(verb, { kind, group: words[0]! });
}

/**
 * Verbs as often nouns opening a compound ("Order status", "Email address", "Message history"): before a word of
 * STATES they name a thing, not an action. "Change status …", "Set status …" stay verbs.
 */
const NOUN_VERBS: ReadonlySet<string> = new Set(['order', 'email', 'mail', 'message', 'text', 'post', 'book', 'schedule']);
/** Nouns of a thing's state: after a noun-verb they ask to read ("Order status for 5512"; order_history reads). */
const STATES: ReadonlySet<string> = new Set(['status', 'history', 'number', 'id', 'details', 'summary', 'total', 'address', 'tracking', 'confirmation']);
/**
 * Words opening a question, a statement about the user's own thing ("My order never came") or a thing's state
 * ("Status of ticket 4821"): a reading.
 */
const ASKING: ReadonlySet<string> = new Set([
  'what', 'which', 'where', 'when', 'who', 'why', 'how', 'is', 'are', 'am', 'was', 'were', 'do', 'does', 'did', 'have', 'has', 'any', 'my', 'our',
  'status', 'details', 'history',
]);
/**
 * Questions that ask for the verb after them done ("Are you able to add…", "Why don't you add…", "Do you mind
 * adding…"): read after the openers ("could you" leaves "be able to", "would you" leaves "mind").
 */
const ASKING_TO: readonly string[][] = [
  ['are', 'you', 'able', 'to'], ['are', 'you', 'willing', 'to'], ['be', 'able', 'to'], ['do', 'you', 'mind'], ['mind'],
  ['do', 'you', 'think', 'you', 'could'], ['why', 'don', 't', 'you'], ['why', 'dont', 'you'], ['why', 'not'], ['won', 't', 'you'],
  ['is', 'it', 'possible', 'to'], ['would', 'it', 'be', 'possible', 'to'], ['is', 'there', 'a', 'way', 'to'], ['is', 'there', 'any', 'way', 'to'],
  ['any', 'chance', 'you', 'could'], ['any', 'chance', 'you', 'can'], ['how', 'about'], ['please'],
];
/** Openings that deny the verb after them ("Don't create an event, just list them"): the next clause asks. */
const DENYING: readonly string[][] = [['don', 't'], ['dont'], ['do', 'not'], ['never']];
/** "Tell me", "Tell us": asks to be told what is ("Tell Bob I am late" is a message). */
const TOLD: ReadonlySet<string> = new Set(['me', 'us']);
/** How much of a prompt is read for its opening words. */
const OPENING = 80;

/**
 * The action a prompt asks for: an opening imperative verb's, or a reading for a question; undefined otherwise. A
 * statement opening the prompt ("My kids want pizza.") leaves it to the imperative opening the next sentence.
 */
export function askedAction(prompt: string): Action | undefined {
  const opening = prompt.slice(0, OPENING * 2);
  const end = sentenceEnd(opening);
  const asked = clauseAction(opening.slice(0, Math.min(end, OPENING)));
  if (end >= opening.length || opening[end] === '?' || (asked !== undefined && VERBS.has(asked.word))) return asked;
  const next = clauseAction(opening.slice(end + 1, end + 1 + OPENING));
  return next !== undefined && VERBS.has(next.word) ? next : asked;
}

/** The action the words of a sentence open with (see `askedAction`). */
function clauseAction(text: string): Action | undefined {
  const words = splitWords(text);
  const at = openerEnd(words);
  if (DENYING.some((phrase) => phraseAt(words, at, phrase))) {
    const cut = clauseEnd(text);
    return cut < text.length ? clauseAction(text.slice(cut + 1)) : undefined;
  }
  const questioned = askingToEnd(words, at);
  const folded = questioned > at ? verbForm(words[questioned] ?? '') : undefined;
  if (folded !== undefined) return { ...VERBS.get(folded)!, word: folded };
  const first = words[at];
  if (first === undefined) return undefined;
  const next = words[at + 1] ?? '';
  const verb = VERBS.get(first);
  // "Order status for 5512" reads; "Email details of the meeting to Bob" sends them: "to" someone, a sending.
  const sent = verb?.group === 'send' && splitWords(text.slice(0, clauseEnd(text))).includes('to');
  const noun = NOUN_VERBS.has(first) && STATES.has(next) && !sent;
  if (verb !== undefined && !noun) return { ...verb, word: first };
  if (verb !== undefined || ASKING.has(first) || (first === 'tell' && TOLD.has(next))) return { kind: 'read', group: 'read', word: first };
  return undefined;
}

/** Where the words after the questions asking for a verb ("are you able to") start, from `at`. */
function askingToEnd(words: readonly string[], at: number): number {
  let end = at;
  for (let step = 0; step < 3; step += 1) {
    const phrase = ASKING_TO.find((candidate) => phraseAt(words, end, candidate));
    if (phrase === undefined) break;
    end += phrase.length;
  }
  return end;
}

/** A verb of VERBS, or its -ing form folded ("adding", "scheduling", "putting"), as the verb; else undefined. */
function verbForm(word: string): string | undefined {
  if (VERBS.has(word)) return word;
  if (word.length < 5 || !word.endsWith('ing')) return undefined;
  const stem = word.slice(0, -3);
  const doubled = stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : stem;
  return [stem, doubled, `${stem}e`].find((candidate) => VERBS.has(candidate));
}

/** The index of the first sentence's end ('.', '!' or '?' before a space), or the text's length. One pass. */
function sentenceEnd(text: string): number {
  for (let index = 0; index < text.length - 1; index += 1) {
    const char = text[index];
    if ((char === '.' || char === '!' || char === '?') && (text[index + 1] === ' ' || text[index + 1] === '\n')) return index;
  }
  return text.length;
}

/** The index of the first clause's end (a comma, semicolon, colon or sentence end), or the text's length. */
function clauseEnd(text: string): number {
  for (let index = 0; index < text.length; index += 1) if (',;:.!?'.includes(text[index]!)) return index;
  return text.length;
}

/**
 * A tool's action: its name's first word when a known verb (place_order), else its name's last (events_list), else
 * its description's first word ("Searches the web", "Look up the status of an order"). A name opening with a verb
 * as often a noun takes a later verb or state word first (order_status reads, email_send sends).
 */
export function toolAction(name: string, description: string): Action | undefined {
  const words = splitWords(name);
  const later = NOUN_VERBS.has(words[0] ?? '') ? nounFirstAction(words) : undefined;
  if (later !== undefined) return later;
  for (const word of [words[0], words[words.length - 1]]) {
    const verb = word === undefined ? undefined : VERBS.get(word);
    if (verb !== undefined) return { ...verb, word: word!, named: !STOPWORDS.has(word!) };
  }
  const opening = splitWords(description.slice(0, OPENING))[0];
  if (opening === undefined) return undefined;
  // "Lists", "Searches", "Sends": the third person of a verb ("News" is no "new").
  const forms = opening.endsWith('s') && opening !== 'news' ? [opening, opening.slice(0, -1), opening.slice(0, -2)] : [opening];
  for (const word of forms) {
    const verb = VERBS.get(word);
    if (verb !== undefined) return { ...verb, word };
  }
  return undefined;
}

/** A name opening with a noun-verb (order_status, email_search): a later verb's action, or a reading for a state. */
function nounFirstAction(words: readonly string[]): Action | undefined {
  for (const word of words.slice(1)) {
    const verb = VERBS.get(word);
    if (verb !== undefined) return { ...verb, word, named: !STOPWORDS.has(word) };
    if (STATES.has(word)) return { kind: 'read', group: 'read', word };
  }
  return undefined;
}

/**
 * How well a tool's action fits the one asked: 1 the same group, 0.5 the same kind, 0 none or unknown, or when the
 * prompt's verb is the tool name's ("Book a flight" for book_table): the name's match counted it already.
 */
export function actionFit(asked: Action | undefined, tool: Action | undefined): number {
  if (asked === undefined || tool === undefined) return 0;
  if (tool.named === true && tool.word === asked.word) return 0;
  if (asked.group === tool.group) return 1;
  return asked.kind === tool.kind ? 0.5 : 0;
}

/** A kept tool and its action, as `oneActionPerTopic` reads them. */
interface Kept { tool: { name: string; description?: string | undefined } }

/** Words that join a second request to the first ("…and tell me…", "…then…"): such a prompt may ask two actions. */
const SECOND_ASK: ReadonlySet<string> = new Set(['and', 'then', 'also', 'plus']);

/**
 * The kept tools less those of a topic another kept tool shares whose action the prompt does not ask: "Order 2
 * pizzas" calls place_order, not get_order_status beside it; "Where is my order?" the other way round. A tool of
 * another topic, of unknown action or of the same kind stays, and so does every tool when the prompt may ask more
 * than one thing (a joining word, or two clauses of its opening that each ask: "Order 2 pizzas, check order 5512").
 */
export function oneActionPerTopic<T extends Kept>(kept: T[], asked: Action | undefined, prompt: string): T[] {
  if (asked === undefined || kept.length < 2) return kept;
  const opening = prompt.slice(0, OPENING * 2);
  if (splitWords(opening).some((word) => SECOND_ASK.has(word)) || askingClauses(opening) > 1) return kept;
  const acts = kept.map((match) => {
    const action = toolAction(match.tool.name, match.tool.description ?? '');
    return { match, action, fit: actionFit(asked, action), topic: topicWords(match.tool.name, action) };
  });
  const doing = acts.filter((act) => act.action !== undefined && act.action.kind === asked.kind);
  if (doing.length === 0) return kept;
  return acts.filter((act) => {
    if (act.action === undefined || act.action.kind === asked.kind) return true;
    return !doing.some((other) => [...act.topic].some((word) => other.topic.has(word)));
  }).map((act) => act.match);
}

/** The clauses of a text that ask something: open with a verb of ours, or end a question. One pass over it. */
function askingClauses(text: string): number {
  let count = 0;
  let start = 0;
  for (let index = 0; index <= text.length; index += 1) {
    const char = text[index];
    if (char !== undefined && !',;:.!?&'.includes(char)) continue;
    const clause = text.slice(start, index);
    const action = clause.trim() === '' ? undefined : clauseAction(clause);
    if (char === '?' || (action !== undefined && VERBS.has(action.word))) count += 1;
    start = index + 1;
  }
  return count;
}

/** A tool name's words besides its action's verb, plurals folded: what it acts on (place_order → order). */
function topicWords(name: string, action: Action | undefined): Set<string> {
  const topic = new Set<string>();
  for (const word of splitWords(name)) {
    if (word === action?.word || STOPWORDS.has(word) || VERBS.get(word)?.kind === 'read') continue;
    topic.add(word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word);
  }
  return topic;
}
