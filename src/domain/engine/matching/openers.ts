// The opening of a request: the words that may come before its verb ("please", "could you", "I'd like to") and the
// verbs that ask for a task ("Put three in my basket", "Please wake me at 7"). Read by request.ts, hedges.ts and
// actions.ts on a prompt's first words.

/** Words that may come before the verb of a request, read in order ("could you please", "I'd like to"). */
const OPENERS: readonly string[][] = [
  ['please'], ['kindly'], ['hey'], ['hi'], ['just'], ['now'], ['also'], ['then'], ['and'], ['ok'], ['okay'],
  ['can', 'you'], ['could', 'you'], ['would', 'you'], ['will', 'you'], ['i', 'want', 'to'], ['i', 'need', 'to'], ['i', 'd', 'like', 'to'],
  ['i', 'would', 'like', 'to'], ['let', 's'], ['help', 'me'],
];
export const VERBS: ReadonlySet<string> = new Set([
  'add', 'arrange', 'back', 'backup', 'book', 'buy', 'call', 'cancel', 'change', 'checkout', 'clean', 'convert',
  'create', 'deliver', 'find', 'get', 'hail', 'list', 'make', 'move', 'order', 'organise', 'organize', 'plan',
  'purchase', 'put', 'repeat', 'reserve', 'rotate', 'run', 'schedule', 'search', 'send', 'set', 'ship', 'show', 'start', 'track', 'turn', 'wake',
]);

/** Where the words after the openers ("could you please") start. */
export function openerEnd(words: readonly string[]): number {
  let at = 0;
  for (let step = 0; step < 4; step += 1) {
    const opener = OPENERS.find((phrase) => phraseAt(words, at, phrase));
    if (opener === undefined) break;
    at += opener.length;
  }
  return at;
}

/** Whether the words from `at` on begin with `phrase`. */
export function phraseAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((word, index) => words[at + index] === word);
}
