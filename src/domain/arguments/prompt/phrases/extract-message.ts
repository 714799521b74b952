// What a prompt asks to be said or named: the message a send-like tool carries ("Email bob that the offsite is
// confirmed" → "The offsite is confirmed", "Remind me to call mom at 18:30" → "Call mom"), the short title a
// create-like tool takes ("Add a dentist appointment on 2025-03-12" → "Dentist appointment") and the name it is
// given ("called Team sync"), what an object naming only a kind is about, and a reason added as a last clause.
// Read word by word or with one pattern of fixed cue words: linear in the prompt.
import type { Mention } from '../mentions.js';
import type { PromptIndex } from '../prompt-index.js';
import { trimEndOf } from '../../../trim-marks.js';
import { RELAYING, relayedFrom } from './relayed-message.js';
import { aboutLeadAt } from './about-lead.js';
import { DAY_WORDS, TIME_TOKEN, withoutTrailingWhen } from '../shapes/time/trailing-when.js';
export { TIME_TOKEN };
/** A cue that introduces what is to be said: the message runs from after it to the end of the prompt. */
const MESSAGE_CUE = /(?:\b(?:that|because|saying|says|to\s+say|asking(?:\s+(?:if|whether))?|remind(?:ing)?\s+(?:me|him|her|them|us|everyone)\s+(?:to|that)|(?:set|create|add|make)\s+(?:a\s+)?reminder\s+(?:to|that)|forget\s+to)|(?<![\d:/]):)\s+/iu;
/** A cue of a reminder's text, not a message's. */
const REMINDING = /remind|forget/iu;
/** Limits on what is read: a message is the rest of a prompt, cut to a model's length. */
const MAX_MESSAGE = 2000;
const MAX_TITLE_WORDS = 8;

function capitalised(text: string): string {
  return text === '' ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/** Words one of which a cue holds: a prompt without any (and without a colon) has no message to read. */
const CUE_WORDS = ['that', 'because', 'saying', 'says', 'say', 'asking', 'remind', 'reminding', 'reminder', 'forget'];
const NAMING_WORDS = ['called', 'named', 'titled', 'entitled'];

/**
 * The message the prompt asks to send or keep (or its reason): what it relays to someone ("Tell Maria I am late"),
 * else what follows a cue ("that", "saying", "because", ":"); or undefined.
 */
export function messageText(prompt: string, index: PromptIndex): string | undefined {
  const relayed = RELAYING.some((verb) => index.words.has(verb)) ? relayedFrom(prompt, index) : undefined;
  if (relayed === undefined && !prompt.includes(':') && !CUE_WORDS.some((word) => index.words.has(word))) return undefined;
  const cue = relayed === undefined ? MESSAGE_CUE.exec(prompt) : null;
  const from = relayed ?? (cue === null ? undefined : cue.index + cue[0].length);
  if (from === undefined) return undefined;
  const rest = prompt.slice(from, from + MAX_MESSAGE);
  // A reminder's span from now is its time ("Remind me to stretch in an hour"); a message's is said ("see you in an hour").
  const words = withoutTrailingWhen(rest.split(/\s+/u).filter((word) => word !== ''), { keepSpans: cue === null || !REMINDING.test(cue[0]) });
  const text = trimEndOf(words.join(' '), ',;:', { spaces: true });
  return text === '' ? undefined : capitalised(text);
}

const QUESTION_WORDS = new Set(['what', 'how', 'when', 'where', 'why', 'who', 'which', 'whose', 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'has', 'have', 'any']);
/** Openings before the verb: "please", "can you", "I'd like to". */
const OPENERS = new Set(['please', 'can', 'could', 'would', 'will', 'you', 'kindly', 'i', "i'd", 'id', 'like', 'to', 'want', 'need', "let's", 'lets', 'go', 'ahead', 'and', 'hey', 'hi', 'ok', 'okay', 'also', 'just', 'quickly']);
export const DETERMINERS = new Set(['a', 'an', 'the', 'my', 'our', 'your', 'some', 'new', 'quick']);
/** Nouns that name the kind of thing made, not what it is about: "Send an email to …" has no title in it. */
const KIND_NOUNS = new Set([
  'email', 'e-mail', 'mail', 'message', 'text', 'note', 'reminder', 'event', 'issue', 'ticket', 'task', 'todo', 'item',
  'entry', 'file', 'pr', 'document', 'doc', 'page', 'post', 'reply', 'dm', 'sms', 'one', 'it', 'this', 'that',
]);
/** Words that end the object of the verb or a name: prepositions, time words, clause openers. */
const OBJECT_ENDS = new Set([
  'on', 'at', 'for', 'from', 'to', 'in', 'into', 'by', 'with', 'due', 'that', 'saying', 'which', 'who', 'and', 'about',
  'today', 'tomorrow', 'tonight', 'next', 'this', 'every', 'called', 'named', 'titled', 'as', 'before', 'after', 'until',
]);
const NAMING_CUE = /\b(?:called|named|titled|entitled)\s+/iu;

/** The words from `at` up to a word that ends a phrase (or one ending in punctuation), at most a title's length. */
export function phraseFrom(words: readonly string[], from: number): string[] {
  const kept: string[] = [];
  for (let at = from; at < words.length && kept.length < MAX_TITLE_WORDS; at += 1) {
    const word = words[at] ?? '';
    const bare = trimEndOf(word, '.,;:!?');
    if (OBJECT_ENDS.has(bare.toLowerCase()) || !/^[\p{L}\p{N}][\p{L}\p{N}'’-]*$/u.test(bare)) break;
    kept.push(bare);
    if (bare !== word) break;
  }
  return kept;
}

/** What the prompt calls the thing it asks for, and where: "an event called Team sync on …" → "Team sync". */
export function namedPhrase(prompt: string, index: PromptIndex): Mention | undefined {
  if (!NAMING_WORDS.some((word) => index.words.has(word))) return undefined;
  const cue = NAMING_CUE.exec(prompt);
  if (cue === null) return undefined;
  const at = cue.index + cue[0].length;
  const words = prompt.slice(at, at + 400).split(/\s+/u).filter((word) => word !== '');
  const kept = phraseFrom(words, 0);
  if (kept.length === 0) return undefined;
  // The phrase's words are the prompt's from `at` on: its end is where the last of them ends.
  let end = at;
  for (const word of kept) end = prompt.indexOf(word, end) + word.length;
  return { value: kept.join(' '), at, end };
}

/** Words right after a verb that belong to it ("Set up a sync", "Put on some jazz", "Roll out search"). */
const PARTICLES = new Set(['up', 'on', 'out']);
/** Words after the object that lead to what it is about ("a ticket about the typo", "an issue for updating the README"). */
const TOPIC_LEADS = new Set(['about', 'regarding', 'for', 're']);

/** The object of the prompt's first verb: its title, whether it only names a kind ("an urgent ticket"), and its topic. */
export interface ObjectReading {
  /** A short title ("Add a dentist appointment on …" → "Dentist appointment"); none when empty or not words. */
  title: string | undefined;
  /** The object's last word names the kind of thing made ("a support ticket", "a GitHub issue"), not what it is about. */
  kindOnly: boolean;
  /** What such an object is about, read to its clause's end ("a ticket about the typo on the pricing page"). */
  topic: string | undefined;
  /** The object's words as written ("Deploy auth-api v1.8.0" → "auth-api"), for a thing's name. */
  written: string | undefined;
}

/** Verbs of messaging, whose object is a person ("Text Maria…"), never what the message is titled. */
const MESSAGING = new Set(['email', 'e-mail', 'mail', 'text', 'message', 'tell', 'ping', 'dm', 'notify', 'let']);
/** Lower-case words after two capitalised ones that say the message or its object follows: "Email Ana Lopez the report". */
const AFTER_PERSON = new Set([
  'that', 'the', 'a', 'an', 'about', 'know', 'my', 'our', 'your', 'this', 'to', 'we', 'it', 'you', 'and', 'please', 're', 'regarding',
  // What goes on with a condition, a time or a way ("Email Ana Lopez if the build fails", "… with the Q3 numbers").
  'if', 'when', 'whenever', 'once', 'as', 'asap', 'so', 'because', 'unless', 'until', 'before', 'after', 'by', 'at', 'in', 'on',
  'with', 'for', 'from', 'of', 'via', 'today', 'tonight', 'tomorrow', 'now', 'soon', 'later', 'again', 'too', 'also', 'saying', 'who', 'what', 'why', 'how',
]);
/** Pronouns that name whom, before a word opening the thing sent: "Email him the slides", not "Email me tomorrow". */
const PRONOUNS = new Set(['me', 'him', 'her', 'them', 'us']);
const OWNED = new Set(['the', 'my', 'our', 'your', 'his', 'her', 'their', 'this', 'that', 'these', 'those']);
/**
 * How many words from `at` name a person: one or two capitalised words ("Maria", "Maria Lopez"), not "I"; none for
 * two before a lower-case word of their phrase ("Email Team Sync invite": a title, no person).
 */
function namedPerson(words: readonly string[], at: number): number {
  const first = words[at] ?? '';
  // An email address is one too ("Email bob@example.com the report"), and so is a pronoun ("Email him the slides").
  if ((PRONOUNS.has(first.toLowerCase()) && OWNED.has((words[at + 1] ?? '').toLowerCase())) || (first.indexOf('@') > 0 && first.lastIndexOf('.', first.length - 2) > first.indexOf('@') + 1)) return 1;
  if (!/^\p{Lu}/u.test(first) || /^I(?:$|['’])/u.test(first)) return 0;
  if (first !== trimEndOf(first, ',:') || !/^\p{Lu}\p{Ll}+$/u.test(words[at + 1] ?? '')) return 1;
  const after = words[at + 2] ?? '';
  return /^\p{Ll}/u.test(after) && !AFTER_PERSON.has(trimEndOf(after, ',:')) ? 0 : 2;
}
const NO_OBJECT: ObjectReading = { title: undefined, kindOnly: false, topic: undefined, written: undefined };

/** The object of the prompt's first verb and what it says (ObjectReading); words read once, from the start. */
export function readObject(prompt: string): ObjectReading {
  const words = prompt.slice(0, 400).split(/\s+/u).filter((word) => word !== '');
  // A question ("What time is it …?") has no verb's object to name a thing by.
  if (QUESTION_WORDS.has((words[0] ?? '').toLowerCase().replace(/['’]s$/u, ''))) return NO_OBJECT;
  let at = 0;
  while (at < words.length && OPENERS.has(trimEndOf((words[at] ?? '').toLowerCase(), ',!'))) at += 1;
  const verb = (words[at] ?? '').toLowerCase();
  at += 1;
  // "Email Bob the Q3 report", "Email Ana that …": the name after a verb of messaging is who it goes to, no object;
  // "with" or "about" after it leads what the message is about ("Email Ana Lopez with the Q3 numbers": Q3 numbers).
  const person = MESSAGING.has(verb) ? namedPerson(words, at) : 0;
  at += person;
  if (person > 0) at += aboutLeadAt(words, at);
  if (verb === 'let' && (words[at] ?? '').toLowerCase() === 'know') at += 1;
  if (PARTICLES.has((words[at] ?? '').toLowerCase()) && at + 1 < words.length) at += 1;
  while (at < words.length && DETERMINERS.has((words[at] ?? '').toLowerCase())) at += 1;
  at += lengthBefore(words, at);
  // The object is words: an address or a figure right after the verb leaves it empty.
  const kept = /^\p{L}/u.test(words[at] ?? '') ? phraseFrom(words, at) : [];
  if (kept.length === 0) return NO_OBJECT;
  const kindOnly = KIND_NOUNS.has((kept[kept.length - 1] ?? '').toLowerCase());
  const next = at + kept.length;
  // The object's last word ends with punctuation ("ticket:", "issue,"): no topic word follows it.
  const ended = (words[next - 1] ?? '') !== kept[kept.length - 1];
  const topic = kindOnly && !ended && TOPIC_LEADS.has((words[next] ?? '').toLowerCase()) ? clauseFrom(words, next + 1) : undefined;
  const title = kept.length === 1 && kindOnly ? undefined : capitalised([...kept, ...withWhom(words, next)].join(' '));
  return { title, kindOnly, topic, written: kindOnly ? undefined : kept.join(' ') };
}

/** The words from `at` to the end of their clause (a comma, or a sentence's end), less a trailing time; none when only that. */
function clauseFrom(words: readonly string[], at: number): string | undefined {
  const kept: string[] = [];
  for (let next = at; next < words.length && kept.length < MAX_TITLE_WORDS * 2; next += 1) {
    const word = words[next] ?? '';
    const bare = trimEndOf(word, '.,;:!?');
    if (bare !== '') kept.push(bare);
    if (bare !== word) break;
  }
  const text = withoutTrailingWhen(kept).join(' ');
  return text === '' || kept.every((word) => TIME_TOKEN.test(word.toLowerCase()) || DAY_WORDS.has(word.toLowerCase())) ? undefined : text;
}

/** The first sentence of a text: a title is short ("Memory leak in the pool. Labels: bug" → "Memory leak in the pool"). */
export function firstSentence(text: string): string {
  for (let at = text.indexOf('. '); at > 0; at = text.indexOf('. ', at + 1)) {
    // "Dr. Ana", "e.g. this": a short word before the dot is no sentence's end.
    const before = text.lastIndexOf(' ', at - 1);
    if (at - before > 3) return text.slice(0, at);
  }
  return text;
}

const TIME_UNITS = /^(?:min|mins|minutes?|hours?|hr|hrs)$/u;

/** Words of a length before the object ("a 45 minute standup", "a 30-minute call"): how many, 0 for none. */
function lengthBefore(words: readonly string[], at: number): number {
  const word = (words[at] ?? '').toLowerCase();
  if (/^\d+-(?:min|minute|hour|hr)s?$/u.test(word)) return 1;
  const after = (words[at + 2] ?? '').toLowerCase();
  return /^\d+$/u.test(word) && TIME_UNITS.test((words[at + 1] ?? '').toLowerCase()) && /^\p{L}/u.test(after) && after !== 'of' ? 2 : 0;
}

/** Words read after "with" for the people named, at most. */
const MAX_WITH_WORDS = 8;
/** Capitalised words after a comma that say when, not who: "with Sam, Friday", "with Sam, May 3". */
const WHEN_NAMES = new Set([...DAY_WORDS, 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'noon', 'midnight', 'morning', 'afternoon', 'evening', 'next', 'this']);

/**
 * Who the object is with, when named: each person one or two capitalised words, joined by "and" or a comma ("a
 * meeting with Sam tomorrow" → "with Sam", "with Sam and Priya", "with Ana Lima, Sam and Priya").
 */
function withWhom(words: readonly string[], at: number): string[] {
  if ((words[at] ?? '').toLowerCase() !== 'with') return [];
  const kept: string[] = [];
  let inName = 0;
  let joiner: ',' | 'and' | undefined;
  for (let next = at + 1; next < words.length && next - at <= MAX_WITH_WORDS; next += 1) {
    const word = words[next] ?? '';
    const bare = trimEndOf(word, '.,;:!?');
    if (inName > 0 && joiner === undefined && word.toLowerCase() === 'and') {
      [joiner, inName] = ['and', 0];
      continue;
    }
    if (!/^\p{Lu}\p{Ll}+$/u.test(bare) || inName === 2) break;
    if (joiner === ',' && WHEN_NAMES.has(bare.toLowerCase())) break;
    if (joiner === ',') kept[kept.length - 1] += ',';
    else if (joiner === 'and') kept.push('and');
    [joiner, inName] = [undefined, inName + 1];
    kept.push(bare);
    if (bare === word) continue;
    if (!word.endsWith(',')) break;
    [joiner, inName] = [',', 0];
  }
  return kept.length === 0 ? [] : ['with', ...kept];
}

/** Words a reason is short enough to be said in: a longer last clause is part of the request. */
const MAX_CLAUSE_WORDS = 10;

/** Words of a courtesy that closes a request ("thanks!", "please", "thank you so much"): no reason. */
const COURTESY: ReadonlySet<string> = new Set(['please', 'pls', 'plz', 'thanks', 'thank', 'thx', 'ty', 'you', 'cheers', 'asap', 'so', 'very', 'much', 'a', 'lot', 'in', 'advance', 'ok', 'okay']);

/**
 * The prompt's last clause after a comma, as a reason is added to a request ("Refund $35 on order A-1009, item
 * arrived broken" → "item arrived broken"); none when it holds a figure, runs long or is only a courtesy ("thanks").
 * Read back from the last comma.
 */
export function lastClause(prompt: string): string | undefined {
  const comma = prompt.lastIndexOf(',');
  if (comma < 0) return undefined;
  const clause = trimEndOf(prompt.slice(comma + 1).trim(), '.!?');
  const words = clause.split(/\s+/u).filter((word) => word !== '');
  if (words.length === 0 || words.length > MAX_CLAUSE_WORDS || /\d/u.test(clause)) return undefined;
  if (words.every((word) => COURTESY.has(trimEndOf(word, '.,;:!?').toLowerCase()))) return undefined;
  return clause;
}
