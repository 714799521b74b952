// Concepts of the lexicon (lexicon.ts) for a household's tools: its lights, its money moved between accounts and
// the balance of one. Each is weak: everyday words ("light", "move", "much") ask for such a tool only beside
// another sign — a second word of theirs, a word the tool shares, an amount, or a request's wording — and a transfer
// needs its amount, a balance its account.
import { AMOUNT } from './shapes.js';
import { keywords as fold } from '../words.js';

export const HOUSEHOLD_CONCEPTS = [
  {
    label: 'lights',
    prompt: fold('light lights lamp lamps dim dimmer brighten brighter darker bulb bulbs'),
    tool: fold('light lights lighting brightness lamp lamps dimmer bulb'),
    weak: true,
  },
  {
    // "Move $250 from checking to savings": a verb of moving money, only beside an amount of money ("Move 2 chairs
    // to the kitchen" moves furniture).
    label: 'a transfer of money',
    prompt: fold('move wire transfer'),
    tool: fold('transfer funds payment'),
    weak: true,
    backedBy: AMOUNT,
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
  },
] as const;
