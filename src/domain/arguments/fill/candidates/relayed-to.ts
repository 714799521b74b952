// Whoever a message is relayed to ("Tell mom I'm late" → "mom", "Tell Maria I am late" → "Maria"), for a property
// that names whom it goes to: a `recipient`, or a `to` whatever its description ("Recipient", "Recipient name").
// Not when the prompt goes on to send something to someone else ("… and ship the box to Bob", "… then email Bob
// the report"): that other request's recipient is named there, and the relay's person is not it.
import type { PromptFacts } from '../../prompt/prompt-facts.js';
import type { Mention } from '../../prompt/mentions.js';
import type { RelayReading } from '../../prompt/phrases/relayed-message.js';

/** Whether a property's name words say whom something goes to: `recipient`, `recipient_name`, a bare `to`. */
export function namesRecipient(words: readonly string[]): boolean {
  return words.includes('recipient') || (words.length === 1 && words[0] === 'to');
}

/** Verbs that address someone named right after them ("email Bob", "pay Ana"), or with "to" after their object. */
const ADDRESSING: readonly string[] = ['email', 'text', 'message', 'call', 'ship', 'send', 'mail', 'pay', 'transfer', 'invite', 'ping', 'dm', 'wire', 'venmo'];

/** The relay's reading while nobody else is addressed after its person; undefined otherwise or without a relay. */
export function relayFor(facts: PromptFacts): RelayReading | undefined {
  const relay = facts.relayed();
  if (relay === undefined) return undefined;
  const after = relay.person.end;
  // "… ship the box to Bob", "… transfer $20 to Bob": a capitalised name after "to".
  if (facts.places().some((place) => place.at > after && place.preposition === 'to' && /^\p{Lu}/u.test(place.value) && place.address === undefined)) return undefined;
  // "… and email Bob the report": a verb that addresses someone, then a capitalised name (not "I").
  const { words } = facts.index();
  for (const verb of ADDRESSING) {
    for (const at of words.get(verb) ?? []) {
      if (at <= after) continue;
      const next = /^\s+(\p{Lu}[\p{L}'’]*)/u.exec(facts.prompt.slice(at + verb.length, at + verb.length + 40));
      if (next !== null && next[1] !== 'I' && !/^I['’]/u.test(next[1]!)) return undefined;
    }
  }
  return relay;
}

/** The person a message is relayed to, close or named, or none (see relayFor). */
export function relayedTo(facts: PromptFacts): Mention[] {
  const relay = relayFor(facts);
  return relay === undefined ? [] : [relay.person];
}
