// Whether a prompt is worded as a request for a task: it opens (after "please", "can you", "I want to"…) with a
// verb that asks for something done ("Put three in my basket", "Please wake me at 7") or asks after the user's
// own thing or today ("Where is my parcel?", "Is today Friday?"), not a question or a statement ("Why do ships
// float?", "My dad is a cab driver"). A few phrasal verbs ask from a later clause too ("It is too cold in here,
// turn up the heating").
import { splitWords } from './words.js';

/** Words that may come before the verb of a request, read in order ("could you please", "I'd like to"). */
const OPENERS: readonly string[][] = [
  ['please'], ['kindly'], ['hey'], ['hi'], ['just'], ['now'], ['also'], ['then'], ['and'], ['ok'], ['okay'],
  ['can', 'you'], ['could', 'you'], ['would', 'you'], ['will', 'you'], ['i', 'want', 'to'], ['i', 'need', 'to'], ['i', 'd', 'like', 'to'],
  ['i', 'would', 'like', 'to'], ['let', 's'], ['help', 'me'],
];
const VERBS: ReadonlySet<string> = new Set([
  'add', 'arrange', 'back', 'backup', 'book', 'buy', 'call', 'cancel', 'change', 'checkout', 'clean', 'convert',
  'create', 'deliver', 'find', 'get', 'hail', 'list', 'make', 'move', 'order', 'organise', 'organize', 'plan',
  'purchase', 'put', 'repeat', 'reserve', 'rotate', 'run', 'schedule', 'search', 'send', 'set', 'ship', 'show', 'start', 'track', 'turn', 'wake',
]);

/** Questions after the state of the user's own thing, or of today, ask for it looked up ("Where is my parcel?"). */
const LOOKUPS: readonly string[][] = [
  ['what', 'is', 'today'], ['what', 's', 'today'], ['is', 'today'], ['what', 'day', 'is', 'today'],
  ['where', 'is', 'my'], ['where', 's', 'my'], ['where', 'are', 'my'], ['has', 'my'], ['have', 'my'], ['is', 'my'], ['are', 'my'],
  ['did', 'my'], ['when', 'will', 'my'], ['when', 'does', 'my'], ['when', 'do', 'my'],
];

/** Verbs that ask with the word after them wherever a clause opens with them ("…, turn up the heating"). */
const PHRASAL: ReadonlySet<string> = new Set(['turn up', 'turn down', 'turn on', 'turn off']);
/** How much of a prompt is read for a later clause's phrasal verb. */
const CLAUSES_READ = 200;

/** The verb a prompt opens with when it asks for a task, or undefined. Reads its first few words. */
export function requestVerb(prompt: string): string | undefined {
  return openingVerb(prompt) ?? clauseVerb(prompt);
}

function openingVerb(prompt: string): string | undefined {
  const words = splitWords(prompt.slice(0, 80));
  let at = 0;
  for (let step = 0; step < 4; step += 1) {
    const opener = OPENERS.find((phrase) => phrase.every((word, index) => words[at + index] === word));
    if (opener === undefined) break;
    at += opener.length;
  }
  const own = LOOKUPS.find((phrase) => phrase.every((word, index) => words[at + index] === word));
  if (own !== undefined) return own.join(' ');
  const verb = words[at];
  return verb !== undefined && VERBS.has(verb) ? verb : undefined;
}

/** A phrasal verb opening a later clause, after a comma, a semicolon or a sentence's end. */
function clauseVerb(prompt: string): string | undefined {
  const clauses = prompt.slice(0, CLAUSES_READ).split(/[,;.!?]/u).slice(1);
  for (const clause of clauses) {
    const [first, second] = splitWords(clause.slice(0, 40));
    const phrase = `${first ?? ''} ${second ?? ''}`;
    if (PHRASAL.has(phrase)) return phrase;
  }
  return undefined;
}
