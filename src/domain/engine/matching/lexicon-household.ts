// Concepts of the lexicon (lexicon.ts) for a household's tools: its lights, its money moved between accounts and
// the balance of one. Each is weak: everyday words ("light", "move", "much") ask for such a tool only beside
// another sign — a second word of theirs, a word the tool shares, an amount, or a request's wording.
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
    // "Move $250 from checking to savings": a verb of moving money, backed by the amount.
    label: 'a transfer of money',
    prompt: fold('move wire transfer'),
    tool: fold('transfer funds payment'),
    weak: true,
    backedBy: AMOUNT,
  },
  {
    // "How much money is in my savings?": how much is left asks for a balance.
    label: 'a balance',
    prompt: fold('much money left available'),
    tool: fold('balance balances'),
    weak: true,
  },
] as const;
