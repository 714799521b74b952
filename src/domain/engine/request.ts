// Whether a prompt is worded as a request for a task: it opens (after "please", "can you"…) with a verb that
// asks for something done ("Put three in my basket", "Please wake me at 7"), not a question or a statement.
import { splitWords } from './words.js';

const OPENERS: ReadonlySet<string> = new Set(['please', 'can', 'could', 'would', 'will', 'you', 'kindly', 'now', 'also', 'then', 'and', 'ok', 'okay']);
const VERBS: ReadonlySet<string> = new Set([
  'add', 'arrange', 'book', 'buy', 'call', 'cancel', 'change', 'convert', 'create', 'deliver', 'find', 'get', 'hail',
  'list', 'make', 'move', 'order', 'plan', 'purchase', 'put', 'reserve', 'rotate', 'run', 'schedule', 'search',
  'send', 'set', 'ship', 'show', 'start', 'track', 'turn', 'wake', 'back', 'clean', 'repeat', 'organize', 'organise',
]);

/** The verb a prompt opens with when it asks for a task, or undefined. Reads its first few words. */
export function requestVerb(prompt: string): string | undefined {
  const words = splitWords(prompt.slice(0, 80));
  for (const word of words.slice(0, 4)) {
    if (OPENERS.has(word)) continue;
    return VERBS.has(word) ? word : undefined;
  }
  return undefined;
}
