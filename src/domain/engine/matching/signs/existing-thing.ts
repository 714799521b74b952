// A thing the prompt names by its id ("Ticket 5530 is pending", "order #5512") exists already: a tool that creates
// one of that kind (create_ticket) is not asked for it, unless the prompt asks for something made ("Create a ticket
// like ticket 5530", "Log a bug: issue 42 reappeared"). One pass over the prompt's opening with a bounded pattern.
import { splitWords } from '../../words.js';
import { toolAction, type Action } from '../actions.js';

/** A noun right before an id: "ticket 5530", "order #5512". Bounded words on a bounded window: linear. */
const NAMED_BY_ID = /\b(\p{L}{3,20}) #?\d{2,12}\b/gu;
/** How much of the prompt is read for things named by id. */
const WINDOW = 400;
/**
 * Words that ask for a thing made even where the verb is not read as creating ("Log a bug: issue 42 reappeared",
 * "Ticket 5530 needs a follow-up ticket", "Raise an incident for order 5512"). Not "open": a ticket said open exists.
 */
const MAKING: ReadonlySet<string> = new Set(['log', 'report', 'raise', 'submit', 'file', 'new', 'another', 'follow', 'followup']);

/** The nouns the prompt names by an id, plurals folded. */
function nounsById(prompt: string): Set<string> {
  const nouns = new Set<string>();
  for (const match of prompt.slice(0, WINDOW).matchAll(NAMED_BY_ID)) nouns.add(match[1]!.toLowerCase());
  return nouns;
}

/** Whether a tool creates a thing of a kind the prompt names by its id, with no making asked ("Ticket 5530 is pending": create_ticket). */
export function createsNamedThing(tool: { name: string; description?: string | undefined }, read: { prompt: string; asked: Action | undefined }): boolean {
  if (read.asked?.group === 'create') return false;
  const action = toolAction(tool.name, tool.description ?? '');
  if (action?.group !== 'create') return false;
  const nouns = nounsById(read.prompt);
  if (nouns.size === 0) return false;
  if (splitWords(read.prompt.slice(0, WINDOW)).some((word) => MAKING.has(word))) return false;
  return splitWords(tool.name).some((word) => word !== action.word && (nouns.has(word) || nouns.has(word.endsWith('s') ? word.slice(0, -1) : word)));
}
