// The account money goes to or comes from, for a property naming where it goes (`to`, `recipient`, `payee`,
// `destination`, `to_account`) or where it comes from (`from`, `source`, `from_account`) beside an amount: the
// user's own account after its direction word ("to savings", "into my checking account", "from my brokerage"),
// lower-case as it is, so that no reader of places or people takes it; whom an amount is paid or sent ("Pay Bob
// $20", "Pay $40 to Ana" for a payee), which a property money comes from does not take. Read on the prompt's word
// spans and one bounded pattern.
import { fromMention, type Candidate } from './candidate.js';
import type { CandidateContext } from './candidates-explicit.js';
import { direction } from '../direction.js';
import { directedPhrases } from '../../prompt/phrases/extract-things.js';
import { nameWords } from '../../prompt/names.js';
import type { Mention } from '../../prompt/mentions.js';

/** Words naming one of the user's accounts. */
const ACCOUNT_WORDS: ReadonlySet<string> = new Set(['checking', 'chequing', 'savings', 'brokerage', 'account', 'wallet', 'ira']);
/** Names of whom money goes to, which name no direction of their own. */
const PAYEE_WORDS: ReadonlySet<string> = new Set(['recipient', 'payee', 'beneficiary']);
/** Names of a sibling that takes the amount moved. */
const AMOUNT_WORDS: ReadonlySet<string> = new Set(['amount', 'sum']);

export function accountCandidates(context: CandidateContext): Candidate[] {
  const { property, facts } = context;
  if (!property.types.has('string') || property.enumValues.length > 0) return [];
  const way = direction(property.words) ?? (property.words.some((word) => PAYEE_WORDS.has(word)) ? 'to' : undefined);
  if (way === undefined || !movesAmount(context)) return [];
  const payee = property.words.some((word) => PAYEE_WORDS.has(word));
  const found: Candidate[] = [];
  for (const phrase of directedPhrases(facts.prompt, facts.wordSpans(), way)) {
    // "savings today" is "savings": the phrase ends at its last account word; a payee takes whoever it goes to.
    const words = phrase.value.split(' ');
    let last = words.length - 1;
    while (last >= 0 && !ACCOUNT_WORDS.has(words[last]!.toLowerCase())) last -= 1;
    if (last < 0 && !payee) continue;
    const value = last < 0 ? phrase.value : words.slice(0, last + 1).join(' ');
    found.push(fromMention(property, { value, at: phrase.at, end: phrase.at + value.length }));
  }
  const paid = way === 'to' ? payeeIn(facts.prompt) : undefined;
  if (paid !== undefined) found.push(fromMention(property, paid));
  return found;
}

/**
 * "pay" or "send", then the payee before an amount: after an owner or "the", a noun of one or two words ("the
 * electric company"); else a name of one or two capitalised words, or one word ("mom"), never a pronoun ("send him").
 */
const PAID = /\b(?:[Pp]ay|PAY|[Ss]end|SEND)\s+(?:(?:my|the|our)\s+([\p{L}'’]+(?:\s+(?!back\b)[\p{L}'’]+)?)|(?!(?:him|her|them|me|us|it|you)\b)([\p{L}'’]+(?:\s+\p{Lu}[\p{L}'’]*)?))(?=\s+(?:back\s+)?(?:[$€£¥₹]\s?)?\d)/u;
/** How much of the prompt the payee is looked for in. */
const MAX_READ = 2000;

/** Whom an amount is paid or sent: "Pay Bob $20", "Pay the plumber 150 dollars", "Send mom 20 dollars". */
function payeeIn(prompt: string): Mention | undefined {
  const paid = PAID.exec(prompt.slice(0, MAX_READ));
  const value = paid?.[1] ?? paid?.[2];
  if (paid === null || value === undefined) return undefined;
  const at = paid.index + paid[0].length - value.length;
  return { value, at, end: at + value.length };
}

/**
 * For a property money comes from beside an amount, whether a place is other than whom the amount is paid
 * ("Pay Bob $20" takes no `from` Bob); every place for any other property.
 */
export function notPaid(context: CandidateContext, words: readonly string[]): (place: { at: number; end: number }) => boolean {
  const paid = direction(words) === 'from' && movesAmount(context) ? payeeIn(context.facts.prompt) : undefined;
  return (place) => paid === undefined || place.end <= paid.at || paid.end <= place.at;
}

function movesAmount(context: CandidateContext): boolean {
  for (const entries of context.siblings.byKey.values()) {
    for (const entry of entries) if (nameWords(entry.name).some((word) => AMOUNT_WORDS.has(word))) return true;
  }
  return false;
}
