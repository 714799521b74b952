// Whoever a message is relayed to ("Tell mom I'm late" → "mom", "Tell Maria I am late" → "Maria"), for a property
// that names whom it goes to: a `recipient`, or a `to` whatever its description ("Recipient", "Recipient name").
// Not when the prompt goes on to another request addressed to someone else ("… and ship the box to Bob", "… then
// email Bob the report"): that request's recipient is named there, and the relay's person is not it.
import type { PromptFacts } from '../../prompt/prompt-facts.js';
import type { Mention } from '../../prompt/mentions.js';
import type { RelayReading } from '../../prompt/phrases/relayed-message.js';
import type { SiblingKeys } from '../sibling-keys.js';

/** Whether a property's name words say whom something goes to: `recipient`, `recipient_name`, a bare `to`. */
export function namesRecipient(words: readonly string[]): boolean {
  return words.includes('recipient') || (words.length === 1 && words[0] === 'to');
}

/** Verbs that open another request addressed to someone ("… and email Bob", "… then transfer $20 to Bob"). */
const ADDRESSING: ReadonlySet<string> = new Set(['email', 'text', 'message', 'call', 'ship', 'send', 'mail', 'pay', 'transfer', 'invite', 'ping', 'dm', 'wire', 'venmo', 'post', 'deliver', 'forward']);
/** Words that join another request to the relay: "and", "then" ("…, then transfer $20 to Bob"). */
const JOINERS: readonly string[] = ['and', 'then'];

/**
 * Where another request addressed to someone starts after the relay's person: just after an "and"/"then" followed by
 * one of the ADDRESSING verbs ("Tell mom I love her and email Bob the report"); -1 when none. Words inside what is
 * relayed ("Tell mom I'll call Monday", "Tell Bob I moved to Berlin") open no request.
 */
function otherRequestAt(facts: PromptFacts, after: number): number {
  const { words } = facts.index();
  let first = -1;
  for (const joiner of JOINERS) {
    for (const at of words.get(joiner) ?? []) {
      const end = at + joiner.length;
      if (at <= after || (first >= 0 && end >= first)) continue;
      const next = /^\s+(\p{L}+)/u.exec(facts.prompt.slice(end, end + 24));
      if (next !== null && ADDRESSING.has(next[1]!.toLowerCase())) first = end;
    }
  }
  return first;
}

/**
 * Properties beside a recipient that make its object a message like the one relayed: its recipient is the relay's
 * person. An email's `body` is not among them: "… and email Bob the report" is a request of its own.
 */
const MESSAGE_KEYS: readonly string[] = ['message', 'text', 'content'];

/**
 * The relay's reading for a recipient in an object of these `siblings`: for a message (an object with a `message`,
 * `text` or `content`) always; for anything else only while no other request addressed to someone follows
 * the relay. Undefined without a relay.
 */
export function relayFor(context: { facts: PromptFacts; siblings: SiblingKeys }): RelayReading | undefined {
  const { facts } = context;
  const relay = facts.relayed();
  if (relay === undefined || MESSAGE_KEYS.some((key) => context.siblings.byKey.has(key))) return relay;
  const from = otherRequestAt(facts, relay.person.end);
  if (from < 0) return relay;
  // "… and ship the box to Bob", "… then transfer $20 to Bob": a capitalised name after "to".
  if (facts.places().some((place) => place.at > from && place.preposition === 'to' && /^\p{Lu}/u.test(place.value) && place.address === undefined)) return undefined;
  // "… and email Bob the report": the verb, then a capitalised name (not "I").
  const named = /^\s+\p{L}+\s+(\p{Lu}[\p{L}'’]*)/u.exec(facts.prompt.slice(from, from + 64));
  return named !== null && named[1] !== 'I' && !/^I['’]/u.test(named[1]!) ? undefined : relay;
}

/** The person a message is relayed to, close or named, or none (see relayFor). */
export function relayedTo(context: { facts: PromptFacts; siblings: SiblingKeys }): Mention[] {
  const relay = relayFor(context);
  return relay === undefined ? [] : [relay.person];
}
