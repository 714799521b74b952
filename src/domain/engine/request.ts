// Whether a prompt is worded as a request for a task: it opens (after "please", "can you", "I want to"…) with a
// verb that asks for something done ("Put three in my basket", "Please wake me at 7"), not a question or a
// statement ("Why do ships float?", "My dad is a cab driver").
import { splitWords } from './words.js';

/** Words that may come before the verb of a request, read in order ("could you please", "I'd like to"). */
const OPENERS: readonly string[][] = [
  ['please'], ['kindly'], ['now'], ['also'], ['then'], ['and'], ['ok'], ['okay'], ['can', 'you'], ['could', 'you'],
  ['would', 'you'], ['will', 'you'], ['i', 'want', 'to'], ['i', 'need', 'to'], ['i', 'd', 'like', 'to'],
  ['i', 'would', 'like', 'to'], ['let', 's'], ['help', 'me'],
];
const VERBS: ReadonlySet<string> = new Set([
  'add', 'arrange', 'back', 'book', 'buy', 'call', 'cancel', 'change', 'clean', 'convert', 'create', 'deliver', 'find',
  'get', 'hail', 'list', 'make', 'move', 'order', 'organise', 'organize', 'plan', 'purchase', 'put', 'repeat',
  'reserve', 'rotate', 'run', 'schedule', 'search', 'send', 'set', 'ship', 'show', 'start', 'track', 'turn', 'wake',
]);

/** The verb a prompt opens with when it asks for a task, or undefined. Reads its first few words. */
export function requestVerb(prompt: string): string | undefined {
  const words = splitWords(prompt.slice(0, 80));
  let at = 0;
  for (let step = 0; step < 4; step += 1) {
    const opener = OPENERS.find((phrase) => phrase.every((word, index) => words[at + index] === word));
    if (opener === undefined) break;
    at += opener.length;
  }
  const verb = words[at];
  return verb !== undefined && VERBS.has(verb) ? verb : undefined;
}
