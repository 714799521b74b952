// A thing the prompt names by its id ("Ticket 5530 is pending", "order #5512") exists already: a tool that creates
// one of that kind (create_ticket) is not asked for it, unless the prompt asks for something made ("Create a ticket
// like ticket 5530", "Log a bug: issue 42 reappeared"); "set" or "put" before it changes it ("Set ticket 5530 to
// closed") unless an article and the thing's noun follow ("Set up a ticket: …"). One pass over the prompt's opening
// with a bounded pattern.
import { splitWords } from '../../words.js';
import { toolAction, type Action } from '../actions.js';

/** A noun right before an id: "ticket 5530", "order #5512". Bounded words on a bounded window: linear. */
const NAMED_BY_ID = /\b(\p{L}{3,20}) #?\d{2,12}\b/gu;
/** How much of the prompt is read for things named by id. */
const WINDOW = 400;
/** Verbs that open a request for a thing made when an article follows ("Log a bug: issue 42 reappeared", "Raise an incident"). */
const MAKING_VERBS: ReadonlySet<string> = new Set(['log', 'report', 'raise', 'submit', 'file']);
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'another', 'new']);
/** Words that ask for one more of a kind right before its noun ("needs a follow-up ticket", "another ticket"). */
const ANOTHER: ReadonlySet<string> = new Set(['new', 'another', 'follow', 'followup', 'second', 'separate']);
/** Making verbs that as often change a thing named by its id ("Set ticket 5530 to closed", "Put order 5512 on hold"). */
const CHANGING_TOO: ReadonlySet<string> = new Set(['set', 'put']);

/** Particles after set/put that leave them asking for a thing made ("Set up a ticket", "Put in a ticket"). */
const PARTICLES: ReadonlySet<string> = new Set(['up', 'in', 'together']);

/** Whether the prompt asks for a thing made in words the action reader does not take as creating. */
function asksMade(prompt: string, nouns: readonly string[]): boolean {
  const words = splitWords(prompt.slice(0, WINDOW));
  if (MAKING_VERBS.has(words[0] ?? '') && ARTICLES.has(words[1] ?? '')) return true;
  if (CHANGING_TOO.has(words[0] ?? '') && setsUpOne(words, nouns)) return true;
  return words.some((word, index) => nouns.includes(word) && [words[index - 1], words[index - 2]].some((before) => before !== undefined && ANOTHER.has(before)));
}

/**
 * Whether set/put (first of `words`) asks for one of `nouns` made: an article and the noun within two words after it,
 * a particle between allowed ("Set up a ticket", "Put in a ticket", "Put a ticket in"; not "Set ticket 5530 to closed").
 */
function setsUpOne(words: readonly string[], nouns: readonly string[]): boolean {
  const article = PARTICLES.has(words[1] ?? '') ? 2 : 1;
  if (!ARTICLES.has(words[article] ?? '')) return false;
  return [words[article + 1], words[article + 2]].some((word) => word !== undefined && nouns.includes(word));
}

/** The nouns the prompt names by an id, plurals folded. */
function nounsById(prompt: string): Set<string> {
  const nouns = new Set<string>();
  for (const match of prompt.slice(0, WINDOW).matchAll(NAMED_BY_ID)) nouns.add(match[1]!.toLowerCase());
  return nouns;
}

/** Whether a tool creates a thing of a kind the prompt names by its id, with no making asked ("Ticket 5530 is pending": create_ticket). */
export function createsNamedThing(tool: { name: string; description?: string | undefined }, read: { prompt: string; asked: Action | undefined }): boolean {
  if (read.asked?.group === 'create' && !CHANGING_TOO.has(read.asked.word)) return false;
  const action = toolAction(tool.name, tool.description ?? '');
  if (action?.group !== 'create') return false;
  const nouns = nounsById(read.prompt);
  if (nouns.size === 0) return false;
  const made = splitWords(tool.name).filter((word) => word !== action.word);
  if (asksMade(read.prompt, made)) return false;
  return made.some((word) => nouns.has(word) || nouns.has(word.endsWith('s') ? word.slice(0, -1) : word));
}
