// Shapes of money moved that back the household lexicon's transfer concepts (lexicon-household.ts): an amount beside
// an account or a person, an amount sent ("Send $50 to Bob", "Send Bob $50"), an amount paid ("Pay Bob $20"), money
// sent between the user's own accounts. Sending and paying count only as what is asked: the verb opens the prompt or
// a clause, or follows a polite or wishing lead ("Can you pay…", "I need to send…"), not what is told or relayed
// ("Tell Bob I'll send him $50", "Text Bob: pay Ana $50", "Tell Bob to pay Ana"). Bounded patterns, no nested
// quantifiers: linear in the prompt.
import { AMOUNT, type Shape } from '../shapes.js';

/** An account or a person the money goes to or comes from: "to savings", "from my checking", "to Mom". */
const ACCOUNT_END = /\b(?:to|into|from) (?:(?:my|our|his|her|their|the) )?(?:(?:checking|savings|accounts?|brokerage|joint|personal|wallet|card)(?![\p{L}@])|[A-Z])/u;
/** A relation the money goes to or comes from, in any case: "to mom", "to my landlord"; or "between my accounts". */
const RELATION_END = /\b(?:(?:to|into|from) (?:(?:my|our|his|her|their|the) )?(?:mom|mum|dad|mother|father|landlord|landlady|friend|sister|brother|wife|husband|partner|roommate|son|daughter)\b|between (?:my|our|the) accounts\b)/iu;
/** From one bank account to another, which makes a bare figure an amount: "Move 250 from checking to savings". */
const ACCOUNT_PAIR = /\bfrom (?:(?:my|our|the) )?(?:checking|savings|brokerage) (?:account )?(?:to|into) (?:(?:my|our|the) )?(?:checking|savings|brokerage)\b/iu;
/** Money moved: an amount beside an account or a person ("Move $250 to savings", not "Move the $300 couch to the garage"). */
export const MONEY_MOVED: Shape = {
  label: 'an amount of money and its account',
  found: (prompt) => ((ACCOUNT_END.test(prompt) || RELATION_END.test(prompt)) && AMOUNT.found(prompt)) || (ACCOUNT_PAIR.test(prompt) && /\d/u.test(prompt)),
  tool: new Set(),
};

/**
 * What may stand before a verb asked: a prompt's or a clause's start, a label's colon ("Reminder: pay Bob $20"), a
 * polite, wishing or leading word ("Can you", "I need to", "Kindly", "Let's", "Help me").
 */
const ASKED = String.raw`(?<asked>^|[.,;:!?]\s*|\b(?:please|kindly|and|then|just|now|also|hey|hi|ok|okay|quickly|(?:can|could|would|will) you|(?:need|want|like|have|got) to|let'?s|let (?:me|us)|help me|go ahead and)\s+)`;
/**
 * An amount as written: "$50", "€ 20", "20 dollars"; not goods it is the worth of ("$50 worth of candy", "£40 of
 * groceries", "$20 of pizza", "3 pounds of coffee"): "of" is money only before an owner or a determiner, another
 * amount, a sum ("$15 of rent") or some money ("$20 of gas money"). The number is read whole: a mark ends it.
 */
const NOT_GOODS = String.raw`(?! ?worth\b| of (?![$€£¥₹\d]|\p{L}+['’]s\b|(?:my|your|his|her|our|their|mine|yours|theirs|the|what|it|that|this|these|those|them|each|a|an|rent|savings|lunch|dinner|bills?|fees?|paycheck|salary|budget|debt|loan|money|cash|deposit|share|total|balance|tab|tuition|fare|allowance|wages?|payment|invoice)\b|\p{L}+ money\b))`;
const AMOUNT_TEXT = String.raw`(?:[$€£¥₹] ?\d[\d.,]*(?!\d|[.,]\d)${NOT_GOODS}|\d[\d.,]* ?(?:dollars|euros|bucks|usd|eur|gbp)\b${NOT_GOODS}|\d[\d.,]* ?pounds\b(?! ?(?:worth|of)\b))`;

/**
 * "Send $50 to savings", "send 50 euros…": money sent is the amount right after "send" (a person or an article
 * between at most), in a prompt that sends no message, reminder or invoice of its own ("Send the invoice for $300 to
 * accounts@acme.com") and no goods worth an amount ("a $50 gift card").
 */
const SENT_AMOUNT = new RegExp(String.raw`${ASKED}send (?:(?:money|funds|cash):? )?(?:(?:him|her|them|\p{Lu}\p{Ll}+) )?(?:(?:a|an|the|another) )?${AMOUNT_TEXT}`, 'giu');
const SENT_THING = /\bsend (?:(?:me|him|her|them|us|\p{L}+) )?(?:(?:a|an|the|this|that|my|our|another) )?(?:(?:quick|short|new) )?(?:message|text|reminder|invoice|email|e-mail|mail|note|receipt|report|bill|letter|link|file|photo|picture|memo|notification)s?\b/iu;
/** An amount sent straight to someone named: "Send Bob $50", "Please send mom 20 dollars" (the name as written: SOMEONE). */
const SENT_TO_SOMEONE = new RegExp(String.raw`${ASKED}send (?<someone>[\p{L}'’]+) ${AMOUNT_TEXT}`, 'giu');
const SOMEONE = /^(?:him|her|them|mom|mum|dad|\p{Lu}\p{Ll}+)$/u;
/** Goods worth an amount, sent: "a $50 gift card", "the $20 voucher". */
const SENT_GOODS = /[$€£¥₹] ?\d[\d.,]* (?:gift ?cards?|e-?gift|vouchers?|coupons?|certificates?|tickets?|gifts?)\b/iu;
export const MONEY_SENT: Shape = {
  label: 'an amount of money sent to an account',
  found: (prompt) => askedIn(prompt, SENT_AMOUNT) && !SENT_THING.test(prompt) && !SENT_GOODS.test(prompt)
    && (MONEY_MOVED.found(prompt) || askedIn(prompt, SENT_TO_SOMEONE, (match) => SOMEONE.test(match.groups?.someone ?? ''))),
  tool: new Set(),
};

/**
 * Paying someone an amount, asked: "Pay Bob $20", "Can you pay the plumber 150 dollars", "Pay $40 to Ana"; not told or
 * reported ("Tell Bob to pay Ana $20", "I can pay 20 dollars", "Remind me to pay Bob"); the money goes out, not to the
 * user ("pay me"); a payee is named (one to three words, none a bill or an invoice, which a tool paying bills takes).
 */
/** An amount paid: whatever it is "of", paying moves money ("Pay Bob $20 of pizza"). */
const PAID_TEXT = String.raw`(?:[$€£¥₹] ?\d[\d.,]*(?!\d|[.,]\d)|\d[\d.,]* ?(?:dollars|euros|pounds|bucks|usd|eur|gbp)\b)(?! ?worth\b)`;
const PAID_AMOUNT = new RegExp(String.raw`${ASKED}pay\s+(?:(?:(?!me\b|us\b|bills?\b|invoices?\b|for\b)[\p{L}'’]+\s+){1,3}${PAID_TEXT}|[$€£¥₹] ?\d[\d.,]*\s+to\s+\p{L})`, 'giu');
export const MONEY_PAID: Shape = {
  label: 'an amount of money paid',
  found: (prompt) => askedIn(prompt, PAID_AMOUNT),
  tool: new Set(),
};

/**
 * One of the user's own accounts the money goes to or comes from, named without the word "account", which is a sign
 * of its own ("to savings", "from my checking"; "to my savings account" needs no second sign).
 */
const OWN_ACCOUNT = /\b(?:to|into|from) (?:(?:my|our|the) )?(?:checking|savings|brokerage)\b(?! accounts?\b)/iu;
/** Money sent between the user's own accounts ("Send $50 to savings from checking"), not to a person ("Send $20 to Sam"). */
export const SENT_BETWEEN_ACCOUNTS: Shape = {
  label: 'an amount of money sent to one of the user\'s accounts',
  found: (prompt) => OWN_ACCOUNT.test(prompt) && MONEY_SENT.found(prompt),
  tool: new Set(),
};

/**
 * A clause relaying to someone: what follows in it is said, not asked ("Tell Bob please send $50 to Ana", "Hey, tell
 * Bob…", "Ask Bob: send $50 to Ana"); not asking someone for or about a thing ("Ask Bob for his number, then …").
 */
const RELAY_OPENING = /^\s*(?:(?:please|can you|could you|now|also|hey|hi|ok|okay|so)[,\s]+){0,3}(?:tell|text|message|let|email|dm|remind|ask(?!\s+(?:\S+\s+){0,3}?(?:for|about)\b))\s+(?!me\b|us\b)\S/iu;
/** Where a clause ends: a sentence's mark, or "and"/"then" joining another request. */
const CLAUSE_END = /[.;!?\n]|\b(?:and|then)\s/giu;
/** How far back a clause's start is looked for. */
const CLAUSE_REACH = 240;
/** How many matches of a shape are looked at. */
const MAX_MATCHES = 64;

/**
 * Whether `pattern` (global) matches where the verb is asked: not in a clause that relays to someone ("Tell Bob to
 * please pay Ana $20", "Text Bob that I'll just send $20 to Ana", "Text Bob: pay Ana $50"). `also` checks a match.
 */
function askedIn(prompt: string, pattern: RegExp, also: (match: RegExpExecArray) => boolean = () => true): boolean {
  pattern.lastIndex = 0;
  for (let count = 0; count < MAX_MATCHES; count += 1) {
    const match = pattern.exec(prompt);
    if (match === null) return false;
    if (match[0].length === 0) pattern.lastIndex += 1;
    // The clause up to the verb, its lead included: "… and send" starts anew, "Tell Bob to please pay" relays.
    const verbAt = match.index + (match.groups?.asked?.length ?? 0);
    if (also(match) && !RELAY_OPENING.test(clauseOf(prompt, verbAt))) return true;
  }
  return false;
}

/** The clause ending at `at`, from its start (read back at most CLAUSE_REACH characters). */
function clauseOf(prompt: string, at: number): string {
  const from = Math.max(0, at - CLAUSE_REACH);
  const before = prompt.slice(from, at);
  let start = 0;
  CLAUSE_END.lastIndex = 0;
  for (let end = CLAUSE_END.exec(before); end !== null; end = CLAUSE_END.exec(before)) start = end.index + end[0].length;
  return before.slice(start);
}
