// Concepts of the lexicon (lexicon.ts) for a household's tools: its lights, its money moved between accounts and
// the balance of one, a box it sends. Each is weak: everyday words ("light", "move", "much") ask for such a tool only beside
// another sign — a second word of theirs, a word the tool shares, an amount, or a request's wording — and a transfer
// needs its amount and account, a balance its account.
import { keywords as fold } from '../../words.js';
import { MONEY_MOVED, MONEY_PAID, MONEY_SENT, SENT_BETWEEN_ACCOUNTS } from './money-shapes.js';
import { TURNED_HEAT, TURNED_LIGHT, TURNING_IT } from './lexicon-work.js';

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
