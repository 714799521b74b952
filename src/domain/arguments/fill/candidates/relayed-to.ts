// Whoever a message is relayed to ("Tell mom I'm late" → "mom", "Tell Maria I am late" → "Maria"), for a property
// that names whom it goes to: a `recipient`, or a `to` whatever its description ("Recipient", "Recipient name").
import type { PromptFacts } from '../../prompt/prompt-facts.js';
import type { Mention } from '../../prompt/mentions.js';

/** Whether a property's name words say whom something goes to: `recipient`, `recipient_name`, a bare `to`. */
export function namesRecipient(words: readonly string[]): boolean {
  return words.includes('recipient') || (words.length === 1 && words[0] === 'to');
}

/** The person a message is relayed to, close or named, or none. */
export function relayedTo(facts: PromptFacts): Mention[] {
  const relay = facts.relayed();
  return relay === undefined ? [] : [relay.person];
}
