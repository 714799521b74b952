// The few words for someone close that stand for a name after a relaying verb, written in any case: "Tell mom I'm
// late", "Let Dad know", and after "my"/"our", "Tell my wife I'm late", "Let my boss know I'm sick". A closed set:
// "Tell the team …", "Tell me a joke" and "Tell the truth" stay asked of the assistant.

import { opensClause } from './relay-says.js';

/** Words that name someone alone, capitalised or not ("mom", "Dad"): "Tell Mom Happy Birthday" says "Happy Birthday". */
const KIN: ReadonlySet<string> = new Set(['mom', 'mum', 'mommy', 'mummy', 'mama', 'dad', 'daddy', 'papa']);
/** Words that name someone alone in lower case; capitalised, they may lead a name ("Tell Grandma Rose happy birthday"). */
const KIN_TITLES: ReadonlySet<string> = new Set(['grandma', 'grandpa', 'granny', 'nana']);
/** Words that name someone after "my"/"our" ("my wife", "our landlord"); every word of KIN does too. */
const ROLES: ReadonlySet<string> = new Set([
  ...KIN, ...KIN_TITLES, 'mother', 'father', 'wife', 'husband', 'partner', 'boss', 'manager', 'sister', 'brother', 'son',
  'daughter', 'girlfriend', 'boyfriend', 'fiance', 'fiancé', 'fiancee', 'fiancée', 'roommate', 'flatmate', 'landlord', 'landlady',
  'neighbor', 'neighbour', 'coworker', 'colleague', 'aunt', 'uncle', 'cousin', 'grandmother', 'grandfather', 'babysitter',
  'nanny', 'assistant', 'doctor', 'dentist', 'teacher', 'coach', 'friend',
]);
const POSSESSIVES: ReadonlySet<string> = new Set(['my', 'our']);

/**
 * How many of the words at `at` name someone close: 1 for a kin word ("mom", "Dad,", "grandma" but not "Grandma"),
 * 2 for a grandparent and a lower-case name ("grandpa joe happy birthday"), 2 for "my"/"our" and a role ("my wife", "our landlord:"); else 0. `bare` gives a word without its case and the
 * marks after it.
 */
export function kinWordsAt(words: readonly string[], at: number, bare: (word: string) => string): number {
  const first = words[at];
  if (first === undefined) return 0;
  const lead = bare(first);
  if (KIN.has(lead)) return 1;
  if (KIN_TITLES.has(lead) && first.startsWith(lead)) return first === lead && namedAfter(words, at + 1) ? 2 : 1;
  const role = words[at + 1];
  // "my, …" is cut by its mark: only "my" as written leads a role.
  return POSSESSIVES.has(first.toLowerCase()) && role !== undefined && ROLES.has(bare(role)) ? 2 : 0;
}

/**
 * How many of the words at `at` name someone close after an "and" joining them to another ("mom and dad", "my mom
 * and sister", "mom and my sister"): those kinWordsAt reads, or a role alone ("sister"); else 0.
 */
export function joinedKinWordsAt(words: readonly string[], at: number, bare: (word: string) => string): number {
  const kin = kinWordsAt(words, at, bare);
  if (kin > 0) return kin;
  const role = words[at];
  return role !== undefined && ROLES.has(bare(role)) ? 1 : 0;
}

/**
 * Whether the lower-case word at `at`, after a grandparent word, is their name: what follows it is said, and it is
 * not, or ends the prompt ("Tell grandpa joe happy birthday", "Tell grandpa joe"; not "Tell grandma dinner is ready").
 */
function namedAfter(words: readonly string[], at: number): boolean {
  const name = words[at];
  if (name === undefined || !/^\p{Ll}+$/u.test(name) || opensClause(words, at)) return false;
  // Ending the prompt, it is their name too ("Tell grandpa joe"): nothing else is said.
  return words[at + 1] === undefined || opensClause(words, at + 1);
}

/** How many words at `at` lead someone close before the word naming them: 1 for "my"/"our" ("my wife"), else 0. */
export function kinLeadAt(words: readonly string[], at: number): number {
  return POSSESSIVES.has((words[at] ?? '').toLowerCase()) ? 1 : 0;
}
