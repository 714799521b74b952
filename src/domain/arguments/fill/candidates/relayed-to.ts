// Whoever a message is relayed to ("Tell mom I'm late" → "mom", "Tell Maria I am late" → "Maria"), for a property
// that names whom it goes to: a `recipient`, or a `to` whatever its description ("Recipient", "Recipient name").
// Not when the prompt goes on to another request addressed to someone else ("… and ship the box to Bob", "… then
// email Bob the report"): that request's recipient is named there, and the relay's person is not it.
import type { PromptFacts } from '../../prompt/prompt-facts.js';
import type { Mention } from '../../prompt/mentions.js';
import type { RelayReading } from '../../prompt/phrases/relayed-message.js';
import type { PlaceMention } from '../../prompt/phrases/extract-places.js';
import type { SiblingKeys } from '../sibling-keys.js';

/** Whether a property's name words say whom something goes to: `recipient`, `recipient_name`, a bare `to`. */
export function namesRecipient(words: readonly string[]): boolean {
  return words.includes('recipient') || (words.length === 1 && words[0] === 'to');
}

/** Verbs that open another request addressed to someone ("… and email Bob", "… then transfer $20 to Bob"). */
const ADDRESSING: ReadonlySet<string> = new Set([
  'email', 'text', 'message', 'call', 'ship', 'send', 'mail', 'pay', 'transfer', 'invite', 'ping', 'dm', 'wire', 'venmo',
  'post', 'deliver', 'forward',
]);
/** Words between a request's start and its verb: "and please ship", "and also email", "then just pay". */
const FILLERS: ReadonlySet<string> = new Set(['please', 'also', 'just', 'then', 'and', 'kindly', 'now']);
/** How many filler words are read back from the verb. */
const MAX_FILLERS = 3;

/**
 * Whether a request starts at the verb at `at`: after "and"/"then", or a mark ending a clause (". Ship", ", ship"),
 * with "please", "also" or "just" between ("and please ship", "and also email"); not inside what is relayed
 * ("I'll call Monday").
 */
function opensRequest(prompt: string, at: number): boolean {
  const before = prompt.slice(Math.max(0, at - 48), at).trimEnd().split(/\s+/u);
  for (let read = 0; read <= MAX_FILLERS && before.length > 0; read += 1) {
    const word = before.pop()!;
    // A clause's end ("…, ship the box to Bob"), not a colon, which leads what is relayed ("Tell Bob: email Ana").
    // A message object keeps the relay's person whatever follows (relayFor), so "I'm fine, call Dad" is its text.
    if (/[.,;!?]$/u.test(word)) return true;
    const bare = word.toLowerCase();
    if (bare === 'and' || bare === 'then') return true;
    if (!FILLERS.has(bare)) return false;
  }
  return false;
}

/**
 * Where another request addressed to someone starts after the relay's person: the first ADDRESSING verb that opens a
 * request ("Tell mom I love her and email Bob the report", "… her. Ship the box to Bob"); -1 when none. Words inside
 * what is relayed ("Tell mom I'll call Monday", "Tell Bob I moved to Berlin") open no request.
 */
function otherRequestAt(facts: PromptFacts, after: number): number {
  const { words } = facts.index();
  let first = -1;
  for (const verb of ADDRESSING) {
    for (const at of words.get(verb) ?? []) {
      if (at <= after || (first >= 0 && at >= first)) continue;
      if (opensRequest(facts.prompt, at)) first = at;
    }
  }
  return first;
}

/**
 * Properties beside a recipient that make its object a message like the one relayed: its recipient is the relay's
 * person. A `body` does too (an SMS's), unless a `subject` says it is an email's: "… and email Bob the report" is a
 * request of its own.
 */
const MESSAGE_KEYS: readonly string[] = ['message', 'text', 'content'];

function isMessage(siblings: SiblingKeys): boolean {
  const { byKey } = siblings;
  return MESSAGE_KEYS.some((key) => byKey.has(key)) || (byKey.has('body') && !byKey.has('subject'));
}

/**
 * The relay's reading for a recipient in an object of these `siblings`: for a message (an object with a `message`,
 * `text`, `content`, or a `body` without a `subject`) always; for anything else only while no other request
 * addressed to someone follows the relay. Undefined without a relay.
 */
export function relayFor(context: { facts: PromptFacts; siblings: SiblingKeys }): RelayReading | undefined {
  const { facts } = context;
  const relay = facts.relayed();
  if (relay === undefined || isMessage(context.siblings)) return relay;
  const from = otherRequestAt(facts, relay.person.end);
  if (from < 0) return relay;
  // "… and ship the box to Bob", "… then transfer $20 to Bob": a capitalised name after "to".
  const namedTo = (place: PlaceMention): boolean =>
    place.at > from && place.preposition === 'to' && place.address === undefined && /^\p{Lu}/u.test(place.value);
  if (facts.places().some(namedTo)) return undefined;
  // "… and email Bob the report": the verb, then a capitalised name (not "I").
  const named = /^\p{L}+\s+(\p{Lu}[\p{L}'’]*)/u.exec(facts.prompt.slice(from, from + 64));
  return named !== null && named[1] !== 'I' && !/^I['’]/u.test(named[1]!) ? undefined : relay;
}

/** The person a message is relayed to, close or named, or none (see relayFor). */
export function relayedTo(context: { facts: PromptFacts; siblings: SiblingKeys }): Mention[] {
  const relay = relayFor(context);
  return relay === undefined ? [] : [relay.person];
}

/**
 * Places towards someone around the person a message is relayed to: someone close first of all ("Tell mom I'm
 * late"), a named one before a place in what is relayed ("Email Bob that I sent $50 to Ana" goes to Bob).
 */
export function relayOrder<T extends { at: number }>(context: { facts: PromptFacts; siblings: SiblingKeys }, towards: readonly T[]): { before: T[]; person: Mention | undefined; after: T[] } {
  const relay = relayFor(context);
  if (relay?.kin === true) return { before: [], person: relay.person, after: [...towards] };
  const from = relay?.from;
  const relayed = from === undefined ? [] : towards.filter((place) => place.at >= from);
  if (relay === undefined || relayed.length === 0) return { before: [...towards], person: undefined, after: [] };
  return { before: towards.filter((place) => !relayed.includes(place)), person: relay.person, after: relayed };
}
