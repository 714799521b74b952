// A message to relay to someone named right after the verb: "Text Maria that I am late", "Message Bob: running
// late", "Tell Maria I am late", "Let Maria know I'm running late" ask a messaging tool to carry it, where "Tell me
// a joke" and "Let me know the weather in Oslo" ask the assistant. Read on the prompt's first words, once a request,
// and only when a messaging tool is offered; an email tool shares it when the person is an address, or an address
// is in the opening ("Tell ana@example.com that the report is ready", "Tell Maria I am late, cc ana@example.com").
import { isLetter } from '../../../arguments/prompt/text-scan.js';
import { joinedKinWordsAt, kinWordsAt } from '../../../arguments/prompt/phrases/kin-words.js';
import { greetsAfterName, saysSomething } from '../../../arguments/prompt/phrases/relay-says.js';
import { trimEndOf } from '../../../trim-marks.js';
import { openerEnd } from '../openers.js';
import { keywords, splitWords } from '../../words.js';

/** Words of a tool's name that make it a messaging tool (send_message, send_sms, post_dm); "text" names text_to_speech too. */
const MESSAGING: ReadonlySet<string> = keywords('message sms dm whatsapp imessage');
/** Words of a tool's name that make it an email tool, relayed to when an address is written. */
const MAILING: ReadonlySet<string> = keywords('email mail');
/** Verbs that relay a message to the person after them ("let" with "know" after the person); the lexicon has "dm", "sms", "ping". */
const RELAYING_TEXT: readonly string[] = ['text', 'message', 'tell', 'let'];
const RELAYING: ReadonlySet<string> = new Set(RELAYING_TEXT);
/** Capitalised words after the verb that name the one asking, no one to relay to: "Tell Me a joke", "Tell ME…". */
const SELF: ReadonlySet<string> = new Set(['i', 'me', 'us']);
/** Pronouns for someone named before: in a later request of the prompt, a relay to them names someone. */
const POINTED: ReadonlySet<string> = new Set(['him', 'her', 'them']);
/** How much of the prompt is read for its opening verb and the person after it. */
const OPENING = 80;
/** A word without its case and the marks after it ("Mom," → "mom"). */
const bareWord = (word: string): string => trimEndOf(word, ',:.!?').toLowerCase();

/** A message relayed: the verb relaying it, and whether an address is written in the opening. */
export interface Relay {
  verb: string;
  address: boolean;
}

/** The word of a tool's name that makes it a messaging tool, or undefined. */
export function messagingWord(name: ReadonlySet<string>): string | undefined {
  for (const word of name) if (MESSAGING.has(word)) return word;
  return undefined;
}

/**
 * What a relayed message says for a tool of this name ("tell → message"), or undefined: a messaging tool takes every
 * relay, an email tool one written with an address. `relayed` is read only for such a tool.
 */
export function relayFor(name: ReadonlySet<string>, relayed: () => Relay | undefined): string | undefined {
  const messaging = messagingWord(name);
  let mailing: string | undefined;
  if (messaging === undefined) for (const word of name) if (MAILING.has(word)) mailing = word;
  if (messaging === undefined && mailing === undefined) return undefined;
  const relay = relayed();
  if (relay === undefined || (messaging === undefined && !relay.address)) return undefined;
  return `${relay.verb} → ${messaging ?? mailing!}`;
}

/**
 * The verb relaying a message to a person named right after it, or undefined ("Tell me…", "Text to translate").
 * `lowered` is the lower-cased prompt, `asked` the word of the action it asks (actions.ts): a prompt asking another
 * action ("What is…", "Book…"), or whose opening holds none of the verbs, is not read into words.
 */
export function relayedBy(prompt: string, read: { lowered: string; asked: string | undefined }): string | undefined {
  return relayIn(prompt, read)?.verb;
}

/** The message relayed (relayedBy), with whether an address is written in the opening, or undefined. */
export function relayIn(prompt: string, read: { lowered: string; asked: string | undefined; pointed?: boolean }): Relay | undefined {
  if (read.asked !== undefined && !RELAYING.has(read.asked)) return undefined;
  const opening = prompt.slice(0, OPENING);
  const head = read.lowered.slice(0, OPENING);
  if (!RELAYING_TEXT.some((verb) => head.includes(verb))) return undefined;
  const words = splitWords(opening);
  const at = openerEnd(words);
  const verb = words[at];
  if (verb === undefined || !RELAYING.has(verb)) return undefined;
  // "Let Maria know…", "Let Maria Lopez know…": the person, then "know".
  if (verb === 'let' && words[at + 2] !== 'know' && words[at + 3] !== 'know') return undefined;
  return namesSomeone(opening, { verb, pointed: read.pointed === true }) ? { verb, address: addressIn(opening) } : undefined;
}

/**
 * Whether the opening holds an address: an at sign inside a word, a letter after it, and a dot followed by a letter
 * ("ana@example.com"; not "5@3.50"). Reads the opening's first at sign only.
 */
function addressIn(opening: string): boolean {
  const sign = opening.indexOf('@');
  if (sign <= 0 || opening.charAt(sign - 1) === ' ' || !isLetter(opening.charAt(sign + 1))) return false;
  const dot = opening.indexOf('.', sign);
  return dot > sign + 1 && isLetter(opening.charAt(dot + 1));
}


/**
 * Whether the word after the verb, as written, names someone: a capitalised name ("Maria", "Dr."), a phone number
 * ("+14155550100", "555-0100"), an address with an at sign, someone close ("mom", "my wife"; kin-words.ts) or, where
 * someone may have been named before (`pointed`), a pronoun ("him");
 * "me", "Me", "US" and "the" name no one. After "tell", the words after the person must say something to relay
 * (relay-says.ts): "Tell mom a joke", "Tell Maria a joke" ask the assistant.
 */
function namesSomeone(opening: string, by: { verb: string; pointed: boolean }): boolean {
  const { verb } = by;
  const tokens = opening.split(' ');
  const index = tokens.findIndex((token) => splitWords(token)[0] === verb);
  const after = index < 0 ? [] : tokens.slice(index + 1).filter((token) => token !== '');
  const next = after[0] ?? '';
  if (next === '') return false;
  const says = (): boolean => verb !== 'tell' || saysSomething(after, personWords(after));
  // Someone close, in any case: "Tell mom I'm late", "Let my boss know I'm sick"; someone named before ("… and text
  // him that it's done").
  if (kinWordsAt(after, 0, bareWord) > 0 || (by.pointed && POINTED.has(bareWord(next)))) return says();
  const first = next.charAt(0);
  if (first === '+' || (first >= '0' && first <= '9') || next.includes('@')) return says();
  return first !== first.toLowerCase() && !SELF.has(next.replace(/[,:.!?]+$/u, '').toLowerCase()) && says();
}

/** How many capitalised words name someone (up to three, a mark ending them). */
const MAX_NAME_WORDS = 3;
const closed = (word: string | undefined): boolean => word !== undefined && /[,:]$/u.test(word);
/** A capitalised word that may be part of a name: not "I", "I'm", "I’ll" (what is said starts there). */
const capitalised = (word: string | undefined): boolean => word !== undefined && word.charAt(0) !== word.charAt(0).toLowerCase() && !/^I(?:$|['’,])/u.test(word);

/**
 * How many of the words after the verb name the person: someone close ("my wife"), or up to three capitalised words
 * (or one other), and a second person after "and" ("mom and dad", "Ana and Bob").
 */
function personWords(after: readonly string[]): number {
  let next = kinWordsAt(after, 0, bareWord);
  if (next === 0) for (next = 1; next < MAX_NAME_WORDS && !closed(after[next - 1]) && capitalised(after[next]) && !greetsAfterName(after[next], after[next + 1]); ) next += 1;
  const joiner = after[next]?.toLowerCase();
  if (closed(after[next - 1]) || (joiner !== 'and' && joiner !== '&')) return next;
  const kin = joinedKinWordsAt(after, next + 1, bareWord);
  if (kin > 0) return next + 1 + kin;
  return capitalised(after[next + 1]) ? next + 2 : next;
}
