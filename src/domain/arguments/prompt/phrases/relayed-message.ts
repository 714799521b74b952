// What a prompt relays to someone named after its opening verb, and to whom: "Tell Maria I am late" and "Let Maria
// know I'm running late" say "I am late" and "I'm running late" to Maria, "Tell mom I'm late" to mom, where "Tell me
// a joke" (or "Tell Me a joke") relays nothing. Read on a few words after the verb's first occurrence, found in the
// word index.
import type { PromptIndex } from '../prompt-index.js';
import type { Mention } from '../mentions.js';
import { trimEndOf } from '../../../trim-marks.js';
import { joinedKinWordsAt, kinLeadAt, kinWordsAt } from './kin-words.js';
import { greetsAfterName, saysSomething } from './relay-says.js';

/** Words said before the verb: "please", "can you", "I'd like to". */
const BEFORE_RELAY = new Set(['please', 'can', 'could', 'would', 'will', 'you', 'kindly', 'i', "i'd", 'id', 'like', 'to', 'want', 'need', 'go', 'ahead', 'and', 'hey', 'hi', 'ok', 'okay', 'also', 'just', 'quickly']);
/**
 * Verbs that relay what follows the person after them: "Tell Maria I am late", "Let Maria know I'm running late",
 * "Text Maria I'm outside", "Message mom that I arrived", "Email Bob that the build is green" (with "that" only).
 */
export const RELAYING: readonly string[] = ['tell', 'let', 'text', 'message', 'email'];
/** Words after "to" that make it no infinitive: "Text Bob to the airport". */
const DETERMINERS = new Set(['the', 'a', 'an', 'my', 'your', 'his', 'her', 'our', 'their', 'this', 'that']);
/**
 * Whether the words at `at`, after "to", name someone: a capitalised name, someone close (kin-words.ts), a pronoun or
 * an owner ("to Ana", "to dad", "to him", "to his mom"), or a group ("to the team").
 */
function isToldPerson(words: readonly string[], at: number): boolean {
  const word = words[at];
  if (word === undefined) return false;
  const bare = toldBare(word);
  return /^\p{Lu}\p{Ll}/u.test(word) || kinWordsAt(words, at, toldBare) > 0 || TOLD_PEOPLE.has(bare) || (bare === 'the' && GROUPS.has(toldBare(words[at + 1] ?? '')));
}

/** A word without its case and the marks that may end what is said after it ("to dad."). */
const toldBare = (word: string): string => trimEndOf(word.toLowerCase(), ',:.!?');

/** Pronouns and owners after "to" that name someone told. */
const TOLD_PEOPLE = new Set(['him', 'her', 'them', 'me', 'us', 'everyone', 'everybody', 'my', 'his', 'your', 'our', 'their']);
const GROUPS = new Set(['team', 'kids', 'group', 'family', 'class', 'boss', 'office', 'others', 'guys', 'girls', 'boys', 'crew']);
/** How many words after "say" are looked at for a "to" naming someone else. */
const SAID_REACH = 8;
/** Whom "tell" or "let … know" names after "to" when it is the one the text goes to: a pronoun. */
const SAYING_WHOM = new Set(['her', 'him', 'them', 'me', 'us']);
/** Words opening a clause said after "say": "to say I'm late", "to say that …", not "to say hi to Ana". */
const SAID_OPENING = new Set(['that', 'i', "i'm", 'i’m', "i'll", 'i’ll', 'we', "we're", 'we’re', 'he', 'she', 'they', 'it', "it's", 'it’s', 'the', 'my', 'our']);

/**
 * How many words at `at`, after "to", lead what is said rather than say it: "say" in a text ("Text Bob to say sorry";
 * not "… to say happy birthday to dad") or before a clause ("Tell Bob to say I'm late"; "Tell Bob to say hi to Ana"
 * asks Bob to say it), in a text "tell" or "let … know" the one it goes to ("Text Maria to tell her that …"; "to tell
 * Ana …" asks the person to pass it on), and a "that" after them.
 */
function sayingAt(words: readonly string[], where: { at: number; texted: boolean }): number {
  const { at } = where;
  const word = words[at]?.toLowerCase();
  const pointed = (index: number): boolean => SAYING_WHOM.has(words[index]?.toLowerCase() ?? '');
  // "to say happy birthday to dad", "to say to Ana that …": someone else is to be told it (not "sorry I have to go").
  const toSomeone = words.slice(at + 1, at + 1 + SAID_REACH).some((one, index) => one.toLowerCase() === 'to' && isToldPerson(words, at + 2 + index));
  let lead = 0;
  if (word === 'say' && ((where.texted && !toSomeone) || SAID_OPENING.has(words[at + 1]?.toLowerCase() ?? ''))) lead = 1;
  if (where.texted && word === 'tell' && pointed(at + 1)) lead = 2;
  if (where.texted && word === 'let' && pointed(at + 1) && words[at + 2]?.toLowerCase() === 'know') lead = 3;
  return lead > 0 && words[at + lead]?.toLowerCase() === 'that' ? lead + 1 : lead;
}

/** How far into the prompt a relaying verb may open it, and how far after it the person and "know" are read. */
const RELAY_OPENING = 40;
const RELAY_READ = 120;
/** Capitalised words after "tell" that are no one's name: "Tell I…" never is, "I'm", "I'll", "Tell Me a joke" neither. */
const SELF = new Set(['i', "i'm", 'i’m', "i'll", 'i’ll', "i'd", 'i’d', "i've", 'i’ve', 'me', 'us']);
/** How many capitalised words name the person ("Maria Lopez Garcia"); a fourth after them reads no relay. */
const MAX_NAME_WORDS = 3;

/** Words before a channel that say how the message goes, not what it says: "by email", "via Slack", "over text". */
const CHANNEL_LEADS = new Set(['by', 'via', 'over', 'on']);
const CHANNELS = new Set(['email', 'e-mail', 'mail', 'text', 'sms', 'phone', 'slack', 'whatsapp', 'teams', 'signal', 'dm', 'message', 'telegram']);
/** How many channel phrases may follow the person ("by email at ana@example.com"). */
const MAX_CHANNELS = 2;

/** How many tokens at `next` say a channel: "by email", "via Slack", "at ana@example.com", "at 555-0100"; else 0. */
function channelAt(tokens: readonly RegExpMatchArray[], next: number): number {
  const lead = tokens[next]?.[0].toLowerCase();
  const word = tokens[next + 1]?.[0];
  if (lead === undefined || word === undefined) return 0;
  if (CHANNEL_LEADS.has(lead) && CHANNELS.has(trimEndOf(word.toLowerCase(), ',:'))) return 2;
  return lead === 'at' && (word.includes('@') || /^\+?\d[\d\-.()]{5,}[,:]?$/u.test(word)) ? 2 : 0;
}

/** Who a message is relayed to and where what it says starts (undefined when nothing follows the person). */
export interface RelayReading {
  person: Mention;
  /** Whether the person is one of the few words for someone close ("mom", "my wife"; kin-words.ts). */
  kin: boolean;
  from: number | undefined;
}

/**
 * Where the message relayed to someone starts: after "tell <Name>" or "let <Name> know" opening the prompt (after
 * "please", "can you"…), the person one or two capitalised words, the channel ("by email", "at ana@example.com")
 * and a "that" after them skipped; undefined when
 * the prompt opens otherwise ("Tell me a joke", "Let me know the weather").
 */
export function relayedFrom(prompt: string, index: PromptIndex): number | undefined {
  return readRelay(prompt, index)?.from;
}

/**
 * The relay opening the prompt (relayedFrom): the person named after the verb, up to three capitalised words, or
 * one word for someone close, in any case ("Tell mom I'm late", "Tell Mom Happy Birthday", "Let my boss know").
 */
export function readRelay(prompt: string, index: PromptIndex): RelayReading | undefined {
  for (const verb of RELAYING) {
    const at = index.words.get(verb)?.[0];
    if (at === undefined || at > RELAY_OPENING) continue;
    if (!prompt.slice(0, at).split(/\s+/u).every((word) => word === '' || BEFORE_RELAY.has(trimEndOf(word.toLowerCase(), ',!')))) continue;
    const after = at + verb.length;
    const tokens = [...prompt.slice(after, after + RELAY_READ).matchAll(/\S+/gu)];
    const words = tokens.map((token) => token[0]);
    // Someone close is named by one word, or "my" and one: "Tell Mom Happy Birthday" says "Happy Birthday" to Mom.
    const kin = kinWordsAt(words, 0, bareWord);
    let next = kin;
    let marked = kin > 0;
    // A greeting after a name ends it: "Tell Maria Happy Birthday".
    const nameGoesOn = (): boolean => isPersonWord(words[next]) && !(next > kin && greetsAfterName(words[next], words[next + 1]));
    for (let name = 0; name < MAX_NAME_WORDS && !marked && nameGoesOn(); name += 1) {
      next += 1;
      // "Tell Maria, I am late": a mark ends the name.
      marked = trimEndOf(words[next - 1]!, ',:') !== words[next - 1];
    }
    if (next === 0 || (!marked && nameGoesOn())) continue;
    // "my wife" is relayed to as "wife", the one its tool knows.
    const first = after + tokens[kin === 2 ? kinLeadAt(words, 0) : 0]!.index!;
    const last = tokens[next - 1]!;
    const end = after + last.index! + trimEndOf(last[0], ',:.!?').length;
    let person: Mention = { value: prompt.slice(first, end), at: first, end };
    // "Tell mom and dad I passed", "Tell Ana and Bob I am late": a second person joined by "and" is relayed to too.
    const joined = trimEndOf(last[0], ',:') === last[0] ? joinedAt(words, next) : undefined;
    if (joined !== undefined) {
      const other = tokens[joined.first]!;
      const close = tokens[joined.next - 1]!;
      const otherAt = after + other.index!;
      const otherEnd = after + close.index! + trimEndOf(close[0], ',:').length;
      person = { ...person, list: [person.value, prompt.slice(otherAt, otherEnd)], listSpan: [first, otherEnd] };
      next = joined.next;
    }
    if (verb === 'let' && bareWord(words[next] ?? '') !== 'know') continue;
    if (verb === 'let') next += 1;
    for (let channel = 0; channel < MAX_CHANNELS; channel += 1) {
      const skip = channelAt(tokens, next);
      if (skip === 0) break;
      next += skip;
    }
    // "Tell my son a bedtime story", "Tell mom a joke": asked of the assistant, nothing said to relay (relay-says.ts).
    if (verb === 'tell' && !saysSomething(words, next)) continue;
    // "Tell Bob that …", "Tell Bob to call me back", "Text Maria to send $40 to Bob": what is said starts after the
    // "that" or the "to".
    const lead = words[next]?.toLowerCase();
    // "Email Bob that …" relays; "Email Bob the report" sends a thing.
    if (verb === 'email' && lead !== 'that') continue;
    // "to" leads what is said when a verb follows it ("to call me"), not a place ("Text Bob to the airport"); "to say"
    // and "to tell him" say what follows them.
    const infinitive = lead === 'to' && verb !== 'let' && !DETERMINERS.has(words[next + 1]?.toLowerCase() ?? '');
    if (lead === 'that' || infinitive) next += 1;
    if (infinitive) next += sayingAt(words, { at: next, texted: verb !== 'tell' });
    const start = tokens[next];
    return { person, kin: kin > 0, from: start === undefined ? undefined : after + start.index! };
  }
  return undefined;
}

/**
 * The second person after "and" at `at` ("and dad", "and my sister", "and Bob Smith"): the index of the word naming
 * them and the index after them; undefined when no one close or capitalised follows the "and".
 */
function joinedAt(words: readonly string[], at: number): { first: number; next: number } | undefined {
  const joiner = words[at]?.toLowerCase();
  if (joiner !== 'and' && joiner !== '&') return undefined;
  const kin = joinedKinWordsAt(words, at + 1, bareWord);
  if (kin > 0) return { first: at + 1 + kinLeadAt(words, at + 1), next: at + 1 + kin };
  let next = at + 1;
  while (next - at - 1 < MAX_NAME_WORDS && isPersonWord(words[next])) {
    next += 1;
    if (trimEndOf(words[next - 1]!, ',:') !== words[next - 1]) break;
  }
  return next === at + 1 ? undefined : { first: at + 1, next };
}

/** A word without its case and the marks after it ("Mom," → "mom"). */
const bareWord = (word: string): string => trimEndOf(word.toLowerCase(), ',:');

/** A capitalised word naming someone ("Maria", "Lopez,"), not "I" or "I'm". */
function isPersonWord(word: string | undefined): boolean {
  if (word === undefined || !/^\p{Lu}/u.test(word)) return false;
  return !SELF.has(trimEndOf(word, ',:').toLowerCase());
}
