// A message to relay to someone named right after the verb: "Text Maria that I am late", "Message Bob: running
// late", "Tell Maria I am late", "Let Maria know I'm running late" ask a messaging tool to carry it, where "Tell me
// a joke" and "Let me know the weather in Oslo" ask the assistant. Read on the prompt's first words, once a request,
// and only when a messaging tool is offered.
import { openerEnd } from '../openers.js';
import { keywords, splitWords } from '../../words.js';

/** Words of a tool's name that make it a messaging tool (send_message, send_sms, post_dm); "text" names text_to_speech too. */
const MESSAGING: ReadonlySet<string> = keywords('message sms dm whatsapp imessage');
/** Verbs that relay a message to the person after them ("let" with "know" after the person); the lexicon has "dm", "sms", "ping". */
const RELAYING_TEXT: readonly string[] = ['text', 'message', 'tell', 'let'];
const RELAYING: ReadonlySet<string> = new Set(RELAYING_TEXT);
/** How much of the prompt is read for its opening verb and the person after it. */
const OPENING = 80;

/** The word of a tool's name that makes it a messaging tool, or undefined. */
export function messagingWord(name: ReadonlySet<string>): string | undefined {
  for (const word of name) if (MESSAGING.has(word)) return word;
  return undefined;
}

/**
 * The verb relaying a message to a person named right after it, or undefined ("Tell me…", "Text to translate").
 * `lowered` is the lower-cased prompt, `asked` the word of the action it asks (actions.ts): a prompt asking another
 * action ("What is…", "Book…"), or whose opening holds none of the verbs, is not read into words.
 */
export function relayedBy(prompt: string, read: { lowered: string; asked: string | undefined }): string | undefined {
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
  return namesSomeone(opening, verb) ? verb : undefined;
}

/**
 * Whether the word after the verb, as written, names someone: a capitalised name ("Maria", "Dr."), a phone number
 * ("+14155550100", "555-0100") or an address with an at sign. "me", "us" and "the" are lower case.
 */
function namesSomeone(opening: string, verb: string): boolean {
  const tokens = opening.split(' ');
  const index = tokens.findIndex((token) => splitWords(token)[0] === verb);
  const next = index < 0 ? '' : tokens.slice(index + 1).find((token) => token !== '') ?? '';
  if (next === '') return false;
  const first = next.charAt(0);
  if (first === '+' || (first >= '0' && first <= '9') || next.includes('@')) return true;
  return first !== first.toLowerCase() && next !== 'I';
}
