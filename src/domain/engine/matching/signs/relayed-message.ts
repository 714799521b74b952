// A message to relay to someone named right after the verb: "Text Maria that I am late", "Message Bob: running
// late", "Tell Maria I am late", "Let Maria know I'm running late" ask a messaging tool to carry it, where "Tell me
// a joke" and "Let me know the weather in Oslo" ask the assistant. Read on the prompt's first words, once a request,
// and only when a messaging tool is offered.
import { openerEnd } from '../openers.js';
import { keywords, splitWords } from '../../words.js';

/** Words of a tool's name that make it a messaging tool (send_message, send_sms, post_dm); "text" names text_to_speech too. */
export const MESSAGING: ReadonlySet<string> = keywords('message sms dm whatsapp imessage');
/** Verbs that relay a message to the person after them ("let" with "know" after the person); the lexicon has "dm", "sms", "ping". */
const RELAYING: ReadonlySet<string> = new Set(['text', 'message', 'tell', 'let']);
/** How much of the prompt is read for its opening verb and the person after it. */
const OPENING = 80;

/** The verb relaying a message to a person named right after it, or undefined ("Tell me…", "Text to translate"). */
export function relayedBy(prompt: string): string | undefined {
  const opening = prompt.slice(0, OPENING);
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
