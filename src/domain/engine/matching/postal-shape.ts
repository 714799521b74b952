// What makes a street address a value that asks for a tool (shapes.ts): the tool's words say postal address
// (`shipping_address`, `address` beside a `city` or alone, never `ip_address` or `email_address`), and the address
// is not the topic of a question ("Who lived at 221B Baker Street?", "Tell me about 1600 Pennsylvania Avenue") nor of
// a description ("The house at 4 Hauptstrasse is beautiful").
import { keywords } from '../words.js';
import { holdsAddress } from '../../arguments/prompt/phrases/address/extract-addresses.js';
import { ABBREVIATIONS } from '../../arguments/prompt/phrases/place-words.js';
import { charAt, isLetter, isSpace } from '../../arguments/prompt/text-scan.js';

/** Words beside `address` in one name that make it a postal one, and words that make it another kind. */
const QUALIFIERS = keywords('shipping billing delivery mailing postal home residential street');
const NOT_POSTAL = keywords('email ip mac wallet url web server host network contract ping connect dns socket node peer rpc');
/** Words of a tool's description that make a lone `address` parameter a network one ("Ping a machine"). */
const NETWORK = keywords('ip server host network ping connect connection dns socket node peer rpc');
/** Sibling parameters that make a plain `address` a postal one. */
const PARTS = keywords('city town state country zip zipcode postcode postal street');

const someIn = (words: ReadonlySet<string>, wanted: ReadonlySet<string>): boolean => [...words].some((word) => wanted.has(word));

/**
 * Whether a tool takes a postal address by an `address` word: `shipping_address`, `set_billing_address`, `address`
 * beside `city`, or a parameter named `address` alone in a tool whose name and description say no other kind
 * (geocode(address), not ping_host(address) nor ping(address) "Ping a machine").
 */
export function takesPostalAddress(tool: { parameters: readonly string[]; name: string; description: string }): boolean {
  const beside = tool.parameters.some((name) => someIn(keywords(name), PARTS));
  const network = someIn(keywords(tool.name), NOT_POSTAL) || someIn(keywords(tool.description), NETWORK);
  if (tool.parameters.includes('address') && !network) return true;
  return [...tool.parameters, tool.name].some((name) => {
    const words = keywords(name);
    return words.has('address') && !someIn(words, NOT_POSTAL) && (beside || someIn(words, QUALIFIERS));
  });
}

/**
 * Sentence openings that ask about a thing rather than for a tool, after a lead such as "so" or "please": who, why,
 * describe, explain, "tell me about", "what is the history of", and a what/when/which question about a place's past
 * or people ("Which detective lived at…", "When was … built?"). Other what/when/which questions look things up, and
 * so does one about the user's own thing or a way there ("When will my package arrive at 10 Main Street?", "What's
 * the fastest way to 221B Baker Street?").
 */
const ASKING = new Set(['who', 'whom', 'whose', 'why', 'describe', 'explain']);
/** After "what is the" or "what was the", words asking about a thing's past or sense, not for a look-up. */
const ABOUT = new Set(['history', 'story', 'meaning', 'significance', 'origin']);
const LEADS = new Set(['so', 'and', 'but', 'please', 'ok', 'okay', 'hey', 'hi']);
/** Characters of a sentence read for its opening and for a what/when/which question's words. */
const QUESTION_READ = 160;
const WH = new Set(['what', 'whats', 'when', 'which']);
/** In a what/when/which question: words of a place's past or people, and words of the user's own thing or a way. */
const PAST = new Set(['was', 'were', 'did', 'happened', 'lived', 'live', 'built', 'founded', 'famous', 'history', 'who', 'born', 'died']);
const OWN = new Set(['my', 'our', 'i', 'im', 'ive', 'me', 'we', 'us', 'way', 'route', 'directions', 'distance', 'arrive', 'deliver', 'delivered', 'delivery']);

/** Verbs that make a sentence opening with "the" a description ("The house at 4 Hauptstrasse is beautiful"). */
const DESCRIBING = new Set(['is', 'was', 'looks', 'looked', 'seems', 'seemed']);

function asksAbout(sentence: string): boolean {
  const words = sentence.toLowerCase().replace(/['’]/gu, '').split(/[^a-z]+/u).filter((word) => word !== '');
  let at = 0;
  while (at < words.length - 1 && LEADS.has(words[at]!)) at += 1;
  if (ASKING.has(words[at] ?? '') || (words[at] === 'tell' && words[at + 1] === 'me' && words[at + 2] === 'about')) return true;
  // A thing there described, none of the user's own: "The house at 4 Hauptstrasse is beautiful".
  if (words[at] === 'the' && words.some((word) => DESCRIBING.has(word)) && !words.some((word) => OWN.has(word))) return true;
  if (WH.has(words[at] ?? '') && words.some((word) => PAST.has(word)) && !words.some((word) => OWN.has(word))) return true;
  // "What is the history of…", "What's the story of…", "What was the meaning of…".
  const rest = words[at] === 'whats' ? words.slice(at + 1) : words.slice(at + 2);
  const asked = words[at] === 'whats' || (words[at] === 'what' && (words[at + 1] === 'is' || words[at + 1] === 'was'));
  return asked && rest[0] === 'the' && ABOUT.has(rest[1] ?? '');
}

/** Whether a sentence ends at `at`: "?", "!", a line break, or a full stop after a word that is no abbreviation ("St."). */
function sentenceEnds(prompt: string, at: number): boolean {
  const char = prompt[at];
  if (char === '?' || char === '!' || char === '\n') return true;
  if (char !== '.' || !(at + 1 === prompt.length || isSpace(charAt(prompt, at + 1)))) return false;
  let start = at;
  while (start > 0 && at - start < 12 && isLetter(charAt(prompt, start - 1))) start -= 1;
  const word = prompt.slice(start, at);
  return !ABBREVIATIONS.has(word) && !/^\p{Lu}$/u.test(word);
}

/** The sentences that ask about something ("What is the history of 10 Downing Street?"), as spans: one pass. */
export function questionSpans(prompt: string): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  let start = 0;
  for (let at = 0; at <= prompt.length; at += 1) {
    if (at < prompt.length && !sentenceEnds(prompt, at)) continue;
    if (asksAbout(prompt.slice(start, Math.min(at, start + QUESTION_READ)))) spans.push([start, at]);
    start = at + 1;
  }
  return spans;
}

/** Whether the prompt holds a street address outside any question about one: a value for a postal tool. */
export function holdsPostalAddress(prompt: string): boolean {
  return /\d/u.test(prompt) && holdsAddress(prompt) && holdsAddress(prompt, { skipped: questionSpans(prompt) });
}
