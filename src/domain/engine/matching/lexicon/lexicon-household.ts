// Concepts of the lexicon (lexicon.ts) for a household's tools: its lights, its money moved between accounts and
// the balance of one, a box it sends. Each is weak: everyday words ("light", "move", "much") ask for such a tool only beside
// another sign — a second word of theirs, a word the tool shares, an amount, or a request's wording — and a transfer
// needs its amount and account, a balance its account.
import { AMOUNT, type Shape } from '../shapes.js';
import { keywords as fold } from '../../words.js';
import { TURNED_HEAT, TURNED_LIGHT, TURNING_IT } from './lexicon-work.js';

/** An account or a person the money goes to or comes from: "to savings", "from my checking", "to Mom". */
const ACCOUNT_END = /\b(?:to|into|from) (?:(?:my|our|his|her|their|the) )?(?:(?:checking|savings|accounts?|brokerage|joint|personal|wallet|card)(?![\p{L}@])|[A-Z])/u;
/** A relation the money goes to or comes from, in any case: "to mom", "to my landlord"; or "between my accounts". */
const RELATION_END = /\b(?:(?:to|into|from) (?:(?:my|our|his|her|their|the) )?(?:mom|mum|dad|mother|father|landlord|landlady|friend|sister|brother|wife|husband|partner|roommate|son|daughter)\b|between (?:my|our|the) accounts\b)/iu;
/** From one bank account to another, which makes a bare figure an amount: "Move 250 from checking to savings". */
const ACCOUNT_PAIR = /\bfrom (?:(?:my|our|the) )?(?:checking|savings|brokerage) (?:account )?(?:to|into) (?:(?:my|our|the) )?(?:checking|savings|brokerage)\b/iu;
/** Money moved: an amount beside an account or a person ("Move $250 to savings", not "Move the $300 couch to the garage"). */
const MONEY_MOVED: Shape = {
  label: 'an amount of money and its account',
  found: (prompt) => ((ACCOUNT_END.test(prompt) || RELATION_END.test(prompt)) && AMOUNT.found(prompt)) || (ACCOUNT_PAIR.test(prompt) && /\d/u.test(prompt)),
  tool: new Set(),
};

/**
 * "Send $50 to savings", "send 50 euros…": money sent is the amount right after "send" (a person or an article
 * between at most), not told of ("Tell Bob to send $40"), in a prompt that sends no message, reminder or invoice of
 * its own ("Send the invoice for $300 to accounts@acme.com", "Send a message to Ana: please send $20…").
 */
const SENT_AMOUNT = /(?<!\bto )\bsend (?:(?:money|funds|cash):? )?(?:(?:me|him|her|them|us|\p{Lu}\p{Ll}+) )?(?:(?:a|an|the|another) )?(?:[$€£¥₹] ?\d|\d)/iu;
const SENT_THING = /\bsend (?:(?:me|him|her|them|us|\p{L}+) )?(?:(?:a|an|the|this|that|my|our|another) )?(?:(?:quick|short|new) )?(?:message|text|reminder|invoice|email|e-mail|mail|note|receipt|report|bill|letter|link|file|photo|picture|memo|notification)s?\b/iu;
/** An amount sent straight to someone named: "Send Bob $50", "send mom 20 dollars". */
const SENT_TO_SOMEONE = /(?<!\bto )\bsend (?:him|her|them|\p{Lu}\p{Ll}+|mom|mum|dad) (?:[$€£¥₹] ?\d|\d+(?:[.,]\d+)? ?(?:dollars|euros|pounds|bucks)\b)/iu;
/** Goods worth an amount, sent: "a $50 gift card", "the $20 voucher". */
const SENT_GOODS = /[$€£¥₹] ?\d[\d.,]* (?:gift ?cards?|e-?gift|vouchers?|coupons?|certificates?|tickets?|gifts?)\b/iu;
const MONEY_SENT: Shape = {
  label: 'an amount of money sent to an account',
  found: (prompt) => SENT_AMOUNT.test(prompt) && !SENT_THING.test(prompt) && !SENT_GOODS.test(prompt) && (MONEY_MOVED.found(prompt) || SENT_TO_SOMEONE.test(prompt)),
  tool: new Set(),
};

/**
 * Paying someone an amount, asked: "Pay Bob $20", "please pay the plumber 150 dollars", "Pay $40 to Ana". "pay" opens
 * the prompt or a clause (after a mark, "please", "and", "then", "just", "now", "also"), so that one told or reported
 * ("Tell Bob to pay Ana $20", "I can pay 20 dollars", "Remind me to pay Bob") is none; the money goes out, not to the
 * user ("pay me"); a payee is named (one to three words, none a bill or an invoice, which a tool paying bills takes).
 */
const PAID_AMOUNT = /(?:^|[.,;:!?]\s*|\b(?:please|and|then|just|now|also)\s+)pay\s+(?:(?!me\b|us\b|bills?\b|invoices?\b|for\b)[\p{L}'’]+\s+){1,3}(?:[$€£¥₹] ?\d|\d+(?:[.,]\d+)? ?(?:dollars|euros|pounds|bucks|usd|eur|gbp)\b)|(?:^|[.,;:!?]\s*|\b(?:please|and|then|just|now|also)\s+)pay\s+[$€£¥₹] ?\d[\d.,]*\s+to\s+\p{L}/iu;
const MONEY_PAID: Shape = {
  label: 'an amount of money paid',
  found: (prompt) => PAID_AMOUNT.test(prompt),
  tool: new Set(),
};

/**
 * One of the user's own accounts the money goes to or comes from, named without the word "account", which is a sign
 * of its own ("to savings", "from my checking"; "to my savings account" needs no second sign).
 */
const OWN_ACCOUNT = /\b(?:to|into|from) (?:(?:my|our|the) )?(?:checking|savings|brokerage)\b(?! accounts?\b)/iu;
/** Money sent between the user's own accounts ("Send $50 to savings from checking"), not to a person ("Send $20 to Sam"). */
const SENT_BETWEEN_ACCOUNTS: Shape = {
  label: 'an amount of money sent to one of the user\'s accounts',
  found: (prompt) => OWN_ACCOUNT.test(prompt) && MONEY_SENT.found(prompt),
  tool: new Set(),
};

export const HOUSEHOLD_CONCEPTS = [
  {
    // A box sent is a parcel ("Send the box to Bob"), one put away is not; senses.ts drops a box score, a text box.
    label: 'a parcel',
    prompt: fold('box'),
    tool: fold('delivery deliver shipping shipment courier parcel package'),
    weak: true,
    // "send" near a box leaves the words a concept reads (senses.ts): the phrase reads it.
    needs: new Set<string>(),
    needsPhrase: /\b(?:send|sending|ship|shipping|mail|mailing|post|posting|courier|deliver)\b/u,
  },
  {
    label: 'lights',
    prompt: fold('light lights lamp lamps dim dimmer brighten brighter darker bulb bulbs'),
    tool: fold('light lights lighting brightness lamp lamps dimmer bulb'),
    weak: true,
  },
  {
    // "Move $250 from checking to savings": a verb of moving money, only beside
    // an amount of money and an account or a person ("Move 2 chairs to the kitchen" moves furniture).
    label: 'a transfer of money',
    prompt: fold('move wire transfer'),
    // send_money moves money as transfer_funds does.
    tool: fold('transfer funds payment money'),
    weak: true,
    backedBy: MONEY_MOVED,
    onlyBacked: true,
  },
  {
    // "Send £40 to my personal account": sending is a transfer only for the amount sent (MONEY_SENT).
    label: 'money sent',
    prompt: fold('send'),
    tool: fold('transfer funds payment money'),
    weak: true,
    backedBy: MONEY_SENT,
    onlyBacked: true,
    demotes: true,
  },
  {
    // "Pay Bob $20": paying someone an amount moves money (MONEY_PAID).
    label: 'money paid',
    prompt: fold('pay'),
    tool: fold('transfer funds money payment'),
    weak: true,
    backedBy: MONEY_PAID,
    onlyBacked: true,
  },
  {
    // "Send $50 to savings from checking": the user's own account named is a second sign of a transfer, beside the
    // "send" a message tool shares.
    label: 'money sent between accounts',
    prompt: fold('savings checking brokerage'),
    tool: fold('transfer funds payment'),
    weak: true,
    backedBy: SENT_BETWEEN_ACCOUNTS,
    onlyBacked: true,
  },
  {
    // "How much money is in my savings?": how much is left asks for a balance, of an account the prompt names ("How
    // much money does a dentist make?", "How much is left of the pizza?" name none).
    label: 'a balance',
    prompt: fold('much money left available'),
    tool: fold('balance balances'),
    weak: true,
    needs: fold('account accounts checking savings wallet card bank brokerage'),
    // The user's own money names the account too: "How much money do I have (left)?".
    needsPhrase: /\bhow much money (?:do|does|did) (?:i|we) (?:still )?have\b(?! to\b)/u,
  },
  {
    // "It is cold in here, turn it up", "Turn it down to 18 degrees": "it" turned beside the heat is the thermostat.
    label: 'turning the heat up or down',
    prompt: fold('turn'),
    tool: fold('thermostat temperature heating'),
    needs: TURNED_HEAT,
    alsoPhrase: TURNING_IT,
  },
  {
    // "The lights are too bright, turn it down": beside the light, the brightness.
    label: 'turning the light up or down',
    prompt: fold('turn'),
    tool: fold('brightness light lights lamp dimmer'),
    needs: TURNED_LIGHT,
    alsoPhrase: TURNING_IT,
  },
] as const;
